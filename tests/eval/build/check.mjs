#!/usr/bin/env node
// Checks a new evaluation set before it joins tests/eval: file pairs, the gold shape of ../shared/eval/FACTS.md, evidence
// found verbatim in the text, and an address no existing set (nor the set itself twice) already holds.
// usage: node tests/eval/build/check.mjs DIR [--claimed FILE]
//   --claimed FILE: addresses other annotators working at the same time have taken (one per line); the set's own are skipped.
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--"));
const claimedAt = args.indexOf("--claimed");
if (!dir) {
  console.error("usage: node tests/eval/build/check.mjs DIR [--claimed FILE]");
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const evalRoot = resolve(here, "..");
const sharedEval = resolve(here, "../../../../shared/eval");

/**
 * One key per article address: the scheme, a www./m./amp. host prefix, a fragment, tracking parameters, a trailing slash and an
 * /amp ending do not make another article. The query stays: some outlets number their articles in it ("news.php?id=123").
 */
export function addressKey(url) {
  let s = String(url).trim().toLowerCase().replace(/^[a-z]+:\/\//, "").replace(/^(?:www|m|amp)\./, "").replace(/#.*$/, "");
  const [path, query = ""] = s.split("?");
  const kept = query.split("&").filter((p) => p && !/^(?:utm_[a-z]+|fbclid|gclid|amp)=?/.test(p)).join("&");
  s = path.replace(/\/+$/, "").replace(/\/amp$/, "").replace(/\/+$/, "");
  return kept ? `${s}?${kept}` : s;
}

const goldFiles = (root) => {
  const out = [];
  if (!existsSync(root)) return out;
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    if (statSync(path).isDirectory()) out.push(...goldFiles(path));
    else if (name.endsWith(".gold.json")) out.push(path);
  }
  return out;
};
const target = resolve(dir);
const existing = new Map();
for (const f of [...goldFiles(evalRoot), ...goldFiles(join(sharedEval, "dev")), ...goldFiles(join(sharedEval, "dev-ru"))]) {
  if (f.startsWith(target + "/")) continue;
  try {
    const url = JSON.parse(readFileSync(f, "utf8")).url;
    if (url) existing.set(addressKey(url), f);
  } catch {}
}
const claimed = claimedAt >= 0 ? new Set(readFileSync(args[claimedAt + 1], "utf8").split("\n").filter(Boolean).map(addressKey)) : new Set();

const TYPES = ["investment", "trade", "financing", "agreement", "project"];
const STATUS = ["discussed", "planned", "agreed", "signed", "in_progress", "completed", "target", null, undefined];
const QUALIFIERS = ["over", "under", "about", "up to", "exact"];
const norm = (s) => String(s).replace(/[\u2018\u2019\u201c\u201d]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
let problems = 0, articles = 0, facts = 0, empty = 0;
const seen = new Map();
const outlets = new Set();
const problem = (where, what) => { problems++; console.log(`${where}: ${what}`); };
for (const f of readdirSync(target).filter((n) => n.endsWith(".gold.json")).sort()) {
  articles++;
  const id = f.slice(0, -".gold.json".length);
  let g;
  try { g = JSON.parse(readFileSync(join(target, f), "utf8")); } catch (e) { problem(f, `not JSON: ${e.message}`); continue; }
  if (!existsSync(join(target, `${id}.txt`))) { problem(f, "no .txt beside it"); continue; }
  const text = readFileSync(join(target, `${id}.txt`), "utf8");
  const lines = text.split("\n");
  if (!lines[0]?.trim() || lines[1]?.trim() !== "") problem(f, "the .txt must open with a title line, then a blank line");
  if (g.id !== id) problem(f, `id ${g.id} differs from the file name`);
  if (!/^https?:\/\//.test(g.url ?? "")) problem(f, "url missing");
  const key = addressKey(g.url ?? "");
  if (existing.has(key)) problem(f, `the article of ${existing.get(key)}`);
  if (seen.has(key)) problem(f, `the same article as ${seen.get(key)}`);
  if (claimed.size && !claimed.has(key)) problem(f, "url not in the claimed list");
  seen.set(key, id);
  if (!g.source) problem(f, "source (the outlet) missing"); else outlets.add(g.source);
  if (!Array.isArray(g.facts)) { problem(f, "facts must be an array"); continue; }
  if (g.facts.length === 0) empty++;
  g.facts.forEach((x, i) => {
    facts++;
    const where = `${f} fact ${i}`;
    if (!TYPES.includes(x.type)) problem(where, `type ${x.type}`);
    if (!STATUS.includes(x.status)) problem(where, `status ${x.status}`);
    if (x.amount != null) {
      if (typeof x.amount.value !== "number" || !Number.isFinite(x.amount.value)) problem(where, "amount.value must be a number");
      if (!/^[A-Z]{3}$/.test(x.amount.currency ?? "")) problem(where, "amount.currency must be an ISO 4217 code");
      if (!QUALIFIERS.includes(x.amount.qualifier)) problem(where, `qualifier ${x.amount.qualifier}`);
    }
    if (!Array.isArray(x.countries) || x.countries.some((c) => !/^[A-Z]{2}$/.test(c))) problem(where, "countries must be ISO 3166 alpha-2 codes");
    if (!Array.isArray(x.organizations)) problem(where, "organizations must be an array");
    if (typeof x.evidence !== "string" || !norm(text).includes(norm(x.evidence).slice(0, 60))) problem(where, "evidence not found verbatim in the .txt");
  });
}
console.log(`${articles} articles, ${facts} facts, ${empty} with none, ${outlets.size} outlets; ${problems} problems`);
process.exit(problems ? 1 : 0);
