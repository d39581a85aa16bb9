// A receiver on loopback that verifies every request the way the README tells receivers to
// (verifySignature over the raw body): our signed POSTs pass; a tampered body, a replayed request
// and a request signed too long ago are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import { createWebhookAlertSink } from '../../../shared/local/alert-sinks.js';
import { verifySignature } from '../../../shared/alerts/verify-signature.js';
import { WebhookDeliveryError } from '../../../shared/alerts/post-webhook.js';
import { slackMessage } from '../../../shared/alerts/slack-message.js';
import { startHttpServer, type TestServer } from '../../helpers/http-server.js';
import { NEW_LOAN } from '../../unit/alerts/fixed-alerts.js';

const SECRET = 'whsec-0123456789abcdef0123456789';
let receiver: TestServer;
/** The receiver's clock: moved forward to replay a request after the window. */
let receiverNow = () => new Date();
/** Every request as received (raw body), and the verdict the receiver gave it. */
const seen: Array<{ body: string; headers: Record<string, string | string[] | undefined>; verdict: ReturnType<typeof verifySignature> }> = [];

beforeAll(async () => {
  receiver = await startHttpServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const verdict = verifySignature({ body, headers: req.headers, secret: SECRET, now: receiverNow() });
    seen.push({ body, headers: req.headers, verdict });
    if (verdict.ok) res.writeHead(204).end();
    else res.writeHead(401, { 'content-type': 'text/plain' }).end(verdict.reason);
  });
});
afterAll(async () => { await receiver?.close(); });

/** Sends raw bytes with raw headers, as an attacker replaying or editing a captured request would. */
function resend(body: string, headers: Record<string, string | string[] | undefined>): Promise<{ status: number; text: string }> {
  const { host: _host, connection: _connection, 'content-length': _length, ...rest } = headers;
  return new Promise((resolve, reject) => {
    const req = request(`${receiver.url}/hook`, { method: 'POST', headers: { ...rest, 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => { text += c.toString('utf8'); });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('signed webhook POSTs against a verifying receiver', () => {
  it('signs every POST: exact headers, a signature the receiver verifies, the alert JSON as body', async () => {
    // Prepare
    seen.length = 0;
    const at = new Date('2026-11-20T06:00:00Z');
    receiverNow = () => at;
    const sink = createWebhookAlertSink({ url: `${receiver.url}/hook`, format: 'json', secret: SECRET }, { now: () => at });
    // Act
    await sink.send(NEW_LOAN);
    // Assert: the signature recomputed here from the documented scheme, not by the code under test.
    const body = JSON.stringify(NEW_LOAN);
    const expected = createHmac('sha256', SECRET).update(`1795154400.${body}`).digest('hex');
    expect(seen).toHaveLength(1);
    expect(seen[0]?.body).toBe(body);
    expect(seen[0]?.headers).toEqual({
      host: `127.0.0.1:${receiver.port}`,
      connection: 'keep-alive',
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      'user-agent': 'coop-facts-alerts/0.2',
      'idempotency-key': NEW_LOAN.alertId,
      'x-coop-timestamp': '1795154400',
      'x-coop-signature': `v1=${expected}`,
    });
    expect(seen[0]?.verdict).toEqual({ ok: true, timestamp: 1795154400 });
  });

  it('refuses a tampered body with the captured signature', async () => {
    seen.length = 0;
    receiverNow = () => new Date();
    await createWebhookAlertSink({ url: `${receiver.url}/hook`, format: 'json', secret: SECRET }).send(NEW_LOAN);
    const captured = seen[0]!;
    const tampered = captured.body.replace('"amountUsd":150000000', '"amountUsd":950000000');

    const r = await resend(tampered, captured.headers);

    expect(tampered).not.toBe(captured.body);
    expect(r).toEqual({ status: 401, text: 'no signature matches the body' });
  });

  it('refuses a captured request replayed after the window, and one signed six minutes ago', async () => {
    seen.length = 0;
    const sent = new Date('2026-11-20T06:00:00Z');
    receiverNow = () => sent;
    await createWebhookAlertSink({ url: `${receiver.url}/hook`, format: 'json', secret: SECRET }, { now: () => sent }).send(NEW_LOAN);
    const captured = seen[0]!;

    // The same bytes, five minutes and one second later: refused, although the signature is valid.
    receiverNow = () => new Date(sent.getTime() + 301_000);
    const replay = await resend(captured.body, captured.headers);
    // Our own sink with a clock six minutes behind: its POST fails as a refusal, not retryable.
    const stale = createWebhookAlertSink({ url: `${receiver.url}/hook`, format: 'json', secret: SECRET }, { now: () => new Date(sent.getTime() - 60_000) });
    receiverNow = () => new Date(sent.getTime() + 300_000);
    const failure = await stale.send(NEW_LOAN).catch((e: unknown) => e);

    expect(captured.verdict.ok).toBe(true);
    expect(replay).toEqual({ status: 401, text: 'X-Coop-Timestamp 1795154400 is 301 s from now, outside the 300 s window' });
    expect(failure).toBeInstanceOf(WebhookDeliveryError);
    expect(failure).toMatchObject({ status: 401, retryable: false, message: `webhook ${receiver.url}/hook answered HTTP 401` });
  });

  it('signs the Slack message itself when the webhook asks for format slack', async () => {
    seen.length = 0;
    receiverNow = () => new Date();
    await createWebhookAlertSink({ url: `${receiver.url}/hook`, format: 'slack', secret: SECRET }).send(NEW_LOAN);
    expect(JSON.parse(seen[0]!.body)).toEqual(slackMessage(NEW_LOAN));
    expect(seen[0]?.verdict.ok).toBe(true);
  });

  it('sends no signature headers when unsigned is chosen, and the receiver refuses it', async () => {
    seen.length = 0;
    const failure = await createWebhookAlertSink({ url: `${receiver.url}/hook`, format: 'json', secret: null }).send(NEW_LOAN).catch((e: unknown) => e);
    expect(Object.keys(seen[0]!.headers).filter((h) => h.startsWith('x-coop'))).toEqual([]);
    expect(seen[0]?.verdict).toEqual({ ok: false, reason: 'no X-Coop-Timestamp header' });
    expect(failure).toMatchObject({ status: 401 });
  });
});
