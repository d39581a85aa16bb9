import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../shared/facts/extract-facts.js';
import { AGREEMENT_CUES } from '../../corpora/cues/agreement.js';
import { FINANCING_CUES } from '../../corpora/cues/financing.js';
import { INVESTMENT_CUES } from '../../corpora/cues/investment.js';
import { PROJECT_CUES } from '../../corpora/cues/project.js';
import { TRADE_CUES } from '../../corpora/cues/trade.js';

// A neutral paragraph brings each case over the teaser length, so the body is read as a body.
const FILLER = 'The meeting was held in a friendly atmosphere and the delegations thanked their hosts for the welcome they had received.';
// A line break in a case body starts a new paragraph.
const article = (body: string, title = '') => ({ title, paragraphs: [...body.split('\n'), FILLER] });

describe.each([TRADE_CUES, INVESTMENT_CUES, FINANCING_CUES, AGREEMENT_CUES, PROJECT_CUES])('$type cues', (corpus) => {
  it.each(corpus.positive)('finds the facts of: $body', (c) => {
    // Act
    const facts = extractFacts(article(c.body, c.title)).filter((f) => f.type === corpus.type);
    // Assert
    expect(facts.map((f) => (f.amount ? { value: f.amount.value, currency: f.amount.currency } : null))).toEqual(c.expected);
    for (const f of facts) {
      expect(c.body.includes(f.evidence)).toBe(true);
      if (c.organization) expect(f.organizations.some((o) => o.includes(c.organization ?? ''))).toBe(true);
      if (c.countries) expect(f.countries).toEqual(expect.arrayContaining([...c.countries]));
    }
  });

  it.each(corpus.negative)('gives no fact of the type for: %s', (body) => {
    expect(extractFacts(article(body)).filter((f) => f.type === corpus.type)).toEqual([]);
  });
});
