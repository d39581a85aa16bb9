// As an operator meets it: `npm start` with a webhook answering 500, then `npm run alerts -- list`
// and `npm run alerts -- retry` once the webhook is fixed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHttpServer, type TestServer } from '../../helpers/http-server.js';

const run = promisify(execFile);
let webhook: TestServer;
let broken = true;
const accepted: string[] = [];

beforeAll(async () => {
  webhook = await startHttpServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    if (broken) return res.writeHead(500).end();
    accepted.push((JSON.parse(body) as { alertId: string }).alertId);
    res.writeHead(204).end();
  });
});
afterAll(async () => { await webhook?.close(); });

/** Runs a CLI script; resolves with its exit code and output whatever the code. */
async function node(script: string, args: string[], port: number) {
  try {
    const out = await run(process.execPath, ['--openssl-legacy-provider', '--import', 'tsx', script, ...args], {
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ALERT_WEBHOOK_URL: `${webhook.url}/hook`, SAMPLE_SITE_PORT: String(port) },
      maxBuffer: 1 << 24,
    });
    return { code: 0, ...out };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm start with a failing webhook, then npm run alerts', () => {
  it('writes alerts.jsonl anyway, exits 3, lists the pending alerts, and retry sends each once', async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'alerts-cli-')), '.data');
    const port = 20000 + (process.pid % 10000);

    const start = await node('shared/local/cli/run.ts', ['--data', data, '--quiet'], port);
    const lines = readFileSync(join(data, 'alerts.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { alertId: string }).alertId);
    broken = false;
    const list = await node('shared/local/cli/alerts.ts', ['list', '--data', data], port);
    const retry = await node('shared/local/cli/alerts.ts', ['retry', '--data', data, '--quiet'], port);
    const after = await node('shared/local/cli/alerts.ts', ['--data', data], port);

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
});
