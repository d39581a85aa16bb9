import { statesNothing } from './not-stated.js';
import type { Candidate, SentenceInfo } from './types.js';

/**
 * A fund two countries or their companies set up together: "the two countries intend to set up a joint investment
 * fund", "The Azerbaijan-Uzbekistan Investment Fund and the Azerbaijan-Kyrgyzstan Development Fund have been
 * established", "A joint fund ... is being set up" (real text: real-a trend-20231014-az-uz-investment-company-decree,
 * real-b menafn-20231103-az-tr-uz-kg-turkic-investment and arabnews-nodate-uz-sa-falih-delegation-deals). Investment
 * with no amount (FACTS.md `investment`); a fund's stated capital is the sum rule's.
 */
const JOINT_FUND_RE = /\b(?:(?:a|an|the) (?:new )?(?:joint|bilateral|common) (?:[\w-]+ ){0,2}?fund|\p{Lu}\p{Ll}+[-–]\p{Lu}\p{Ll}+ (?:Investment |Development |Venture |Direct Investment )?Fund)\b/gu;
const SET_UP_RE = /\b(?:set(?:ting)? up|establish(?:ed|es|ing|ment)?|creat(?:e|ed|es|ing|ion)|launch(?:ed|es|ing)?|found(?:ed|ing)|form(?:ed|ing)?)\b/i;

export function jointFundCandidates(s: SentenceInfo): Candidate[] {
  if (!SET_UP_RE.test(s.text)) return [];
  const funds = new Set([...s.text.matchAll(JOINT_FUND_RE)].map((m) => m[0].replace(/^(?:a|an|the) /i, '').toLowerCase()));
  return Array.from(funds, () => ({ type: 'investment' as const, rule: 'investment-joint-fund', amount: null, sentence: s, confidence: 0.6 }));
}

/**
 * A foreign party's investment stated as a fact, with no sum: "Korean investments have returned to Kazakhstan", "banks
 * such as Kookmin Bank are likewise investing in Kazakhstan", "Billions have been invested by China in Kazakhstan",
 * "Chinese investments ... are going into building solar plants", "Investment by these Chinese enterprises has created
 * jobs" (real-a chinadaily-20230915-kz-uz-cn-joint-energy-projects; real-d reuters-20150901-kz-cn-23bn-deals,
 * cctv-20160622-uz-cn-economic-relations; real-f asiasociety-20120612-kz-kr-ambassador-partnership). Not an invitation
 * or an interest: "invited to invest", "are interested in investing" name no investment made.
 */
const INVESTS_RE =
  /\b(?:(?:are|is) (?:already |actively |likewise |also |now )?investing in|(?:have|has) been invested by|investments? (?:have|has|are|is) (?:returned|going|gone|flowing|come|coming) (?:back )?(?:in)?to|investments? by (?:these |the )?[\p{L}-]+ (?:enterprises|companies|firms|investors))\b/iu;

/** A party other than the home country: a foreign country, or an organisation that is not a home ministry. */
const foreignParty = (s: SentenceInfo, home: string | null): boolean => s.countries.some((c) => c !== home) || s.orgs.some((o) => o.rule !== 'org-ministry');

export function foreignInvestmentCandidates(s: SentenceInfo, home: string | null): Candidate[] {
  if (!INVESTS_RE.test(s.text) || statesNothing(s.text)) return [];
  if (!foreignParty(s, home)) return [];
  return [{ type: 'investment', rule: 'investment-stated', amount: null, sentence: s, confidence: 0.55 }];
}

/**
 * A share of a company or an asset changing hands, with no sum: "nearing the acquisition of Rabobank AS, the Turkish unit of the
 * Dutch financial group", "an 8.33 percent stake in the oil field is expected to be sold by KazMunaiGas to CNPC", "the Bank took an
 * equity stake in the company", "The Turkish company also bought a cement plant ..., as well as a stake in Zomin Sement Invest
 * Karyer" (real-b vlast-20250328-kz-tr-week-baby-steps, real-d afp-20130907-kz-cn-30bn-deals, real-i ebrd-nodate-mn-energy-resources-
 * loan, real-m azernews-20180903-uz-tr-dal-teknik-plant). Buying goods, gas or machinery is trade, not a stake.
 */
const ASSET = '(?:stakes?|shares|plant|factory|company|assets|unit|subsidiary|bank)';
const ACQUIRES_RE = new RegExp(
  `\\b(?:(?:the )?acquisition of|acquir(?:e|es|ed|ing)(?! by)|(?:bought|buys|buying|buy|purchased|purchases|purchasing) (?:an? |the |its )?(?:[\\w.%-]+ ){0,3}?${ASSET}|(?:took|takes|taking) (?:an? |the |its )?(?:[\\w.%-]+ ){0,2}?stake|stakes? in [^.;]{2,80}? (?:sold|transferred|handed)\\b[^.;]{0,80}? to)\\b`,
  'i',
);
/** "..., as well as a stake in Zomin Sement Invest Karyer": a second asset of the same buyer. */
const SECOND_STAKE_RE = /\bas well as (?:an? |the )?(?:[\w.%-]+ ){0,2}?stake\b/i;

export function acquisitionCandidates(s: SentenceInfo, home: string | null): Candidate[] {
  if (!ACQUIRES_RE.test(s.text) || statesNothing(s.text)) return [];
  if (!foreignParty(s, home)) return [];
  const count = SECOND_STAKE_RE.test(s.text) ? 2 : 1;
  return Array.from({ length: count }, () => ({ type: 'investment' as const, rule: 'investment-acquisition', amount: null, sentence: s, confidence: 0.55 }));
}
