// Local routing: each outbox alert goes to every stored subscription it matches (and to nothing
// else), once per alert and subscription even when a failing subscriber makes the alert retry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStores, type LocalStores } from '../../../shared/local/stores.js';
import { slackMessage } from '../../../shared/alerts/slack-message.js';
import { emailMessage } from '../../../shared/alerts/email-message.js';
import { createRoutedLocalAlertSink, emailOutboxPath } from '../../../shared/local/subscription-sinks.js';
import { createAlertDispatcher } from '../../../shared/pipeline/dispatch-alerts.js';
import { AlertSchema, SubscriptionSchema, type Alert } from '../../../shared/schemas/index.js';
import { organizationKey } from '../../../shared/parties/organization-key.js';
import { startHttpServer, type TestServer } from '../../helpers/http-server.js';
import type { PipelineLog } from '../../../shared/pipeline/types.js';

const quiet: PipelineLog = { info() {}, warn() {} };
let stores: LocalStores;
let hook: TestServer;
let failNext = 0;
const received: Array<{ path: string; key: string | undefined; body: unknown }> = [];

beforeAll(async () => {
  stores = await startLocalStores();
  hook = await startHttpServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    if (req.url === '/desk' && failNext > 0) { failNext--; res.writeHead(503).end(); return; }
    received.push({ path: req.url ?? '', key: req.headers['idempotency-key'] as string | undefined, body: JSON.parse(body) });
    res.writeHead(204).end();
  });
});
afterAll(async () => { await stores?.close(); await hook?.close(); });

/** Invented alerts: an ADB loan to Uzbekistan (with China named), a Kazakh trade figure. */
const base = {
  factId: 'f', articleId: 'a', reasons: ['amount-threshold'], evidence: 'E.', link: 'https://news.example.uz/a',
  published: '2026-11-20T10:00:00+05:00', amount: null, sector: null,
};
const loan: Alert = AlertSchema.parse({ ...base, alertId: '1'.repeat(32), type: 'financing', status: 'signed', countries: ['UZ', 'CN'], organizations: ['Asian Development Bank (ADB)'], amountUsd: 1.5e8, title: 'ADB loan signed' });
const trade: Alert = AlertSchema.parse({ ...base, alertId: '2'.repeat(32), type: 'trade', status: null, countries: ['KZ'], organizations: [], amountUsd: 4e8, title: 'Kazakh exports up' });
const sub = (id: string, channel: unknown, filters: unknown, digest = false) =>
  SubscriptionSchema.parse({ id, channel, filters, digest, createdAt: `2026-11-19T0${id.length % 10}:00:00.000Z` });

describe('createRoutedLocalAlertSink with stored subscriptions', () => {
  it('sends each alert to the subscriptions it matches, once each across a retry, and keeps alerts.jsonl', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'routing-'));
    await stores.subscriptions.add(sub('desk', { kind: 'webhook', url: `${hook.url}/desk` }, { organizations: [{ key: organizationKey('ADB'), name: 'ADB' }] }));
    await stores.subscriptions.add(sub('pair', { kind: 'email', address: 'pair@example.org' }, { countries: { pair: ['CN', 'UZ'] } }));
    await stores.subscriptions.add(sub('big', { kind: 'webhook', url: `${hook.url}/big`, format: 'slack' }, { minAmountUsd: 300_000_000 }));
    await stores.subscriptions.add(sub('nobody', { kind: 'email', address: 'nobody@example.org' }, { types: ['project'] }));
    await stores.subscriptions.add(sub('daily', { kind: 'email', address: 'daily@example.org' }, {}, true));
    for (const a of [loan, trade]) await stores.outbox.enqueue(a, '2026-11-20T10:00:00.000Z');
    const dispatcher = () => createAlertDispatcher({ outbox: stores.outbox, sink: createRoutedLocalAlertSink({ dataDir, stores }), log: quiet, leasesTakenBefore: new Date(Date.now() + 1000).toISOString() });

    // Act 1: the desk's webhook fails once; the loan reaches the pair's e-mail, then fails as a whole.
    failNext = 1;
    const first = await dispatcher().dispatch([loan.alertId, trade.alertId]);
    expect(first.sent.map((a) => a.alertId)).toEqual([trade.alertId]);
    expect(first.failed).toEqual([{ key: loan.alertId, error: expect.stringMatching(/^not delivered to 1 of 2 subscriptions \(desk: webhook .*\/desk answered HTTP 503\)$/) }]);
    // Act 2: the retry reaches the desk and repeats nothing.
    const second = await dispatcher().dispatch([loan.alertId]);
    expect(second.sent.map((a) => a.alertId)).toEqual([loan.alertId]);

    // Assert: each receiver got what it follows, once; the file has every alert.
    expect(received.filter((r) => r.path === '/desk')).toEqual([{ path: '/desk', key: loan.alertId, body: loan }]);
    // A Slack-format subscription gets the Slack message of the channels (alerts/slack-message.ts).
    expect(received.filter((r) => r.path === '/big')).toEqual([{ path: '/big', key: trade.alertId, body: slackMessage(trade) }]);
    const mbox = readFileSync(emailOutboxPath(dataDir, 'pair'), 'utf8');
    expect(mbox.match(/^X-Alert-Id: .*$/gm)).toEqual([`X-Alert-Id: ${loan.alertId}`]);
    // The e-mail in plain words (alerts/email-message.ts): its subject, and the body after the headers.
    const mail = emailMessage(loan);
    expect(mbox).toContain(`To: pair@example.org\nSubject: ${mail.subject}\n`);
    expect(mbox).toContain(mail.body.split('\n').slice(1).join('\n').trim());
    expect(existsSync(emailOutboxPath(dataDir, 'nobody'))).toBe(false);
    // A digest subscriber gets the day's deals at once, not one message per alert.
    expect(existsSync(emailOutboxPath(dataDir, 'daily'))).toBe(false);
    const file = readFileSync(join(dataDir, 'alerts.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as Alert).alertId);
    expect(file).toEqual([loan.alertId, trade.alertId]);
    expect(await stores.deliveries.deliveredTo(loan.alertId)).toEqual(new Set(['desk', 'pair']));
    expect(await stores.deliveries.deliveredTo(trade.alertId)).toEqual(new Set(['big']));
  });

  it('with no subscriptions stored, writes alerts.jsonl and calls ALERT_WEBHOOK_URL as before', async () => {
    const empty = await startLocalStores({ tableName: 'no-subscriptions' });
    try {
      const dataDir = mkdtempSync(join(tmpdir(), 'routing-none-'));
      const sink = createRoutedLocalAlertSink({ dataDir, stores: empty, webhook: { url: `${hook.url}/all`, format: 'json', secret: null } });
      await sink.send(trade);
      expect(received.filter((r) => r.path === '/all')).toEqual([{ path: '/all', key: trade.alertId, body: trade }]);
      expect(readFileSync(join(dataDir, 'alerts.jsonl'), 'utf8')).toBe(`${JSON.stringify(trade)}\n`);
    } finally {
      await empty.close();
    }
  });
});
