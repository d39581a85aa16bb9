// Daily digests (issue 13): a subscriber who asked for one gets the day's alerts it follows in one
// message, by e-mail (the local mbox) or a signed webhook POST, once per day whatever the re-runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStores, type LocalStores } from '../../../shared/local/stores.js';
import { SubscriptionSchema, type Alert } from '../../../shared/schemas/index.js';
import { sendDigests } from '../../../shared/alerts/send-digests.js';
import { dailyDigest } from '../../../shared/alerts/daily-digest.js';
import { verifySignature } from '../../../shared/alerts/verify-signature.js';
import { emailOutboxPath, localDigestChannel } from '../../../shared/local/subscription-sinks.js';
import { startHttpServer, type TestServer } from '../../helpers/http-server.js';
import { AGREEMENT_NO_AMOUNT, EURO_INVESTMENT, NEW_LOAN } from '../../unit/alerts/fixed-alerts.js';

const SECRET = 'digest-secret-0123456789';
const DAY = '2026-11-20';
let stores: LocalStores;
let hook: TestServer;
let failNext = 0;
const received: Array<{ body: Record<string, unknown>; key: string | undefined; signed: boolean }> = [];

const sub = (id: string, channel: unknown, filters: unknown, digest = true) =>
  SubscriptionSchema.parse({ id, channel, filters, digest, createdAt: '2026-11-19T00:00:00.000Z' });

beforeAll(async () => {
  stores = await startLocalStores({ tableName: 'digests' });
  hook = await startHttpServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    if (failNext > 0) { failNext--; return res.writeHead(503).end(); }
    received.push({ body: JSON.parse(body), key: req.headers['idempotency-key'] as string | undefined, signed: verifySignature({ body, headers: req.headers, secret: SECRET }).ok });
    res.writeHead(204).end();
  });
  // Two alerts sent on the day, one the day after; one subscriber follows Uzbekistan, one everything.
  const send = async (alert: Alert, at: string) => {
    await stores.outbox.enqueue(alert, at);
    await stores.outbox.markSent(alert.alertId, at);
  };
  await send(NEW_LOAN, `${DAY}T08:00:00.000Z`);
  await send(AGREEMENT_NO_AMOUNT, `${DAY}T09:30:00.000Z`);
  await send(EURO_INVESTMENT, '2026-11-21T07:00:00.000Z');
  await stores.subscriptions.add(sub('uz-mail', { kind: 'email', address: 'uz@example.org' }, { countries: { anyOf: ['UZ'] } }));
  await stores.subscriptions.add(sub('all-hook', { kind: 'webhook', url: `${hook.url}/digest` }, {}));
  await stores.subscriptions.add(sub('per-alert', { kind: 'email', address: 'now@example.org' }, {}, false));
});

afterAll(async () => {
  await hook?.close();
  await stores?.close();
});

describe('daily digests', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'digests-'));
  const run = (at: string) => sendDigests(DAY, {
    subscriptions: stores.subscriptions, outbox: stores.outbox, deliveries: stores.deliveries,
    channelOf: (s) => localDigestChannel({ dataDir, secret: SECRET }, s), at,
  });

  it('lists the alerts sent on a day, in the order they were sent', async () => {
    expect((await stores.outbox.sentOn(DAY)).map((e) => e.key)).toEqual([NEW_LOAN.alertId, AGREEMENT_NO_AMOUNT.alertId]);
  });

  it('sends each digest subscriber the day\'s alerts it follows in one message; a failing webhook fails its own digest only', async () => {
    failNext = 1;
    const first = await run('2026-11-21T06:00:00.000Z');
    expect(first).toMatchObject({ sent: ['uz-mail'], failed: [{ id: 'all-hook' }] });
    const mbox = readFileSync(emailOutboxPath(dataDir, 'uz-mail'), 'utf8');
    const expected = dailyDigest([NEW_LOAN], DAY)!;
    expect(mbox).toContain(`To: uz@example.org\nSubject: ${expected.subject}\n`);
    expect(mbox).toContain(expected.body.trim());
    expect(mbox.match(/^X-Alert-Id: .*$/gm)).toEqual(['X-Alert-Id: DIGEST-2026-11-20-uz-mail']);

    // The next run sends what failed, and nothing twice.
    const second = await run('2026-11-21T07:00:00.000Z');
    expect(second).toMatchObject({ sent: ['all-hook'], failed: [] });
    expect(second.skipped.sort()).toEqual(['uz-mail']);
    const all = dailyDigest([NEW_LOAN, AGREEMENT_NO_AMOUNT], DAY)!;
    expect(received).toEqual([{
      body: { kind: 'digest', day: DAY, subject: all.subject, body: all.body, alertIds: [NEW_LOAN.alertId, AGREEMENT_NO_AMOUNT.alertId] },
      key: 'DIGEST-2026-11-20-all-hook', signed: true,
    }]);
    const third = await run('2026-11-21T08:00:00.000Z');
    expect(third.sent).toEqual([]);
    expect(received).toHaveLength(1);
    expect(readFileSync(emailOutboxPath(dataDir, 'uz-mail'), 'utf8').match(/^X-Alert-Id: .*$/gm)).toHaveLength(1);
  });
});
