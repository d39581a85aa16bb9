// As an operator meets it: `npm run subscriptions` adds, lists and removes, refuses bad input with
// exit code 2, and `npm start` then routes each alert to the subscriptions it matches.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlertSchema, SubscriptionSchema, type Alert } from '../../../shared/schemas/index.js';
import { matchesSubscription } from '../../../shared/alerts/match-subscription.js';
import { startHttpServer, type TestServer } from '../../helpers/http-server.js';
import { bundleCli, freePort, removeBundles, runCli } from '../../helpers/child-run.js';

let hook: TestServer;
const received: Alert[] = [];
let scripts: { run: string; subs: string };
beforeAll(async () => {
  hook = await startHttpServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    received.push(AlertSchema.parse(JSON.parse(body)));
    res.writeHead(204).end();
  });
  scripts = { run: await bundleCli('shared/local/cli/run.ts'), subs: await bundleCli('shared/local/cli/subscriptions.ts') };
});
afterAll(async () => { await hook?.close(); removeBundles(); });

const subs = (args: string[]) => runCli(scripts.subs, args, {}, { timeoutMs: 30_000 });

describe('npm run subscriptions', () => {
  it('prints its usage for --help and exits 0', async () => {
    const r = await subs(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run subscriptions -- add /);
  });

  it('refuses bad input with exit code 2, naming each flag, and writes nothing', async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'subs-bad-')), '.data');
    const bad = await subs(['add', '--email', 'not-an-address', '--type', 'loan', '--min-usd', '2e9', '--data', data]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^subscriptions: --email: must be an e-mail address\n--type: Invalid option: expected one of "investment"\|"trade"\|"financing"\|"agreement"\|"project"\n--min-usd: SNS numeric filters stop at 1e9/);
    expect((await subs(['add', '--data', data])).stderr).toMatch(/^subscriptions: add needs one channel: --email ADDRESS or --webhook URL\n/);
    expect((await subs(['add', '--email', 'a@example.org', '--country', 'UZ', '--pair', 'UZ-CN', '--data', data])).stderr)
      .toMatch(/^subscriptions: --country \(any of\) and --pair \(both\) cannot be combined\n/);
    const tooMany = await subs(['add', '--email', 'a@example.org', '--type', 'trade', '--country', 'UZ', '--org', 'ADB', '--sector', 'energy', '--status', 'signed', '--min-usd', '1', '--data', data]);
    expect(tooMany.stderr).toMatch(/^subscriptions: filters: at most 5 kinds of filter \(an SNS filter policy limit\); this has 6\n/);
    const unknown = await subs(['frobnicate', '--data', data]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/the command is add, list or remove ID/);
    expect(await subs(['list', '--data', data])).toMatchObject({ code: 0, stdout: '0 subscriptions\n' });
  }, 60_000);

  it('adds (once), lists and removes; npm start then sends each subscriber the alerts it follows', async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'subs-run-')), '.data');
    const added = await subs(['add', '--webhook', `${hook.url}/adb`, '--org', 'ADB', '--id', 'adb-desk', '--data', data]);
    const again = await subs(['add', '--webhook', `${hook.url}/adb`, '--org', 'ADB', '--id', 'adb-desk', '--data', data]);
    const mail = await subs(['add', '--email', 'desk@example.org', '--type', 'agreement', '--country', 'UZ,KZ', '--data', data]);
    const gone = await subs(['add', '--email', 'gone@example.org', '--id', 'gone', '--data', data]);
    const removed = await subs(['remove', 'gone', '--data', data]);
    const listed = await subs(['list', '--format', 'json', '--data', data]);

    expect(added).toMatchObject({ code: 0, stdout: 'added adb-desk\n  filter policy {"organizations":["asian development bank"]}\n' });
    expect(again).toMatchObject({ code: 0, stdout: expect.stringMatching(/^already subscribed: adb-desk\n/) });
    const mailId = /^added (email-[0-9a-f]{8})\n/.exec(mail.stdout)?.[1];
    expect(mailId).toBeDefined();
    expect(gone.code).toBe(0);
    expect(removed).toMatchObject({ code: 0, stdout: 'removed gone\n' });
    const stored = listed.stdout.trim().split('\n').map((l) => SubscriptionSchema.parse(JSON.parse(l)));
    expect(stored.map((s) => s.id)).toEqual(['adb-desk', mailId]);

    // The sample site's port is part of its URLs: both runs use the same one.
    const port = String(await freePort());
    const start = await runCli(scripts.run, ['--data', data, '--quiet'], { SAMPLE_SITE_PORT: port }, { timeoutMs: 90_000 });
    expect(start.code).toBe(0);
    const alerts = readFileSync(join(data, 'alerts.jsonl'), 'utf8').trim().split('\n').map((l) => AlertSchema.parse(JSON.parse(l)));
    const [adb, desk] = stored as [typeof stored[0], typeof stored[0]];
    const wantAdb = alerts.filter((a) => matchesSubscription(adb, a)).map((a) => a.alertId);
    const wantDesk = alerts.filter((a) => matchesSubscription(desk, a)).map((a) => a.alertId);
    // The sample site has both kinds: alerts naming the ADB, agreements about Uzbekistan or Kazakhstan, and others.
    expect(wantAdb.length).toBeGreaterThan(0);
    expect(wantDesk.length).toBeGreaterThan(0);
    expect(wantAdb.length + wantDesk.length).toBeLessThan(alerts.length * 2);
    expect(received.map((a) => a.alertId).sort()).toEqual([...wantAdb].sort());
    const mbox = readFileSync(join(data, 'outbox-email', `${mailId}.mbox`), 'utf8');
    expect([...mbox.matchAll(/^X-Alert-Id: (\S+)$/gm)].map((m) => m[1]).sort()).toEqual([...wantDesk].sort());
    expect(existsSync(join(data, 'outbox-email', 'gone.mbox'))).toBe(false);

    // A second run sends nothing new to anyone.
    const second = await runCli(scripts.run, ['--data', data, '--quiet'], { SAMPLE_SITE_PORT: port }, { timeoutMs: 90_000 });
    expect(second.stdout).toMatch(/alerts sent\s+0/);
    expect(received).toHaveLength(wantAdb.length);
  }, 180_000);
});
