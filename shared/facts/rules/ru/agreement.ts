import { RU_AGREED, RU_AGREED_DEAL_OBJECTS, RU_DOCUMENT_NOUNS, RU_DOCUMENT_WORD, RU_EXCHANGE_TRADING, RU_LISTING_OPENERS, RU_PLANNED_DOCUMENT, RU_POLITICAL_TOPICS, RU_SIGNED } from '../../vocabulary/ru.js';
import { stems } from '../../vocabulary/words.js';
import type { Candidate, SentenceInfo } from '../types.js';

const re = (sources: readonly string[]): RegExp => new RegExp(stems(sources), 'iu');
const DOCUMENT_RE = re(RU_DOCUMENT_NOUNS);
const DOCUMENT_WORD_RE = re([RU_DOCUMENT_WORD]);
const SIGNED_RE = re(RU_SIGNED);
const AGREED_RE = re(RU_AGREED);
const PLANNED_RE = re(RU_PLANNED_DOCUMENT);
const LISTING_RE = new RegExp(`^\\s*(?:${RU_LISTING_OPENERS.join('|')})(?!\\p{L})`, 'iu');

/**
 * "Документы были подписаны во время визита. ... Первый документ — Соглашение о строительстве ветропарка" (ru-b
 * ng-20220821-uz-sa-energy-agreements), "подписали 17 документов на $629,1 млн. К крупнейшим из них относятся соглашения ..." (ru-c
 * ritmeurasia-20240628-kz-cn-interregional-forum), "заключил ... три соглашения. ... Среди них — меморандум ... и соглашение о льготном
 * кредите на $5 млн" (ru-h muslimuz-nodate-uz-ae-adfd-samarkand): a sentence that goes through the documents just signed names signed ones.
 */
export function signedOrListedAfterSigning(s: SentenceInfo, earlier: readonly SentenceInfo[]): boolean {
  return SIGNED_RE.test(s.text) || (LISTING_RE.test(s.text) && earlier.slice(0, 3).some((e) => SIGNED_RE.test(e.text))) || itemAfterSignedLead(s, earlier);
}

// "В частности, были подписаны следующие договоры:" then "Инвестиционное соглашение между кабмином КР и ОсОО ..." (ru-l silunews-nodate-kg-
// cn-chinese-investment-projects), "заключены следующие документы с указанием суммы:" then "- Инвестиционное соглашение о ..." (ru-g
// vbkg-nodate-kg-cn-state-visit-deals): the items of a list a signing sentence opens with a colon are signed documents.
const LEAD_COLON_RE = /:\s*$/u;
const LIST_ITEM_RE = /^\s*[-–—•]/u;
function itemAfterSignedLead(s: SentenceInfo, earlier: readonly SentenceInfo[]): boolean {
  const prev = earlier[0];
  // An item with a sum is the sum rule's: "- Инвестиционное соглашение ... между ... и ... - 800 млн евро;" (vbkg) is no unpriced document.
  if (!prev || s.amounts.length > 0 || !(LEAD_COLON_RE.test(prev.text) || LIST_ITEM_RE.test(s.text))) return false;
  return earlier.slice(0, 3).some((e) => LEAD_COLON_RE.test(e.text) && SIGNED_RE.test(e.text));
}
// A signing still to come: «планируется подписать», «подпишут», «будут подписаны» (read by ruAgreementCandidates only for unnamed documents).
const PLANNED_SIGNING_RE = /(?<!\p{L})(?:(?:планиру|намерен|предстоит|собира|готов)\p{L}*\s+(?:\p{L}+\s+)?(?:подписать|заключить)|подпиш(?:ут|ет)|будут?\s+подписан\p{L}*)(?!\p{L})/iu;
// "не подписали", "так и не было заключено", "не удалось достичь договорённости": nothing is stated.
const DENIED_RE = /(?<!\p{L})(?:не|ни)\s+(?:\p{L}+\s+)?(?:подпис|заключ|достиг|достичь|договорил)/iu;
// "Если стороны подпишут ...", "В случае подписания ...": a supposition.
const SUPPOSED_RE = /^(?:«\s*)?(?:Если|В случае|При условии)(?!\p{L})/u;

