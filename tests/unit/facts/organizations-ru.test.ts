import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOrganizationsRu } from '../../../shared/facts/parties/organizations-ru.js';

const names = (text: string): string[] => findOrganizationsRu(text).map((o) => o.name);

describe('findOrganizationsRu', () => {
  // [shape, text, the organisations, in the nominative, and the rule of the first]
  it.each([
    ['legal form, quoted', 'АО «Узбекнефтегаз» и ООО «Газ Инвест» подписали соглашение.', ['АО «Узбекнефтегаз»', 'ООО «Газ Инвест»'], 'org-ru-legal-form'],
    ['legal form, Latin name', 'Соглашение подписали ПАО «Газпром» и ТОО Green Land Alatau.', ['ПАО «Газпром»', 'ТОО Green Land Alatau'], 'org-ru-legal-form'],
    ['legal forms АК, ГК', 'АК «Узбектелеком» и ГК «Росатом» договорились.', ['АК «Узбектелеком»', 'ГК «Росатом»'], 'org-ru-legal-form'],
    ['company noun in the instrumental, quoted', 'Контракт заключен с компанией «Ardabil Petrochemical Co».', ['Ardabil Petrochemical Co'], 'org-ru-noun-name'],
    ['company noun, Latin name', 'китайская корпорация CNPC построит завод', ['CNPC'], 'org-ru-noun-name'],
    ['company noun, Latin name with its legal tail', 'Китайская компания Changchun Longyuan Power Equipment Co. Ltd вложит 648 млн долларов.', ['Changchun Longyuan Power Equipment Co. Ltd'], 'org-ru-noun-name'],
    ['bank noun, Cyrillic capitals', 'банк РСК выдал кредит', ['РСК'], 'org-ru-noun-name'],
    ['bank noun, quoted', 'Средства выделил банк «Kapitalbank».', ['Kapitalbank'], 'org-ru-noun-name'],
    ['joint venture noun', 'завод построило азербайджано-китайское совместное предприятие «Elektrogas»', ['Elektrogas'], 'org-ru-noun-name'],
    ['Latin name alone', 'Elektrogas рассчитывает поставлять продукцию на экспорт.', ['Elektrogas'], 'org-ru-latin'],
    // A bloc as the partner of trade, in the nominative, with its abbreviation (ru-x trend-20251010-az-ots-trade-eight-months,
    // ru-c dayaz-20250830-az-tr-kz-uz-kg-ots-trade, ru-u sputnikam-20220827-am-ir-export-target).
    ['trade bloc as the partner', 'Товарооборот Казахстана со странами-членами Организации тюркских государств (ОТГ) составил 3 млрд долларов.', ['Организация тюркских государств (ОТГ)'], 'org-trade-bloc'],
    ['trade bloc abbreviation', 'На торговлю со странами - членами ЕАЭС пришлось 40% оборота.', ['ЕАЭС'], 'org-trade-bloc'],
    // A quoted name inside the name, the outer close dropped or kept (ru-h ostro-nodate-tm-ua-altkom-airport, ru-c mkturkey-20170911-kz-tr-nine-documents).
    ['legal form spelled out, a name quoted within the name', 'Белорусское общество с ограниченной ответственностью «Мостострой «Гомель» построит мост', ['Мостострой «Гомель»'], 'org-ru-noun-name'],
    ['legal form, a name quoted within the name, both closed', 'ООО «Завод «Стройдеталь»» выпустит плиты', ['ООО «Завод «Стройдеталь»»'], 'org-ru-legal-form'],
    ['ministry in the genitive', 'сообщила пресс-служба Министерства инвестиций и внешней торговли Узбекистана.', ['Министерство инвестиций и внешней торговли Узбекистана'], 'org-ru-head'],
    ['ministry in the instrumental, with a country adjective', 'и Министерством энергетики и природных ресурсов Турецкой Республики', ['Министерство энергетики и природных ресурсов Турецкой Республики'], 'org-ru-head'],
    ['agency in the prepositional', 'Об этом сообщили в Агентстве стратегических реформ при президенте.', ['Агентство стратегических реформ'], 'org-ru-head'],
    ['agency, not the person after it', 'Директор Агентства стратегических реформ Шухрат Вафаев заявил', ['Агентство стратегических реформ'], 'org-ru-head'],
    ['ministry written in lower case', 'пресс-служба министерства энергетики Казахстана сообщила', ['министерство энергетики Казахстана'], 'org-ru-head'],
    ['ministry with a comma list closed by «и»', 'Министерство инвестиций, промышленности и торговли Узбекистана сообщило', ['Министерство инвестиций, промышленности и торговли Узбекистана'], 'org-ru-head'],
    ['a comma that opens no list', 'пресс-служба Министерства финансов, сообщает агентство', ['Министерство финансов'], 'org-ru-head'],
    ['agency with a «по» phrase', 'Агентство по развитию государственно-частного партнерства при Минфине', ['Агентство по развитию государственно-частного партнерства', 'Минфин'], 'org-ru-head'],
    ['two institutions in a row', 'Комитет по инвестициям Министерства иностранных дел Казахстана', ['Комитет по инвестициям', 'Министерство иностранных дел Казахстана'], 'org-ru-head'],
    ['a ministry by its short name', 'Госкорпорация «Росатом» и Минэнерго Узбекистана подписали контракт.', ['Росатом', 'Минэнерго Узбекистана'], 'org-ru-known'],
    ['a head ends where a new name starts', 'Министерство энергетики Узбекистана и саудовская компания ACWA Power подписали', ['Министерство энергетики Узбекистана', 'ACWA Power'], 'org-ru-head'],
    ['an ambiguous head with a capitalised complement', 'Управление делами Президента заключило договор.', ['Управление делами Президента'], 'org-ru-head'],
    ['an ambiguous head with a «по» phrase', 'Комиссия по ценным бумагам одобрила выпуск.', ['Комиссия по ценным бумагам'], 'org-ru-head'],
    ['a Latin name with its abbreviation', 'Генподрядчиком выступит China Energy Engineering Corporation (CEEC).', ['China Energy Engineering Corporation (CEEC)'], 'org-ru-latin'],
    ['a legal form spelled out', 'Открытое акционерное общество «Ангренский ГМК» выпустило облигации.', ['Ангренский ГМК'], 'org-ru-noun-name'],
    ['a list of known banks', 'Средства выделят Европейский банк реконструкции и развития, Азиатский банк развития и Исламский банк развития.', ['Европейский банк реконструкции и развития', 'Азиатский банк развития', 'Исламский банк развития'], 'org-ru-known'],
    ['fund in the instrumental', 'Проект реализован вместе с Инвестиционным фондом Казахстана.', ['Инвестиционный фонд Казахстана'], 'org-ru-head'],
    ['feminine heads', 'Торгово-промышленной палатой Узбекистана и Государственной налоговой службой', ['Торгово-промышленная палата Узбекистана', 'Государственная налоговая служба'], 'org-ru-head'],
    ['head with a Latin complement', 'и Узбекской ассоциацией предприятий легкой промышленности Alliance Textile.', ['Узбекская ассоциация предприятий легкой промышленности Alliance Textile'], 'org-ru-head'],
    ['head with an abbreviation', 'в сообщении Агентства развития малого и среднего бизнеса (KOBIA), завод', ['Агентство развития малого и среднего бизнеса (KOBIA)'], 'org-ru-head'],
    ['known, nominative with abbreviation', 'Кредит выделит Азиатский банк развития (АБР).', ['Азиатский банк развития (АБР)'], 'org-ru-known'],
    ['known, genitive with abbreviation', 'по данным Азиатского банка развития (АБР), проект стоит', ['Азиатский банк развития (АБР)'], 'org-ru-known'],
    ['known abbreviation', 'АБР выделит Узбекистану 100 млн долларов.', ['АБР'], 'org-ru-known'],
    ['known, instrumental', 'Меморандум подписали с Европейским банком реконструкции и развития.', ['Европейский банк реконструкции и развития'], 'org-ru-known'],
    ['known, two at once', 'Всемирный банк и МВФ обсудили', ['Всемирный банк', 'МВФ'], 'org-ru-known'],
    ['known, complement kept', 'Средства выделит Фонд ОПЕК для международного развития.', ['Фонд ОПЕК для международного развития'], 'org-ru-known'],
    ['known, Japanese agency', 'При поддержке Японского агентства международного сотрудничества', ['Японское агентство международного сотрудничества'], 'org-ru-known'],
    ['known companies in every case', 'Газпрома, Роснефтью, Лукойлу и КазМунайГазом', ['Газпром', 'Роснефть', 'Лукойл', 'КазМунайГаз'], 'org-ru-known'],
    ['known, quoted after a noun', 'казахстанский госфонд «Самрук-Казына»', ['Самрук-Казына'], 'org-ru-known'],
    ['coordinated quoted names after one noun', 'компании «Шуртан», «Навоиазот» и «Максам-Чирчик» подписали', ['Шуртан', 'Навоиазот', 'Максам-Чирчик'], 'org-ru-noun-name'],
    ['a group of companies is its quoted name', 'Группа компаний «Аэон» построит', ['Аэон'], 'org-ru-noun-name'],
    ['a limited liability partnership spelled out', 'товарищество с ограниченной ответственностью «Кызылту»', ['Кызылту'], 'org-ru-noun-name'],
    ['a Russian-only development bank', 'Банк развития Казахстана выделил', ['Банк развития Казахстана'], 'org-ru-known'],
    // ru-t uzdaily-nodate-uz-kr-ecofarm-namangan, ru-l sputnikkz-20210319-kz-tr-turkish-holdings: a dash that opens the lead is no outlet's credit
    ['a Latin name after the dash that opens the lead', 'Бишкек — Green Valley Farms, компания из Турции, построит теплицы.', ['Green Valley Farms'], 'org-ru-latin'],
  ])('%s: %s', (_shape, text, expected, rule) => {
    // Act
    const found = findOrganizationsRu(text);
    // Assert
    expect(found.map((o) => o.name)).toEqual(expected);
    expect(found[0]?.rule).toBe(rule);
  });

  it.each([
    ['a government is a country', 'Правительство Китая выделит грант.'],
    ['a bloc that is no partner of the trade', 'Стороны обсудили расширение торговли в рамках ШОС и СНГ.'],
    ['hokimiyats and akimats are countries', 'Хокимият Ташкента и акимат Алматы подписали меморандум.'],
    ['an outlet after «сообщает»', 'Как сообщает Trend, сделка закрыта.'],
    ['an outlet after «передает»', 'передает Kabar.'],
    ['an outlet in a dateline', 'ЕРЕВАН, 6 дек — Sputnik. Кредит выделен.'],
    // ru-h georgiatimes-nodate-ge-cz-investment-protection, ru-zn newsmailru-20260116-uz-adb-masdar-guzar-solar, ru-zm panorama-20160208-ir-am-gas-supplies
    ['an outlet after «корреспондент»', 'Рост составил 5%, сообщает корреспондент GeorgiaTimes из Тбилиси.'],
    ['an outlet before its verb', 'Ранее Kursiv Uzbekistan писал, что кредит одобрен.'],
    // ru-za 1newsaz-20100317-az-ebrd-portfolio, ru-zn miit-nodate-uz-ebrd-sarimay-jankeldy-line, ru-zb fergana-nodate-uz-isdb-three-loans
    ['a person spelled in Latin letters after the Cyrillic name', 'Об этом сообщил Томас Мироу (Thomas Mirow).'],
    // An outlet's credit opening the copy with a country code (ru-o, ru-q, ru-t centralasia…), and a byline's © (ru-t newsasia-20140822-…).
    ['an outlet credit with a country code', 'CentralAsia (UZ) - Кредит выделен.'],
    ['an outlet after ©', 'Фото: Александр Шабалин, © News-Asia'],
    ['an outlet by name, quoted', 'передает «Интерфакс-Казахстан».'],
    // The kind of outlet between the verb and the name (ru-j glassnews-20130909-kz-cn-flat-glass-plant, ru-j centralasianlight-20221214-tj-isdb-education-financing).
    ['an outlet after «передает ИА»', 'Соглашение подпишут в Астане, передает ИА Vesti.'],
    ['an outlet after «сообщает информационное агентство»', 'Об этом сообщает информационное агентство Kun.uz.'],
    ['a company noun with only a country adjective', 'Китайская компания построит завод.'],
    ['a head alone', 'Банк выделил кредит.'],
    ['a head in lower case', 'средства банка направлены на проекты'],
    ['a head with a common place noun', 'Крупнейший банк страны выделил'],
    ['units and currency codes', 'Мощность составит 500 МВт, стоимость — 1 млрд USD.'],
    ['quoted programmes and corridors', 'В рамках программы «Модернизация ирригационных систем» и коридора «Север-Юг».'],
    ['blocs', 'Евразийский экономический союз и СНГ'],
    ['a quoted forum', 'Форум «Древний Туркестан – новые возможности» прошел в Туркестане.'],
    ['a partnership programme', 'намерены принять Программу партнерства на 2023–2025 годы.'],
    ['a company name inside a longer word', 'Газпромнефтехим выдал кредит.'],
    ['a country in capitals after a company noun', 'компании США и КНР подписали'],
    ['a group of people', 'Группа экспертов посетила объект.'],
    ['joining efforts', 'Объединение усилий позволит увеличить товарооборот.'],
    ['a news service', 'Служба новостей сообщила.'],
    ['a chamber of parliament', 'Палата представителей одобрила закон.'],
    ['countries only', 'В мае Китай и Казахстан подписали соглашение.'],
    ['technologies and codes in Latin script', 'IT-парк подключил Wi-Fi, несмотря на COVID-19.'],
    ['a head followed by a verb', 'Компания планирует расширить производство.'],
    // Bodies that report rather than take part (ru-j and ru-l uztag-…, ru-b trend-20200630-…, ru-i ng-20181219-…, ru-l silunews-…, ru-i nippon-…).
    ['a telegraph agency by its name', 'Об этом пишет Узбекское телеграфное агентство (УзТАГ).'],
    ['a statistics office', 'По данным Национальной статистической службы Грузии, оборот вырос.'],
    ['a statistics committee', 'Как подсчитал Национальный статистический комитет, вложения выросли.'],
    ['a statistics service named the other way', 'Национальная служба статистики Грузии опубликовала данные.'],
    ['a Latin-script press agency', 'По сведениям Jiji Press, визит пройдет в мае.'],
    // The source of a figure (ru-h vestikavkaza-…, ru-l atavatan-… and vestikz-…).
    ['a customs committee as the source of a figure', 'Согласно данным Государственного таможенного комитета Азербайджана, оборот вырос.'],
    ['a national bank as the source of a figure', 'По данным Национального банка Казахстана, приток вложений вырос.'],
    // A programme spelled out or abbreviated (ru-l 1news-20140331-az-adb-four-bridges).
    ['a programme abbreviated in Latin letters', 'Программа многоэтапного кредитования (MTF) на $300 млн утверждена в 2010 году.'],
    ['a programme named in English', 'Средства пойдут на проект Rural Roads Improvement Program.'],
  ])('finds no organisation: %s', (_case, text) => {
    expect(names(text)).toEqual([]);
  });

  it('flags a development bank or fund the table does not know by its name', () => {
    const [fund] = findOrganizationsRu('Российско-Кыргызский фонд развития выделит кредит.');
    expect(fund).toMatchObject({ name: 'Российско-Кыргызский фонд развития', ifi: true });
    const [investmentFund] = findOrganizationsRu('Инвестиционным фондом Казахстана');
    expect(investmentFund?.ifi).toBe(false);
  });

  it('names a known abbreviation by its full name through the alias map', async () => {
    const { buildAliasMapRu, canonicalOrganization } = await import('../../../shared/facts/parties/org-aliases.js');
    const aliases = buildAliasMapRu(findOrganizationsRu('АБИИ выдал кредит.'));
    expect(canonicalOrganization('АБИИ', aliases)).toBe('Азиатский банк инфраструктурных инвестиций (АБИИ)');
    // The article's own pair wins over the table.
    const own = buildAliasMapRu(findOrganizationsRu('Кредит Евразийского банка развития (ЕАБР).'));
    expect(own.get('ЕАБР')).toBe('Евразийский банк развития (ЕАБР)');
  });

  it('spells a two-letter abbreviation out only as the article does', async () => {
    const { buildAliasMapRu } = await import('../../../shared/facts/parties/org-aliases.js');
    // The article says «Евросоюз» once and «ЕС» after: the annotators write «Евросоюз (ЕС)».
    expect(buildAliasMapRu(findOrganizationsRu('Евросоюз перевел Грузии 26,2 млн евро. Эти средства ЕС выделил на реформы.')).get('ЕС')).toBe('Евросоюз (ЕС)');
    // Never spelled out, «ЕС» stays as written: a full name the article does not use would not match the annotators' «ЕС».
    expect(buildAliasMapRu(findOrganizationsRu('ЕС выделил Армении 35 млн евро.')).has('ЕС')).toBe(false);
    // «ВБ» takes its own full name, not another body of the World Bank group the article names.
    expect(buildAliasMapRu(findOrganizationsRu('Кредит выдала Международная ассоциация развития. ВБ одобрил проект.')).has('ВБ')).toBe(false);
  });

  it('names a one-word form by the full name the article also uses, and leaves it as written when the article has no other', async () => {
    const { buildAliasMapRu } = await import('../../../shared/facts/parties/org-aliases.js');
    // ru-zc ozodlik-nodate-uz-eu-horticulture-grant, ru-a centralasiamedia-20251015-mn-eib-memorandum: «Евросоюз» beside «Европейский союз».
    const both = buildAliasMapRu(findOrganizationsRu('Евросоюз выделяет Таджикистану 10 млн евро. Соглашение подписали Таджикистан и Европейский союз.'));
    expect(both.get('Евросоюз')).toBe('Европейский союз (ЕС)');
    const spelled = buildAliasMapRu(findOrganizationsRu('Европейский союз (ЕС) и Армения подписали соглашение. Еврокомиссия и Евросоюз выделят 5 млн евро.'));
    expect(spelled.get('Евросоюз')).toBe('Европейский союз (ЕС)');
    // «Еврокомиссия» is another body: the article never names «Европейская комиссия», so it stays as written.
    expect(spelled.has('Еврокомиссия')).toBe(false);
    expect(buildAliasMapRu(findOrganizationsRu('Евросоюз перевел Грузии 26,2 млн евро.')).has('Евросоюз')).toBe(false);
  });

  it('gives spans in the text and flags development banks', () => {
    // Prepare
    const text = 'Кредит Азиатского банка развития (АБР) получит АО «Узбекнефтегаз».';
    // Act
    const [adb, ung] = findOrganizationsRu(text);
    // Assert
    expect(adb && text.slice(adb.start, adb.end)).toBe('Азиатского банка развития (АБР)');
    expect(adb?.ifi).toBe(true);
    expect(ung && text.slice(ung.start, ung.end)).toBe('АО «Узбекнефтегаз»');
    expect(ung?.ifi).toBe(false);
  });
});

