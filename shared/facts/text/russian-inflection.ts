/**
 * Russian word forms generated from a stem and a declension pattern, so word lists (currencies, countries,
 * adjectives) are written once in the nominative and read in all six cases. Only the patterns those lists
 * need: exact forms, not a stemmer, so "Китаева" or "Иранов" are never produced.
 */

/** Case order of every ending list: nominative, genitive, dative, accusative, instrumental, prepositional. */
type Endings = readonly [string, string, string, string, string, string];

interface NounPattern {
  /** What the nominative singular ends with (removed to get the stem). */
  nom: string;
  singular: Endings;
  plural: Endings;
}

/** Noun patterns by name: `m` hard masculine (Узбекистан), `f-а` (Москва), `f-ия` (Россия) and so on. */
const NOUNS: Readonly<Record<string, NounPattern>> = {
  m: { nom: '', singular: ['', 'а', 'у', '', 'ом', 'е'], plural: ['ы', 'ов', 'ам', 'ы', 'ами', 'ах'] },
  'm-й': { nom: 'й', singular: ['й', 'я', 'ю', 'й', 'ем', 'е'], plural: ['и', 'ев', 'ям', 'и', 'ями', 'ях'] },
  'm-ь': { nom: 'ь', singular: ['ь', 'я', 'ю', 'ь', 'ем', 'е'], plural: ['и', 'ей', 'ям', 'и', 'ями', 'ях'] },
  n: { nom: 'о', singular: ['о', 'а', 'у', 'о', 'ом', 'е'], plural: ['а', '', 'ам', 'а', 'ами', 'ах'] },
  'f-а': { nom: 'а', singular: ['а', 'ы', 'е', 'у', 'ой', 'е'], plural: ['ы', '', 'ам', 'ы', 'ами', 'ах'] },
  'f-я': { nom: 'я', singular: ['я', 'и', 'е', 'ю', 'ей', 'е'], plural: ['и', 'й', 'ям', 'и', 'ями', 'ях'] },
  'f-ия': { nom: 'ия', singular: ['ия', 'ии', 'ии', 'ию', 'ией', 'ии'], plural: ['ии', 'ий', 'иям', 'ии', 'иями', 'иях'] },
  'f-ь': { nom: 'ь', singular: ['ь', 'и', 'и', 'ь', 'ью', 'и'], plural: ['и', 'ей', 'ям', 'и', 'ями', 'ях'] },
  // Plural-only names: Нидерланды, (Объединенные Арабские) Эмираты, (Соединенные) Штаты.
  pl: { nom: 'ы', singular: ['ы', 'ов', 'ам', 'ы', 'ами', 'ах'], plural: ['ы', 'ов', 'ам', 'ы', 'ами', 'ах'] },
  // Demonyms in -ец lose the vowel: казахстанец, казахстанца, казахстанцы, казахстанцев.
  'ец': { nom: 'ец', singular: ['ец', 'ца', 'цу', 'ца', 'цем', 'це'], plural: ['цы', 'цев', 'цам', 'цев', 'цами', 'цах'] },
  // Demonyms in -янин: россиянин, россияне, россиян.
  'янин': { nom: 'янин', singular: ['янин', 'янина', 'янину', 'янина', 'янином', 'янине'], plural: ['яне', 'ян', 'янам', 'ян', 'янами', 'янах'] },
  // Indeclinable: тенге, евро, Алматы, Баку, КНР.
  inv: { nom: '', singular: ['', '', '', '', '', ''], plural: ['', '', '', '', '', ''] },
};

export type NounPatternName = keyof typeof NOUNS;

type Gender = 'm' | 'f' | 'n' | 'pl';
const ADJECTIVES: Readonly<Record<Gender, Endings>> = {
  m: ['ый', 'ого', 'ому', 'ый', 'ым', 'ом'],
  f: ['ая', 'ой', 'ой', 'ую', 'ой', 'ой'],
  n: ['ое', 'ого', 'ому', 'ое', 'ым', 'ом'],
  pl: ['ые', 'ых', 'ым', 'ые', 'ыми', 'ых'],
};

/**
 * Spelling rules at the join: no "ы" after к, г, х, ж, ш, ч, щ ("узбекских", "Польши"); after ж, ш, ч, щ, ц an
 * unstressed ending "о" is written "е" ("Польшей"), a stressed one stays "о": both are given.
 */
