import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import type { BlobStore } from '../../store/ports.js';
import { blobKeys } from '../../store/keys.js';
import { PROMPT_VERSION } from './prompt.js';
import type { ModelCache, ModelReply, ModelRequest } from './types.js';

const ReplySchema = z.object({
  text: z.string(),
  usage: z.object({ inputTokens: z.number().int().nonnegative(), outputTokens: z.number().int().nonnegative() }),
  modelId: z.string(),
});

/**
 * The cache key of a request: the prompt version, the model and everything sent (instructions,
 * article, schema). The same article under the same prompt and model is never paid for twice; a
 * changed sentence, prompt or model asks again.
 */
export function replyKey(request: ModelRequest, modelId: string): string {
  return createHash('sha256')
    .update(JSON.stringify([PROMPT_VERSION, modelId, request.schemaName, request.system, request.user, request.schema, request.maxOutputTokens]))
    .digest('hex');
}

/** A cached reply that no longer reads is a miss, never an error: the call is made again. */
function parseReply(text: string | null): ModelReply | null {
  if (text === null) return null;
  try {
    const parsed = ReplySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Replies as blobs under model-replies/ (S3 on AWS, s3rver locally), beside the pages they were read from. */
export function blobReplyCache(blobs: BlobStore): ModelCache {
  return {
    async get(key) {
      return parseReply(await blobs.get(blobKeys.modelReply(key)));
    },
    async put(key, reply) {
      await blobs.put(blobKeys.modelReply(key), JSON.stringify(reply), 'application/json');
    },
  };
}

/** Replies as files in a folder, for the `extract` command; written whole (temp file, then rename). */
export function dirReplyCache(dir: string): ModelCache {
  return {
    async get(key) {
      try {
        return parseReply(readFileSync(join(dir, `${key}.json`), 'utf8'));
      } catch {
        return null;
      }
    },
    async put(key, reply) {
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${key}.json`);
      writeFileSync(`${file}.tmp`, JSON.stringify(reply));
      renameSync(`${file}.tmp`, file);
    },
  };
}
