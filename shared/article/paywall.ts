/**
 * Paywall and teaser detection. Trend serves some pages as a 200 shell whose only body paragraph is
 * "Get access to all paid news on Trend — just $1" (../shared/SOURCES.md "Paywall"). Such a sentence
 * is never article text, so it is always removed; the page is paywalled when what is left is short.
 */

/** Sentences that invite the reader to pay or log in. A paragraph holding one is removed when short. */
const PAYWALL_PHRASES =
  /get access to all paid news|paid news on trend|subscribe (?:now |today )?to (?:read|continue|get|unlock)|(?:to )?continue reading,? (?:please )?(?:subscribe|log ?in|sign ?in)|this (?:article|content|story) is (?:only )?(?:available|reserved) (?:to|for) (?:paid |premium )?(?:subscribers|members)|for (?:paid |premium )?subscribers only|already a subscriber\??|unlock (?:this|full) (?:article|story|access)|sign in to read|log in to read|buy a subscription/i;
/** A paywall paragraph longer than this is reporting that mentions a subscription, and is kept. */
const MAX_PAYWALL_PARAGRAPH_CHARS = 300;
/**
 * A body this short, left after a paywall sentence or beside `isAccessibleForFree: false`, is a teaser.
 * 600 chars ≈ two lead paragraphs: our shortest real agency items (Trend flashes) are ~250 chars, but
 * those never come with a paywall sentence.
 */
const TEASER_MAX_CHARS = 600;

/** A line this long beside a paywall is kept as teaser prose even without a final full stop. */
const MIN_TEASER_PROSE_CHARS = 80;

/** The body once paywall sentences are removed, and whether the page is a paywall shell or teaser. */
export interface PaywallVerdict {
  paragraphs: string[];
  paywalled: boolean;
}

/**
 * @param paragraphs the extracted body
 * @param declaredPaywalled the page's JSON-LD says `isAccessibleForFree: false`, or an invitation
 *   to pay sits on the page outside the extracted body
 */
export function detectPaywall(paragraphs: readonly string[], declaredPaywalled = false): PaywallVerdict {
  // declaredPaywalled also covers an invitation found elsewhere on the page (see isPaywallInvitation).
  const kept = paragraphs.filter((p) => !isPaywallInvitation(p));
  const removed = kept.length < paragraphs.length;
  const chars = kept.reduce((n, p) => n + p.length, 0);
  const paywalled = (removed || declaredPaywalled) && chars < TEASER_MAX_CHARS;
  // What survives beside an invitation is a teaser lead (prose) or page furniture (a category and date
  // line the generic path picked up around Trend's shell); only the prose is kept.
  return { paragraphs: paywalled ? kept.filter(isProse) : kept, paywalled };
}

/** True for a short paragraph that invites the reader to pay or log in (Trend's "Get access to all paid news"). */
export function isPaywallInvitation(text: string): boolean {
  return text.length <= MAX_PAYWALL_PARAGRAPH_CHARS && PAYWALL_PHRASES.test(text);
}

/** A teaser sentence: long enough, or ending like one. */
function isProse(p: string): boolean {
  return p.length >= MIN_TEASER_PROSE_CHARS || /[.!?…"”»]$/.test(p);
}
