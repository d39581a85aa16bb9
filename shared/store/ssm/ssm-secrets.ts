import { GetParameterCommand, ParameterNotFound, type SSMClient } from '@aws-sdk/client-ssm';
import { SecretUnavailableError } from '../../alerts/deliver-webhook.js';

/**
 * A secret is read again after this long, so a rotated secret (a new parameter version) is used
 * within minutes without a deploy, while a busy minute reads each parameter once rather than
 * once per alert (GetParameter is throttled at 40 TPS by default).
 */
export const SECRET_CACHE_MS = 5 * 60 * 1000;

/** Errors a retry may fix: throttling and the service's own failures; anything else (access denied, a key it cannot decrypt with) will not. */
const RETRYABLE_NAMES = new Set(['ThrottlingException', 'InternalServerError', 'TimeoutError']);

/**
 * Signing secrets from SSM Parameter Store SecureStrings (decrypted on read), cached per name for
 * `ttlMs`; concurrent reads of one name share one call. A missing parameter is a
 * SecretUnavailableError that says which name to create.
 */
export function createSsmSecrets({ client, ttlMs = SECRET_CACHE_MS, now = () => Date.now() }: { client: SSMClient; ttlMs?: number; now?: () => number }) {
  const cache = new Map<string, { value: Promise<string>; expires: number }>();
  const read = async (name: string): Promise<string> => {
    try {
      const out = await client.send(new GetParameterCommand({ Name: name, WithDecryption: true }));
      const value = out.Parameter?.Value;
      if (!value) throw new SecretUnavailableError(`SSM parameter ${name} has no value`, false);
      return value;
    } catch (err) {
      if (err instanceof SecretUnavailableError) throw err;
      if (err instanceof ParameterNotFound) {
        throw new SecretUnavailableError(`SSM parameter ${name} does not exist: create it with aws ssm put-parameter --type SecureString --name ${name} --value <secret>`, false, { cause: err });
      }
      const name_ = err instanceof Error ? err.name : '';
      throw new SecretUnavailableError(`SSM parameter ${name} not read: ${err instanceof Error ? err.message : String(err)}`, RETRYABLE_NAMES.has(name_), { cause: err });
    }
  };
  return async function secretOf(name: string): Promise<string> {
    const hit = cache.get(name);
    if (hit && hit.expires > now()) return hit.value;
    const value = read(name);
    cache.set(name, { value, expires: now() + ttlMs });
    // A failed read is not cached: the next try asks SSM again.
    value.catch(() => { if (cache.get(name)?.value === value) cache.delete(name); });
    return value;
  };
}
