// Words that name what kind of thing a deal is about ("power plant", "wind farm", "road") are every such deal's: two
// unpriced reports that share only them are about two things of one kind. Our own sentences, modelled on deals-6 (a
// nuclear partnership and a gas-fired plant in one country's list of projects), deals-3 (one developer's wind farms a
// year apart) and deals-1 (one lender's loans for two sections of a western road corridor).
import { describe, expect, it } from 'vitest';
import { linkBetween } from '../../../shared/deals/links.js';
import { KIND, memberOf } from '../../../shared/deals/member.js';
import { articleIdOf } from '../../../shared/pipeline/ids.js';
import type { Fact } from '../../../shared/schemas/index.js';
import { buildFact } from '../../helpers/builders.js';

const report = (url: string, over: Partial<Fact>) =>
  buildFact({ articleId: articleIdOf(url), sourceUrl: url, published: '2026-04-10T09:00:00Z', people: [], amount: null, ...over });
const member = (f: Fact) => memberOf(f, { outlet: null, amountUsd: null });
const project = { type: 'project' as const, status: 'planned' as const, countries: ['KZ', 'CN'], organizations: [] };

describe('words naming a kind of thing', () => {
  it('are read in the form the evidence\'s words take, in English and Russian', () => {
    expect(KIND.has('plant')).toBe(true);
    expect(KIND.has('pipelin')).toBe(true);
    const ru = member(report('https://a.example/ru', { ...project, evidence: 'На юге построят ветропарк и новую электростанцию.' }));
    expect([...ru.words].filter((w) => KIND.has(w))).toEqual(expect.arrayContaining(['ветропарк']));
  });

  it('do not count as the two words two unpriced reports must share', () => {
    const nuclear = report('https://a.example/1', { ...project, evidence: 'Chinese technology will be adopted for two planned nuclear power plants in the north.' });
    const gas = report('https://b.example/2', { ...project, evidence: 'Work on a gas-fired power plant near Aktau, on the Caspian coast, will soon begin.' });
    expect(linkBetween(member(nuclear), member(gas))).toBeNull();
  });

  it('still count toward the share of words two reports of one thing have in common', () => {
    const a = report('https://a.example/1', { ...project, evidence: 'Work on a gas-fired power plant near Aktau, on the Caspian coast, will soon begin.' });
    const b = report('https://b.example/2', { ...project, evidence: 'Construction of the Aktau gas-fired power plant on the Caspian coast starts this spring.' });
    expect(linkBetween(member(a), member(b))).not.toBeNull();
  });
});
