/**
 * A loopback proxy in front of dynalite that answers the requests a policy picks the way DynamoDB
 * throttles: HTTP 400 with a `ProvisionedThroughputExceededException` body, and passes every other
 * request through untouched. dynalite has no throttling of its own, and a mock of the client would
 * not exercise the SDK's retries (maxAttempts 4, throttling back-off from 1 s) or the pipeline's
 * handling of what is left when they run out.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';

/** One request as the proxy saw it. */
export interface ProxiedRequest {
  /** `PutItem`, `Query`… (the X-Amz-Target header without its prefix). */
  operation: string;
  /** The SDK's id of the call (`amz-sdk-invocation-id`): the same on every retry of it. */
  invocation: string;
  /** 1 for the first try, 2 for the first retry… (`amz-sdk-request: attempt=N; max=M`). */
  attempt: number;
  maxAttempts: number;
}

/** Whether to throttle this request. */
export type ThrottlePolicy = (request: ProxiedRequest) => boolean;

export interface ThrottleProxy {
  /** `http://127.0.0.1:<port>`, for the DynamoDB client. */
  endpoint: string;
  /** Every request, with whether it was throttled. */
  log: Array<ProxiedRequest & { throttled: boolean }>;
  /** Throttling is off (null) until a policy is set. */
  setPolicy(policy: ThrottlePolicy | null): void;
  close(): Promise<void>;
}

/** The message DynamoDB sends with this error for a table over its throughput. */
export const THROTTLE_MESSAGE = 'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.';

/** The answer DynamoDB gives a throttled request, headers included (the SDK reads the request id and the error type). */
function throttled(res: http.ServerResponse, operation: string, tableName: string): void {
  const write = /^(Put|Update|Delete|BatchWrite)/.test(operation);
  const body = JSON.stringify({
    __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
    message: THROTTLE_MESSAGE,
    // Sent since 2025: why, and which resource (ResourceType + OperationType + LimitType).
    ThrottlingReasons: [{ reason: `Table${write ? 'Write' : 'Read'}ProvisionedThroughputExceeded`, resource: `arn:aws:dynamodb:us-east-1:000000000000:table/${tableName}` }],
  });
  res.writeHead(400, {
    'Content-Type': 'application/x-amz-json-1.0',
    'Content-Length': String(Buffer.byteLength(body)),
    'x-amzn-RequestId': randomBytes(26).toString('hex').toUpperCase().slice(0, 52),
    'x-amz-crc32': String(crc32(body)),
  });
  res.end(body);
}

function describe(req: http.IncomingMessage): ProxiedRequest {
  const target = String(req.headers['x-amz-target'] ?? '');
  const sdk = /attempt=(\d+); max=(\d+)/.exec(String(req.headers['amz-sdk-request'] ?? ''));
  return {
    operation: target.slice(target.indexOf('.') + 1),
    invocation: String(req.headers['amz-sdk-invocation-id'] ?? ''),
    attempt: Number(sdk?.[1] ?? 1),
    maxAttempts: Number(sdk?.[2] ?? 1),
  };
}

/** Starts the proxy on 127.0.0.1 in front of `target` (dynalite's endpoint). */
export async function startThrottleProxy(target: string): Promise<ThrottleProxy> {
  const upstream = new URL(target);
  const log: ThrottleProxy['log'] = [];
  let policy: ThrottlePolicy | null = null;
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const seen = describe(req);
      const body = Buffer.concat(chunks);
      const throttle = policy?.(seen) ?? false;
      log.push({ ...seen, throttled: throttle });
      if (throttle) {
        const table = /"TableName":"([^"]+)"/.exec(body.toString('utf8'))?.[1] ?? 'table';
        throttled(res, seen.operation, table);
        return;
      }
      // Headers as sent (the signature covers them; dynalite does not check it, but nothing is changed).
      const forward = http.request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      forward.on('error', (err) => {
        if (!res.headersSent) res.writeHead(502);
        res.end(String(err));
      });
      forward.end(body);
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
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    log,
    setPolicy(p) { policy = p; },
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    }),
  };
}
