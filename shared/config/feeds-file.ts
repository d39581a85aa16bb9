import { readFileSync } from 'node:fs';
import { FeedsFileSchema, type FeedsFile } from '../schemas/feed.js';

/** A feeds file (registry JSON) that is unreadable or fails its schema; the message lists every bad field. */
export class FeedsFileError extends Error {
  override readonly name = 'FeedsFileError';
  readonly path: string;
  readonly issues: string[];

  constructor(path: string, issues: string[], options?: ErrorOptions) {
    super(`feeds file ${path}: ${issues.length === 1 ? issues[0] : `${issues.length} problems:\n  - ${issues.join('\n  - ')}`}`, options);
    this.path = path;
    this.issues = issues;
  }
}

/**
 * Reads and validates a feeds file (registry/feeds.live.json or a test one).
 * @throws FeedsFileError listing every invalid field as `feeds[3].url: Invalid URL`, or saying why
 *   the file could not be read or is not JSON.
 * @example const { feeds } = loadFeedsFile('shared/feeds/registry/feeds.live.json');
 */
export function loadFeedsFile(path: string): FeedsFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new FeedsFileError(path, [`cannot be read: ${cause instanceof Error ? cause.message : String(cause)}`], { cause });
  }
  let json: unknown;
  try {
    // A UTF-8 byte order mark (Windows editors add one) is not part of the JSON.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw new FeedsFileError(path, [`is not JSON: ${cause instanceof Error ? cause.message : String(cause)}`], { cause });
  }
  return parseFeedsFile(json, path);
}

/** Validates an already-parsed feeds document; `source` names it in the error. */
export function parseFeedsFile(json: unknown, source: string): FeedsFile {
  const result = FeedsFileSchema.safeParse(json);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  throw new FeedsFileError(source, issues, { cause: result.error });
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '(root)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}
