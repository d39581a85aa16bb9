/**
 * Client settings for tests against a loopback server: no pacing, tiny backoffs, robots off
 * unless a test turns it on, and only the test server's origin exempt from the address guard.
 */
import { createHttpClient, type HttpClientOptionsInput } from '../../../shared/fetch/http-client.js';
import type { HttpClient } from '../../../shared/fetch/types.js';
import type { TestServer } from '../../helpers/http-server.js';

export function testClient(server: TestServer, overrides: HttpClientOptionsInput = {}): HttpClient {
  return createHttpClient({
    allowedOrigins: [server.url],
    perHostIntervalMs: 0,
    retryBaseMs: 5,
    respectRobots: false,
    // A bug in the guard must fail fast rather than wait on an unroutable address.
    connectTimeoutMs: 500,
    totalTimeoutMs: 3000,
    ...overrides,
  });
}

/** The rejection of `promise`, which must reject. */
export async function rejection(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (err) {
    return err as Error & Record<string, unknown>;
  }
  throw new Error('expected a rejection, got a result');
}
