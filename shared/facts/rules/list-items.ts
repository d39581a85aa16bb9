import { cueHits, type CueHit } from './amount-type.js';
import type { SentenceInfo } from './types.js';

/**
 * Lines of a list under a lead that ends with a colon, each a paragraph of its own:
 * "The five leading goods Georgia exported to Armenia in 2024:" then "Passenger cars – $99.7 million;"
 * (real-ze jamnews-nodate-ge-am-trade-2024-decline), "... will receive €21.1 million out of the €40.1 million grant:" then
 * "— €4 million — for the programme «Perspectives for the Youth»;" (real-z 24kg-nodate-kg-de-german-grant-programs).
 * A line's sum that its own words do not type is of the kind its lead names; a lead that names no kind
 * ("The other €19 million will go to ...:") continues the list above it.
 */
const BULLET_RE = /^[-–—•·*]\s*/;
// "Passenger cars – $99.7 million": a short label, a dash, then the line's figure.
const LABEL_DASH_RE = /^[^.;:]{2,120}?\s[-–—]\s/;
const ITEM_END_RE = /;\s*$/;
const LEAD_END_RE = /:\s*$/;
const MAX_ITEM_CHARS = 300;
/** How many lines back a lead is looked for. */
const MAX_LINES = 25;

function isListLine(s: SentenceInfo, all: readonly SentenceInfo[]): boolean {
  if (s.text.length > MAX_ITEM_CHARS) return false;
  const alone = all[s.index - 1]?.paragraph !== s.paragraph && all[s.index + 1]?.paragraph !== s.paragraph;
  return alone && (BULLET_RE.test(s.text) || LABEL_DASH_RE.test(s.text) || ITEM_END_RE.test(s.text));
}

/** The cue of the lead a list line stands under (its last cue of a kind other than a document), or null. */
export function listLeadCue(s: SentenceInfo, all: readonly SentenceInfo[]): CueHit | null {
  if (!isListLine(s, all)) return null;
  for (let i = s.index - 1; i >= Math.max(0, s.index - MAX_LINES); i--) {
    const p = all[i];
    if (!p || p.basis !== s.basis) return null;
    if (LEAD_END_RE.test(p.text)) {
      const cue = cueHits(p).filter((h) => h.type !== 'agreement').sort((x, y) => y.end - x.end)[0];
      if (cue) return cue;
      continue;
    }
    if (!isListLine(p, all)) return null;
  }
  return null;
}
