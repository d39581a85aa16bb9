import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { assertPublicAddress, createGuardedLookup, isPrivateAddress, type ResolveHost } from '../../../shared/fetch/address-guard.js';
import { FetchError } from '../../../shared/fetch/errors.js';

const PRIVATE: Array<[string, string]> = [
  ['127.0.0.1', 'IPv4 loopback'],
  ['127.255.0.9', 'anywhere in 127/8'],
  ['10.0.0.1', 'RFC 1918 10/8'],
  ['172.16.5.4', 'RFC 1918 172.16/12'],
  ['172.31.255.255', 'top of 172.16/12'],
  ['192.168.1.1', 'RFC 1918 192.168/16'],
  ['169.254.169.254', 'link-local cloud metadata endpoint'],
  ['169.254.0.1', 'link-local'],
  ['100.64.0.1', 'CGNAT 100.64/10'],
  ['100.127.255.254', 'top of CGNAT'],
  ['0.0.0.0', 'unspecified'],
  ['0.1.2.3', 'this-network 0/8'],
  ['224.0.0.1', 'IPv4 multicast'],
  ['239.255.255.250', 'SSDP multicast'],
  ['255.255.255.255', 'broadcast'],
  ['192.0.2.10', 'TEST-NET-1 documentation'],
  ['198.18.0.1', 'benchmarking'],
  ['240.0.0.1', 'reserved class E'],
  ['::1', 'IPv6 loopback'],
  ['::', 'IPv6 unspecified'],
  ['fe80::1', 'IPv6 link-local'],
  ['fc00::1', 'unique-local fc00::/7'],
  ['fd00:ec2::254', 'AWS IPv6 metadata endpoint (unique-local)'],
  ['ff02::1', 'IPv6 multicast'],
  ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
  ['::ffff:10.1.2.3', 'IPv4-mapped private'],
  ['::ffff:a9fe:a9fe', 'IPv4-mapped metadata endpoint in hex'],
  ['::7f00:1', 'IPv4-compatible loopback (deprecated ::/96)'],
  ['64:ff9b::a00:1', 'NAT64 embedding 10.0.0.1'],
  ['2002:a00:1::', '6to4 embedding 10.0.0.1'],
  ['2001:db8::1', 'IPv6 documentation'],
  ['[::1]', 'bracketed IPv6 literal from a URL'],
  ['192.0.0.9', 'IETF protocol assignments 192.0.0/24'],
  ['198.51.100.7', 'TEST-NET-2 documentation'],
  ['203.0.113.200', 'TEST-NET-3 documentation'],
  ['192.88.99.1', '6to4 relay anycast'],
  ['2001::1', 'Teredo, in the IETF protocol block 2001::/23'],
  ['2001:2::1', 'IPv6 benchmarking'],
  ['3fff::1', 'IPv6 documentation 3fff::/20'],
  ['100::1', 'IPv6 discard-only, outside 2000::/3'],
  ['fec0::1', 'deprecated site-local, outside 2000::/3'],
  ['64:ff9b::808:808', 'NAT64 even of a public IPv4'],
  ['::ffff:192.168.0.1', 'IPv4-mapped private in dotted form'],
  ['2130706433', 'a decimal-integer IPv4 form fails closed'],
  ['not-an-ip', 'garbage fails closed'],
  ['', 'empty fails closed'],
];

const PUBLIC: Array<[string, string]> = [
  ['8.8.8.8', 'public DNS'],
  ['93.184.216.34', 'a public web host'],
  ['172.32.0.1', 'just above 172.16/12'],
  ['100.128.0.1', 'just above CGNAT'],
  ['169.255.0.1', 'just above link-local'],
  ['2606:4700::1111', 'public IPv6'],
  ['2a00:1450:4001:80b::200e', 'public IPv6'],
  ['::ffff:8.8.8.8', 'IPv4-mapped public'],
  ['1.1.1.1', 'public DNS'],
  ['192.0.3.1', 'just above TEST-NET-1'],
  ['2001:4860:4860::8888', 'public IPv6 just past 2001::/23'],
  ['2a02:6b8::2:242', 'public IPv6 in 2a00::/12'],
];

describe('isPrivateAddress', () => {
  it.each(PRIVATE)('refuses %s (%s)', (ip) => {
    expect(isPrivateAddress(ip)).toBe(true);
  });
  it.each(PUBLIC)('accepts %s (%s)', (ip) => {
    expect(isPrivateAddress(ip)).toBe(false);
  });
});

const table = (entries: Record<string, string[]>): ResolveHost => async (host) => {
  const found = entries[host];
  if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return found.map((address): LookupAddress => ({ address, family: address.includes(':') ? 6 : 4 }));
};
const resolve = table({
  'news.example': ['93.184.216.34', '2606:4700::1111'],
  'mixed.example': ['93.184.216.34', '10.0.0.7'],
  'internal.example': ['169.254.169.254'],
});

describe('assertPublicAddress', () => {
  it('passes a host whose every address is public', async () => {
    await expect(assertPublicAddress(new URL('https://news.example/a'), resolve)).resolves.toBeUndefined();
  });

  it.each([
    ['https://internal.example/x', '169.254.169.254'],
    ['https://mixed.example/x', '10.0.0.7'],
    ['http://127.0.0.1:8080/', '127.0.0.1'],
    ['http://[::1]/', '::1'],
    ['http://2130706433/', '127.0.0.1'],
  ])('refuses %s as private-address', async (url, address) => {
    const err = await assertPublicAddress(new URL(url), resolve).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).reason).toBe('private-address');
    expect((err as FetchError).message).toContain(address);
  });

  it('reports an unknown host as a retryable network error', async () => {
    const err = (await assertPublicAddress(new URL('https://nowhere.example/'), resolve).catch((e: unknown) => e)) as FetchError;
    expect(err.reason).toBe('network');
    expect(err.retryable).toBe(true);
  });
});

describe('createGuardedLookup', () => {
  const call = (host: string, options: { all?: boolean; family?: number }, guard = true) =>
    new Promise<{ err: NodeJS.ErrnoException | null; address: unknown; family?: number }>((done) => {
      const lookup = createGuardedLookup(new URL(`http://${host}/`), guard, resolve);
      lookup(host, options, (err, address, family) => done({ err, address, family }));
    });

  it('answers every address when Node asks for all (autoSelectFamily)', async () => {
    const { err, address } = await call('news.example', { all: true });
    expect(err).toBeNull();
    expect(address).toEqual([
      { address: '93.184.216.34', family: 4 },
      { address: '2606:4700::1111', family: 6 },
    ]);
  });

  it('answers one address of the asked family otherwise', async () => {
    expect(await call('news.example', { family: 6 })).toEqual({ err: null, address: '2606:4700::1111', family: 6 });
  });

  it('refuses a host with any private address at connect time', async () => {
    const { err } = await call('mixed.example', { all: true });
    expect(err).toBeInstanceOf(FetchError);
    expect((err as unknown as FetchError).reason).toBe('private-address');
  });

  it('lets private addresses through when the guard is off', async () => {
    expect(await call('internal.example', {}, false)).toEqual({ err: null, address: '169.254.169.254', family: 4 });
  });
});
