import type { LookupAddress } from 'node:dns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../../shared/fetch/errors.js';
import { startHttpServer, type TestServer } from '../../helpers/http-server.js';
import { rejection, testClient } from './test-client.js';

let server: TestServer;
const redirect = (status: number, location: string) => (res: import('node:http').ServerResponse) => {
  res.writeHead(status, { location });
  res.end();
};

beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    const path = req.url ?? '/';
    const hop = /^\/hop\/(\d+)$/.exec(path);
    if (hop) return redirect(302, `/hop/${Number(hop[1]) + 1}`)(res);
    const routes: Record<string, () => void> = {
      '/news/2026/start': () => redirect(301, 'step')(res),
      '/news/2026/step': () => redirect(302, '../archive/final?id=7#top')(res),
      '/news/archive/final?id=7': () => res.end('final page'),
      '/proto-relative': () => redirect(308, `//127.0.0.1:${server.port}/news/archive/final?id=7`)(res),
      '/see-other': () => redirect(303, '/news/archive/final?id=7')(res),
      '/temporary': () => redirect(307, '/news/archive/final?id=7')(res),
      '/loop/a': () => redirect(302, '/loop/b')(res),
      '/loop/b': () => redirect(302, `${server.url}/loop/a`)(res),
      '/no-location': () => redirect(302, '')(res),
      '/to-ftp': () => redirect(302, 'ftp://files.example/a.txt')(res),
      '/to-metadata': () => redirect(302, 'http://169.254.169.254/latest/meta-data/')(res),
      '/to-intranet': () => redirect(302, 'http://intranet.test/admin')(res),
      '/to-localhost': () => redirect(302, `http://localhost:${server.port}/ok`)(res),
      '/to-other-port': () => redirect(302, 'http://127.0.0.1:1/ok')(res),
      '/ok': () => res.end('ok'),
    };
    const route = routes[path];
    if (route) return route();
    res.writeHead(404);
    res.end();
  });
});
afterAll(() => server.close());

const at = (path: string) => `${server.url}${path}`;

describe('redirects', () => {
  it('follows relative redirects and reports the final URL without the fragment', async () => {
    const result = await testClient(server).get(at('/news/2026/start'), { purpose: 'page' });
    expect(result.url).toBe(at('/news/2026/start'));
    expect(result.finalUrl).toBe(at('/news/archive/final?id=7'));
    expect(result.text).toBe('final page');
  });

  it.each(['/proto-relative', '/see-other', '/temporary'])('follows %s', async (path) => {
    const result = await testClient(server).get(at(path), { purpose: 'feed' });
    expect(result.finalUrl).toBe(at('/news/archive/final?id=7'));
  });

  it('stops a redirect loop', async () => {
    const err = await rejection(testClient(server).get(at('/loop/a'), { purpose: 'page' }));
    expect(err).toBeInstanceOf(FetchError);
    expect(err.reason).toBe('redirect-loop');
    expect(err.retryable).toBe(false);
    expect(err.message).toContain(at('/loop/a'));
  });

  it('stops after maxRedirects hops', async () => {
    const before = server.requests.length;
    const err = await rejection(testClient(server).get(at('/hop/0'), { purpose: 'page' }));
    expect(err.reason).toBe('too-many-redirects');
    // The first request plus the 5 redirects allowed; the 6th redirect is refused.
    expect(server.requests.length - before).toBe(6);
  });

  it('refuses a redirect without Location and one to a non-HTTP scheme', async () => {
    const client = testClient(server);
    expect((await rejection(client.get(at('/no-location'), { purpose: 'page' }))).reason).toBe('http-status');
    expect((await rejection(client.get(at('/to-ftp'), { purpose: 'page' }))).reason).toBe('bad-url');
  });
});

describe('private-address guard on redirects', () => {
  // Only the test server's origin is exempt; every redirect target is checked before connecting.
  const resolve = async (host: string): Promise<LookupAddress[]> => {
    if (host === 'intranet.test') return [{ address: '10.0.0.1', family: 4 }];
    if (host === 'localhost') return [{ address: '127.0.0.1', family: 4 }];
    throw Object.assign(new Error(`ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  };

  it.each([
    ['/to-metadata', '169.254.169.254'],
    ['/to-intranet', '10.0.0.1'],
    ['/to-localhost', '127.0.0.1'],
    ['/to-other-port', '127.0.0.1'],
  ])('refuses %s (%s) without connecting', async (path, address) => {
    const before = server.requests.length;
    const err = await rejection(testClient(server, { resolve }).get(at(path), { purpose: 'page' }));
    expect(err.reason).toBe('private-address');
    expect(err.retryable).toBe(false);
    expect(err.url).toBe(at(path));
    expect(err.message).toContain(address);
    expect(server.requests.length - before).toBe(1);
  });

  it('refuses the test server itself when its origin is not exempt', async () => {
    const err = await rejection(testClient(server, { allowedOrigins: [] }).get(at('/ok'), { purpose: 'page' }));
    expect(err.reason).toBe('private-address');
  });

  it('checks the address actually connected to, so DNS rebinding after the check is refused', async () => {
    let calls = 0;
    const rebinding = async (): Promise<LookupAddress[]> => {
      calls += 1;
      return [{ address: calls === 1 ? '93.184.216.34' : '127.0.0.1', family: 4 }];
    };
    const before = server.requests.length;
    const err = await rejection(testClient(server, { resolve: rebinding, retries: 0 }).get(`http://rebind.test:${server.port}/ok`, { purpose: 'page' }));
    expect(err.reason).toBe('private-address');
    expect(calls).toBe(2);
    expect(server.requests.length).toBe(before);
  });

  it('connects through the injected resolver when private addresses are allowed', async () => {
    const toLoopback = async (): Promise<LookupAddress[]> => [{ address: '127.0.0.1', family: 4 }];
    const client = testClient(server, { resolve: toLoopback, allowPrivateAddresses: true, allowedOrigins: [] });
    const result = await client.get(`http://news.test:${server.port}/ok`, { purpose: 'page' });
    expect(result.text).toBe('ok');
    expect(server.requests.at(-1)?.headers.host).toBe(`news.test:${server.port}`);
  });
});

it('rejects a malformed URL as bad-url', async () => {
  const err = await rejection(testClient(server).get('not a url', { purpose: 'page' }));
  expect(err.reason).toBe('bad-url');
  expect(err.message).toContain('not a url');
});
