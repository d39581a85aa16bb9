/**
 * Paragraphs that are furniture, not reporting: agency trailers, update markers, source lines.
 * Kept narrow on purpose: each pattern is anchored to the whole paragraph, so a sentence that merely
 * mentions Telegram or a source stays. Trend's dateline lead ("BAKU, Azerbaijan, October 14.") is kept
 * verbatim: the fact extractor reads it.
 */
export const BOILERPLATE_PARAGRAPHS: readonly RegExp[] = [
  // Trend: "Follow Trend on Telegram. Only most interesting and important news".
  /^follow (?:trend|us|the author) on (?:telegram|twitter|x|facebook|instagram|whatsapp)\b.{0,80}$/i,
  // Trend: "Details added: first version posted on 14:39".
  /^details added:? first version posted (?:on|at)\b.{0,40}$/i,
  // Trend print footer and syndication lines: "Source: https://...".
  /^source:\s*https?:\/\/\S+$/i,
  /^(?:read (?:also|more)|see also|related):?$/i,
  /^(?:advertisement|advertising|реклама)$/i,
  /^(?:share|share this|share this article|print|tags?):?$/i,
];

/**
 * Drops boilerplate paragraphs (shared list plus a site's own patterns) 
 * @param extra a site rule's `dropParagraphs`, matched anywhere in the paragraph
 */
export function dropBoilerplate(paragraphs: readonly string[], extra: readonly RegExp[] = []): string[] {
  // No de-duplication: repeated lines are real text (table cells, a meal plan given twice), as the benchmark showed.
  return paragraphs.filter((p) => !BOILERPLATE_PARAGRAPHS.some((re) => re.test(p)) && !extra.some((re) => re.test(p)));
}
