import { createHash } from 'node:crypto';

/**
 * A configured webhook's id: its host as a slug and 8 hex of the URL's SHA-256
 * ("hooks-example-org-1a2b3c4d"), so two webhooks on one host differ, the id stays the same
 * across deploys, and a person can still tell which receiver it is.
 */
export function webhookIdOf(url: string): string {
  const host = new URL(url).host.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48);
  return `${host}-${createHash('sha256').update(url).digest('hex').slice(0, 8)}`;
}

/** Every webhook secret of a stage lives under this path; the deliver Lambda may read only there. */
export function webhookSecretPrefix(stage: string): string {
  return `/coop-facts/${stage}/webhooks/`;
}

/** "/coop-facts/prod/webhooks/hooks-example-org-1a2b3c4d": the SecureString parameter holding the webhook's signing secret. */
export function webhookSecretParameter(stage: string, id: string): string {
  return `${webhookSecretPrefix(stage)}${id}`;
}
