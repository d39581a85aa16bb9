import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '../../shared/feeds/parse-feed.js';
import { FeedParseError } from '../../shared/feeds/errors.js';

// Golden feeds written by us in the markup of real outlets: input/<name>.xml → output/<name>.json.
// WRITE_GOLDEN=1 rewrites the outputs; review the diff before committing.
const here = join(process.cwd(), 'tests/feeds');
const names = readdirSync(join(here, 'input')).filter((f) => f.endsWith('.xml')).map((f) => f.slice(0, -4)).sort();

async function run(name: string): Promise<unknown> {
  const bytes = readFileSync(join(here, 'input', `${name}.xml`));
  try {
    return await parseFeed(bytes, { feedId: name, feedUrl: `https://feeds.test/${name}.xml`, contentType: null });
  } catch (error) {
    if (error instanceof FeedParseError) return { error: error.message };
    throw error;
  }
}

describe('golden feeds', () => {
  it('has a case for every flavour the issue names', () => {
    expect(names).toEqual(expect.arrayContaining(['trend-casia', 'atom-xml-base', 'rdf-rss10', 'rss091-doctype', 'windows-1251', 'entities-no-version', 'truncated', 'html-page']));
  });

  it.each(names)('%s', async (name) => {
    const actual = await run(name);
    const expectedPath = join(here, 'output', `${name}.json`);
    if (process.env['WRITE_GOLDEN'] === '1' || !existsSync(expectedPath)) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});
