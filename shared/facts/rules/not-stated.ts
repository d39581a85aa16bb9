/**
 * A sentence that denies or supposes what it names states no fact: "there were no reports of any investment deals
 * being signed", "Should Mongolia conclude an EPA ...", "the contract has not been signed yet", "not a single
 * industrial enterprise has been opened" (real text: real-a eurasianet-nodate-kz-jp-abe-investment-nuclear,
 * ubpost-nodate-mn-kr-14-projects; real-b timesca-nodate-kg-atambayev-press-conference).
 */
const NOT_STATED_RE =
  /^["“]?(?:If|Unless|Should|Were|Had)\b|\bno (?:reports? of )?(?:any )?(?:[\w-]+ ){0,2}(?:deals?|agreements?|contracts?|documents?|memorand\w*)\b[^.;]{0,40}?\b(?:signed|reached|concluded|inked)\b|\b(?:has|have|had|was|were) (?:not|never|yet to be) (?:yet )?(?:been )?(?:signed|concluded|reached|built|opened|launched|commissioned)\b|\bnot (?:a single|one) (?:[\w-]+ ){0,3}(?:has|have|was|were) (?:been )?(?:signed|built|opened|launched|commissioned|implemented)\b/i;

export function statesNothing(text: string): boolean {
  return NOT_STATED_RE.test(text);
}
