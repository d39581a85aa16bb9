import { describe, expect, it } from 'vitest';
import { findSiteRule, findSiteRuleForUrl, SITE_RULES } from '../../../shared/article/sites/index.js';

describe('site rule registry', () => {
  it('finds a rule by exact host, including supported hosts', () => {
    expect(findSiteRule('en.trend.az')?.host).toBe('en.trend.az');
    expect(findSiteRule('www.trend.az')?.host).toBe('en.trend.az');
    expect(findSiteRule('WWW.Gazeta.UZ.')?.host).toBe('www.gazeta.uz');
  });

  it('falls back to the base domain', () => {
    expect(findSiteRule('m.kun.uz')?.host).toBe('kun.uz');
    expect(findSiteRule('az.trend.az')?.host).toBe('en.trend.az');
  });

  it('finds the Russian-language outlets by their edition hosts', () => {
    expect(findSiteRule('kz.kursiv.media')?.host).toBe('kursiv.media');
    expect(findSiteRule('uz.kursiv.media')?.host).toBe('kursiv.media');
    expect(findSiteRule('ru.sputnik.kg')?.host).toBe('uz.sputniknews.ru');
    expect(findSiteRuleForUrl('https://www.inform.kz/ru/some-story-a1b2c3')?.host).toBe('www.inform.kz');
    expect(findSiteRuleForUrl('https://kun.uz/ru/news/2026/04/02/x')?.host).toBe('kun.uz');
  });

  it('says where an unverified rule comes from, and declares no edition language on a host that serves several', () => {
    for (const r of SITE_RULES.filter((rule) => rule.verified !== undefined)) {
      expect(r.evidence, r.host).toMatch(/\S{10}/);
    }
    expect(SITE_RULES.filter((r) => r.verified === false).map((r) => r.host)).toEqual(['akipress.org']);
    for (const host of ['kun.uz', 'gazeta.uz', '24.kg', 'kz.kursiv.media', 'ru.sputnik.kg', 'www.inform.kz', 'akipress.org']) {
      expect(findSiteRule(host)?.language, host).toBeUndefined();
    }
  });

  it('gives null for unknown hosts, empty input and bad URLs', () => {
    expect(findSiteRule('example.com')).toBeNull();
    expect(findSiteRule('com.tm')).toBeNull();
    expect(findSiteRule('')).toBeNull();
    expect(findSiteRuleForUrl('not a url')).toBeNull();
    expect(findSiteRuleForUrl('https://report.az/en/business/x')?.host).toBe('report.az');
  });

  it('has one rule per host, each with a body rule and a valid offset', () => {
    const hosts = SITE_RULES.flatMap((r) => [r.host, ...(r.supportedHosts ?? [])]);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const r of SITE_RULES) {
      expect(r.body?.selectors.length, r.host).toBeGreaterThan(0);
      expect(r.utcOffset, r.host).toMatch(/^[+-]\d{2}:\d{2}$/);
    }
  });
});
