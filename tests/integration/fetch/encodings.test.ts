import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type TestServer } from '../../helpers/http-server.js';
import { rejection, testClient } from './test-client.js';

// Invented news in the markup shape of a regional Russian-language outlet.
const TITLE = 'Кыргызстан и Казахстан запустят совместное производство удобрений';
const PAGE = (charsetMeta: string) => `<!DOCTYPE html>
<html lang="ru"><head>${charsetMeta}<title>${TITLE}</title></head>
<body><article class="news-item"><h1>${TITLE}</h1>
<p>Стороны договорились вложить 120 млн долларов в завод под Шымкентом — сообщила пресс-служба.</p>
</article></body></html>`;
const UTF8_PAGE = PAGE('<meta charset="utf-8">');

type Route = { headers: Record<string, string>; body: Buffer };
const ROUTES: Record<string, Route> = {
  '/gzip': { headers: { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' }, body: zlib.gzipSync(UTF8_PAGE) },
  '/br': { headers: { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br' }, body: zlib.brotliCompressSync(UTF8_PAGE) },
  '/deflate': { headers: { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'deflate' }, body: zlib.deflateSync(UTF8_PAGE) },
  '/deflate-raw': { headers: { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'deflate' }, body: zlib.deflateRawSync(UTF8_PAGE) },
  '/cp1251-header': { headers: { 'content-type': 'text/html; charset=windows-1251' }, body: iconv.encode(PAGE(''), 'windows-1251') },
  '/cp1251-meta-gzip': {
    headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' },
    body: zlib.gzipSync(iconv.encode(PAGE('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'), 'windows-1251')),
  },
  '/koi8r': { headers: { 'content-type': 'text/html; charset=koi8-r' }, body: iconv.encode(PAGE(''), 'koi8-r') },
  '/koi8r-meta': { headers: { 'content-type': 'text/html' }, body: iconv.encode(PAGE('<meta charset="koi8-r">'), 'koi8-r') },
  '/utf16-bom': { headers: { 'content-type': 'text/html' }, body: iconv.encode(PAGE(''), 'utf-16le', { addBOM: true }) },
  '/undeclared-utf8': { headers: { 'content-type': 'text/html' }, body: Buffer.from(PAGE('')) },
  '/corrupt-gzip': { headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' }, body: Buffer.from('this is not gzip at all') },
  '/zstd': { headers: { 'content-type': 'text/html', 'content-encoding': 'zstd' }, body: Buffer.from('whatever') },
};

let server: TestServer;
beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    const route = ROUTES[req.url ?? ''];
    if (!route) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, route.headers);
    res.end(route.body);
  });
});
afterAll(() => server.close());

const fetchPage = (path: string) => testClient(server).get(`${server.url}${path}`, { purpose: 'page' });

describe('content encodings', () => {
  it('asks for gzip, deflate and br', async () => {
    await fetchPage('/gzip');
    expect(server.requests.at(-1)?.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it.each(['/gzip', '/br', '/deflate', '/deflate-raw'])('decompresses %s', async (path) => {
    const result = await fetchPage(path);
    expect(result.text).toBe(UTF8_PAGE);
    expect(result.bytes.length).toBe(Buffer.byteLength(UTF8_PAGE));
    expect(result.charset).toBe('utf-8');
  });

  it('reports a corrupt gzip body as decode, not retryable', async () => {
    const err = await rejection(fetchPage('/corrupt-gzip'));
    expect(err.reason).toBe('decode');
    expect(err.retryable).toBe(false);
    expect(err.message).toContain('/corrupt-gzip');
  });

  it('reports an unsupported encoding as decode', async () => {
    const err = await rejection(fetchPage('/zstd'));
    expect(err.reason).toBe('decode');
    expect(err.message).toContain('zstd');
  });
});

describe('charsets', () => {
  it.each([
    ['/cp1251-header', 'windows-1251'],
    ['/cp1251-meta-gzip', 'windows-1251'],
    ['/koi8r', 'koi8-r'],
    ['/koi8r-meta', 'koi8-r'],
    ['/utf16-bom', 'utf-16le'],
    ['/undeclared-utf8', 'utf-8'],
  ])('decodes %s as %s', async (path, charset) => {
    const result = await fetchPage(path);
    expect(result.charset).toBe(charset);
    expect(result.text).toContain(`<h1>${TITLE}</h1>`);
    expect(result.text).toContain('120 млн долларов');
    expect(result.text.charCodeAt(0)).not.toBe(0xfeff);
  });
});
