import { readFileSync } from 'node:fs';
import { FeedsFileSchema, type FeedConfig } from '../../shared/schemas/index.js';

/** The bundled feeds file is missing or does not match FeedsFileSchema: the cold start fails on it. */
export class FeedsFileError extends Error {
  override readonly name = 'FeedsFileError';
}

/**
 * Reads the feeds file shipped with the bundle (validated at synth too, so this only fails when
 * the bundle itself is broken). Disabled feeds are kept: runDiscover reports them as skipped.
 */
export function loadFeeds(path: string): FeedConfig[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new FeedsFileError(`feeds file ${path} could not be read as JSON`, { cause: err });
  }
  const result = FeedsFileSchema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new FeedsFileError(`feeds file ${path} does not match FeedsFileSchema: ${issues}`, { cause: result.error });
  }
  return result.data.feeds;
}