// "этот договор будет подписан" (ru-g ekhokavkaza-nodate-ge-eib-samtredia-grigoleti), "К такому соглашению ... пришли" (ru-e
// silkway-nodate-mn-cn-trade-target-20bn): a document named with a demonstrative is one the article has already stated.
const DEMONSTRATIVE_RE = /(?<!\p{L})(?:эт(?:от|ого|ому|им|ом|а|ой|у|и|их|ими)|так(?:ой|ого|ому|им|ом|ая|ую|ие|их|ими)|данн\p{L}+|указанн\p{L}+)\s+$/iu;
const DOCUMENT_ALL_RE = new RegExp(stems(RU_DOCUMENT_NOUNS), 'giu');

/** True when every document the sentence names is pointed at with a demonstrative: a document told again. */
export function onlyNamedBefore(text: string): boolean {
  const all = [...text.matchAll(DOCUMENT_ALL_RE)];
  return all.length > 0 && all.every((m) => DEMONSTRATIVE_RE.test(text.slice(Math.max(0, m.index - 12), m.index)));
}

// "«Заключенные соглашения предусматривают реализацию свыше 30 совместных проектов ...»" (ru-l uztag-20171027-uz-tr-business-forum),
// "Договоренности по подписанным меморандумам были достигнуты накануне саммита" (ru-e kabar-20190613-kg-cn-business-forum-24-documents):
// documents called "signed" in passing, where the article tells their signing in a sentence of its own (before or after), are those
// documents again. Not "по ранее
// заключенным соглашениям" (earlier documents, dev-ru), nor a participle with its signers ("подписанное Арменией и ЕБРР").
const SIGNED_IN_PASSING_RE = new RegExp(`(?<!\\p{L})(?:подписанн|заключ[её]нн)\\p{L}*\\s+(?:\\p{L}+\\s+)?${stems(RU_DOCUMENT_NOUNS)}`, 'giu');
const EARLIER_WORD_RE = /(?<!\p{L})(?:ранее|прежде|уже|в прошлом)\s+$/iu;

/** True when the sentence calls its documents signed only in passing, and another sentence of the article signs documents. */
export function signedInPassing(text: string, others: readonly SentenceInfo[]): boolean {
  const passing = [...text.matchAll(SIGNED_IN_PASSING_RE)];
  if (passing.length === 0 || passing.some((m) => EARLIER_WORD_RE.test(text.slice(Math.max(0, m.index - 12), m.index)))) return false;
  if (SIGNED_RE.test(text.replace(SIGNED_IN_PASSING_RE, ' '))) return false;
  return others.some((b) => SIGNED_RE.test(b.text.replace(SIGNED_IN_PASSING_RE, ' ')) && (DOCUMENT_RE.test(b.text) || DOCUMENT_WORD_RE.test(b.text)));
}

// «В 1993 году государства подписали договор о дружбе, сотрудничестве и взаимопомощи» (ru-j sputniktj-20220915-tj-ru-thirty-years-
// cooperation), «заключили договор о союзничестве и добрососедстве» (ru-t globalkz-nodate-kz-ru-tokayev-izvestia-interview): a treaty of
// friendship or alliance is politics; a document on anything else beside it in the sentence still counts.
const POLITICAL_TOPIC_AFTER_RE = new RegExp(`^\\s+(?:\\p{L}+\\s+){0,2}?об?\\s+${stems(RU_POLITICAL_TOPICS)}`, 'iu');
// A deal struck on an exchange or the interbank market is a trade, not a document (vocabulary/ru.ts RU_EXCHANGE_TRADING).
const EXCHANGE_RE = re(RU_EXCHANGE_TRADING);
const TRADED_DEAL_RE = /^(?:сделк|сделок|контракт)/iu;
const onlyTraded = (text: string): boolean => {
  if (!EXCHANGE_RE.test(text)) return false;
  const all = [...text.matchAll(DOCUMENT_ALL_RE)];
  return all.length > 0 && all.every((m) => TRADED_DEAL_RE.test(m[0]));
};

