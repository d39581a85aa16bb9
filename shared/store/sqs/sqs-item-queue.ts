import { SendMessageBatchCommand, type SQSClient, type SendMessageBatchRequestEntry } from '@aws-sdk/client-sqs';
import type { ItemMessage } from '../../schemas/index.js';
import type { ItemQueue } from '../ports.js';

/** SendMessageBatch takes at most 10 entries (SQS quota). */
export const SQS_BATCH_ENTRIES = 10;
/** The whole batch may not exceed 1 MiB (SQS quota since August 2025; was 256 KiB). Keep a margin. */
export const SQS_BATCH_BYTES = 1_000_000;
/** Entries SQS reports as failed (throttling, internal errors) are resent this many times. */
const MAX_RESENDS = 3;

/** Items that could not be queued; the caller releases their claims so a later run retries them. */
export class QueueSendError extends Error {
  override readonly name = 'QueueSendError';
  readonly articleIds: string[];
  constructor(articleIds: string[], reasons: string[], options?: ErrorOptions) {
    super(`${articleIds.length} item(s) not queued: ${articleIds.map((id, i) => `${id} (${reasons[i]})`).join(', ')}`, options);
    this.articleIds = articleIds;
  }
}

/** Groups entries into batches under both the count and the size limits. */
function toBatches(entries: SendMessageBatchRequestEntry[]): SendMessageBatchRequestEntry[][] {
  const batches: SendMessageBatchRequestEntry[][] = [];
  let current: SendMessageBatchRequestEntry[] = [];
  let bytes = 0;
  for (const e of entries) {
    const size = Buffer.byteLength(e.MessageBody ?? '');
    if (current.length === SQS_BATCH_ENTRIES || (current.length > 0 && bytes + size > SQS_BATCH_BYTES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(e);
    bytes += size;
  }
  if (current.length) batches.push(current);
  return batches;
}

/**
 * The discover Lambda's queue: one JSON ItemMessage per SQS message, sent in batches. Entries SQS
 * rejects for a server fault are resent; those that still fail, or that SQS blames on the sender,
 * are reported together in one QueueSendError (discover then releases the claims).
 */
export function createSqsItemQueue({ client, queueUrl }: { client: SQSClient; queueUrl: string }): ItemQueue {
  return {
    async send(messages: ItemMessage[]) {
      // The entry id is the article id: unique within a batch, since each article is claimed once.
      let pending: SendMessageBatchRequestEntry[] = messages.map((m) => ({ Id: m.articleId, MessageBody: JSON.stringify(m) }));
      const failed = new Map<string, string>();
      for (let attempt = 0; pending.length > 0; attempt++) {
        const resend: SendMessageBatchRequestEntry[] = [];
        for (const batch of toBatches(pending)) {
          try {
            const out = await client.send(new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: batch }));
            for (const f of out.Failed ?? []) {
              const entry = batch.find((e) => e.Id === f.Id);
              if (!entry) continue;
              if (f.SenderFault || attempt === MAX_RESENDS) failed.set(f.Id!, `${f.Code}${f.Message ? `: ${f.Message}` : ''}`);
              else resend.push(entry);
            }
          } catch (err) {
            // The whole call failed (network, permissions): none of this batch is known to be queued.
            for (const e of batch) failed.set(e.Id!, err instanceof Error ? err.message : String(err));
          }
        }
        pending = resend;
      }
      if (failed.size) throw new QueueSendError([...failed.keys()], [...failed.values()]);
    },
  };
}
