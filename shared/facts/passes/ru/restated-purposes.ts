import { RU_OBJECT_NOUNS } from '../../vocabulary/ru.js';
import { restatedPurposesOf } from '../restated-purposes.js';

const OBJECT_ALL_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${RU_OBJECT_NOUNS.join('|')})`, 'giu');

/** Object stems that name the same works: a loan "на строительство автомагистрали" and "реконструкция участка автодороги". */
const KIND_OF: ReadonlyArray<readonly [kind: string, re: RegExp]> = [
  ['railway', /^железн/iu],
  // A stretch of road and a highway are road works too: "Деньги пойдут на реконструкцию трех участков ... на трассе" after a loan "для проекта
  // реконструкции ... автомагистрали" (ru-g islamsng-20101008-uz-isdb-m39-road).
  ['road', /^(?:дорог|автодорог|магистрал|автомагистрал|коридор|мост|трасс|участ)/iu],
  ['grid', /^(?:лэп|лини|подстанци)/iu],
  ['plant', /^(?:завод|фабрик|комбинат|комплекс|предприяти|производств|цех|станци|электростанци|гэс|тэс|тэц|аэс|сэс|вэс)/iu],
];

/** The kinds of object a Russian sentence names: "road" for автодорога and автомагистраль, else the stem itself. */
function russianKinds(text: string): string[] {
  return [...text.matchAll(OBJECT_ALL_RE)].map((m) => {
    const word = m[0].toLowerCase();
    return KIND_OF.find(([, re]) => re.test(word))?.[0] ?? word;
  });
}

/** passes/restated-purposes.ts with Russian object nouns: the works a loan pays for, described again, are one project. */
export const ruRestatedPurposes = restatedPurposesOf(russianKinds);
