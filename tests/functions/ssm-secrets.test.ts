import { afterEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { GetParameterCommand, ParameterNotFound, SSMClient } from '@aws-sdk/client-ssm';
import { createSsmSecrets } from '../../shared/store/ssm/ssm-secrets.js';
import { SecretUnavailableError } from '../../shared/alerts/deliver-webhook.js';

const NAME = '/coop-facts/test/webhooks/desk';

describe('createSsmSecrets', () => {
  const ssm = mockClient(SSMClient);
  afterEach(() => ssm.reset());
  const client = () => new SSMClient({ region: 'eu-central-1' });

  it('reads a SecureString decrypted, once per cache period, and again after it (a rotated secret is picked up)', async () => {
    ssm.on(GetParameterCommand).resolvesOnce({ Parameter: { Value: 'first-secret' } }).resolves({ Parameter: { Value: 'rotated-secret' } });
    let now = 0;
    const secretOf = createSsmSecrets({ client: client(), ttlMs: 1000, now: () => now });
    const [a, b] = await Promise.all([secretOf(NAME), secretOf(NAME)]);
    now = 999;
    const c = await secretOf(NAME);
    now = 1000;
    const d = await secretOf(NAME);
    expect([a, b, c, d]).toEqual(['first-secret', 'first-secret', 'first-secret', 'rotated-secret']);
    expect(ssm.commandCalls(GetParameterCommand).map((x) => x.args[0].input)).toEqual([{ Name: NAME, WithDecryption: true }, { Name: NAME, WithDecryption: true }]);
  });

  it('says which parameter to create when it is missing (not retryable), retries a throttled read, and caches no failure', async () => {
    ssm.on(GetParameterCommand).rejectsOnce(new ParameterNotFound({ message: 'not found', $metadata: {} }))
      .rejectsOnce(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }))
      .resolves({ Parameter: { Value: 'created-later' } });
    const secretOf = createSsmSecrets({ client: client() });
    const missing = await secretOf(NAME).catch((e: unknown) => e);
    const throttled = await secretOf(NAME).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(SecretUnavailableError);
    expect(missing).toMatchObject({ retryable: false, message: `SSM parameter ${NAME} does not exist: create it with aws ssm put-parameter --type SecureString --name ${NAME} --value <secret>` });
    expect(throttled).toMatchObject({ retryable: true, message: `SSM parameter ${NAME} not read: Rate exceeded` });
    expect(await secretOf(NAME)).toBe('created-later');
  });
});
