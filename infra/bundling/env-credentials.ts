/**
 * What the Lambda bundles use in place of @aws-sdk/credential-provider-node (an esbuild alias, BUNDLE.alias in
 * infra/constructs/node-function.ts). A Lambda's credentials are always in its environment (AWS_ACCESS_KEY_ID,
 * AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN); the node chain's SSO, INI, process, web-identity and container providers,
 * and the STS and SSO clients they import, are dead weight there (about 90 KB of the process bundle). The local
 * runtime and the tests are not bundled and keep the SDK's full chain.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';

/** The SDK clients call `defaultProvider(config)` for their credentials: here, the environment's, read on each call. */
export const defaultProvider = (init?: Parameters<typeof fromEnv>[0]): ReturnType<typeof fromEnv> => fromEnv(init);

/** Exported by the node chain too; environment credentials carry their own expiry and need no refresh hint. */
export const credentialsWillNeedRefresh = (): boolean => false;
export const credentialsTreatedAsExpired = (): boolean => false;
