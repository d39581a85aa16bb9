import { describe, expect, it } from 'vitest';
import { organizationKey } from '../../../shared/parties/organization-key.js';
import { transliterateRu } from '../../../shared/parties/transliterate-ru.js';
import { KNOWN_ORGANIZATIONS } from '../../../shared/parties/known-organizations.js';
import { KNOWN_ORGANIZATIONS_RU } from '../../../shared/parties/known-organizations-ru.js';

describe('one organisation key across languages', () => {
  it.each([
    // The Russian table: abbreviations, full names, "Full Name (ABBR)", any case of the name.
    ['АБР', 'ADB'],
    ['Азиатский банк развития (АБР)', 'Asian Development Bank (ADB)'],
    ['Азиатского банка развития', 'Asian Development Bank'],
    ['ЕФСР', 'Eurasian Fund for Stabilization and Development (EFSD)'],
    ['Всемирный банк', 'World Bank'],
    ['Еврокомиссия', 'European Union'],
    ['Фонд ОПЕК', 'OPEC Fund'],
    ['ГНКАР', 'SOCAR'],
    ['Азиатский банк развития (ADB)', 'ADB'],
    // Romanisation (BGN/PCGN as the press writes it) and Russian legal forms.
    ['АО «Узбекнефтегаз»', 'JSC Uzbekneftegaz'],
    ['Узбекнефтегаза', 'Uzbekneftegaz'],
    ['ООО «Кыргызалтын»', 'Kyrgyzaltyn OJSC'],
    ['Навоийуран', 'Navoiyuran'],
    ['ТОО «Green Land Alatau»', 'Green Land Alatau LLP'],
    ['Государственный концерн «Türkmengaz»', 'Turkmengaz'],
    ['Таджикская алюминиевая компания', 'TALCO'],
    // Groups of the region's deals whose Russian names do not romanise to their English ones.
    ['Сбербанк', 'Sberbank'],
    ['Вайлдберриз', 'Wildberries'],
    ['Российские железные дороги', 'Russian Railways'],
    ['Алмалыкский ГМК', 'Almalyk MMC'],
    ['Японский банк международного сотрудничества', 'JBIC'],
    // and the groups added to both lists at facts-2.11.0 and 2.11.1.
    ['Шкода', 'Skoda'],
    ['Халкбанк', 'Halkbank'],
    ['Анадолу Эфес', 'Anadolu Efes'],
  ])('%s and %s share a key', (ru, en) => expect(organizationKey(ru)).toBe(organizationKey(en)));

  it.each([
    ['АБР', 'АБИИ'],
    ['Банк развития Казахстана', 'Банк развития Китая'],
    ['АО «Узбекнефтегаз»', 'АО «Узтрансгаз»'],
    // A nominative ending in a vowel is not a case ending: «Алма» is not «Алм».
    ['ТОО «Алма»', 'ТОО «Алм»'],
  ])('%s and %s stay apart', (a, b) => expect(organizationKey(a)).not.toBe(organizationKey(b)));

  it('gives a Russian-only body one key for its name and abbreviation', () => {
    expect(organizationKey('АО «Банк развития Казахстана»')).toBe(organizationKey('БРК'));
    expect(organizationKey('Банк развития Казахстана (БРК)')).toBe('bank razvitiya kazakhstana');
  });

  it('romanises by BGN/PCGN as the press writes it', () => {
    expect(transliterateRu('Самрук-Казына Жол Щучинск Юность Ёлка')).toBe('Samruk-Kazyna Zhol Shchuchinsk Yunost Elka');
    expect(transliterateRu('Барқи Тоҷик')).toBe('Barki Tojik');
  });

  it('translates only entries the English table holds', () => {
    const english = new Set(KNOWN_ORGANIZATIONS.map((o) => o.names[0]));
    expect(KNOWN_ORGANIZATIONS_RU.filter((o) => o.en !== null && !english.has(o.en)).map((o) => o.en)).toEqual([]);
  });
});
