import { GetObjectCommand, PutObjectCommand, paginateListObjectsV2, type S3Client } from '@aws-sdk/client-s3';
import type { BlobStore } from '../ports.js';

/** Raw pages and article JSON in one bucket. Keys come from store/keys.ts (date-partitioned). */
export function createS3BlobStore({ client, bucket }: { client: S3Client; bucket: string }): BlobStore {
  return {
    async put(key, body, contentType) {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }));
    },
    async get(key) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        return (await out.Body?.transformToString('utf-8')) ?? null;
      } catch (err) {
        if (err instanceof Error && (err.name === 'NoSuchKey' || err.name === 'NotFound')) return null;
        throw err;
      }
    },
    async list(prefix) {
      const found: string[] = [];
      for await (const page of paginateListObjectsV2({ client }, { Bucket: bucket, Prefix: prefix })) {
        for (const o of page.Contents ?? []) if (o.Key) found.push(o.Key);
      }
      return found;
    },
  };
}
