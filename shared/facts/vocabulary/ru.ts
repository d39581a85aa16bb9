/**
 * The Russian vocabulary of the fact rules: the same kinds of word lists as `en.ts`, for the same rules.
 * Russian inflects, so an entry is a stem (a regex source) that `ruWords` lets end in any letters:
 * "соглашени" meets соглашение, соглашения, соглашением, соглашениях. Adding a document noun or a
 * lending verb is one edit here. Entries are matched case-insensitively, on word starts only.
 */

/** Documents of an agreement (FACTS.md `agreement`), by stem. "документ" is weaker: see RU_DOCUMENT_WORD. */
export const RU_DOCUMENT_NOUNS: readonly string[] = [
  'соглашени', 'меморандум', 'контракт', 'договор(?!ил|[её]нност|енност)', 'сделк', 'сделок', 'протокол', 'дорожн\\p{L}* карт',
  'программ\\p{L}* (?:партн[её]рства|сотрудничества)', 'договор[её]нност',
];

/** "документ(ы)": an agreement only with a signing verb ("Документ подписали"). */
export const RU_DOCUMENT_WORD = 'документ';

/** Verbs of a signed document, by stem: подписали, подписано, заключили, скрепили подписями. */
export const RU_SIGNED: readonly string[] = ['подписа', 'подпису', 'заключ[её]н', 'заключил', 'заключа', 'скрепил', 'парафирова'];

/** A document agreed without a signature: достигли договорённости, договорились, согласовали, одобрил. */
export const RU_AGREED: readonly string[] = ['договорил', 'достигл\\p{L}* (?:договор[её]нност|соглашени)', 'достичь', 'согласовал', 'условил'];

/** A document being prepared or to be signed: намерены принять, планируют подписать, ведут переговоры. */
export const RU_PLANNED_DOCUMENT: readonly string[] = [
  'намерен\\p{L}* (?:подписать|заключить|принять)', 'планиру\\p{L}* (?:подписать|заключить|принять)', 'будет подписан', 'предстоит подписать',
  'подготов\\p{L}* (?:проект\\p{L}* )?(?:соглашени|меморандум|контракт|договор)', 'ведут переговоры', 'переговор',
];

/** Instruments of lending and giving (FACTS.md `financing`), by stem. */
export const RU_FINANCING_INSTRUMENTS: readonly string[] = [
  'кредит(?!н\\p{L}* (?:рейтинг|организаци))', 'за[её]м', 'займ', 'грант', 'транш', 'финансировани', 'софинансир', 'профинансир',
  'безвозмездн\\p{L}* (?:помощ|средств|финансов)', 'техническ\\p{L}* (?:помощ|содействи)', 'гуманитарн\\p{L}* помощ', 'финансов\\p{L}* помощ',
];

/** Verbs that give money but name no instrument: weaker than any instrument nearby. */
export const RU_PROVIDING_VERBS: readonly string[] = ['выдел', 'предостав', 'выда', 'направ', 'получ', 'привлечени\\p{L}* средств', 'средств', 'одобр'];

/** Words of investing (FACTS.md `investment`), by stem. */
export const RU_INVESTMENT_WORDS: readonly string[] = ['инвест', 'влож', 'вкладыва', 'капиталовложени'];

/** Words of trade between two countries (FACTS.md `trade`), by stem. */
export const RU_TRADE_WORDS: readonly string[] = [
  'товарооборот', 'торгов\\p{L}* оборот', 'взаимн\\p{L}* торговл', 'двусторонн\\p{L}* торговл', 'торговл', 'экспорт', 'импорт', 'поставк', 'ввоз', 'вывоз',
];

