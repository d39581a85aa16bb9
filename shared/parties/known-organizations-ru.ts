/**
 * Russian names of well-known organisations, as general knowledge. Each entry names the English entry of
 * KNOWN_ORGANIZATIONS it translates (`en`, its first name), so the IFI flag and the organisation key are
 * the English entry's; `en: null` marks a body the English table does not hold, with its own flag.
 * `ru` lists nominative full names first, then short names and abbreviations; a full name is found in any
 * case (known-names-ru.ts inflects the words up to its head noun), an abbreviation only as written.
 */
export interface KnownOrganizationRu {
  en: string | null;
  ru: readonly string[];
  /** Only for `en: null` entries: an English entry's flag comes from the English table. */
  ifi?: boolean;
}

export const KNOWN_ORGANIZATIONS_RU: readonly KnownOrganizationRu[] = [
  { en: 'European Bank for Reconstruction and Development', ru: ['Европейский банк реконструкции и развития', 'ЕБРР'] },
  { en: 'Asian Development Bank', ru: ['Азиатский банк развития', 'АБР'] },
  { en: 'Asian Infrastructure Investment Bank', ru: ['Азиатский банк инфраструктурных инвестиций', 'АБИИ'] },
  { en: 'World Bank', ru: ['Всемирный банк', 'ВБ', 'Международный банк реконструкции и развития', 'МБРР', 'Международная ассоциация развития', 'МАР'] },
  { en: 'International Monetary Fund', ru: ['Международный валютный фонд', 'МВФ'] },
  { en: 'International Finance Corporation', ru: ['Международная финансовая корпорация', 'МФК'] },
  { en: 'European Investment Bank', ru: ['Европейский инвестиционный банк', 'ЕИБ'] },
  { en: 'Islamic Development Bank', ru: ['Исламский банк развития', 'ИБР'] },
  { en: 'Eurasian Development Bank', ru: ['Евразийский банк развития', 'ЕАБР'] },
  { en: 'Eurasian Fund for Stabilization and Development', ru: ['Евразийский фонд стабилизации и развития', 'ЕФСР', 'Антикризисный фонд ЕврАзЭС'] },
  { en: 'New Development Bank', ru: ['Новый банк развития', 'НБР', 'Банк развития БРИКС'] },
  { en: 'Black Sea Trade and Development Bank', ru: ['Черноморский банк торговли и развития', 'ЧБТР'] },
  { en: 'OPEC Fund for International Development', ru: ['Фонд ОПЕК для международного развития', 'Фонд ОПЕК', 'ОФМР'] },
  { en: 'Kuwait Fund for Arab Economic Development', ru: ['Кувейтский фонд арабского экономического развития', 'Кувейтский фонд'] },
  { en: 'Saudi Fund for Development', ru: ['Саудовский фонд развития'] },
  { en: 'Abu Dhabi Fund for Development', ru: ['Абу-Дабийский фонд развития', 'Фонд развития Абу-Даби', 'Абу-Дабийский фонд'] },
  { en: 'Green Climate Fund', ru: ['Зеленый климатический фонд', 'Зелёный климатический фонд', 'ЗКФ'] },
  { en: 'Japan International Cooperation Agency', ru: ['Японское агентство международного сотрудничества', 'ДЖАЙКА', 'JICA'] },
  { en: 'USAID', ru: ['Агентство США по международному развитию', 'ЮСАИД', 'USAID'] },
  { en: 'Export-Import Bank of China', ru: ['Экспортно-импортный банк Китая', 'Эксимбанк Китая', 'Китайский эксимбанк'] },
  { en: 'Eximbank', ru: ['Эксимбанк'] },
  { en: 'China Development Bank', ru: ['Государственный банк развития Китая', 'Банк развития Китая'] },
  { en: 'European Union', ru: ['Европейский союз', 'Евросоюз', 'Европейская комиссия', 'Еврокомиссия', 'ЕС'] },
  { en: 'UNDP', ru: ['Программа развития ООН', 'ПРООН'] },
  { en: 'Gazprom', ru: ['Газпром'] },
  { en: 'Rosneft', ru: ['Роснефть'] },
  { en: 'Lukoil', ru: ['Лукойл', 'ЛУКОЙЛ'] },
  { en: 'Rosatom', ru: ['Росатом'] },
  { en: 'Novatek', ru: ['Новатэк', 'НОВАТЭК'] },
  { en: 'Transneft', ru: ['Транснефть'] },
  { en: 'Tatneft', ru: ['Татнефть'] },
  { en: 'KAMAZ', ru: ['КамАЗ', 'КАМАЗ'] },
  { en: 'Inter RAO', ru: ['Интер РАО'] },
  { en: 'KazMunayGas', ru: ['КазМунайГаз', 'Казмунайгаз', 'КМГ'] },
  { en: 'Kazatomprom', ru: ['Казатомпром'] },
  { en: 'Samruk-Kazyna', ru: ['Самрук-Казына'] },
  { en: 'Baiterek', ru: ['Байтерек'] },
  { en: 'Kazakhstan Temir Zholy', ru: ['Казахстан темир жолы', 'КТЖ'] },
  { en: 'KEGOC', ru: ['КЕГОК'] },
  { en: 'Air Astana', ru: ['Эйр Астана'] },
  { en: 'Uzbekneftegaz', ru: ['Узбекнефтегаз'] },
  { en: 'Uzbekhydroenergo', ru: ['Узбекгидроэнерго'] },
  { en: 'Navoiyuran', ru: ['Навоийуран'] },
  { en: 'Uzbekistan Airways', ru: ['Узбекистон хаво йуллари'] },
  { en: 'Uzavtosanoat', ru: ['Узавтосаноат'] },
  { en: 'Uztransgaz', ru: ['Узтрансгаз'] },
  { en: 'Turkmengaz', ru: ['Туркменгаз', 'Türkmengaz'] },
  { en: 'Turkmennebit', ru: ['Туркменнефть', 'Türkmennebit'] },
  { en: 'SOCAR', ru: ['Государственная нефтяная компания Азербайджанской Республики', 'Государственная нефтяная компания Азербайджана', 'ГНКАР', 'СОКАР'] },
  { en: 'Azerenerji', ru: ['Азерэнержи', 'Азерэнерджи'] },
  { en: 'Azercosmos', ru: ['Азеркосмос'] },
  { en: 'AZAL', ru: ['Азербайджанские авиалинии'] },
  { en: 'Azersu', ru: ['Азерсу'] },
  { en: 'Georgian Railway', ru: ['Грузинская железная дорога'] },
  { en: 'Barki Tojik', ru: ['Барки Точик', 'Барқи Тоҷик'] },
  { en: 'Talco', ru: ['Таджикская алюминиевая компания', 'ТАЛКО'] },
  { en: 'CNPC', ru: ['Китайская национальная нефтегазовая корпорация', 'КННК'] },
  { en: 'Sinopec', ru: ['Синопек'] },
  { en: 'PetroChina', ru: ['ПетроЧайна'] },
  { en: 'Huawei', ru: ['Хуавэй', 'Хуавей'] },
  { en: 'Sinohydro', ru: ['Синохайдро'] },
  { en: 'Masdar', ru: ['Масдар'] },
  { en: 'ACWA Power', ru: ['АКВА Пауэр'] },
  { en: 'Mubadala', ru: ['Мубадала'] },
  { en: 'Siemens', ru: ['Сименс'] },
  { en: 'Alstom', ru: ['Альстом'] },
  { en: 'General Electric', ru: ['Дженерал Электрик'] },
  { en: 'Hyundai', ru: ['Хендай', 'Хёндэ', 'Хундай'] },
  { en: 'Samsung', ru: ['Самсунг'] },
  { en: 'Toyota', ru: ['Тойота'] },
  { en: 'Mitsubishi', ru: ['Мицубиси', 'Мицубиши'] },
  { en: 'Airbus', ru: ['Эйрбас'] },
  { en: 'Boeing', ru: ['Боинг'] },
  { en: 'Yandex', ru: ['Яндекс'] },
  { en: 'Halyk Bank', ru: ['Народный банк Казахстана', 'Халык банк'] },
  { en: 'Beeline', ru: ['Билайн'] },
  // Bodies the English table does not hold: national development institutions lend like IFIs (FACTS.md).
  { en: null, ru: ['Банк развития Казахстана', 'БРК'], ifi: true },
  { en: null, ru: ['Фонд реконструкции и развития Узбекистана', 'ФРРУ'], ifi: true },
  { en: null, ru: ['Российский фонд прямых инвестиций', 'РФПИ'] },
  { en: null, ru: ['Российский экспортный центр', 'РЭЦ'] },
];

