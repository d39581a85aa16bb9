/**
 * A real node:http server on 127.0.0.1 with an ephemeral port, for tests that need HTTP without
 * the network. The handler sees every request; `requests` records them for assertions.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface TestServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:53211`. */
  url: string;
  port: number;
  /** Every request received, in order (method, url, headers). */
  requests: Array<{ method: string; url: string; headers: http.IncomingHttpHeaders }>;
  /** Stops the server, cutting open connections (stalled responses included). */
  close: () => Promise<void>;
}

export type TestHandler = (req: http.IncomingMessage, res: http.ServerResponse) => unknown;

/** Starts `handler` on 127.0.0.1:0. A handler that throws answers 500 with the message. */
export async function startHttpServer(handler: TestHandler): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    Promise.resolve()
      .then(() => handler(req, res))
      .catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(err instanceof Error ? err.message : String(err));
      });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
