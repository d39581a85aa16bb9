import type { Deal, Fact } from '../schemas/index.js';
import type { DealStore, FactStore, IndexedFact } from '../store/ports.js';
import { candidateKeysOf, factDay } from '../store/keys.js';
import { memberOfFact } from './group-facts.js';
import { groupMembers } from './group-deals.js';
import { linkBetween, windowOf } from './links.js';
import type { Member } from './member.js';
import { outletOfFact } from './outlet-of.js';
import { summarizeDeal } from './summarize-deal.js';

export interface UpdateDealsDeps {
  deals: DealStore;
  facts: Pick<FactStore, 'factsOfArticle'>;
  now: () => Date;
  log?: { warn(message: string, data?: Record<string, unknown>): void };
}

export interface DealUpdate {
  /** The deals that hold the article's facts now. */
  deals: Deal[];
  /** Deals written (new or changed) and deleted (merged into another, or left with no mention). */
  written: string[];
  deleted: string[];
}

/** A component larger than this stops growing (and says so): no real event has hundreds of reports. */
export const MAX_COMPONENT_FACTS = 400;
/** Rounds of write-then-check before giving up on a component that keeps changing under concurrent writers. */
export const MAX_ROUNDS = 4;

/**
 * The deals of an article's facts were still changing under other writers after MAX_ROUNDS rounds: what is stored may
 * not be what the stored facts give yet (a replaced deal not deleted, memberships not moved). Retryable: the item
 * fails, its claim says so, and the next attempt finishes the job from what is stored, as after a crash.
 */
export class DealsUnsettledError extends Error {
  override name = 'DealsUnsettledError';
  readonly retryable = true;
  constructor(readonly articleId: string) {
    super(`the deals of article ${articleId} were still changing under other writers after ${MAX_ROUNDS} rounds; retry the item`);
  }
}

const member = (f: Fact) => memberOfFact(f, outletOfFact);

/** Everything but the time of writing: a deal rewritten with the same content is not a change. */
const sameDeal = (a: Deal, b: Deal) => JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });

const DAY_MS = 86_400_000;
const shiftDay = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const minDay = (a: string, b: string) => (a < b ? a : b);
const maxDay = (a: string, b: string) => (a > b ? a : b);

/**
 * What one walk reads from the store. `near`: the stored facts that may share a deal with a fact, those listed under its
 * index keys (candidateKeysOf) within its type's window of its day; each key is read once per walk, over the days asked
 * so far, and widened only by the days not yet read (the reports of one deal share their keys and lie days apart: a read
 * per report and key grew with the square of the reports). `siblings`: the facts of an article, which link without
 * sharing a party (the agreement and the loan of one signing); read from the article only when the index entries seen
 * so far do not hold them all (each entry says how many facts its article has), as every report of a much-copied
 * story otherwise cost a read per report in every walk.
 */
function walkReader(deps: UpdateDealsDeps) {
  const read = new Map<string, { from: string; to: string; facts: Array<{ fact: Fact; day: string }> }>();
  const byArticle = new Map<string, { facts: Map<string, Fact>; count: number | null }>();
  const note = (entries: IndexedFact[]) => entries.map(({ fact, articleFacts }) => {
    const a = byArticle.get(fact.articleId) ?? { facts: new Map<string, Fact>(), count: articleFacts };
    // Entries that disagree on the count were written by two extractions of the article (one under way): read it.
    if (a.count !== articleFacts) a.count = null;
    a.facts.set(fact.id, fact);
    byArticle.set(fact.articleId, a);
    return { fact, day: factDay(fact) };
  });
  return {
    async near(fact: Fact): Promise<Fact[]> {
      const day = factDay(fact);
      const window = windowOf(fact.type);
      const from = shiftDay(day, -window);
      const to = shiftDay(day, window);
      const out = new Map<string, Fact>();
      for (const key of candidateKeysOf(fact)) {
        let r = read.get(key);
        if (!r) read.set(key, (r = { from, to, facts: note(await deps.deals.indexed(key, from, to)) }));
        // Widened a whole window at a time: reports a day apart would otherwise each widen it by a day, with a read each.
        if (from < r.from) {
          const wider = minDay(from, shiftDay(r.from, -window));
          r.facts.push(...note(await deps.deals.indexed(key, wider, shiftDay(r.from, -1))));
          r.from = wider;
        }
        if (to > r.to) {
          const wider = maxDay(to, shiftDay(r.to, window));
          r.facts.push(...note(await deps.deals.indexed(key, shiftDay(r.to, 1), wider)));
          r.to = wider;
        }
        for (const f of r.facts) if (f.day >= from && f.day <= to && f.fact.id !== fact.id) out.set(f.fact.id, f.fact);
      }
      return [...out.values()];
    },
    async siblings(articleId: string, mustRead: boolean): Promise<Fact[]> {
      const known = byArticle.get(articleId);
      if (!mustRead && known?.count != null && known.facts.size >= known.count) return [...known.facts.values()];
      return deps.facts.factsOfArticle(articleId);
    },
  };
}

