import type { FactStatus, FactType } from '../../schemas/fact.js';
import type { AmountMatch } from '../money/parse-amount.js';
import type { CountryMention } from '../parties/countries.js';
import type { OrganizationMention } from '../parties/organizations.js';

/** Where a sentence came from: the body, or the title and feed description of a paywalled page. */
export type Basis = 'body' | 'title' | 'description';

/** A sentence with what the normalisers found in it. */
export interface SentenceInfo {
  /** Position among all sentences of the article. */
  index: number;
  text: string;
  paragraph: number;
  /** Character offset of `text` in its paragraph. */
  start: number;
  basis: Basis;
  amounts: AmountMatch[];
  countries: string[];
  /** Where each country is named (amounts blanked out), for sums listed one per country. */
  countryMentions: CountryMention[];
  orgs: OrganizationMention[];
  /** A title read beside a full body, for the sums the body does not restate (extract-facts.ts sentencesOf). */
  headline?: boolean;
}

/** A fact before parties and status are filled in: what a rule saw and where. */
export interface Candidate {
  type: FactType;
  rule: string;
  amount: AmountMatch | null;
  sentence: SentenceInfo;
  confidence: number;
  /** Set when the rule knows the status better than the sentence's verbs do. */
  status?: FactStatus;
}
