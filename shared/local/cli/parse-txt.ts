import type { ExtractInput } from '../../facts/extract-facts.js';

/** A .txt article as the eval sets keep them: title, blank line, body; paragraphs are separated by newlines. */
export function parseTxt(text: string): ExtractInput {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const [head = '', ...rest] = normalized.split('\n');
  const paragraphs = rest.join('\n').split(/\n+/).map((p) => p.trim()).filter(Boolean);
  return { title: head.trim(), paragraphs };
}
