import { mkdirSync } from 'node:fs';
import type { AddressInfo, Socket } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import dynalite from 'dynalite';
import S3rver from 's3rver';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CreateBucketCommand, HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { createDynamoAlertDeliveries, createDynamoSubscriptionStore, createTableInput } from '../store/dynamo/index.js';
import { createStores } from '../store/create-stores.js';
import { createS3BlobStore } from '../store/s3/s3-blob-store.js';
import { DEFAULT_BUCKET_NAME, DEFAULT_TABLE_NAME } from '../store/table-design.js';
import type { AlertDeliveries, BlobStore, Stores, SubscriptionStore } from '../store/ports.js';
import { acquireDataLock } from './data-lock.js';
import { repairS3rverFiles, repairSparseIndexes } from './crash-repair.js';

export interface LocalStores extends Stores {
  blobs: BlobStore;
  /** Alert subscriptions (`npm run subscriptions`) and where each alert has gone: local routing only. */
  subscriptions: SubscriptionStore;
  deliveries: AlertDeliveries;
  doc: DynamoDBDocumentClient;
  dynamo: DynamoDBClient;
  s3: S3Client;
  tableName: string;
  bucket: string;
  endpoints: { dynamodb: string; s3: string };
  /** Stops one server while the clients still point at it: for tests of a store failing mid-run. */
  stop: { s3(): Promise<void>; dynamodb(): Promise<void> };
  close(): Promise<void>;
}

export interface LocalStoresOptions {
  /** Folder for the data (dynalite's LevelDB and s3rver's files); in memory / a temp dir when absent. */
  dataDir?: string;
  tableName?: string;
  bucket?: string;
}

const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const REGION = 'us-east-1';

/**
 * Starts dynalite and s3rver in this process on free loopback ports, creates the table and bucket
 * if missing, and returns the same adapters the Lambdas use, pointed at them.
 */
export async function startLocalStores(options: LocalStoresOptions = {}): Promise<LocalStores> {
  // The SDK warns on every Node 20 process that its 2027 releases need Node 22; the versions here are
  // pinned, so the warning only buries the local runtime's own output.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const tableName = options.tableName ?? DEFAULT_TABLE_NAME;
  const bucket = options.bucket ?? DEFAULT_BUCKET_NAME;
  const dynamoPath = options.dataDir ? join(options.dataDir, 'dynamodb') : undefined;
  const s3Dir = options.dataDir ? join(options.dataDir, 's3') : join(await tempDir(), 's3');
  // Before anything opens the folder: two processes on one LevelDB fail with "Database is closed".
  const lock = options.dataDir ? acquireDataLock(options.dataDir) : null;
  try {
    // The last process to hold the folder died: s3rver's files first (a cut one fails every listing).
    if (lock?.tookOverFrom) repairS3rverFiles(s3Dir);
    const stores = await openStores({ dynamoPath, s3Dir, tableName, bucket, releaseLock: () => lock?.release() });
    // …then dynalite's indexes, which a kill can leave behind their items.
    if (lock?.tookOverFrom) await repairSparseIndexes(stores.doc, stores.tableName).catch(async (err: unknown) => { await stores.close(); throw err; });
    return stores;
  } catch (err) {
    lock?.release();
    throw err;
  }
}

async function openStores(o: { dynamoPath?: string; s3Dir: string; tableName: string; bucket: string; releaseLock(): void }): Promise<LocalStores> {
  const { dynamoPath, s3Dir, tableName, bucket } = o;
  if (dynamoPath) mkdirSync(dynamoPath, { recursive: true });
  mkdirSync(s3Dir, { recursive: true });

  const dynaliteServer: Server = dynalite({ path: dynamoPath, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    dynaliteServer.once('error', reject);
    dynaliteServer.listen(0, '127.0.0.1', () => resolve());
  });
  const s3rver = new S3rver({ port: 0, address: '127.0.0.1', directory: s3Dir, silent: true });
  const s3Address = await s3rver.run();
  // Each server stops once, whether a fault test stopped it early or close() does. Open keep-alive
  // connections are cut too: server.close() alone lets the SDK go on using them.
  const s3Server = (s3rver as unknown as { httpServer: Server }).httpServer;
  const cutConnections = trackConnections([dynaliteServer, s3Server]);
  let s3Stopped: Promise<void> | null = null;
  let dynamoStopped: Promise<void> | null = null;
  const stop = {
    s3: () => (s3Stopped ??= (async () => { const closed = s3rver.close(); cutConnections(s3Server); await closed; })()),
    // dynalite closes its database when its server closes, and a request already read goes on writing: it then throws
    // "Database is closed" from inside dynalite, out of reach of any caller. So the server first refuses and cuts every
    // connection, lets the requests it had read settle, and only then closes.
    dynamodb: () =>
      (dynamoStopped ??= (async () => {
        cutConnections(dynaliteServer, { refuseNew: true });
        await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
        await new Promise<void>((resolve) => dynaliteServer.close(() => resolve()));
      })()),
  };

  const endpoints = {
    dynamodb: `http://127.0.0.1:${(dynaliteServer.address() as AddressInfo).port}`,
    s3: `http://127.0.0.1:${s3Address.port}`,
  };
  const { dynamo, doc } = localDynamoClients(endpoints.dynamodb);
  const s3 = localS3Client(endpoints.s3);

  try {
    await ensureTable(dynamo, tableName);
    await ensureBucket(s3, bucket);
  } catch (err) {
    await Promise.all([stop.s3(), stop.dynamodb()]);
    throw err;
  }

  const blobs = createS3BlobStore({ client: s3, bucket });
  return {
    ...createStores({ doc, tableName, blobs }),
    blobs,
    subscriptions: createDynamoSubscriptionStore(doc, tableName),
    deliveries: createDynamoAlertDeliveries(doc, tableName),
    doc, dynamo, s3, tableName, bucket, endpoints, stop,
    async close() {
      dynamo.destroy();
      s3.destroy();
      await Promise.all([stop.s3(), stop.dynamodb()]);
      o.releaseLock();
    },
  };
}

