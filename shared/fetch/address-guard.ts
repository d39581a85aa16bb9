/**
 * Refuses requests to addresses inside the machine or its network (loopback, private, link-local
 * including the cloud metadata endpoint 169.254.169.254, unique-local, multicast…), so a feed item
 * or a redirect cannot make the fetcher reach internal services (SSRF).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { FetchError } from './errors.js';

/** Resolves a host name to every address it has (the injectable part of the guard, for tests). */
export type ResolveHost = (hostname: string) => Promise<LookupAddress[]>;

/** The system resolver (getaddrinfo, like every other Node client), all addresses. */
export const systemResolve: ResolveHost = (hostname) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) => {
      if (err) reject(err);
      else resolve(addresses);
    });
  });

/**
 * IPv4 ranges that are not globally routable unicast (IANA special-purpose registry): this network,
 * private, carrier-grade NAT, loopback, link-local (the cloud metadata endpoint), IETF protocol
 * assignments, documentation, 6to4 relay, AS112, AMT, benchmarking, multicast, reserved and broadcast.
 */
const NON_PUBLIC_V4: ReadonlyArray<[string, number]> = [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.31.196.0', 24], ['192.52.193.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16],
  ['192.175.48.0', 24], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
];

/**
 * Inside 2000::/3, the only IPv6 space assigned for global unicast, the blocks that are not public hosts: IETF
 * protocol assignments (Teredo, benchmarking, ORCHID...) 2001::/23, documentation 2001:db8::/32 and 3fff::/20,
 * 6to4 2002::/16 (it can carry a private IPv4), AS112 2620:4f:8000::/48.
 */
const NON_PUBLIC_V6: ReadonlyArray<[string, number]> = [
  ['2001::', 23], ['2001:db8::', 32], ['2002::', 16], ['2620:4f:8000::', 48], ['3fff::', 20],
];

const nonPublicV4 = new BlockList();
for (const [net, prefix] of NON_PUBLIC_V4) nonPublicV4.addSubnet(net, prefix, 'ipv4');
const nonPublicV6 = new BlockList();
for (const [net, prefix] of NON_PUBLIC_V6) nonPublicV6.addSubnet(net, prefix, 'ipv6');
const globalUnicastV6 = new BlockList();
globalUnicastV6.addSubnet('2000::', 3, 'ipv6');
const ipv4MappedV6 = new BlockList();
ipv4MappedV6.addSubnet('::ffff:0:0', 96, 'ipv6');

/**
 * True when `ip` is anything but a globally routable unicast address, and for anything that is
 * not an IP address at all (fail closed). IPv4-mapped IPv6 (::ffff:a.b.c.d) is judged as the IPv4
 * it carries. Any other IPv6 outside 2000::/3 is refused: loopback, unspecified, link-local,
 * unique-local, multicast, NAT64 64:ff9b::/96 and the deprecated IPv4-compatible ::/96 among them,
 * which can carry a private IPv4; no news site needs them. Node's own BlockList does the matching
 * (it reads an IPv4-mapped address against the IPv4 rules).
 */
export function isPrivateAddress(ip: string): boolean {
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  const family = isIP(bare);
  if (family === 4) return nonPublicV4.check(bare, 'ipv4');
  if (family !== 6) return true;
  if (ipv4MappedV6.check(bare, 'ipv6')) return nonPublicV4.check(bare, 'ipv6');
  return !globalUnicastV6.check(bare, 'ipv6') || nonPublicV6.check(bare, 'ipv6');
}

/** The host of a URL without the brackets WHATWG URL keeps around IPv6 literals. */
export function bareHostname(url: URL): string {
  const host = url.hostname;
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

function refuse(url: URL, address: string): FetchError {
  return new FetchError({
    url: url.href,
    reason: 'private-address',
    detail: `private address: ${url.href} goes to ${address} (loopback, private, link-local or otherwise non-public)`,
  });
}

/**
 * Throws a FetchError (reason 'private-address') unless every address the URL's host resolves to
 * is public. A DNS failure is a 'network' FetchError. This is the early check that names the
 * problem; the authoritative one is {@link createGuardedLookup}, on the address actually used.
 */
export async function assertPublicAddress(url: URL, resolve: ResolveHost = systemResolve): Promise<void> {
  const host = bareHostname(url);
  if (isIP(host) !== 0) {
    if (isPrivateAddress(host)) throw refuse(url, host);
    return;
  }
  let addresses: LookupAddress[];
  try {
    addresses = await resolve(host);
  } catch (cause) {
    throw new FetchError({ url: url.href, reason: 'network', detail: `network error: cannot resolve ${host}`, cause });
  }
  const bad = addresses.find((a) => isPrivateAddress(a.address));
  if (bad) throw refuse(url, bad.address);
  if (addresses.length === 0) {
    throw new FetchError({ url: url.href, reason: 'network', detail: `network error: ${host} has no address` });
  }
}

/**
 * A `lookup` for http.request that resolves with `resolve` and, when `guard` is on, refuses a host
 * if ANY of its addresses is private. The socket connects to the very addresses checked here, so a
 * DNS answer that changes between the early check and the connect (rebinding) cannot slip through.
 * Handles both call shapes Node uses: `{ all: true }` (autoSelectFamily, the Node 20 default) and
 * the single-address one.
 */
export function createGuardedLookup(url: URL, guard: boolean, resolve: ResolveHost = systemResolve): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (found) => {
        const family = options.family === 4 || options.family === 6 ? options.family : 0;
        const addresses = family === 0 ? found : found.filter((a) => a.family === family);
        const bad = guard ? addresses.find((a) => isPrivateAddress(a.address)) : undefined;
        const first = addresses[0];
        if (bad) {
          callback(refuse(url, bad.address), '', 0);
        } else if (!first) {
          const err = Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' });
          callback(err, '', 0);
        } else if (options.all) {
          (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
        } else {
          callback(null, first.address, first.family);
        }
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 0),
    );
  };
}
