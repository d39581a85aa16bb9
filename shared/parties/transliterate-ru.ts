/**
 * Russian (and Kazakh, Kyrgyz, Tajik, Uzbek Cyrillic letters) to Latin by BGN/PCGN 1947, in the simplified
 * form the region's English-language press uses for company names: «е» is always "e" (no "ye" after
 * vowels), «ё» "e", and the hard and soft signs are dropped. So «Узбекнефтегаз» is "Uzbekneftegaz",
 * «Навоийуран» "Navoiyuran", «Кыргызалтын» "Kyrgyzaltyn", «Самрук-Казына» "Samruk-Kazyna".
 */
const LETTERS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Kazakh, Kyrgyz, Tajik and Uzbek letters, as their English-language press writes them («Барқи Тоҷик» "Barki Tojik").
  ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i', ҳ: 'h', ў: 'o', ҷ: 'j', ӣ: 'i', ӯ: 'u',
};

/** `text` with every Cyrillic letter romanised; other characters are kept. Capitals stay capitals. */
export function transliterateRu(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const latin = LETTERS[lower];
    if (latin === undefined) out += ch;
    else out += ch === lower || latin === '' ? latin : latin[0]?.toUpperCase() + latin.slice(1);
  }
  return out;
}
