// As an operator meets it: `npm start` with a webhook answering 500, then `npm run alerts -- list`
// and `npm run alerts -- retry` once the webhook is fixed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHttpServer, type TestServer } from '../../helpers/http-server.js';
import { bundleCli, freePort, removeBundles, runCli } from '../../helpers/child-run.js';
import { verifySignature } from '../../../shared/alerts/verify-signature.js';

const SECRET = 'cli-test-secret-0123456789';

let webhook: TestServer;
let broken = true;
const accepted: string[] = [];

beforeAll(async () => {
  webhook = await startHttpServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    if (broken) return res.writeHead(500).end();
    // The retry signs afresh: every accepted alert carries a valid, current signature.
    if (!verifySignature({ body, headers: req.headers, secret: SECRET }).ok) return res.writeHead(401).end();
    accepted.push((JSON.parse(body) as { alertId: string }).alertId);
    res.writeHead(204).end();
  });
});
afterAll(async () => { await webhook?.close(); removeBundles(); });

let scripts: { run: string; alerts: string };
beforeAll(async () => {
  // Bundled once (tests/helpers/child-run.ts): four children then skip tsx's start-up.
  scripts = { run: await bundleCli('shared/local/cli/run.ts'), alerts: await bundleCli('shared/local/cli/alerts.ts') };
});

const node = (script: string, args: string[], port: number) =>
  runCli(script, args, { ALERT_WEBHOOK_URL: `${webhook.url}/hook`, ALERT_WEBHOOK_SECRET: SECRET, SAMPLE_SITE_PORT: String(port) }, { timeoutMs: 60_000 });

describe('npm start with a failing webhook, then npm run alerts', () => {
  it('writes alerts.jsonl anyway, exits 3, lists the pending alerts, and retry sends each once', async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'alerts-cli-')), '.data');
    const port = await freePort();

    const start = await node(scripts.run, ['--data', data, '--quiet'], port);
    const lines = readFileSync(join(data, 'alerts.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { alertId: string }).alertId);
    broken = false;
    const list = await node(scripts.alerts, ['list', '--data', data], port);
    const retry = await node(scripts.alerts, ['retry', '--data', data, '--quiet'], port);
    const after = await node(scripts.alerts, ['--data', data], port);

    expect(start.code).toBe(3);
    expect(start.stdout).toMatch(/alerts sent\s+0\n/);
    expect(start.stdout).toMatch(new RegExp(`alerts failed\\s+${lines.length}; ${lines.length} pending in the outbox`));
    // Items run four at a time: up to four calls may be in flight when the third failure stops the rest.
    const answered = Number(/ (\d+) × webhook .* answered HTTP 500\n/.exec(start.stdout)?.[1]);
    const notTried = Number(/ (\d+) × not tried: the receiver failed 3 times in a row in this run\n/.exec(start.stdout)?.[1]);
    expect(answered).toBeGreaterThanOrEqual(3);
    expect(answered).toBeLessThanOrEqual(6);
    expect(answered + notTried).toBe(lines.length);
    expect(start.stdout).toMatch(/result\s+partial \(\d+ failures\), exit code 3/);
    expect(lines.length).toBeGreaterThan(20);
    expect(new Set(lines).size).toBe(lines.length);
    expect(list.stdout).toMatch(new RegExp(`\\n${lines.length} alerts pending\\n$`));
    expect(retry.code).toBe(0);
    expect(retry.stdout).toBe(`${lines.length} of ${lines.length} pending alerts sent; 0 failed; 0 still pending\n`);
    expect(accepted.sort()).toEqual([...lines].sort());
    expect(after.stdout).toBe('0 alerts pending\n');
  }, 60_000);

  it('refuses to start with a webhook and no secret, naming what to set, and sends nothing', async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'alerts-cli-')), '.data');
    const calls = webhook.requests.length;
    const r = await runCli(scripts.alerts, ['retry', '--data', data], { ALERT_WEBHOOK_URL: `${webhook.url}/hook` }, { timeoutMs: 60_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ALERT_WEBHOOK_URL is set but ALERT_WEBHOOK_SECRET is not: set it to the secret the receiver verifies with (at least 16 characters), or ALERT_WEBHOOK_UNSIGNED=1 to send unsigned');
    expect(webhook.requests.length).toBe(calls);
  }, 60_000);
});