/** Concrete objects that are built, produced or launched (FACTS.md `project`), by stem. */
export const RU_OBJECT_NOUNS: readonly string[] = [
  'завод', 'фабрик', 'комбинат', 'электростанци', 'ГЭС', 'ТЭС', 'ТЭЦ', 'АЭС', 'СЭС', 'ВЭС', 'станци', 'комплекс', 'терминал', 'центр(?!альн)',
  'предприяти', 'производств', 'дорог', 'автодорог', 'магистрал', 'трубопровод', 'газопровод', 'нефтепровод', 'коридор', 'мост', 'порт',
  'аэропорт', 'железн\\p{L}* дорог', 'линии? электропередач', 'ЛЭП', 'теплиц', 'парк', 'кластер', 'больниц', 'школ', 'месторождени',
  'рудник', 'шахт', 'ирригационн\\p{L}* систем', 'систем\\p{L}* (?:водоснабжени|орошени|канализаци|ирригаци)', 'водохранилищ', 'цех', 'установ(?:к|ок)',
];

/** What a party does to an object (FACTS.md `project`): builds, launches, modernises it. */
export const RU_MAKING_WORDS: readonly string[] = [
  'строительств', 'строит', 'постро', 'возвед', 'сооружени', 'запуск', 'запущ', 'запуст', 'откры', 'заработал', 'введ[её]н\\p{L}* в эксплуатацию',
  'ввод\\p{L}* в эксплуатацию', 'реконструкци', 'модернизаци', 'электрификаци', 'создани', 'созда', 'выпуск', 'производств', 'разработк', 'реализ',
];

/** Words that point back to a party named before: "банк", "стороны", "компания", "фонд". */
export const RU_POINTER_NOUNS: readonly string[] = ['стороны', 'сторон', 'банк', 'банка', 'фонд', 'фонда', 'компани', 'агентств', 'министерств', 'инвестор'];

/** Money from one party's own purse (FACTS.md "Scope"): "из республиканского бюджета", "за счет собственных средств". */
export const RU_ONE_PARTY_MONEY: readonly string[] = [
  'из (?:\\p{L}+ )?бюджет', 'за сч[её]т (?:\\p{L}+ )?(?:бюджет|собственн)', 'бюджетн\\p{L}* (?:средств|ассигнован)', 'собственн\\p{L}* средств',
];

/** A sum the sentence says is a comparison, a change or one party's budget: no fact of its own. */
export const RU_NOT_A_DEAL: readonly string[] = [
  'преми', 'зарплат', 'пенси', 'бюджет', 'ВВП', 'ВРП', 'цен[аыу]', 'стоимость\\p{L}* (?:одн|за)', 'тариф', 'выручк', 'прибыл', 'убыт', 'налог',
  'резерв', 'золотовалютн', 'госдолг', 'внешн\\p{L}* долг',
];

/** Status cues in the order they are tried (FACTS.md `status`), by stem. */
export const RU_STATUS_CUES: ReadonlyArray<readonly [status: 'discussed' | 'target' | 'in_progress' | 'planned' | 'completed', stems: readonly string[]]> = [
  ['discussed', ['обсужда', 'обсуд', 'рассматрива', 'изучить возможност', 'изуча\\p{L}* возможност', 'переговор']],
  ['target', ['довести', 'довед', 'подня\\p{L}* (?:\\p{L}+ ){0,2}до', 'увеличить (?:\\p{L}+ ){0,2}до', 'вырос\\p{L}* до \\d', 'цел[ьи]', 'планк']],
  ['in_progress', ['осуществля', 'реализу', 'строится', 'ведется', 'ведётся', 'идет строительств', 'идёт строительств', 'продолжа']],
  ['planned', ['будет', 'будут', 'выделит', 'предоставит', 'получит', 'направит', 'передаст', 'намерен', 'планиру', 'собира', 'предполага', 'должн', 'предусматрива', 'предстоит', 'постро(?:ит|ят)(?!\\p{L})', 'вложит', 'инвестирует', 'откро(?:ет|ют)', 'запуст(?:ит|ят)(?!\\p{L})', 'созда(?:ст|дут)', 'возвед(?:ет|ут|ёт)', 'в перспективе']],
  ['completed', ['составил', 'достиг', 'вложен', 'вложил', 'выдал', 'направил', 'получил', 'открыл', 'запущен', 'заработал', 'построен', 'построил', 'введ[её]н', 'реализовал', 'реализован', 'создал', 'выделил', 'предоставил', 'профинансировал', 'инвестировал', 'вырос', 'увеличил', 'прибавил']],
];