// The scorer's rule (../shared/eval/score.mjs): names equal after folding, or one holds the other as whole words.
const SCORER_SUFFIXES = new Set(['the', 'jsc', 'ojsc', 'cjsc', 'pjsc', 'llc', 'ltd', 'limited', 'co', 'company', 'corp', 'corporation', 'inc', 'plc',
  'group', 'holding', 'holdings', 'sa', 'ag', 'gmbh', 'jv', 'llp', 'ao', 'oao', 'pao', 'ooo', 'of', 'ао', 'оао', 'пао', 'зао', 'ооо', 'тоо', 'гк', 'ак',
  'компания', 'корпорация', 'группа', 'холдинг']);
const scorerKey = (name: string): string =>
  name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').split(' ').filter((w) => w && !SCORER_SUFFIXES.has(w)).join(' ');
const sameOrg = (a: string, b: string): boolean => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return a === b || (short.length >= 3 && ` ${long} `.includes(` ${short} `));
};

// Beside the repository, as the quality gates find ../shared/eval; DEV_RU_DIR points elsewhere (a worktree).
const DEV_RU = process.env.DEV_RU_DIR ?? join('..', 'shared', 'eval', 'dev-ru');
interface GoldFact { organizations: string[]; evidence: string }

describe.skipIf(!existsSync(DEV_RU))('findOrganizationsRu on dev-ru (skipped when ../shared/eval/dev-ru is absent)', () => {
  it('finds the gold organisations in their facts\' evidence', () => {
    let total = 0;
    let found = 0;
    const missed: string[] = [];
    for (const file of readdirSync(DEV_RU).filter((f) => f.endsWith('.gold.json'))) {
      const gold = JSON.parse(readFileSync(join(DEV_RU, file), 'utf8')) as { facts: GoldFact[] };
      for (const fact of gold.facts) {
        const keys = findOrganizationsRu(fact.evidence).map((o) => scorerKey(o.name));
        for (const org of fact.organizations) {
          total++;
          if (keys.some((k) => sameOrg(k, scorerKey(org)))) found++;
          else missed.push(`${file}: ${org}`);
        }
      }
    }
    console.log(`dev-ru organisations found in their evidence: ${found}/${total}; missed: ${missed.join(' | ')}`);
    // The floor measured when this test was written; gold names absent from their evidence sentence cap it.
    expect(found).toBeGreaterThanOrEqual(DEV_RU_FLOOR);
  });

  it('finds the gold organisations of each article in its text', () => {
    const golds = new Set<string>();
    let found = 0;
    const extra: string[] = [];
    for (const file of readdirSync(DEV_RU).filter((f) => f.endsWith('.gold.json'))) {
      const gold = JSON.parse(readFileSync(join(DEV_RU, file), 'utf8')) as { facts: GoldFact[] };
      const orgs = [...new Set(gold.facts.flatMap((f) => f.organizations))].map(scorerKey);
      const keys = findOrganizationsRu(readFileSync(join(DEV_RU, file.replace('.gold.json', '.txt')), 'utf8')).map((o) => scorerKey(o.name));
      for (const org of orgs) {
        golds.add(`${file}:${org}`);
        if (keys.some((k) => sameOrg(k, org))) found++;
      }
      extra.push(...keys.filter((k) => !orgs.some((o) => sameOrg(k, o))).map((k) => `${file}: ${k}`));
    }
    console.log(`dev-ru article organisations found: ${found}/${golds.size}; found but not gold: ${extra.length} (${extra.join(' | ')})`);
    expect(found).toBeGreaterThanOrEqual(DEV_RU_ARTICLE_FLOOR);
  });
});
// Measured 26/41: the 15 others are not named in their evidence sentence (the fact's party is named
// in an earlier sentence: «Ранее Армения получила кредит…» for the ЕФСР), so no finder over the sentence gets them.
const DEV_RU_FLOOR = 26;
// Per article: every gold organisation found somewhere in the text (measured 20/20; the finds no gold names are
// logged: «Минздрав», «Государственное агентство по физической культуре», organisations but no parties).
const DEV_RU_ARTICLE_FLOOR = 20;