/** News agencies and outlets as Russian text names them: sources ("передает «Интерфакс-Казахстан»"), never parties. */
export const NEWS_AGENCIES_RU: ReadonlySet<string> = new Set([
  'ТАСС', 'ИТАР-ТАСС', 'РИА Новости', 'Интерфакс', 'Интерфакс-Казахстан', 'Интерфакс-Азербайджан', 'Интерфакс.az', 'Interfax.az',
  'Синьхуа', 'Спутник', 'Sputnik', 'Казинформ', 'Кабар', 'Тренд', 'Trend', 'Report', 'Репорт', 'АКИpress', 'AKIpress', '24.kg',
  'Азертадж', 'АЗЕРТАДЖ', 'УзА', 'Ховар', 'Азия-Плюс', 'Фергана', 'Fergana', 'Zakon.kz', 'Kapital.kz', 'Курсив', 'Kursiv',
  'Podrobno.uz', 'Kun.uz', 'Gazeta.uz', 'Газета.uz', 'LS', 'Tengrinews', 'Vesti.kz', 'Kazinform', 'Kabar', 'UzNews', 'T-News',
  'Daryo', 'Известия', 'Коммерсантъ', 'Ведомости', 'РБК', 'Прайм', 'ПРАЙМ', 'Regnum', 'REGNUM', 'Sputnik Армения',
  // Outlets of ../shared/SOURCES.md and the region that sign their copy in Latin or Cyrillic.
  'Avesta', 'Авеста', 'Asia-Plus', 'Economist.kg', 'SNG.TODAY', 'Vesti', 'Report.az', 'APA', 'Qazaq TV', 'Хабар', 'Khabar',
  'Inbusiness', 'inbusiness.kz', 'Orda', 'Vlast', 'Власть', 'Sputnik Таджикистан', 'Sputnik Узбекистан', 'Sputnik Грузия', 'Новости-Армения',
  'Turkmenportal', 'Бизнес Туркменистан', 'Montsame', 'Монцамэ', 'Arka', 'Арка', 'Интерпресньюс', 'Eurasianet', 'Евразианет',
  // «CentralAsia (UZ) - ...», «CentralAsia (MNG) - ...» open the copy of centralasia.media (ru-m, ru-o, ru-q, ru-t); «© News-Asia» signs it.
  'CentralAsia', 'News-Asia',
]);
