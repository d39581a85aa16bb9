/**
 * Refuses requests to addresses inside the machine or its network (loopback, private, link-local
 * including the cloud metadata endpoint 169.254.169.254, unique-local, multicast…), so a feed item
 * or a redirect cannot make the fetcher reach internal services (SSRF).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
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
 * True when `ip` is anything but a globally routable unicast address, and for anything that is
 * not an IP address at all (fail closed). IPv4-mapped IPv6 (::ffff:a.b.c.d) is judged as the IPv4
 * it carries. Transition ranges that embed an IPv4 address (NAT64 64:ff9b::/96, 6to4 2002::/16,
 * Teredo 2001::/32) and the deprecated IPv4-compatible ::/96 are refused as well: they can carry a
 * private IPv4, and no news site needs them.
 */
export function isPrivateAddress(ip: string): boolean {
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  if (!ipaddr.isValid(bare)) return true;
  const addr = ipaddr.process(bare);
  if (addr.kind() === 'ipv6') {
    const parts = (addr as ipaddr.IPv6).parts;
    // ::/96 (IPv4-compatible, deprecated by RFC 4291) is reported as unicast by ipaddr.js.
    if (parts.slice(0, 6).every((p) => p === 0)) return true;
  }
  return addr.range() !== 'unicast';
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