function join(stem: string, ending: string): string[] {
  const last = stem.slice(-1);
  if (ending.startsWith('ы') && /[кгхжшчщ]/i.test(last)) return [stem + 'и' + ending.slice(1)];
  if (ending.startsWith('о') && ending.length > 1 && /[жшчщц]/i.test(last)) return [stem + ending, stem + 'е' + ending.slice(1)];
  return [stem + ending];
}

/** A noun's forms by case, singular (and plural unless `singularOnly`): each case may have more than one. */
export function nounCases(nominative: string, pattern: NounPatternName, singularOnly = false, stem?: string): string[][] {
  const p = NOUNS[pattern];
  if (!p) throw new Error(`unknown noun pattern ${pattern}`);
  if (!nominative.endsWith(p.nom)) throw new Error(`"${nominative}" does not end in "${p.nom}" of pattern ${pattern}`);
  const base = stem ?? nominative.slice(0, nominative.length - p.nom.length);
  const cases = p.singular.map((e, i) => (i === 0 || (i === 3 && e === p.nom) ? [nominative] : join(base, e)));
  if (!singularOnly) p.plural.forEach((e, i) => cases[i]?.push(...join(base, e)));
  return cases.map((c) => [...new Set(c)]);
}

/** Every form of a noun, singular and plural. */
export function nounForms(nominative: string, pattern: NounPatternName, stem?: string): string[] {
  return [...new Set(nounCases(nominative, pattern, false, stem).flat())];
}

/** An adjective's forms by case for one gender: adjectiveCases('Южн', 'f')[1] is ['Южной']. */
export function adjectiveCases(stem: string, gender: Gender): string[][] {
  return ADJECTIVES[gender].map((e) => join(stem, e));
}

/**
 * Every form of an adjective from its stem, all genders, cases and numbers, plus the instrumental "-ою":
 * adjectiveForms('узбекск') has "узбекский", "узбекской", "узбекских", "узбекскими", ...
 */
export function adjectiveForms(stem: string): string[] {
  const forms = (Object.keys(ADJECTIVES) as Gender[]).flatMap((g) => adjectiveCases(stem, g).flat());
  // "-ий" after a velar is the masculine nominative; a soft stem is not among the lists' words.
  return [...new Set([...forms, ...join(stem, 'ою')])];
}

/**
 * The word pattern of a nominative, read off its ending, or given after "|": "Узбекистан" is `m`, "Россия" `f-ия`,
 * "Беларусь|f-ь", "Египет|m|Египт" (a stem that drops a vowel), "Южная" an adjective. A word written "=Казахстан"
 * stays as it is in every case ("Республики Казахстан").
 */
function wordCases(word: string): string[][] {
  if (word.startsWith('=')) return Array.from({ length: 6 }, () => [word.slice(1)]);
  const [nom = '', explicit, stem] = word.split('|');
  if (explicit) return nounCases(nom, explicit as NounPatternName, true, stem);
  const adjective = /^(.+?)(ая|ое|ые|ие|ый|ий)$/.exec(nom);
  if (adjective && nom.length > 4) {
    const gender: Gender = { ая: 'f', ое: 'n', ые: 'pl', ие: 'pl', ый: 'm', ий: 'm' }[adjective[2] as 'ая'] as Gender;
    return adjectiveCases(adjective[1] ?? '', gender);
  }
  if (nom.endsWith('ия')) return nounCases(nom, 'f-ия', true);
  if (nom.endsWith('я')) return nounCases(nom, 'f-я', true);
  if (nom.endsWith('а')) return nounCases(nom, 'f-а', true);
  if (nom.endsWith('й')) return nounCases(nom, 'm-й', true);
  if (/[бвгджзклмнпрстфхцчшщ]$/i.test(nom)) return nounCases(nom, 'm', true);
  // Other vowels, soft signs without a pattern, abbreviations: indeclinable.
  return nounCases(nom, 'inv', true);
}

/**
 * Every singular form of a name of one or more words, the words agreeing in case: "Южная Корея" gives
 * "Южной Кореи", "Южную Корею", ...; "Республика =Казахстан" gives "Республики Казахстан", ...
 */
export function nameForms(name: string): string[] {
  const words = name.split(' ').map(wordCases);
  const out = new Set<string>();
  for (let c = 0; c < 6; c++) {
    let phrases = [''];
    for (const w of words) phrases = phrases.flatMap((p) => (w[c] ?? []).map((f) => (p ? `${p} ${f}` : f)));
    for (const p of phrases) out.add(p);
  }
  return [...out];
}
