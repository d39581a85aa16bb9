import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SQSClient } from '@aws-sdk/client-sqs';

/** One SendMessageBatch entry as the fake received it. */
export interface ReceivedEntry { Id: string; MessageBody: string }
/** One SendMessage request as the fake received it (the JSON protocol's fields). */
export interface SentMessage { QueueUrl: string; MessageBody: string; MessageAttributes?: Record<string, { DataType: string; StringValue?: string }> }

/**
 * A loopback HTTP server speaking the SQS JSON protocol for SendMessageBatch only (there is no
 * local SQS server in this stack). `failNext` makes it report entries as failed, the way SQS does.
 */
export interface FakeSqs {
  queueUrl: string;
  client: SQSClient;
  /** Every entry accepted, in order. */
  received: ReceivedEntry[];
  /** Batches as sent (entry counts), to check batching. */
  batches: number[];
  /** Entry ids to fail on their next send, with sender or server fault. */
  failNext: Map<string, 'sender' | 'server'>;
  /** Every SendMessage accepted, in order. */
  sent: SentMessage[];
  /** The next this many SendMessage calls fail with a server error. */
  failSends: { count: number };
  close(): Promise<void>;
}

export async function startFakeSqs(): Promise<FakeSqs> {
  const received: ReceivedEntry[] = [];
  const batches: number[] = [];
  const failNext = new Map<string, 'sender' | 'server'>();
  const sent: SentMessage[] = [];
  const failSends = { count: 0 };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => { body += chunk.toString('utf8'); });
    req.on('end', () => {
      if (req.headers['x-amz-target'] === 'AmazonSQS.SendMessage') {
        if (failSends.count > 0) {
          failSends.count--;
          res.writeHead(500, { 'content-type': 'application/x-amz-json-1.0' });
          res.end(JSON.stringify({ __type: 'com.amazonaws.sqs#InternalError', message: 'refused by the fake' }));
          return;
        }
        const message = JSON.parse(body) as SentMessage;
        sent.push(message);
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
        res.end(JSON.stringify({ MessageId: `s-${sent.length}`, MD5OfMessageBody: createHash('md5').update(message.MessageBody).digest('hex') }));
        return;
      }
      if (req.headers['x-amz-target'] !== 'AmazonSQS.SendMessageBatch') {
        res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' });
        res.end(JSON.stringify({ __type: 'com.amazonaws.sqs#InvalidAction', message: `unsupported ${String(req.headers['x-amz-target'])}` }));
        return;
      }
      const { Entries } = JSON.parse(body) as { Entries: ReceivedEntry[] };
      batches.push(Entries.length);
      const Successful: unknown[] = [];
      const Failed: unknown[] = [];
      for (const e of Entries) {
        const fault = failNext.get(e.Id);
        if (fault) {
          failNext.delete(e.Id);
          Failed.push({ Id: e.Id, SenderFault: fault === 'sender', Code: fault === 'sender' ? 'InvalidMessageContents' : 'InternalError', Message: 'refused by the fake' });
          continue;
        }
        received.push(e);
        // The SDK checks each body's MD5 against the one SQS returns.
        Successful.push({ Id: e.Id, MessageId: `m-${received.length}`, MD5OfMessageBody: createHash('md5').update(e.MessageBody).digest('hex') });
      }
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
      res.end(JSON.stringify({ Successful, Failed }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new SQSClient({ endpoint: origin, region: 'eu-central-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  return {
    queueUrl: `${origin}/123456789012/coop-facts-items`, client, received, batches, failNext, sent, failSends,
    async close() {
      client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
