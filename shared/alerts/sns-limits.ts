/**
 * What SNS accepts in a subscription filter policy (AWS SNS developer guide, "Filter policy
 * constraints"). Subscriptions are held to them everywhere, so one that works locally can be
 * subscribed on AWS as it is.
 */

/**
 * SNS numeric matching covers -1e9..1e9, and deals of several billion dollars are common: the
 * amount attribute is clamped here, so "amount_usd >= 1e9" still matches them. The exact figure is
 * in the message body.
 */
export const SNS_NUMBER_MAX = 1_000_000_000;

/** A filter policy has at most five keys. */
export const FILTER_POLICY_MAX_KEYS = 5;

/** The product of the number of values of every key of a policy may not exceed 150. */
export const FILTER_POLICY_MAX_COMBINATIONS = 150;

/**
 * Attribute-based filtering needs `"` and `\` escaped twice, or the policy silently never matches:
 * filter values are refused with them rather than escaped (no organisation key, country or sector has one).
 */
export const FILTER_VALUE_RE = /^[^"\\]+$/;
