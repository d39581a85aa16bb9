/**
 * Invented stories for a simulated day on the sample site (the latency simulation): each a distinct
 * deal (its own country pair and sum), so each is one alert, published at a time drawn from a
 * news day's rhythm with a seeded generator, so a seed always gives the same day.
 */
import { SampleArticleSchema, type EnglishOutlet, type SampleArticle } from './sample-article.js';

/** Share of a day's stories per hour, Tashkent time (UTC+5): quiet at night, busy in office hours. */
const HOURLY_WEIGHTS = [1, 0.5, 0.5, 0.5, 0.5, 1, 2, 4, 6, 8, 8, 8, 8, 8, 8, 8, 8, 7, 6, 5, 4, 3, 2, 1] as const;
const NEWSROOM_OFFSET_HOURS = 5;

const HOME = [['Kazakhstan', 'KZ'], ['Uzbekistan', 'UZ'], ['Azerbaijan', 'AZ'], ['Kyrgyzstan', 'KG'], ['Tajikistan', 'TJ'], ['Turkmenistan', 'TM'], ['Georgia', 'GE'], ['Armenia', 'AM']] as const;
const PARTNERS = [['China', 'CN'], ['Turkey', 'TR'], ['the United Arab Emirates', 'AE'], ['Germany', 'DE'], ['South Korea', 'KR'], ['Japan', 'JP'], ['France', 'FR'], ['Italy', 'IT'], ['Saudi Arabia', 'SA'], ['Qatar', 'QA'], ['India', 'IN'], ['Hungary', 'HU'], ['Poland', 'PL'], ['Singapore', 'SG']] as const;
const OBJECTS = ['cement plant', 'solar power plant', 'logistics hub', 'copper smelter', 'textile factory', 'wind farm', 'fertiliser plant', 'railway terminal', 'data centre', 'greenhouse complex', 'glass factory', 'hotel complex'] as const;

/** Each outlet's offset, section and byline, as its bundled articles have them (English outlets: the stories are English). */
const OUTLETS: Record<EnglishOutlet, { offset: string; section: string; category: string; author: string }> = {
  trend: { offset: '+04:00', section: 'business/economy', category: 'Economy', author: 'Trend' },
  kun: { offset: '+05:00', section: 'economy', category: 'Economy', author: 'Kun.uz' },
  astana: { offset: '+05:00', section: 'business', category: 'Business', author: 'The Astana Times' },
};

export interface TimelinePlan {
  /** Start of the simulated window. */
  start: Date;
  hours: number;
  /** Stories a whole day brings, per outlet; a shorter window gets its share. */
  perDay: Record<EnglishOutlet, number>;
  seed: number;
}

/** A small seeded generator (mulberry32): the same seed, the same day. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The stories of the window, oldest first; publication times to the second, in the outlet's offset. */
export function timelineStories(plan: TimelinePlan): SampleArticle[] {
  const random = seededRandom(plan.seed);
  const times: Array<{ outlet: EnglishOutlet; at: number }> = [];
  for (const [outlet, perDay] of Object.entries(plan.perDay) as Array<[EnglishOutlet, number]>) {
    const count = Math.round((perDay * plan.hours) / 24);
    for (let i = 0; i < count; i++) times.push({ outlet, at: publicationTime(plan, random) });
  }
  times.sort((a, b) => a.at - b.at);
  return times.map(({ outlet, at }, n) => story(outlet, n, at));
}

/** A time in the window, by the hourly weights (rejection sampling: simple, and exact). */
function publicationTime(plan: TimelinePlan, random: () => number): number {
  const maxWeight = Math.max(...HOURLY_WEIGHTS);
  for (;;) {
    const at = plan.start.getTime() + Math.floor(random() * plan.hours * 3600) * 1000;
    const hour = (new Date(at).getUTCHours() + NEWSROOM_OFFSET_HOURS) % 24;
    if (random() * maxWeight < HOURLY_WEIGHTS[hour]!) return at;
  }
}

/** "2026-11-16T13:04:09+05:00": the instant in the outlet's own offset. */
function local(at: number, offset: string): string {
  const sign = offset.startsWith('-') ? -1 : 1;
  const minutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  return `${new Date(at + minutes * 60_000).toISOString().slice(0, 19)}${offset}`;
}

function story(outlet: EnglishOutlet, n: number, at: number): SampleArticle {
  const [home, homeCode] = HOME[n % HOME.length]!;
  const [partner, partnerCode] = PARTNERS[Math.floor(n / HOME.length) % PARTNERS.length]!;
  const object = OBJECTS[n % OBJECTS.length]!;
  // Sums 9 million apart: two stories of one country pair (112 stories apart) never agree within 4%.
  const millions = 20 + 9 * n;
  const o = OUTLETS[outlet];
  const title = `${home} and ${partner.replace(/^the /, '')} sign $${millions} million agreement on ${object}`;
  return SampleArticleSchema.parse({
    outlet,
    id: outlet === 'trend' ? String(6_000_000 + n) : `timeline-${n}`,
    slug: `timeline-${n}-${object.replace(/ /g, '-')}`,
    section: o.section,
    category: o.category,
    title,
    summary: `${home} and ${partner} signed an agreement worth $${millions} million to build a ${object}.`,
    published: local(at, o.offset),
    author: o.author,
    paragraphs: [
      `${home} and ${partner} signed an agreement worth $${millions} million on Tuesday to build a ${object}, the ministry of economy said.`,
      `The ${object} is expected to employ about ${200 + (n % 7) * 50} people when it opens, according to the statement.`,
    ],
    tags: [home, partner.replace(/^the /, '')],
    expectedFacts: [
      { type: 'agreement', amount: { value: millions * 1e6, currency: 'USD' }, countries: [homeCode, partnerCode], organizations: [] },
      { type: 'project', amount: { value: millions * 1e6, currency: 'USD' }, countries: [homeCode, partnerCode], organizations: [] },
    ],
  });
}