/**
 * The facts linked to the seeds, directly or through one another (links.ts), found through the store's
 * index: the component of the link graph they belong to. Grouping the component alone gives what
 * grouping every stored fact would give for these facts, because no link leaves a component.
 */
async function componentOf(seeds: readonly Fact[], deps: UpdateDealsDeps): Promise<Member[]> {
  const found = new Map<string, Member>(seeds.map((f) => [f.id, member(f)]));
  const queue = [...found.values()];
  const articlesRead = new Set<string>();
  // The seeds' articles are always read: they are what changed.
  const seedArticles = new Set(seeds.map((f) => f.articleId));
  const reader = walkReader(deps);
  // One member per fact: a deal of many reports would otherwise cost a word count per report per report.
  const seen = new Map<string, Member>();
  while (queue.length > 0 && found.size < MAX_COMPONENT_FACTS) {
    const m = queue.shift()!;
    const near = await reader.near(m.fact);
    if (!articlesRead.has(m.fact.articleId)) {
      articlesRead.add(m.fact.articleId);
      near.push(...await reader.siblings(m.fact.articleId, seedArticles.has(m.fact.articleId)));
    }
    for (const f of near) {
      if (found.has(f.id)) continue;
      let other = seen.get(f.id);
      if (!other) seen.set(f.id, (other = member(f)));
      if (!linkBetween(m, other)) continue;
      found.set(f.id, other);
      queue.push(other);
    }
  }
  if (found.size >= MAX_COMPONENT_FACTS) deps.log?.warn(`deal grouping stopped at ${MAX_COMPONENT_FACTS} linked facts`, { seeds: seeds.map((f) => f.id) });
  return [...found.values()];
}

/**
 * The stored facts still behind the deals of facts the article no longer has: those deals may now
 * split, or be left with nothing. Read from the article's memberships, not from what the last write
 * removed, so a run that died between storing facts and updating deals is finished by the next.
 */
async function survivorsOf(articleId: string, current: readonly Fact[], deps: UpdateDealsDeps): Promise<{ facts: Fact[]; dealIds: string[]; gone: string[] }> {
  const currentIds = new Set(current.map((f) => f.id));
  const gone = [...(await deps.deals.membersOfArticle(articleId))].filter(([factId]) => !currentIds.has(factId));
  const goneIds = new Set(gone.map(([factId]) => factId));
  const dealIds = [...new Set(gone.map(([, dealId]) => dealId))];
  const facts: Fact[] = [];
  for (const dealId of dealIds) {
    const deal = await deps.deals.getDeal(dealId);
    for (const other of new Set(deal?.mentions.map((m) => m.articleId) ?? [])) {
      const wanted = new Set(deal!.mentions.filter((m) => m.articleId === other && !goneIds.has(m.factId)).map((m) => m.factId));
      facts.push(...(await deps.facts.factsOfArticle(other)).filter((f) => wanted.has(f.id)));
    }
  }
  return { facts, dealIds, gone: [...goneIds] };
}

/** The stored deals of these ids, and the revision each was read at. */
async function storedDeals(ids: readonly string[], deps: UpdateDealsDeps): Promise<{ deals: Map<string, Deal>; revisions: Map<string, string> }> {
  const deals = new Map<string, Deal>();
  const revisions = new Map<string, string>();
  for (const id of new Set(ids)) {
    const read = await deps.deals.readDeal(id);
    if (!read) continue;
    deals.set(id, read.deal);
    revisions.set(id, read.revision);
  }
  return { deals, revisions };
}

