/**
 * Word lists the grounding checks use, as data. They are deliberately broad: they do not find facts
 * (the model does), they only refuse an answer whose sentences cannot be about what it claims.
 * Measured on the gold facts of ../shared/eval/dev and tests/eval/real (941 facts): 1 fact's window
 * lacks its type's words, 4 lack a named party near the evidence (the oracle test,
 * tests/quality/model-oracle.test.ts, measures what grounding costs on every set).
 */
import type { FactType } from '../../schemas/fact.js';

/** Words one of which a fact's sentences, the sentence before them or the title must hold. A project names too many kinds of thing to list. */
export const TYPE_WORDS: Readonly<Record<FactType, readonly string[] | null>> = {
  investment: ['invest\\w*', 'FDI', 'capital', 'fund\\w*', 'financ\\w*', 'worth', 'cost\\w*', 'spen[dt]\\w*', 'valued', 'portfolio', 'injection', 'allocat\\w*', 'put\\w*', 'projects?', 'stake', 'assets?', 'acqui\\w*', 'purchas\\w*', 'owns?', 'attract\\w*'],
  trade: ['trade\\w*', 'export\\w*', 'import\\w*', 'turnover', 'shipments?', 'suppl\\w*', 'deliver\\w*', 'purchas\\w*', 'sold', 'sell\\w*', 'buy\\w*', 'bought', 'commerce', 'commodit\\w*', 'goods', 'cargo', 'products?', 'partners?', 'figure'],
  financing: ['loans?', 'grants?', 'credit\\w*', 'financ\\w*', 'fund\\w*', 'lend\\w*', 'lent', 'allocat\\w*', 'allott\\w*', 'tranches?', 'borrow\\w*', 'disburs\\w*', 'provid\\w*', 'support\\w*', 'assist\\w*', 'aid', 'bonds?', 'facility', 'guarantee\\w*', 'donat\\w*', 'approv\\w*', 'invest\\w*', 'debt', 'put', 'give\\w*', 'given', 'gets?', 'receiv\\w*', 'issu\\w*', 'extend\\w*', 'set aside', 'spen[dt]', 'worth', 'projects?', 'program\\w*', 'component'],
  agreement: ['sign\\w*', 'agree\\w*', 'memorand\\w*', 'MoUs?', 'contract\\w*', 'deals?', 'protocols?', 'road ?maps?', 'accords?', 'pacts?', 'treat\\w*', 'declarations?', 'documents?', 'ink\\w*', 'conclud\\w*', 'seal\\w*', 'framework', 'program\\w*', 'partnerships?', 'arrangements?', 'letters? of intent', 'LoIs?', 'concessions?', 'joint venture', 'cooperat\\w*', 'teamed', 'tenders?'],
  project: null,
};

/** The same, for Russian articles: stems that may end in any letters, matched from a word start (vocabulary/words.ts stems). */
export const TYPE_WORDS_RU: Readonly<Record<FactType, readonly string[] | null>> = {
  investment: ['инвест', 'влож', 'вкладыва', 'капитал', 'фонд', 'финанс', 'стоимост', 'проект', 'актив', 'приобрет', 'средств'],
  trade: ['товарооборот', 'торгов', 'экспорт', 'импорт', 'поставк', 'постав', 'закуп', 'продаж', 'товар', 'груз', 'продукци', 'оборот'],
  financing: ['кредит', 'за[её]м', 'займ', 'грант', 'транш', 'финанс', 'выдел', 'предостав', 'направ', 'помощ', 'поддержк', 'средств', 'одобр', 'получ', 'облигаци', 'гаранти', 'инвест', 'проект', 'программ'],
  agreement: ['подпис', 'соглашени', 'меморандум', 'контракт', 'договор', 'протокол', 'дорожн', 'документ', 'заключ', 'программ', 'стратеги', 'партн[её]рств', 'сотрудничеств', 'совместн'],
  project: null,
};

/**
 * Text addressed to a model rather than to readers. An article may carry it (a prank, an attack, a
 * story about prompt injection); a fact that cites it is never kept.
 */
export const INSTRUCTION_PATTERNS: readonly string[] = [
  '\\b(?:ignore|disregard|forget|override)\\b[^.]{0,40}\\b(?:instructions?|prompts?|rules|guidelines|directions)\\b',
  '\\bsystem prompt\\b',
  '\\byou are (?:now )?(?:an? )?(?:AI|assistant|language model|LLM|chatbot)\\b',
  '\\bas an AI\\b',
  '\\b(?:new|updated|real) instructions\\b',
  '\\b(?:respond|answer|reply|output) (?:only )?(?:with|in) (?:JSON|the following)\\b',
  '\\b(?:add|include|report|output) (?:a|an|the following) (?:fact|facts)\\b',
  // The same in Russian ("игнорируй предыдущие инструкции", "ты теперь ассистент").
  '(?<![\\p{L}])(?:игнориру|проигнориру|забудь|забудьте)\\p{L}*(?:\\s+\\p{L}+){0,4}?\\s+(?:инструкци|указани|правил)',
  '(?<![\\p{L}])системн\\p{L}* (?:промпт|подсказк)',
  '(?<![\\p{L}])(?:ты|вы) (?:теперь )?(?:ИИ|ассистент|языков\\p{L}* модель|чат-?бот)',
];

/** Regions that stand for their countries ("trade with Central Asia"), so a country the model names from them is named. */
export const REGION_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  'Central Asia': ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
  'Central Asian': ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
  'South Caucasus': ['AZ', 'AM', 'GE'],
  'Baltic states': ['EE', 'LV', 'LT'],
};

/** Words of an organisation's name that do not identify it: legal forms, joiners, "Republic". */
export const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'for', 'on', 'in', 'under', 'jsc', 'ojsc', 'cjsc', 'pjsc', 'llc', 'llp', 'ltd', 'limited', 'co', 'company', 'companies', 'corp', 'corporation', 'inc', 'plc', 'gmbh', 'ag', 'sa', 'group', 'holding', 'holdings', 'republic', 'people', 's',
]);
