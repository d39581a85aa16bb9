/**
 * The HTTP client contract shared by pages, feeds and robots.txt (implementation: http-client.ts).
 */
export type FetchPurpose = 'page' | 'feed' | 'robots';

export interface HttpGetOptions {
  purpose: FetchPurpose;
  /** Conditional GET validators from the last successful poll. */
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
}

export interface HttpResult {
  /** The URL asked for. */
  url: string;
  /** The URL after redirects. */
  finalUrl: string;
  /** 200-299, or 304 when notModified. */
  status: number;
  notModified: boolean;
  /** Lower-case header names. */
  headers: Record<string, string>;
  contentType: string | null;
  /** Decompressed bytes. */
  bytes: Buffer;
  /** Bytes decoded with `charset` ('' on 304). */
  text: string;
  /** The charset used to decode, e.g. 'utf-8', 'windows-1251'. */
  charset: string;
  /** Why `charset` is not the declared one (declared UTF-8, bytes are not), else null. */
  charsetNote: string | null;
}

export interface HttpClient {
  /** Resolves for 2xx and 304; throws a FetchError (errors.ts) for anything else, after retries where they apply. */
  get(url: string, options: HttpGetOptions): Promise<HttpResult>;
}
