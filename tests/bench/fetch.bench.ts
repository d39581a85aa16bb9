/**
 * HTTP client figures on loopback (`npm run bench fetch`): throughput with decompression and
 * decoding, the cost of stopping a gzip bomb, and how closely pacing keeps its interval.
 */
import type { LookupAddress } from 'node:dns';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { createHttpClient } from '../../shared/fetch/http-client.js';
import { decodeBytes } from '../../shared/fetch/charset.js';
import { startHttpServer } from '../helpers/http-server.js';

const KIB = 1024;
const PARAGRAPH = 'Правительство и инвесторы обсудили строительство логистического центра стоимостью 85 млн долларов. ';
const PAGE_1251 = iconv.encode(`<html><head><meta charset="windows-1251"></head><body>${`<p>${PARAGRAPH}</p>`.repeat(500)}</body></html>`, 'windows-1251');
const PAGE_GZIP = zlib.gzipSync(PAGE_1251);
const BOMB = zlib.gzipSync(Buffer.alloc(256 * KIB * KIB));

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

export async function run(): Promise<void> {
  const arrivals: number[] = [];
  const server = await startHttpServer((req, res) => {
    if (req.url === '/bomb') return res.writeHead(200, { 'content-encoding': 'gzip' }).end(BOMB);
    if (req.url?.startsWith('/paced')) arrivals.push(Date.now());
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(PAGE_GZIP);
  });
  const resolve = async (): Promise<LookupAddress[]> => [{ address: '127.0.0.1', family: 4 }];
  try {
    const hosts = Array.from({ length: 10 }, (_, i) => `site${i}.test:${server.port}`);
    const client = createHttpClient({ allowPrivateAddresses: true, resolve, perHostIntervalMs: 0, concurrency: 8, respectRobots: false });
    const n = 400;
    let start = process.hrtime.bigint();
    await Promise.all(Array.from({ length: n }, (_, i) => client.get(`http://${hosts[i % hosts.length]}/a/${i}`, { purpose: 'page' })));
    const took = ms(start);
    console.log(`GET ${n} gzip+windows-1251 pages (${(PAGE_1251.length / KIB).toFixed(0)} KiB each, ${(PAGE_GZIP.length / KIB).toFixed(1)} KiB on the wire), 10 hosts, concurrency 8: ${took.toFixed(0)} ms, ${((n / took) * 1000).toFixed(0)} req/s`);

    start = process.hrtime.bigint();
    for (let i = 0; i < 50; i += 1) decodeBytes(PAGE_1251, 'text/html');
    console.log(`decodeBytes (meta charset sniff + windows-1251 decode) of ${(PAGE_1251.length / KIB).toFixed(0)} KiB: ${(ms(start) / 50).toFixed(2)} ms`);

    const rssBefore = process.memoryUsage().rss;
    start = process.hrtime.bigint();
    const err = await client.get(`http://${hosts[0]}/bomb`, { purpose: 'page' }).catch((e: unknown) => e as Error);
    console.log(`gzip bomb (${(BOMB.length / KIB).toFixed(0)} KiB → 256 MiB) against the 5 MiB cap: stopped in ${ms(start).toFixed(0)} ms, rss +${((process.memoryUsage().rss - rssBefore) / KIB / KIB).toFixed(0)} MiB (${(err as Error).name}: ${(err as { reason?: string }).reason})`);

    const paced = createHttpClient({ allowPrivateAddresses: true, resolve, perHostIntervalMs: 200, respectRobots: false });
    await Promise.all(Array.from({ length: 6 }, (_, i) => paced.get(`http://${hosts[1]}/paced/${i}`, { purpose: 'page' })));
    const gaps = arrivals.slice(1).map((t, i) => t - arrivals[i]!);
    console.log(`pacing at 200 ms per host, 6 concurrent GETs: gaps between arrivals ${gaps.join(', ')} ms (min ${Math.min(...gaps)})`);
  } finally {
    await server.close();
  }
}