/**
 * What subscribers were told carries over to the deal its facts now form: a deal that absorbs an
 * alerted one (a late article, a merge) is not news again. Of several, the smallest alert id, so the
 * choice does not depend on order.
 */
function withAlerted(deal: Deal, before: ReadonlyMap<string, string>, previous: ReadonlyMap<string, Deal>, pending: readonly Deal[]): Deal {
  const mine = new Set(deal.mentions.map((m) => m.factId));
  const told = [
    ...deal.mentions.map((m) => previous.get(before.get(m.factId) ?? '')?.alerted ?? null),
    ...pending.filter((p) => p.mentions.some((m) => mine.has(m.factId))).map((p) => p.alerted),
  ]
    .filter((a): a is NonNullable<Deal['alerted']> => a !== null)
    .sort((a, b) => a.alertId.localeCompare(b.alertId));
  return told[0] ? { ...deal, alerted: told[0] } : deal;
}

/** A deal no stored item holds: its facts are marked pending for it first, then it is written. */
async function writeNew(deal: Deal, deps: UpdateDealsDeps): Promise<void> {
  await deps.deals.markPending(deal);
  await deps.deals.putDeal(deal, { memberships: false });
}

/**
 * Brings the deals up to date after an article's facts were stored (or re-extracted): the article's
 * facts, and the facts of deals that lost one of its facts, are grouped with every stored fact they link to; each resulting
 * deal is written (when new or changed), the deals it replaces are deleted, and gone facts forget
 * their deal. Idempotent, and the same whatever order articles arrive in. Concurrent writers are
 * settled by checking after writing: the component is read again and rewritten until what is stored
 * is what the stored facts give.
 */
