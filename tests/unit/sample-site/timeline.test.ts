import Parser from 'rss-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { articlePath, startSampleSite, timelineStories, type SampleSite } from '../../../shared/local/sample-site/index.js';
import { extractFacts } from '../../../shared/facts/extract-facts.js';

const parser = new Parser();
const START = new Date('2026-11-16T00:00:00.000Z');
const plan = { start: START, hours: 24, perDay: { trend: 60, kun: 30, astana: 12 }, seed: 1 };

let site: SampleSite | null = null;
afterEach(async () => {
  await site?.close();
  site = null;
});

describe('stories of a simulated day', () => {
  it('are the same for one seed, other for another, oldest first, all in the window', () => {
    const day = timelineStories(plan);
    expect(day).toHaveLength(102);
    expect(timelineStories(plan)).toEqual(day);
    expect(timelineStories({ ...plan, seed: 2 }).map((s) => s.published)).not.toEqual(day.map((s) => s.published));
    const times = day.map((s) => Date.parse(s.published));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times.every((t) => t >= START.getTime() && t < START.getTime() + 24 * 3_600_000)).toBe(true);
  });

  it('follow a news day: more stories in Tashkent office hours than at night', () => {
    const hours = timelineStories(plan).map((s) => (new Date(s.published).getUTCHours() + 5) % 24);
    const office = hours.filter((h) => h >= 9 && h < 18).length;
    const night = hours.filter((h) => h < 6).length;
    expect(office).toBeGreaterThan(5 * night);
  });

  it('each state a deal of its own: its country pair and sum, which the extractor finds', () => {
    const day = timelineStories(plan);
    const keys = day.map((s) => `${s.expectedFacts[0]!.countries.join('-')} ${s.expectedFacts[0]!.amount!.value}`);
    expect(new Set(keys).size).toBe(day.length);
    for (const story of day.slice(0, 12)) {
      const facts = extractFacts({ title: story.title, paragraphs: story.paragraphs, published: story.published }).filter((f) => f.type === 'agreement');
      expect(facts.map((f) => [f.amount?.value, [...f.countries].sort()])).toEqual([[story.expectedFacts[0]!.amount!.value, [...story.expectedFacts[0]!.countries].sort()]]);
    }
  });
});

describe('the sample site on a controlled clock', () => {
  it('shows each story, in its feed and as a page, only from its publication time on', async () => {
    const stories = timelineStories({ ...plan, hours: 6 });
    const first = stories.find((s) => s.outlet === 'trend')!;
    let now = Date.parse(first.published) - 1000;
    site = await startSampleSite({ timeline: { articles: stories, clock: () => new Date(now) } });
    const feedUrl = site.feeds.find((f) => f.id === 'sample-trend')!.url;
    const page = `${site.baseUrl}${articlePath(first)}`;

    const before = await parser.parseString(await (await fetch(feedUrl)).text());
    expect(before.items).toHaveLength(0);
    expect((await fetch(page)).status).toBe(404);

    now += 1000;
    const feed = await fetch(feedUrl);
    const after = await parser.parseString(await feed.text());
    expect(after.items.map((i) => i.title)).toEqual([first.title]);
    expect(Date.parse(after.items[0]!.pubDate!)).toBe(Date.parse(first.published));
    expect(new Date(feed.headers.get('last-modified')!).getTime()).toBe(Date.parse(first.published));
    expect((await fetch(page)).status).toBe(200);
  });

  it('lists at most 20 items, newest first, as a real feed drops old ones', async () => {
    const stories = timelineStories(plan);
    site = await startSampleSite({ timeline: { articles: stories, clock: () => new Date(START.getTime() + 24 * 3_600_000) } });
    const feed = await parser.parseString(await (await fetch(site.feeds.find((f) => f.id === 'sample-trend')!.url)).text());
    const trend = stories.filter((s) => s.outlet === 'trend').reverse();
    expect(feed.items.map((i) => i.title)).toEqual(trend.slice(0, 20).map((s) => s.title));
  });
});