export interface LocalBucket {
  s3: S3Client;
  bucket: string;
  close(): Promise<void>;
}

/**
 * s3rver alone over the data folder's bucket, under the folder's lock, for commands that only read
 * the bucket (`npm run sql`): no LevelDB to open, no dynalite to stop. After a crash (a stale lock)
 * it opens the whole store once instead, so that dynalite's repair is not skipped.
 */
export async function startLocalBucket(options: { dataDir: string; bucket?: string }): Promise<LocalBucket> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const bucket = options.bucket ?? DEFAULT_BUCKET_NAME;
  const lock = acquireDataLock(options.dataDir);
  if (lock.tookOverFrom) {
    lock.release();
    await (await startLocalStores({ dataDir: options.dataDir, bucket })).close();
    return startLocalBucket(options);
  }
  try {
    const s3Dir = join(options.dataDir, 's3');
    mkdirSync(s3Dir, { recursive: true });
    const s3rver = new S3rver({ port: 0, address: '127.0.0.1', directory: s3Dir, silent: true });
    const { port } = await s3rver.run();
    const s3 = localS3Client(`http://127.0.0.1:${port}`);
    await ensureBucket(s3, bucket).catch(async (err: unknown) => { s3.destroy(); await s3rver.close(); throw err; });
    return { s3, bucket, async close() { s3.destroy(); await s3rver.close(); lock.release(); } };
  } catch (err) {
    lock.release();
    throw err;
  }
}

function localS3Client(endpoint: string): S3Client {
  return new S3Client({
    endpoint, region: REGION, forcePathStyle: true, credentials: LOCAL_CREDENTIALS,
    // s3rver stores aws-chunked framing as the object when the SDK sends streaming checksums.
    requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/**
 * The DynamoDB clients of the local runtime for an endpoint: the SDK's defaults (retries included),
 * as in a Lambda. Tests that put a proxy between the runtime and dynalite build theirs here too.
 */
export function localDynamoClients(endpoint: string): { dynamo: DynamoDBClient; doc: DynamoDBDocumentClient } {
  const dynamo = new DynamoDBClient({ endpoint, region: REGION, credentials: LOCAL_CREDENTIALS });
  return { dynamo, doc: DynamoDBDocumentClient.from(dynamo, { marshallOptions: { removeUndefinedValues: true } }) };
}

/** How long a stopping dynalite waits for the requests it had already read to finish their writes. */
const SETTLE_MS = 250;

/** Remembers each server's open sockets, so that stopping one can cut them (and, if asked, refuse new ones). */
function trackConnections(servers: Server[]): (server: Server, options?: { refuseNew?: boolean }) => void {
  const open = new Map<Server, Set<Socket>>();
  const refusing = new Set<Server>();
  for (const server of servers) {
    const sockets = new Set<Socket>();
    open.set(server, sockets);
    server.on('connection', (socket: Socket) => {
      if (refusing.has(server)) {
        socket.destroy();
        return;
      }
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
    });
  }
  return (server, options) => {
    if (options?.refuseNew) refusing.add(server);
    for (const socket of open.get(server) ?? []) socket.destroy();
  };
}

async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
  } catch (err) {
    if (!(err instanceof Error && err.name === 'ResourceNotFoundException')) throw err;
    await client.send(new CreateTableCommand(createTableInput(tableName)));
  }
}

async function ensureBucket(client: S3Client, bucket: string): Promise<void> {
  try {
    await client.send(new HeadBucketCommand({ Bucket: bucket }));
  } catch (err) {
    if (!(err instanceof Error && (err.name === 'NotFound' || err.name === 'NoSuchBucket'))) throw err;
    await client.send(new CreateBucketCommand({ Bucket: bucket }));
  }
}

async function tempDir(): Promise<string> {
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  return mkdtemp(join(tmpdir(), 'coop-facts-'));
}