export async function updateDeals(input: { articleId: string; facts: readonly Fact[] }, deps: UpdateDealsDeps): Promise<DealUpdate> {
  const written = new Set<string>();
  const deleted = new Set<string>();
  const survivors = await survivorsOf(input.articleId, input.facts, deps);
  const seeds = [...input.facts, ...survivors.facts];
  let result: Deal[] = [];
  // Deals this update could not delete because another process wrote them after they were read (say, what an
  // announcement told): read again next round, where what they told passes to the deal that holds their facts.
  let recheck = new Set<string>();
  const known = new Map<string, Deal>();
  let settledRound = false;
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const members = await componentOf(seeds, deps);
    const at = deps.now().toISOString();
    const before = await deps.deals.dealIdsOf(members.map((m) => m.fact));
    // Deals written for these facts by an update that died before their memberships moved: nothing else leads to them.
    const marked = await deps.deals.pendingDealsOf(members.map((m) => m.fact));
    const { deals: stored, revisions } = await storedDeals([...before.values(), ...survivors.dealIds, ...marked, ...recheck], deps);
    const pending = [...new Set([...marked, ...recheck])].flatMap((id) => stored.get(id) ?? []);
    // Deals this update deleted in an earlier round stay known: what they told subscribers carries over.
    const previous = new Map([...known, ...stored]);
    for (const [id, d] of previous) known.set(id, d);
    const grouped = groupMembers(members).map((g) => withAlerted(summarizeDeal(g, at), before, previous, pending));
    const ids = new Set(grouped.map((d) => d.id));
    let changed = false;
    // Crash-safe order: a new deal's facts are marked pending for it, then it is written (the memberships still name the
    // deals it replaces, so a run that dies here finds those again and finishes the job), then the deals it replaces are
    // deleted, then memberships move (clearing the marks this round settled). Written the other way round, a crash between
    // the memberships and the deletion left a replaced deal that nothing pointed to any more: a duplicate
    // (tests/integration/cli/crash.test.ts found one). Without the marks, a deal written just before a crash was lost to
    // view when another report renamed the deal before the retry: a duplicate again (the same test, under load). A changed
    // deal is written only over itself, and marked when another process deleted it meanwhile; marks this round never read
    // are never cleared: otherwise a concurrent update that deleted the deal before a dying one wrote it again, or that
    // moved the facts without having read its mark, left it orphaned (the same test, once in a few runs;
    // tests/integration/pipeline/deals.test.ts plays both races).
    const moved: Array<{ deal: Deal; facts: Set<string> }> = [];
    const deals: Deal[] = [];
    // Facts that carry a mark this round settles: their memberships are written even where they stay.
    const markedFacts = new Set(pending.flatMap((d) => d.mentions.map((m) => m.factId)));
    for (const computed of grouped) {
      const read = await deps.deals.readDeal(computed.id);
      const current = read?.deal ?? null;
      // A deal that was already written and announced (a run died before its memberships moved) keeps what it told.
      const deal = current?.alerted && !computed.alerted ? { ...computed, alerted: current.alerted } : computed;
      deals.push(deal);
      const facts = new Set(deal.mentions.filter((m) => before.get(m.factId) !== deal.id || markedFacts.has(m.factId)).map((m) => m.factId));
      if (current && sameDeal(current, deal) && facts.size === 0) continue;
      if (!current) await writeNew(deal, deps);
      else if (!sameDeal(current, deal) && !(await deps.deals.putDeal(deal, { memberships: false, ifRevision: read!.revision }))) {
        // Written over since it was read: by an announcement recording what it told (a put over it would lose that, and no
        // one would tell the deal again: the load bench, once in 2,951 deals), or by another update. This round's view of it
        // is stale; the next round reads it again. Deleted meanwhile, it is written as new, marked first.
        if (await deps.deals.getDeal(deal.id)) {
          changed = true;
          continue;
        }
        await writeNew(deal, deps);
      }
      moved.push({ deal, facts });
      written.add(deal.id);
      changed = true;
    }
    const stale = new Set([...before.values(), ...(round === 1 ? survivors.dealIds : []), ...pending.map((d) => d.id)].filter((id) => !ids.has(id)));
    const unsettled = new Set<string>();
    for (const id of stale) {
      // Only as this round read it: one written since (what an announcement told, recorded on it) is read again next
      // round, so that what it told passes to the deal that replaces it.
      const revision = revisions.get(id);
      changed = true;
      if (!(await deps.deals.deleteDeal(id, revision === undefined ? undefined : { ifRevision: revision }))) {
        unsettled.add(id);
        continue;
      }
      deleted.add(id);
    }
    // A deal this round could not delete keeps its facts' memberships until a round settles it: moved now, it would be
    // known only to this process, and one that died here would leave it with nothing leading to it (a duplicate deal:
    // tests/integration/cli/crash.test.ts). The deals written new are marked, so they stay found too.
    if (unsettled.size > 0) {
      result = deals;
      recheck = unsettled;
      continue;
    }
    // Only the marks this round read or wrote are cleared: another process's, written since (even for a deal this round
    // deleted, which it may have written again), are its to settle, or ours next round. Of those read, only the marks of
    // deals this round found: a mark with no deal yet may be a live update's, between marking and writing it; cleared,
    // and that update then unable to delete a deal it replaces (so moving no memberships), its deal was left with nothing
    // leading to it (tests/integration/pipeline/deals.test.ts plays it; the throttling test once ended with such a deal under
    // load). A mark whose writer died before the write stays: harmless.
    const settled = new Set([...[...marked].filter((id) => stored.has(id)), ...moved.map((m) => m.deal.id)]);
    for (const { deal, facts } of moved) await deps.deals.putMemberships(deal, settled, facts);
    result = deals;
    // Every stale deal of this round is deleted: nothing is left to read again.
    recheck = new Set();
    if (!changed) {
      settledRound = true;
      break;
    }
  }
  // A round that still wrote, or could not delete, checked nothing after it: leaving now would pass off an unchecked
  // state as settled, and nothing would come back to it until another report of the deal arrived.
  if (!settledRound) throw new DealsUnsettledError(input.articleId);
  await deps.deals.forget(input.articleId, survivors.gone);
  const mine = new Set(input.facts.map((f) => f.id));
  return {
    deals: result.filter((d) => d.mentions.some((m) => mine.has(m.factId))),
    written: [...written],
    deleted: [...deleted],
  };
}
