import type { FactType } from '../../../schemas/fact.js';
import type { SentenceEnv, SentenceRule } from '../registry.js';
import type { SentenceInfo } from '../types.js';
import { onlyNamedBefore, ruAgreementCandidates, signedInPassing } from './agreement.js';
import { ruAmountCandidates } from './amount.js';
import { ruFinancingCandidates } from './financing.js';
import { lenderWorksAfter, ruFinancedObjectCandidates, ruProjectCandidates, specifiedObjectAfterParty } from './project.js';
import { ruTradeVolumeCandidates } from './trade.js';

/** The sentences before this one, nearest first. */
const before = (e: SentenceEnv): SentenceInfo[] => (e.prev ? [e.prev, ...e.earlier] : []);

const madeBySums = (env: SentenceEnv, type: FactType): boolean => env.sums.some((c) => c.type === type);
/** "Собирается ли Казахстан создать завод ...?": a question states nothing (rules/not-stated.ts for English). */
const isQuestion = (env: SentenceEnv): boolean => /\?["»”]?\s*$/u.test(env.s.text);

// "Инвестиционное соглашение о реализации проекта по строительству завода удобрений между ... - 260 млн долларов США" (ru-g vbkg-nodate-kg-
// cn-state-visit-deals), "Заказ на $300 млн на возведение ... электростанции" (ru-d gundogar-20151026-tm-jp-sumitomo-power-plant): a priced
// document whose subject is building an object is an agreement, and the object is a project of its own.
const DOCUMENT_TO_BUILD_RE = /(?<!\p{L})(?:соглашени|меморандум|контракт|договор|заказ)\p{L}*\s+(?:о|об|на)\s+(?:реализации\s+проекта\s+по\s+)?(?:строительств|возведени|сооружени)/iu;

/** As in the English registry: a priced project, or priced documents without a loan, cover the sentence's objects. */
function objectsCovered(env: SentenceEnv): string | null {
  if (madeBySums(env, 'project')) return 'a sum of the sentence already prices its project';
  // "компания ..., которая выделила на модернизацию предприятия 360 млн": the company's money is for the object it names.
  if (env.sums.some((c) => c.rule === 'amount-company-money')) return 'a company\'s money of the sentence is for its object';
  if (madeBySums(env, 'agreement') && !madeBySums(env, 'financing') && !env.listsParts && !DOCUMENT_TO_BUILD_RE.test(env.s.text)) return 'the priced documents of the sentence cover its objects';
  return null;
}

/**
 * The Russian sentence rules, in the order they run: the same rule names, types and skips as the English
 * registry (rules/registry.ts), with Russian vocabulary (vocabulary/ru.ts).
 */
export const RU_SENTENCE_RULES: readonly SentenceRule[] = [
  {
    name: 'amount',
    types: ['investment', 'trade', 'financing', 'agreement', 'project'],
    yields: ['amount-*'],
    does: 'types each sum by the nearest cue of its clause: document, trade, loan, investment or cost words (rules/ru/amount.ts)',
    skip: () => null,
    run: (e) => ruAmountCandidates(e.s, e.ifi, e.prev, e.note, e.earlier),
  },
  {
    name: 'agreement-unpriced',
    types: ['agreement'],
    yields: ['agreement-signed', 'agreement-reached', 'agreement-in-preparation'],
    does: 'a document signed, reached or being prepared with no sum: "заключили Меморандум", "намерены принять Программу партнерства" (rules/ru/agreement.ts)',
    skip: (e) => (madeBySums(e, 'agreement') ? 'a sum of the sentence already made its agreement' : isQuestion(e) ? 'a question states nothing' : onlyNamedBefore(e.s.text) ? 'its document is one named before ("этот договор")' : signedInPassing(e.s.text, e.all.filter((o) => o !== e.s)) ? 'its documents are called signed in passing, after their signing ("Заключенные соглашения предусматривают")' : null),
    run: (e) => ruAgreementCandidates(e.s, before(e)),
  },
  {
    name: 'financing-named-lender',
    types: ['financing'],
    yields: ['financing-named-lender'],
    does: 'a development bank or fund that lends or gives, with no sum: "средства выделит Всемирный банк" (rules/ru/financing.ts)',
    skip: (e) => (madeBySums(e, 'financing') ? 'a sum of the sentence already made its financing' : null),
    run: (e) => ruFinancingCandidates(e.s, e.ifi),
  },
  {
    name: 'trade-volume',
    types: ['trade'],
    yields: ['trade-volume'],
    does: 'goods moved between two countries in tonnes or cubic metres, with no money: "Туркменистан поставил в КНР около 2,9 млрд куб. м газа" (rules/ru/trade.ts)',
    skip: (e) => (e.s.amounts.length > 0 ? 'the sentence has a sum: its trade is the sum rule\'s' : null),
    run: (e) => ruTradeVolumeCandidates(e.s),
  },
  {
    name: 'project-financed-object',
    types: ['project'],
    yields: ['project-financed-object'],
    does: 'the object a loan or grant of the sentence pays for: "кредит ... для проекта строительства электростанции" (rules/ru/project.ts)',
    skip: (e) => (madeBySums(e, 'financing') ? objectsCovered(e) : 'no sum of the sentence is a loan or grant'),
    run: (e) => ruFinancedObjectCandidates(e.s, e.sums.filter((c) => c.type === 'financing')),
  },
  {
    name: 'project-made-object',
    types: ['project'],
    yields: ['project-make-object'],
    does: 'an object built, produced or launched with a party: "предусматривает строительство центра и завода" (rules/ru/project.ts)',
    skip: (e) => (madeBySums(e, 'financing') ? 'a sum of the sentence is a loan: its object is project-financed-object' : isQuestion(e) ? 'a question states nothing' : objectsCovered(e)),
    run: (e) => ruProjectCandidates(e.s, e.hasParty() || specifiedObjectAfterParty(e.s, e.all) || lenderWorksAfter(e.s, e.all, e.ctx.lender !== null)),
  },
];
