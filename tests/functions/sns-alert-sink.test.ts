import { afterEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { Alert } from '../../shared/schemas/index.js';
import { AlertPublishError, createSnsAlertSink, SNS_SUBJECT_MAX } from '../../shared/store/sns/sns-alert-sink.js';
import { emailMessage } from '../../shared/alerts/email-message.js';

const TOPIC = 'arn:aws:sns:eu-central-1:123456789012:coop-facts-alerts';

/** An alert as the outbox holds it (invented news, written for this test). */
function alertFixture(overrides: Partial<Alert> = {}): Alert {
  return {
    alertId: '9e8d7c6b5a4f30211203f4a5b6c7d8e9',
    factId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    articleId: '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
    reasons: ['agreement', 'amount-threshold'],
    type: 'agreement',
    status: 'signed',
    countries: ['UZ', 'KR'],
    organizations: ['Navoi Mining and Metallurgical Company', 'Korea Zinc'],
    amount: { value: 420_000_000, currency: 'USD', qualifier: 'exact' },
    amountUsd: 420_000_000,
    sector: 'mining',
    evidence: 'Navoi MMC and Korea Zinc signed a $420 million agreement on a refinery in Navoi region.',
    title: 'Uzbekistan and Korea sign refinery deal',
    link: 'https://news.example.uz/economy/2026/11/refinery-deal',
    published: '2026-11-26T09:30:00+05:00',
    dealId: null, kind: 'new', changes: [], organizationKeys: [], sources: [],
    ...overrides,
  };
}

describe('createSnsAlertSink', () => {
  const sns = mockClient(SNSClient);
  afterEach(() => sns.reset());

  it('publishes the alert JSON (default) and its e-mail in plain words (email), the e-mail subject, and every filter attribute', async () => {
    // Prepare
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
    const sink = createSnsAlertSink({ client: new SNSClient({ region: 'eu-central-1' }), topicArn: TOPIC });
    const alert = alertFixture();
    // Act
    await sink.send(alert);
    // Assert: the exact PublishCommand input.
    const calls = sns.commandCalls(PublishCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args[0].input).toEqual({
      TopicArn: TOPIC,
      Subject: 'Uzbekistan - South Korea: $420M agreement signed (Navoi Mining and Metallurgical Company, Korea…',
      MessageStructure: 'json',
      Message: JSON.stringify({ default: JSON.stringify(alert), email: emailMessage(alert).body }),
      MessageAttributes: {
        type: { DataType: 'String', StringValue: 'agreement' },
        kind: { DataType: 'String', StringValue: 'new' },
        countries: { DataType: 'String.Array', StringValue: '["UZ","KR"]' },
        country_pairs: { DataType: 'String.Array', StringValue: '["KR-UZ"]' },
        // Organisation keys, so that a filter on "Korea Zinc Co., Ltd." or "korea zinc" meets it.
        organizations: { DataType: 'String.Array', StringValue: '["korea zinc","navoi mining and metallurgical"]' },
        sector: { DataType: 'String', StringValue: 'mining' },
        status: { DataType: 'String', StringValue: 'signed' },
        amount_usd: { DataType: 'Number', StringValue: '420000000' },
      },
    });
  });

  it('leaves out sector, status and amount_usd when they are unknown', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm-2' });
    const sink = createSnsAlertSink({ client: new SNSClient({ region: 'eu-central-1' }), topicArn: TOPIC });
    await sink.send(alertFixture({ sector: null, status: null, amount: null, amountUsd: null, reasons: ['agreement'], countries: [] }));
    expect(sns.commandCalls(PublishCommand)[0]!.args[0].input.MessageAttributes).toEqual({
      type: { DataType: 'String', StringValue: 'agreement' },
      kind: { DataType: 'String', StringValue: 'new' },
      countries: { DataType: 'String.Array', StringValue: '[]' },
      country_pairs: { DataType: 'String.Array', StringValue: '[]' },
      organizations: { DataType: 'String.Array', StringValue: '["korea zinc","navoi mining and metallurgical"]' },
    });
  });

  it('caps amount_usd at 1e9, the top of the SNS numeric filter range', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm-3' });
    const sink = createSnsAlertSink({ client: new SNSClient({ region: 'eu-central-1' }), topicArn: TOPIC });
    await sink.send(alertFixture({ type: 'investment', amount: { value: 3.2e9, currency: 'USD', qualifier: 'over' }, amountUsd: 3.2e9 }));
    const input = sns.commandCalls(PublishCommand)[0]!.args[0].input;
    expect(input.MessageAttributes?.amount_usd).toEqual({ DataType: 'Number', StringValue: '1000000000' });
    expect(JSON.parse(JSON.parse(input.Message!).default).amountUsd).toBe(3.2e9);
  });

  it('keeps the subject on one line and within 100 characters', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm-4' });
    const sink = createSnsAlertSink({ client: new SNSClient({ region: 'eu-central-1' }), topicArn: TOPIC });
    const organizations = ['Kazakhstan Temir Zholy\nrailway company', 'China Railway Group', 'Khorgos Gateway', 'Kazakh Invest'];
    await sink.send(alertFixture({ countries: ['KZ', 'CN'], organizations, kind: 'update', changes: [{ field: 'status', from: 'agreed', to: 'signed' }] }));
    const input = sns.commandCalls(PublishCommand)[0]!.args[0].input;
    const subject = input.Subject!;
    // Cut at a word, on one line (the organisation's line break is a space).
    expect(subject).toBe('Update: Kazakhstan - China: $420M agreement signed (Kazakhstan Temir Zholy railway company, China…');
    expect(subject.length).toBeLessThanOrEqual(SNS_SUBJECT_MAX);
    // The e-mail body keeps the whole subject, on one line too.
    expect(JSON.parse(input.Message!).email.split('\n')[0]).toBe('Update: Kazakhstan - China: $420M agreement signed (Kazakhstan Temir Zholy railway company, China Railway Group, Khorgos Gateway, Kazakh Invest); status was agreed');
  });

  it('wraps a publish failure in AlertPublishError naming the fact and keeping the cause', async () => {
    const cause = new Error('Rate exceeded');
    sns.on(PublishCommand).rejects(cause);
    const sink = createSnsAlertSink({ client: new SNSClient({ region: 'eu-central-1' }), topicArn: TOPIC });
    const error = await sink.send(alertFixture()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AlertPublishError);
    expect((error as Error).name).toBe('AlertPublishError');
    expect((error as Error).message).toContain('a1b2c3d4e5f60718293a4b5c6d7e8f90');
    expect((error as Error).message).toContain('Rate exceeded');
    expect((error as Error).cause).toBe(cause);
  });
});
