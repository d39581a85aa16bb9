import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postWebhook, WebhookDeliveryError } from '../../../shared/alerts/post-webhook.js';
import { startHttpServer, type TestServer } from '../../helpers/http-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startHttpServer(async (req, res) => {
    for await (const _ of req) { /* drain */ }
    const status = Number(req.url?.slice(1));
    if (status === 0) return; // hang: never answer
    res.writeHead(status).end();
  });
});
afterAll(async () => { await server?.close(); });

describe('postWebhook', () => {
  it.each([
    [200, null], [204, null],
    [400, false], [401, false], [404, false], [410, false],
    [408, true], [429, true], [500, true], [503, true],
  ])('HTTP %i: %s retryable (null: accepted)', async (status, retryable) => {
    const outcome = await postWebhook(`${server.url}/${status}`, '{}', { 'Content-Type': 'application/json' }).then(() => null, (e: unknown) => e);
    if (retryable === null) expect(outcome).toBeNull();
    else expect(outcome).toMatchObject({ name: 'WebhookDeliveryError', status, retryable, message: `webhook ${server.url}/${status} answered HTTP ${status}` });
  });

  it('gives up on a receiver that does not answer, as retryable, naming it', async () => {
    const outcome = await postWebhook(`${server.url}/0`, '{}', {}, { timeoutMs: 200 }).catch((e: unknown) => e);
    expect(outcome).toBeInstanceOf(WebhookDeliveryError);
    expect(outcome).toMatchObject({ status: null, retryable: true, message: `webhook ${server.url}/0: timed out after 200 ms` });
  });
});