const onlyPolitical = (text: string): boolean => {
  const all = [...text.matchAll(DOCUMENT_ALL_RE)];
  return all.length > 0 && all.every((m) => POLITICAL_TOPIC_AFTER_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60)));
};

// «договорился о закупке урана», «достигнута договоренность о поставках», «достиг договоренности о покупке Altel»: an agreeing verb
// or «договоренность», then within a few words «о» and a deal (vocabulary/ru.ts RU_AGREED_DEAL_OBJECTS), is an agreement reached
// though no document is named.
const AGREED_ON_DEAL_RE = new RegExp(
  `(?<!\\p{L})(?:договорил|условил|договор[её]нност)\\p{L}*\\s+(?:[\\p{L}\\d«»"-]+\\s+){0,6}?об?\\s+(?:\\p{L}+\\s+){0,2}?${stems(RU_AGREED_DEAL_OBJECTS)}`,
  'iu',
);

const COUNTS: Readonly<Record<string, number>> = { два: 2, две: 2, '2': 2, три: 3, '3': 3, четыре: 4, '4': 4, пять: 5, '5': 5 };
const MAX_COUNTED = 5;
const COUNTED_RE = new RegExp(`(?<!\\p{L})(два|две|три|четыре|пять|[2-5])\\s+(?:\\p{L}+\\s+)?${stems(RU_DOCUMENT_NOUNS)}`, 'iu');

/**
 * The Russian `agreement-unpriced` rule: a document signed, reached or being prepared with no sum
 * ("заключили Меморандум о взаимном сотрудничестве", "намерены принять Программу партнерства",
 * "по ранее заключенным соглашениям"); "документ" only with a signing verb ("Документ подписали"); a deal agreed on
 * with no document named ("договорились о поставках газа").
 */
export function ruAgreementCandidates(s: SentenceInfo, earlier: readonly SentenceInfo[] = []): Candidate[] {
  const text = s.text;
  if (DENIED_RE.test(text) || SUPPOSED_RE.test(text) || onlyPolitical(text) || onlyTraded(text)) return [];
  const document = DOCUMENT_RE.test(text);
  // «документы, которые планируется подписать», «планируется подписать ... пакет двусторонних документов»: unnamed documents only
  // planned are no fact (ru-f placeinvest-20090117-ru-uz-trade-ten-months, ru-m uzinform-20120919-uz-kr-karimov-seoul-visit); a named
  // kind planned is one in preparation («подпишут рамочное соглашение»).
  if (!document && PLANNED_SIGNING_RE.test(text)) return [];
  const signed = signedOrListedAfterSigning(s, earlier);
  let rule: string | null = null;
  if ((document || DOCUMENT_WORD_RE.test(text)) && signed) rule = 'agreement-signed';
  else if (document && PLANNED_RE.test(text)) rule = 'agreement-in-preparation';
  else if (document && AGREED_RE.test(text)) rule = 'agreement-reached';
  else if (AGREED_ON_DEAL_RE.test(text)) rule = 'agreement-reached';
  if (!rule) return [];
  // "были подписаны два соглашения о выдаче кредитов" (ratel.kz): as many documents as the sentence counts, up to five.
  // A count beside other documents is one item of a list, each document named one fact: "соглашения ... с ОАО «TBEA» ..., три контракта
  // на поставку подсолнечного масла и другие" (ru-c ritmeurasia-20240628-kz-cn-interregional-forum), "три контракта на поставки ... и
  // договор между Qazaq Camel и ..." (ru-f kursivkz-20240627-kz-cn-urumqi-forum-deals), "четыре документа: ... рамочное соглашение ..., а также
  // три кредитных соглашения" (ru-d fergana-nodate-tj-cn-exim-loan-agreements).
  const counted = COUNTS[COUNTED_RE.exec(text)?.[1]?.toLowerCase() ?? ''];
  const named = counted ? [...text.matchAll(DOCUMENT_ALL_RE)].length : 1;
  const count = Math.min(MAX_COUNTED, counted === undefined ? 1 : named > 1 ? named : counted);
  return Array.from({ length: count }, () => ({ type: 'agreement' as const, rule, amount: null, sentence: s, confidence: 0.7 }));
}
