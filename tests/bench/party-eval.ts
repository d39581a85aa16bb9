// The party measure's set runner (eval-parties.ts prints it; tests/quality gates the studied English sets).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesExtractor } from '../../shared/facts/extractor.js';
import { parseTxt } from '../../shared/local/cli/parse-txt.js';
import { distinctFactsOf } from '../../shared/pipeline/article-facts.js';
import { articleIdOf } from '../../shared/pipeline/ids.js';
import { emptyTally, tallyArticle, type PartyFact, type PartyTally } from './party-match.js';

/** The parties of the matched facts of every article of `dir` (<id>.txt beside <id>.gold.json), extracted as `extract` does. */
export async function tallySet(dir: string): Promise<PartyTally> {
  const tally = emptyTally();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const id = file.slice(0, -'.gold.json'.length);
    const gold = (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { facts: PartyFact[] }).facts;
    const extraction = await rulesExtractor.extract(parseTxt(readFileSync(join(dir, `${id}.txt`), 'utf8')));
    tallyArticle(tally, id, gold, distinctFactsOf(extraction.facts, articleIdOf(id)).map(({ fact }) => fact));
  }
  return tally;
}
