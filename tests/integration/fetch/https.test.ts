import type { LookupAddress } from 'node:dns';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, type HttpClientOptionsInput } from '../../../shared/fetch/http-client.js';
import { rejection } from './test-client.js';

// A self-signed test-only certificate for news.test and 127.0.0.1, valid 2000–2100 (not a secret).
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const CERT = fixture('test-tls-cert.pem');
const KEY = fixture('test-tls-key.pem');

let tlsServer: https.Server;
let tlsPort: number;
/** Accepts TCP connections and never answers: a TLS handshake that stalls. */
let silentServer: net.Server;
let silentPort: number;
const silentSockets = new Set<net.Socket>();

beforeAll(async () => {
  tlsServer = https.createServer({ cert: CERT, key: KEY }, (req, res) => {
    if (req.url === '/old') return res.writeHead(301, { location: '/new' }).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<p>secure ${req.url}</p>`);
  });
  silentServer = net.createServer((socket) => {
    silentSockets.add(socket);
  });
  await new Promise<void>((r) => tlsServer.listen(0, '127.0.0.1', r));
  await new Promise<void>((r) => silentServer.listen(0, '127.0.0.1', r));
  tlsPort = (tlsServer.address() as AddressInfo).port;
  silentPort = (silentServer.address() as AddressInfo).port;
});
afterAll(async () => {
  for (const s of silentSockets) s.destroy();
  tlsServer.closeAllConnections();
  await Promise.all([new Promise((r) => tlsServer.close(r)), new Promise((r) => silentServer.close(r))]);
});

const resolve = async (): Promise<LookupAddress[]> => [{ address: '127.0.0.1', family: 4 }];
const client = (overrides: HttpClientOptionsInput = {}) =>
  createHttpClient({ resolve, allowPrivateAddresses: true, perHostIntervalMs: 0, respectRobots: false, retries: 0, tlsCa: CERT, ...overrides });

describe('HTTPS', () => {
  it('fetches over TLS through the injected resolver, with SNI and the certificate checked for the host name', async () => {
    const result = await client().get(`https://news.test:${tlsPort}/old`, { purpose: 'page' });
    expect(result.finalUrl).toBe(`https://news.test:${tlsPort}/new`);
    expect(result.text).toBe('<p>secure /new</p>');
  });

  it('refuses a certificate it has no reason to trust', async () => {
    const err = await rejection(client({ tlsCa: undefined }).get(`https://news.test:${tlsPort}/`, { purpose: 'page' }));
    expect(err.reason).toBe('network');
    expect(err.message).toMatch(/certificate/i);
  });

  it('refuses a certificate for another host name', async () => {
    const err = await rejection(client().get(`https://other.test:${tlsPort}/`, { purpose: 'page' }));
    expect(err.reason).toBe('network');
    expect(err.message).toMatch(/other\.test/);
  });

  it('counts the TLS handshake in the connect timeout', async () => {
    const started = Date.now();
    const err = await rejection(client({ connectTimeoutMs: 200 }).get(`https://news.test:${silentPort}/`, { purpose: 'page' }));
    expect(err.reason).toBe('timeout');
    expect(err.message).toContain(`timed out: no connection to news.test:${silentPort} within 200 ms`);
    expect(Date.now() - started).toBeLessThan(1500);
  });
});
