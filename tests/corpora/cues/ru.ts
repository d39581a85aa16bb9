import type { CueCorpus } from './types.js';

/**
 * Russian cue cases, one corpus per fact type (rules/ru/, vocabulary/ru.ts). Each phrasing comes from at least two
 * real Russian articles (the ids of ../shared/eval/dev-ru and tests/eval/real/ru-a are named beside it); the
 * sentences are our own, with other parties and sums.
 */
export const RU_AGREEMENT_CUES: CueCorpus = {
  type: 'agreement',
  positive: [
    // A document an exchange signs is a document: only deals traded on it are trades (RU_EXCHANGE_TRADING).
    { body: 'Казахстанская фондовая биржа и Ташкентская республиканская фондовая биржа подписали документ о сотрудничестве.', expected: [null], countries: ['KZ', 'UZ'] },
    // Signed documents and their value right after them, whatever trade they are for (ru-zg asiatimes-nodate-uz-tj-surkhandarya-
    // khatlon-contracts, ru-zp mir24-20180608-kz-cn-127-documents).
    { body: 'Узбекские и кыргызские компании подписали девять контрактов на поставку фруктов общей стоимостью $14,2 млн.', expected: [{ value: 1.42e7, currency: 'USD' }], countries: ['UZ', 'KG'] },
    { body: 'Казахстан и Турция подписали 40 двусторонних документов, коммерческих документов, общая сумма которых – 3 миллиарда долларов.', expected: [{ value: 3e9, currency: 'USD' }], countries: ['KZ', 'TR'] },
    // Projects agreed on or signed for, priced: the value of what was agreed (ru-b kursivuz-20230520-uz-cn-joint-projects, ru-g atavatan-
    // nodate-tm-tr-turkish-contractors, ru-t newsasia-20140822-uz-cn-six-billion-deals).
    { body: 'Казахстан и Китай условились осуществить новые проекты на сумму более $12 млрд.', expected: [{ value: 1.2e10, currency: 'USD' }], countries: ['KZ', 'CN'] },
    { body: 'Южнокорейские компании заключили в Узбекистане подрядные проекты на 300 миллионов долларов.', expected: [{ value: 3e8, currency: 'USD' }], countries: ['UZ'] },
    // A dash inside a quoted name ends no clause, and a part "из которых" of the document's sum is no second document (ru-i eltr-nodate-kg-
    // ebrd-water-loan-grant, ru-k bulak-20230516-kg-ebrd-water-loan-grant).
    { body: 'Минфином Таджикистана и Азиатским банком развития подписано кредитное и грантовое соглашение по проекту «Программа развития водного сектора Республики Таджикистан – подпроекты городов Куляб и Бохтар» на общую сумму 24,5 млн долларов, 9,5 млн из которых приходится на грант.', expected: [{ value: 2.45e7, currency: 'USD' }], countries: ['TJ'] },
    // Long names of the parties between a document and its sum count as one word each (ru-g vbkg-nodate-kg-cn-state-visit-deals).
    { body: '- Инвестиционное соглашение о возведении ветровой электростанции мощностью 500 мегаватт в Нарынской области между Министерством энергетики Кыргызской Республики и компанией "China Energy Engineering Group International Limited" - 600 млн евро;', expected: [{ value: 6e8, currency: 'EUR' }], countries: ['KG'] },
    // A document drawn up, «оформлен» (ru-f kursivkz-20240627-kz-cn-urumqi-forum-deals, ru-m kavkazuzel-20101110-ge-tr-kolin-tekhura-hpp-cascade).
    { body: 'На форуме в Ташкенте также оформлен договор между ООО «Agro Plus» и китайской компанией Xinjiang Tianye.', expected: [null], countries: ['UZ', 'CN'], organization: 'Agro Plus' },
    // A document concluded or signed by named parties (businesstm-…-tm-tr-gas-memorandum, vestikz-…-kz-eib-eco-loans).
    { body: 'Государственный концерн «Туркменнебит» и Министерство энергетики Турции заключили меморандум о сотрудничестве в нефтяной отрасли.', expected: [null], countries: ['TR'], organization: 'Туркменнебит' },
    // A named kind of document planned is one in preparation (ru-n arbatmedia «подпишут рамочное соглашение»).
    { body: 'В ходе визита Казахстан и Корея подпишут рамочное соглашение о сотрудничестве в энергетике.', expected: [null], countries: ['KZ', 'KR'] },
    // A programme of partnership the parties intend to adopt (kursivuz-20230317-uz-aiib-partnership; ADB partnership strategies in ru-a).
    { body: 'Узбекистан и Исламский банк развития намерены принять программу партнерства на 2024–2026 годы.', expected: [null], countries: ['UZ'] },
    // A document priced by its signing (zakon-…-turkestan-forum-memorandums, twice in one article and in ru-a round-ups).
    { body: 'Хоким Самаркандской области подписал с турецкой компанией «Akfen» меморандум на общую сумму 120 млн долларов.', expected: [{ value: 1.2e8, currency: 'USD' }], countries: ['UZ', 'TR'] },
    { body: 'На инвестиционном форуме в Шымкенте подписано 12 меморандумов примерно на 900 млн долларов.', expected: [{ value: 9e8, currency: 'USD' }], countries: ['KZ'] },
    // A loan agreement is an agreement and a financing fact (sputnikam-20161206-am-efsd-loan-tranche; ratel … kz-ebrd loan agreements in ru-a).
    { body: 'Соглашение о предоставлении Таджикистану кредитного финансирования в размере 50 миллионов долларов было подписано в Душанбе.', expected: [{ value: 5e7, currency: 'USD' }], countries: ['TJ'] },
    // "об этом": the document of the sum just stated (fergana-…-uz-cn-yuan-grant, vestikz-…-kz-eib-eco-loans).
    { body: 'Япония передаст Кыргызстану безвозмездную помощь на 2 млрд иен для закупки техники.\nСоглашение об этом подписали в Бишкеке 3 марта.', expected: [{ value: 2e9, currency: 'JPY' }], countries: ['KG', 'JP'] },
    // A lender's sum under a partnership strategy is the strategy's value and a loan (ru-a reportaz-20260304-tj-adb-partnership-strategy,
    // economistkg-20181129-kg-adb-irrigation-39m).
    { body: 'В рамках новой стратегии партнерства на 2027-2031 годы Кыргызстан получит от Исламского банка развития $800 млн.', expected: [{ value: 8e8, currency: 'USD' }], countries: ['KG'] },
    // A memorandum meant to finance carries its sum (ru-a centralasiamedia-20251015-mn-eib-memorandum; dev-ru vestikz-…-kz-eib-eco-loans).
    { body: 'Меморандум о сотрудничестве, призванный обеспечить финансирование в объеме €500 млн, подпишут правительство Армении и ЕБРР.', expected: [{ value: 5e8, currency: 'EUR' }], countries: ['AM'] },
    // Documents counted without sums are as many facts (ru-a ratel-nodate-kz-ebrd-kyzylorda-uralsk; dev-ru zakon-… "19 меморандумов").
    { body: 'В ходе визита делегации ЕБРР в Шымкент были подписаны два соглашения о выдаче кредитов городским предприятиям Казахстана.', expected: [null, null], countries: ['KZ'] },
    // One document with two instruments is one agreement, priced by its first sum (ru-d civilge-nodate-ge-de-kfw-310m "соглашение о
    // предоставлении гранта ... и льготного кредита ..."; ru-h kavkazuzel-nodate-am-ebrd-metro-drainage "договор о займе, по которому ...").
    { body: 'Армения и Франция подписали соглашение о предоставлении Армении гранта в 12 млн евро и льготного кредита в 90 млн евро.', expected: [{ value: 1.2e7, currency: 'EUR' }], countries: ['AM', 'FR'] },
    // A signed document whose terms a relative clause gives is worth the clause's sum (ru-r oabroad-nodate-uz-opec-fund-partnership
    // "соглашение о партнерстве, по которому Фонд выделяет"; ru-p vb-nodate-kg-cn-fertilizer-plant-protocol "протокол, по которому сумма
    // инвестиций ... повышается"; ru-q bukharanews-nodate-uz-sa-energy-deals "документ, в котором закреплено намерение ... вложить").
    { body: 'Кувейтский фонд и правительство Таджикистана подписали трехлетнее соглашение о сотрудничестве, по которому фонд выделяет $300 млн на развитие регионов.', expected: [{ value: 3e8, currency: 'USD' }], countries: ['TJ'] },
    { body: 'Кроме того, был подписан документ, в котором закреплено намерение турецкой стороны вложить 2 миллиарда долларов в текстильную отрасль Узбекистана.', expected: [{ value: 2e9, currency: 'USD' }], countries: ['UZ', 'TR'] },
    // Sums joined bare, with no instrument of their own before them, stay two documents (ru-f economistkg-20250408-kg-adb-issyk-kul-road).
    { body: 'Закон ратифицирует льготное кредитное соглашение с Исламским банком развития на $60 млн и $15 млн в форме гранта.', expected: [{ value: 6e7, currency: 'USD' }, { value: 1.5e7, currency: 'USD' }] },
    // A count of documents the article then lists one by one is one fact beside the listed ones (ru-h muslimuz-nodate-uz-ae-adfd-samarkand
    // "Среди них —" in the next paragraph, zakon-nodate-kz-cn-aktobe-memorandums "Среди ключевых результатов —").
    { body: 'Кувейтский фонд заключил с правительством Таджикистана три соглашения. Об этом сообщает агентство.\nСреди них — меморандум о строительстве школы на сумму $20 млн и соглашение о поставках техники.', expected: [null, { value: 2e7, currency: 'USD' }], countries: ['TJ'] },
    // A sentence that goes through documents just signed names signed ones, loans among them (ru-b ng-20220821-uz-sa-energy-agreements
    // "Первый документ — Соглашение о строительстве ...", ru-c ritmeurasia-20240628-kz-cn-interregional-forum "К крупнейшим из них относятся
    // соглашения ...", ru-h muslimuz-nodate-uz-ae-adfd-samarkand "Среди них — ... соглашение о льготном кредите на $5 млн").
    { body: 'Делегации Турции и Кыргызстана подписали пакет документов.\nПервый документ — соглашение о строительстве компанией «Kolin» цементного завода в Чуйской области.', expected: [null, null], countries: ['KG', 'TR'] },
    { body: 'Саудовский фонд развития заключил с Арменией два соглашения. Об этом сообщает агентство.\nСреди них — соглашение о льготном кредите на $8 млн для ремонта школ.', expected: [null, { value: 8e6, currency: 'USD' }], countries: ['AM'] },
    // A lead that announces documents with no count is told by the documents it introduces, and the items after a signing lead with a
    // colon are signed (pass vague-lead-detailed: ru-c dayaz-20250922-az-ae-modon-desalination "подписан ряд ключевых документов", ru-l
    // silunews-nodate-kg-cn-chinese-investment-projects "были подписаны следующие договоры:"; ru-g vbkg-nodate-kg-cn-state-visit-deals
    // "заключены следующие документы с указанием суммы:").
    { body: 'В рамках узбекско-турецкого сотрудничества подписан ряд ключевых документов.\nМинистерство энергетики Узбекистана и компания «Kolin» подписали соглашение о строительстве ветропарка.', expected: [null], countries: ['UZ', 'TR'], organization: 'Kolin' },
    { body: 'Стороны обсудили инвестиционные проекты Китая в Кыргызстане.\nВ частности, были подписаны следующие договоры:\nИнвестиционное соглашение между кабмином КР и ОсОО «Синь Юань Инвест» о строительстве в Бишкеке стекольного завода.', expected: [null], countries: ['KG'], organization: 'Синь Юань' },
    // Documents called signed in passing, where the article signs them in a sentence of its own, are those documents again (ru-l
    // uztag-20171027-uz-tr-business-forum "«Заключенные соглашения предусматривают реализацию ...»", ru-e kabar-20190613-kg-cn-business-
    // forum-24-documents "Договоренности по подписанным меморандумам были достигнуты ..." before "подписаны 24 документа на сумму").
    { body: 'По итогам форума в Ташкенте узбекские и турецкие компании подписали 15 соглашений на сумму $1,2 млрд.\n«Заключенные соглашения предусматривают реализацию 20 совместных проектов в энергетике», - сказал министр.', expected: [{ value: 1.2e9, currency: 'USD' }], countries: ['UZ', 'TR'] },
    { body: '«Договоренности по подписанным меморандумам были достигнуты накануне визита.\nВ Бишкеке подписаны 12 документов на сумму 2 млрд долларов», - заявил глава агентства Кыргызстана и Китая.', expected: [{ value: 2e9, currency: 'USD' }] },
    // A count beside other documents is one item of a list: one fact per document named (ru-c ritmeurasia-…-interregional-forum,
    // ru-f kursivkz-20240627-kz-cn-urumqi-forum-deals, ru-d fergana-nodate-tj-cn-exim-loan-agreements).
    { body: 'На форуме в Алматы подписаны три контракта на поставку зерна в Китай и меморандум о строительстве элеватора.', expected: [null, null], countries: ['KZ', 'CN'] },
    // Agreeing to lend is a loan agreement (ru-d xinhua-nodate-ge-eib-transport-loan; ru-c asiaplus … credit lines; English "agreed to open a credit line").
    { body: 'В марте правительство Армении и ЕИБ договорились о предоставлении дополнительного кредита на 120 млн евро.', expected: [{ value: 1.2e8, currency: 'EUR' }], countries: ['AM'] },
    // "Соответствующее соглашение" is the document of the sum just stated (ru-g oilcapital-20090625-tm-cn-cdb-turkmengaz-loan;
    // rossaprimavera.ru/news/89d49e15).
    { body: 'Кредит в 2 миллиарда долларов выдан компании «Узбекнефтегаз» Экспортно-импортным банком Китая.\nСоответствующее соглашение было подписано в Ташкенте во время визита китайской делегации.', expected: [{ value: 2e9, currency: 'USD' }], countries: ['UZ'] },
    // A loan or grant document right after the one financing sum it is about takes that sum (ru-h regnum-20140514-am-eu-kfw-eib-water
    // "Соглашение о финансировании ... было подписано", stanradar-20180604-kg-cn-grant-roads "Выделение средств предусмотрено соглашением").
    { body: 'Европейский союз предоставит Грузии грант в размере €20 млн.\nСоглашение о финансировании программы водоснабжения было подписано в Тбилиси 3 июня.', expected: [{ value: 2e7, currency: 'EUR' }], countries: ['GE'] },
    { body: 'Правительство Японии предоставило Таджикистану безвозмездную помощь в размере 900 млн иен.\nВыделение средств предусмотрено соглашением между правительствами двух стран, которое подписали в Душанбе.', expected: [{ value: 9e8, currency: 'JPY' }], countries: ['TJ', 'JP'] },
    // "По соглашению", "Согласно документу": the money of the one document just named prices it, or is a part of it when it is priced
    // (ru-d armenianreport-20200918-am-ebrd-meghri-checkpoint, ru-h stanradar-20180604-kg-cn-grant-roads).
    { body: 'Парламент Армении ратифицировал кредитное соглашение с ЕБРР о модернизации пункта пропуска «Баграташен».\nПо соглашению, на модернизацию пункта поступит 30 млн евро.', expected: [{ value: 3e7, currency: 'EUR' }], countries: ['AM'] },
    { body: 'Правительство Китая предоставило Таджикистану безвозмездную помощь в размере 500 млн юаней.\nВыделение средств предусмотрено соглашением между правительствами двух стран, которое подписали в Душанбе.\nСогласно документу, 200 млн юаней направят на ремонт дорог Душанбе.', expected: [{ value: 5e8, currency: 'CNY' }], countries: ['TJ', 'CN'] },
    // Each document's terms price it (ru-c minfin-20090729-az-wb-road-loans, twice; ru-a economistkg "Согласно этому документу").
    { body: 'Всемирный банк и Таджикистан подписали два соглашения.\nПо первому документу Международная ассоциация развития выделяет 40 млн долларов сроком на 30 лет.', expected: [null, null, { value: 4e7, currency: 'USD' }], countries: ['TJ'] },
    // Counted documents with their total (ru-c mkturkey-20170911-kz-tr-nine-documents, ritmeurasia-20240628-kz-cn-interregional-forum).
    { body: 'По итогам визита узбекская и корейская стороны подписали двенадцать инвестиционных документов на сумму 900 млн долларов.', expected: [{ value: 9e8, currency: 'USD' }], countries: ['UZ', 'KR'] },
    // The document named after the sum (ru-e stanradar-20170905-tj-cn-grant-government-complex; ru-a reportaz "В рамках новой стратегии").
    { body: 'Япония выделит Монголии грант в 3 млрд иен на строительство больницы в рамках соглашения о техническом сотрудничестве.', expected: [{ value: 3e9, currency: 'JPY' }], countries: ['MN', 'JP'] },
    // A ratified document is a signed one, and a ratified loan agreement with its sum is a loan too (ru-f newsasia-20150226-tj-cn-zarnisor-town,
    // economistkg-20250408-kg-adb-issyk-kul-road; ru-a khovar-20150211-tj-cn-huaxin-cement).
    { body: 'Парламент Кыргызстана ратифицировал инвестиционное соглашение с китайской компанией «Zijin Mining».', expected: [null], countries: ['KG'] },
    { body: 'Закон ратифицирует льготное кредитное соглашение с Азиатским банком развития на $40 млн.', expected: [{ value: 4e7, currency: 'USD' }] },
    // "Подписи под документом поставили ..." names the signers of the document just named: one fact, with their bodies
    // (ru-d vestikavkaza-nodate-ge-tr-energy-memorandum; ru-c minfin-20090729-az-wb-road-loans; ru-a centralasiaresearch-…-zafarabad).
    { body: 'Казахстан и Турция заключили меморандум о сотрудничестве в энергетике.\nПодписи под документом поставили глава Минэнерго Казахстана и глава Минэнерго Турции.', expected: [null], countries: ['KZ', 'TR'], organization: 'Минэнерго' },
    // "Документ подписали ...": the document told again is one fact (businesstm-…, fergana-…).
    { body: 'Компания «Казахтелеком» и китайская корпорация Huawei заключили соглашение о строительстве дата-центра. Документ подписали в Астане в присутствии министров.', expected: [null], countries: ['KZ', 'CN'] },
    // A bare "Документ подписали ..." is the article's document however far from it, before or after it, and where it was signed
    // is no party (ru-d vestikavkaza-nodate-ge-tr-energy-memorandum, the lead; ru-q centralasianews-nodate-uz-ae-masdar-uchkuduk-wind,
    // five sentences after it, "на полях конференции ..., которая проходит в Баку").
    { body: 'Документ подписали в ходе визита казахстанской делегации в Монголию.\nОб этом сообщает пресс-служба министерства.\nКазахстан и Монголия заключили соглашение о взаимопонимании в сфере транзита.', expected: [null], countries: ['KZ', 'MN'] },
    { body: 'Министерство энергетики Таджикистана и компания Masdar заключили договор о строительстве солнечной электростанции.\nСтанция будет построена в Согдийской области.\nЕе мощность составит 200 МВт.\nВ проекте также участвуют местные подрядчики.\nСтроительство начнется весной.\nДоговор подписали на полях конференции, которая проходит в Баку.', expected: [null], countries: ['TJ'] },
    // Between governments no organisation is named: the same document noun with the same countries in the next sentences is the
    // same document (ru-n casian-20210121-tm-az-dostluk-memorandum, ru-l ria24-nodate-az-ir-railway-memorandum).
    { body: 'Правительства Казахстана и Монголии подписали меморандум о взаимопонимании в сфере транзита.\nМеморандум подписали министры транспорта Казахстана и Монголии.\nВ связи с подписанием меморандума стороны провели пресс-конференцию.', expected: [null], countries: ['KZ', 'MN'] },
    // A loan or grant agreement with no sum of its own takes the one financing sum beside it (passes/ru/price-loan-agreements.ts;
    // ru-h bizzone-20081117-ge-wb-highway-loan, the sum after; ru-zc ozodlik-nodate-uz-eu-horticulture-grant, the sum before).
    { body: 'Соглашение о дополнительном финансировании строительства дороги заключили правительство Армении и Всемирный банк.\nАрмения получит от банка 30 млн долларов.', expected: [{ value: 3e7, currency: 'USD' }], countries: ['AM'] },
    { body: 'Евросоюз выделяет Таджикистану 12 млн евро на проект «Чистая вода».\nФинансовое соглашение о реализации проекта подписали 5 мая в Душанбе.', expected: [{ value: 1.2e7, currency: 'EUR' }], countries: ['TJ'] },
    // Letters exchanged on aid are a document, priced by the aid (ru-ze azda-nodate-tj-cn-conference-hall-grant, nmtj-20210617-tj-cn-
    // dushanbe-kulma-road-grant): the agreement and the financing both.
    { body: 'Министр финансов Кыргызстана и посол Японии подписали обменное письмо о предоставлении финансовой помощи Японии в размере 5 миллионов долларов на закупку медицинского оборудования.', expected: [{ value: 5e6, currency: 'USD' }], countries: ['KG', 'JP'] },
    // Parties agreeing on a deal with no document named: supplies, purchases, transit, joint production (ru-n kbs-nodate-kz-uz-kr-han-seung-
    // soo-tour, ru-w ria-20140925-az-ru-moscow-memorandum, ru-zo rcc-nodate-tm-tr-ir-gas-swap, ru-zq vestikz-20100106-tm-ir-second-gas-
    // pipeline, ru-za sakinfo-nodate-kz-qa-tr-at-astana-projects, ru-zl podrobno-nodate-uz-ru-moscow-days-contracts).
    { body: 'Казахстан договорился с Китаем о поставках пшеницы в провинцию Ганьсу.', expected: [null], countries: ['KZ', 'CN'] },
    { body: 'Кыргызская компания «Бишкек Машина» и казахстанский завод «Сарыарка» договорились о совместном выпуске автобусов.', expected: [null], countries: ['KG', 'KZ'] },
    { body: 'Кроме того, Грузия условилась с Азербайджаном о транзите казахстанской нефти по своей территории.', expected: [null], countries: ['GE', 'AZ'] },
  ],
  negative: [
    // Deals at an exchange's or the interbank market's trading are trades, not documents (ru-l caravan-nodate-kz-tenge-kase-wednesday,
    // ru-v armbanks-20110302-am-dram-rate-q4; in English real-d businesstm-nodate-tm-trade-houses).
    'На торгах долларом США в Ташкенте первая сделка с Китаем была заключена по курсу 12 650 сумов за доллар.',
    'За неделю общий объем сделок на межбанковском рынке превысил $3,1 млн, сообщил Центробанк Армении.',
    // A treaty of friendship or alliance is politics (ru-j sputniktj-20220915-tj-ru-thirty-years-cooperation, ru-t globalkz-nodate-kz-ru-
    // tokayev-izvestia-interview).
    'В 1996 году Кыргызстан и Казахстан подписали договор о вечной дружбе и взаимопомощи.',
    'Пять лет назад Армения и Россия заключили договор о союзничестве и добрососедстве.',
    // Unnamed documents only planned (ru-f placeinvest-20090117-ru-uz-trade-ten-months, ru-m uzinform-20120919-uz-kr-karimov-seoul-visit).
    'Стороны обсудили, насколько готовы документы, которые планируется подписать в Астане в ходе визита президента Узбекистана.',
    'По итогам переговоров Казахстана и Кореи планируется подписать пакет двусторонних документов.',
    'Стороны обсудили перспективы сотрудничества Казахстана и Китая в сфере энергетики и транспорта.',
    'Соглашение между Кыргызстаном и Турцией о строительстве завода так и не было подписано.',
    'В пресс-службе министерства пояснили журналистам, что новое соглашение с Китаем касается гранта.',
    // «стратегическое партнерство» is a relation, «стратегия партнерства» a document (ru-e silkway-nodate-mn-cn-trade-target-20bn; ru-a reportaz, economistkg).
    'Руководители Казахстана и Монголии отметили развитие стратегического партнерства и условились укреплять взаимное доверие.',
    // Agreeing to build is the project the gold files, not a document (ru-p 24kg-nodate-kg-ru-naryn-hpp-agreement, ru-x 24news-nodate-am-
    // ae-masdar-second-plant); an agreement not reached is none.
    'Кыргызстан и Россия договорились о строительстве каскада ГЭС на реке Нарын.',
    'Туркменистан так и не договорился с Ираном о поставках газа.',
    // "договорились" is no document ("договор" is): dev-ru sputnikuz-…, ru-a trade stories.
    'Стороны договорились о дальнейших шагах, чтобы товарооборот Казахстана и Кыргызстана вырос.',
    // A document pointed at with a demonstrative is one stated before (ru-g ekhokavkaza-nodate-ge-eib-samtredia-grigoleti "этот договор";
    // ru-e silkway-nodate-mn-cn-trade-target-20bn "К такому соглашению").
    // A listing opener states a signing only after one (ru-b ng-…, ru-c ritmeurasia-…, ru-h muslimuz-…).
    'Стороны обсудили проекты сотрудничества.\nСреди них — соглашение о строительстве завода в Навои.',
    'Министр выразил надежду, что в ближайшие дни этот договор с банком будет подписан.',
    'К такому соглашению в ходе переговоров в Астане пришли президенты Казахстана и Узбекистана.',
  ],
};

export const RU_FINANCING_CUES: CueCorpus = {
  type: 'financing',
  positive: [
    // A providing verb after the sum, however long the purpose between them, is the sum's (ru-i bomdod-20230513-tj-isdb-450m, ru-p
    // asiaplus-20090331-tj-adb-anticrisis-grant).
    { body: 'Еще $75 млн на реализацию проектов по водоснабжению и орошению в южных районах Кыргызстана выделяет Азиатский банк развития.', expected: [{ value: 7.5e7, currency: 'USD' }], countries: ['KG'] },
    // A lender's portfolio in a country is its lending there (ru-zv gazetauz-20240501-uz-ebrd-delegation, ru-l 1news-20140331-az-adb-four-bridges).
    { body: 'Азиатский банк развития обсудил с Монголией новые проекты.\nСейчас активный портфель банка в стране составляет $900 млн.', expected: [{ value: 9e8, currency: 'USD' }], countries: ['MN'] },
    // A development lender's share of a priced project is its financing, not a part of the cost (ru-h regnum-20140514-am-eu-kfw-eib-water,
    // ru-s georgiatimes-nodate-ge-ebrd-eib-black-sea-line).
    { body: 'Новую подстанцию в Кутаиси построят к 2027 году.\nПроект в целом стоит 120 млн евро.\nЕвропейский инвестиционный банк выделяет Грузии на него еще 60 млн евро.', expected: [{ value: 6e7, currency: 'EUR' }], countries: ['GE'] },
    // Borrowing named as such, «взять в долг», «заняла ... у» (ru-zr sngtoday-20161115-uz-adb-kadiriya-water, ru-ze
    // arbatmedia-20250521-kz-ibrd-rural-internet-loan); «заняла второе место» is a rank.
    { body: 'Таджикистан может взять в долг 80 млн долларов на ремонт школ.', expected: [{ value: 8e7, currency: 'USD' }], countries: ['TJ'] },
    { body: 'Ранее Киргизия заняла около 40 миллиардов сомов у двух международных банков.', expected: [{ value: 4e10, currency: 'KGS' }], countries: ['KG'] },
    // «займет» with a lender is borrowing (ru-d armenianreport-20200918-am-ebrd-meghri-checkpoint, ru-u vlast-nodate-kz-adb-aiib-yen-loans).
    { body: 'Армения займет у Всемирного банка 100 млн долларов на ремонт дорог.', expected: [{ value: 1e8, currency: 'USD' }], countries: ['AM'] },
    // What a development bank puts in is its lending, whatever the verb (ru-b apsny-20210203-ge-ebrd-president-visit "ЕБРР вложил 630 млн евро";
    // ru-r theasiatoday-nodate-tj-isdb-medina-projects "ИБР уже вложил более 900 миллионов долларов").
    { body: 'В 2024 году ЕБРР вложил 410 млн евро в 12 проектов в Армении.', expected: [{ value: 4.1e8, currency: 'EUR' }], countries: ['AM'] },
    { body: 'В различные отрасли экономики Кыргызстана Азиатский банк развития уже вложил более 700 миллионов долларов.', expected: [{ value: 7e8, currency: 'USD' }], countries: ['KG'] },
    // A lender's long name between the cue and the sum counts as one word (ru-q akchabar-20230424-kg-ebrd-ktzh-railway-loan "получит от
    // Европейского банка реконструкции и развития (ЕБРР) 11 миллионов евро"; ru-g vbkg-nodate-kg-cn-state-visit-deals, a document between
    // a ministry and a company with a long name, then its sum).
    { body: '«Узбекистон темир йуллари» получит от Европейского банка реконструкции и развития (ЕБРР) 14 миллионов евро.', expected: [{ value: 1.4e7, currency: 'EUR' }], organization: 'ЕБРР' },
    // A bank that allots a loan or a tranche (sputnikam-…-am-efsd-loan-tranche, kursivuz-…-uz-aiib-partnership).
    { body: 'Азиатский банк развития выделит Кыргызстану кредит в размере 40 млн долларов на ремонт дорог.', expected: [{ value: 4e7, currency: 'USD' }], countries: ['KG'] },
    { body: 'Евразийский банк развития одобрил выдачу Таджикистану второго транша на 60 миллионов долларов.', expected: [{ value: 6e7, currency: 'USD' }], countries: ['TJ'] },
    // A development bank's sum with no instrument named is its lending (kursivuz-… "направил", vestikz-… "получит ... от ЕИБ").
    { body: 'Ранее АБР направил Армении $75 млн на модернизацию ирригационных систем.', expected: [{ value: 7.5e7, currency: 'USD' }], countries: ['AM'] },
    { body: 'Около 900 миллионов евро получит Узбекистан от Европейского инвестиционного банка на проекты в энергетике.', expected: [{ value: 9e8, currency: 'EUR' }], countries: ['UZ'] },
    { body: 'Стороны обсуждают привлечение средств ЕБРР в размере 300 млн евро на восемь новых проектов в Грузии.', expected: [{ value: 3e8, currency: 'EUR' }], countries: ['GE'] },
    // Budget support from a lender, and the parts of its total (ru-d rufox-20100714-kg-adb-145m-2010, civilge-nodate-ge-de-kfw-310m,
    // kyrtag-20190923-kg-adb-budget-grant; ru-a economistkg "Из этой суммы").
    { body: 'Азиатский банк развития выделит Таджикистану 100 млн долларов.\n40 миллионов долларов из этой суммы пойдут на поддержку бюджета страны.\nЕще 60 млн долларов потратят на ремонт дорог.', expected: [{ value: 1e8, currency: 'USD' }, { value: 4e7, currency: 'USD' }, { value: 6e7, currency: 'USD' }], countries: ['TJ'] },
    // The sum a change starts from is no deal: only the new level is (ru-d kyrtag-20190923-kg-adb-budget-grant; the English
    // rule "a change, not a level"); a part told later, "Еще ...", after another sentence (ru-d civilge-nodate-ge-de-kfw-310m).
    { body: 'Азиатский банк развития увеличил грант Таджикистану с $20 млн до $35 млн.', expected: [{ value: 3.5e7, currency: 'USD' }], countries: ['TJ'] },
    { body: 'Германия предоставит Армении 200 млн евро.\n120 млн евро из этой суммы составят бюджетную поддержку.\nДеньги пойдут на поддержку малого бизнеса.\nЕще 80 млн евро потратят на строительство коммунальной инфраструктуры.', expected: [{ value: 2e8, currency: 'EUR' }, { value: 1.2e8, currency: 'EUR' }, { value: 8e7, currency: 'EUR' }], countries: ['AM'] },
    // A development fund's portfolio in an article about the fund (ru-c trend-20260125-uz-sa-saudi-fund-portfolio twice; dev-ru kursivuz "с участием банка").
    { body: 'Кувейтский фонд арабского экономического развития обсудил с Кыргызстаном новые проекты.\nСейчас в портфеле совместных инициатив 6 проектов на общую сумму 150 млн долларов.', expected: [{ value: 1.5e8, currency: 'USD' }], countries: ['KG'] },
    // "банк" or "фонд" as the subject, after the lender is named, lending with no sum (ru-c trend-20260125-uz-sa-saudi-fund-portfolio
    // "Фонд профинансировал ряд проектов"; ru-d xinhua-nodate-ge-eib-transport-loan "банк ... оказывает финансовую помощь").
    { body: 'Министр финансов Армении встретился с представителем Азиатского банка развития.\nПо его словам, банк, работающий в Армении уже 20 лет, по-прежнему оказывает финансовую помощь энергетике.', expected: [null], countries: ['AM'], organization: 'Азиатск' },
    // A sum written with its scale's full stop glued to the currency, "205 млн.долларов США" (ru-i montsame-nodate-mn-adb-air-quality-loans;
    // montsame.mn/cn/read/151979 "745 млн.ам.долларов"), and "а вторая сумма на 30 млн" as the second part of the money just named (montsame).
    { body: 'Правительство Монголии и ЕБРР заключили ряд кредитных соглашений на общую сумму 120 млн.долларов США.\nПервая часть финансирования в размере 80 млн.долларов будет выдана в марте, а вторая сумма на 40 млн.долларов — в конце года.', expected: [{ value: 1.2e8, currency: 'USD' }, { value: 8e7, currency: 'USD' }, { value: 4e7, currency: 'USD' }], countries: ['MN'] },
    // A development lender's "поддержка" priced is its lending (ru-e tmdomain-20240201-kz-kg-uz-eib-transport-memorandums "общая поддержка
    // проектов ... составит 3 миллиарда евро"; ru-a reportaz-20260304-tj-adb-partnership-strategy "АБР оказал поддержку более чем 200 проектам
    // на общую сумму $2,9 млрд", which the dative "проектам" types too).
    { body: 'Европейский банк реконструкции и развития подписал с Арменией меморандум о финансировании водоснабжения.\nКак ожидается, общая поддержка проектов водоснабжения Армении составит 400 миллионов евро.', expected: [{ value: 4e8, currency: 'EUR' }], countries: ['AM'] },
    { body: 'За годы сотрудничества Исламский банк развития оказал поддержку более чем 60 проектам в Кыргызстане на общую сумму $900 млн.', expected: [{ value: 9e8, currency: 'USD' }], countries: ['KG'] },
    // A donor's transfer, into a state's budget or to the state (ru-j b24-20111220-ge-eu-budget-support "Евросоюз перевел в бюджет Грузии
    // 26,2 млн евро"; ru-l ria24-nodate-am-eu-covid-grant "В рамках той же программы в ноябре ЕС перечислил Армении 35,6 миллиона евро",
    // a programme that is no document).
    { body: 'Европейский союз перевел в бюджет Молдовы 40 млн евро, сообщили в представительстве ЕС.', expected: [{ value: 4e7, currency: 'EUR' }], countries: ['MD'] },
    { body: 'В рамках той же программы в марте ЕС перечислил Грузии 18,5 миллиона евро.', expected: [{ value: 1.85e7, currency: 'EUR' }], countries: ['GE'] },
    { body: 'В обменных нотах между правительствами Таджикистана и Японии, ратифицированных 3 марта, речь идет о безвозмездной помощи в размере около $12 млн.', expected: [{ value: 1.2e7, currency: 'USD' }], countries: ['TJ', 'JP'] },
  ],
  negative: [
    // Money paid back on a loan is no loan given (ru-f mbk-nodate-am-ru-loan-early-repayment, ru-s mir24-nodate-mn-ru-loan-request-refused,
    // ru-zl kursivkz-20200415-uz-cb-inflation-forecast).
    'По условиям соглашения правительство Таджикистана ежегодно выплачивало по российскому кредиту около 30 млн долларов.',
    'Теперь по старому кредиту Китаю Бишкек обязан вернуть лишь 5% этой суммы, то есть $2,1 млн.',
    // A rank is no borrowing, whatever sum follows.
    'Среди торговых партнеров Грузии Россия заняла второе место с оборотом 1,2 млрд долларов.',
    // «займется», «займутся» take something up; they name no loan (ru-y gazetauz-20240506-uz-sa-forum-26bn-deals, ru-l vestikz-20090804-kz-kr-zhetymshoky-copper).
    'Саудовская компания Tabrid займется модернизацией системы водоснабжения в Нукусе на сумму 50 млн долларов.',
    'Инвесторы из Южной Кореи займутся добычей меди в Казахстане, вложив в месторождение 120 млн долларов.',
    // A company paying into a budget is a taxpayer, and "перечисляет" also lists (ru-d fergana-nodate-tj-cn-exim-loan-agreements).
    'Компания «Казцинк» перечислила в бюджет Казахстана 40 млрд тенге.',
    'Среди проектов на 300 млн долларов агентство перечисляет заводы и теплицы.',
    // A lender's board approving a decision or its own budget, a press service giving news: no money (ru-d kyrtag-20190923-kg-adb-budget-grant,
    // ru-j centralasianlight-20221214-tj-isdb-education-financing, ru-l panarmenian-20100618-tj-eurasec-acf-loan).
    'Как он уточнил, это решение одобрил совет директоров Азиатского банка развития.',
    'Исполнительный совет Исламского банка развития на ежегодном заседании одобрил бюджет Банка на 2025 год.',
    'Такие сведения содержатся в сообщении, которое пресс-служба Евразийского банка развития предоставила агентству.',
    // A state's or a company's support is no loan: "поддержка" types a sum only beside a development lender (ru-e tmdomain-…; ru-a reportaz-…).
    'Правительство Казахстана направит на поддержку фермеров Туркестанской области 30 млрд тенге из республиканского бюджета.',
    'При поддержке Турции в Ташкенте открыт учебный центр, его оснащение обошлось в 2 млн долларов.',
    // A bank named in the genitive is no lender of the sentence (ru-c asiaplus-20171020-uz-lv-ebrd-credit-lines).
    'ЕБРР рассмотрел заявки узбекских компаний.\nПодписать одобренные проекты планируется в ноябре, когда Узбекистан посетит вице-президент Европейского банка.',
    'Из республиканского бюджета Кыргызстана на ремонт школ выделено 500 млн сомов.',
    'Правительство Кыргызстана со своей стороны должно обеспечить софинансирование в размере $5 млн.',
    'Победителям чемпионата в Бишкеке выплатили премии по 100 000 сомов.',
  ],
};

export const RU_TRADE_CUES: CueCorpus = {
  type: 'trade',
  positive: [
    // A pronoun as the subject of a level points back to the turnover just named (ru-zl 24kg-20260210-kg-ru-trade-5bn-target, ru-t
    // apsnyline-nodate-ge-ru-tr-us-trade-2023, ru-zc mir24-nodate-kz-tr-nazarbayev-ankara-visit, ru-zk tmvesti-20220713-tm-uz-trade-forum);
    // «поступательно» (steadily) is no money coming in.
    { body: 'Товарооборот Таджикистана и Казахстана растет поступательно.\nПо данным агентства статистики, в прошлом году он превысил $1,4 миллиарда.', expected: [{ value: 1.4e9, currency: 'USD' }], countries: ['TJ', 'KZ'] },
    { body: 'Торговля между Арменией и Ираном в 2023 году сократилась.\nОна составила почти $690 млн.', expected: [{ value: 6.9e8, currency: 'USD' }], countries: ['AM', 'IR'] },
    { body: 'Объемы взаимной торговли Кыргызстана и Узбекистана растут.\nМы намерены довести их до $2 млрд уже к 2027 году, – заявил министр.', expected: [{ value: 2e9, currency: 'USD' }], countries: ['KG', 'UZ'] },
    // «показатель» with words before its verb, and a level «вышла на отметку», point back to the trade just named (ru-za
    // elkz-20221129-kz-cn-trade-growth, ru-q incomein-nodate-kz-cn-trade-ten-months); so does an earlier level «с ... до» (ru-g gazetan1).
    { body: 'Товарооборот Казахстана и Китая в прошлом году составил 18 млрд долларов.\nЗа девять месяцев этого года показатель увеличился на 20% и составил 17,1 млрд долларов.', expected: [{ value: 1.8e10, currency: 'USD' }, { value: 1.71e10, currency: 'USD' }], countries: ['KZ', 'CN'] },
    { body: 'Товарооборот Кыргызстана и Турции быстро растет.\nВ прошлом году он вырос на 12% и вышел на рекордную отметку — $1,1 млрд.', expected: [{ value: 1.1e9, currency: 'USD' }], countries: ['KG', 'TR'] },
    // A trade figure that grew «с ... до ...» had its earlier level, a fact of its own (ru-y eurasiaexpert-nodate-kz-uz-trade-doubled,
    // ru-g gazetan1-20260111-mn-cn-trade-16bn, ru-u sputnikam-20220827-am-ir-export-target); a deal's changed sum keeps its new level only (the financing case «увеличил грант ... с $20 млн до $35 млн»).
    { body: 'За два года товарооборот Узбекистана и Турции вырос с $2,1 млрд до $3,5 млрд.', expected: [{ value: 2.1e9, currency: 'USD' }, { value: 3.5e9, currency: 'USD' }], countries: ['UZ', 'TR'] },
    // Turnover and exports between two named countries (sputnikuz-20180314-kz-uz-trade-target; trade-stats articles of ru-a).
    { body: 'В 2023 году товарооборот Казахстана и Китая достиг 31 миллиарда долларов.', expected: [{ value: 3.1e10, currency: 'USD' }], countries: ['KZ', 'CN'] },
    { body: 'Узбекский экспорт в Кыргызстан за девять месяцев составил 1,1 млрд долларов.', expected: [{ value: 1.1e9, currency: 'USD' }], countries: ['UZ', 'KG'] },
    { body: 'Таджикистан и Узбекистан договорились довести товарооборот до 2 миллиардов долларов к 2030 году.', expected: [{ value: 2e9, currency: 'USD' }], countries: ['TJ', 'UZ'] },
    // "этот показатель" points back to the turnover (ru-c sputnikuz-20180904-uz-cn-jizzakh-plants; ru-a mir24 "его объем").
    { body: 'Товарооборот Узбекистана и Турции за восемь месяцев вырос на 15%. По итогам года этот показатель может превысить 3 миллиарда долларов.', expected: [{ value: 3e9, currency: 'USD' }], countries: ['UZ', 'TR'] },
    // "показатель" as the subject points back to the figure named before, past a sentence about something else (ru-b
    // sputnikuz-20180904-uz-cn-jizzakh-plants; ru-g gazetan1-20260111-mn-cn-trade-16bn).
    { body: 'В 2024 году товарооборот Кыргызстана и Турции превысил 1,1 миллиарда долларов.\nСтороны также обсудили туризм.\nПо итогам текущего года показатель способен превысить 1,5 миллиарда долларов.', expected: [{ value: 1.1e9, currency: 'USD' }, { value: 1.5e9, currency: 'USD' }], countries: ['KG', 'TR'] },
    // A bare target right after a figure is the figure's kind (ru-y eurasiaexpert-nodate-kz-uz-trade-doubled "намерены выйти на показатель
    // в $5 млрд"; ru-zf steppenews-nodate-kz-uz-business-forum-trade "поставили цель выйти на рубеж в 10 млрд долларов").
    { body: 'Товарооборот Туркменистана и Турции в прошлом году составил 2,4 млрд долларов. Президенты поставили цель выйти на уровень в 5 млрд долларов.', expected: [{ value: 2.4e9, currency: 'USD' }, { value: 5e9, currency: 'USD' }], countries: ['TM', 'TR'] },
    { body: 'Объем торговли между Арменией и Ираном достиг 700 млн долларов. Стороны намерены довести его до 3 млрд долларов.', expected: [{ value: 7e8, currency: 'USD' }, { value: 3e9, currency: 'USD' }], countries: ['AM', 'IR'] },
    // A sum that points back to the turnover just named (ru-a mir24-nodate-kz-cn-container-trade; dev-ru tnews-… "цифры").
    { body: 'За год товарооборот Казахстана и Турции прибавил 20%. Сегодня его объем превышает 6 миллиардов долларов.', expected: [{ value: 6e9, currency: 'USD' }], countries: ['KZ', 'TR'] },
    // Exports and imports right after a pair's turnover are that pair's trade, as in English (ru-v regnum-20120822-kg-kz-trade-five-months).
    { body: 'За полгода товарооборот Таджикистана и Казахстана достиг $520 млн. Данные опубликовало агентство по статистике. Экспорт составил $140 млн, импорт - $380 млн.', expected: [{ value: 5.2e8, currency: 'USD' }, { value: 1.4e8, currency: 'USD' }, { value: 3.8e8, currency: 'USD' }], countries: ['TJ', 'KZ'] },
    // A list of partners, each with its sum: every item is trade however far the cue stands (ru-c dayaz-20250830-az-tr-kz-uz-kg-ots-trade;
    // uz.kursiv.media/?p=26391 "а с соседним Афганистаном – $776,9 млн").
    { body: 'За девять месяцев товарооборот Таджикистана с Китаем по сравнению с прошлым годом вырос на 12% до 1,2 миллиарда долларов, с Ираном сократился на треть и составил 150 миллионов долларов, а с Турцией увеличился в 2,1 раза до 310 миллионов долларов.', expected: [{ value: 1.2e9, currency: 'USD' }, { value: 1.5e8, currency: 'USD' }, { value: 3.1e8, currency: 'USD' }], countries: ['TJ'] },
    // A country's purchases from another (ru-b reportaz-20251206-ge-az-cheese-imports "закупила"; ru-e yerzemin-nodate-tm-cn-trade-h1-2023
    // "приобрела китайских товаров"), and "поставок" in the genitive plural (yerzemin).
    { body: 'За полгода Казахстан закупил пшеницу в России на $120 млн, в Беларуси - на $45 млн.', expected: [{ value: 1.2e8, currency: 'USD' }, { value: 4.5e7, currency: 'USD' }], countries: ['KZ'] },
    { body: 'Основным товаром армянского экспорта в Иран стал коньяк.\nИранская сторона, в свою очередь, приобрела армянских товаров на 96 миллионов долларов.', expected: [{ value: 9.6e7, currency: 'USD' }], countries: ['AM', 'IR'] },
    { body: 'Туркменистан остается главным поставщиком газа в Китай.\nСтоимость поставок газа в Китай за год оценивается в $9,2 миллиарда.', expected: [{ value: 9.2e9, currency: 'USD' }], countries: ['TM', 'CN'] },
    // Goods moved between two countries in cubic metres or tonnes, with no money (turkmenportal.com 2023 "Туркменистан поставил в КНР
    // около 2,9 млрд куб. м"; interfax.ru/amp/143154 "поставки газа в Китай ... превысят 40 млрд кубометров"; ru-b prime-20251022-tm-cn-gas-trade).
    { body: 'В апреле Казахстан поставил в Китай около 1,2 млрд куб. м природного газа.', expected: [null], countries: ['KZ', 'CN'] },
    { body: 'По словам министра, поставки узбекского газа в Китай в этом году превысят 10 млрд кубометров.', expected: [null], countries: ['UZ', 'CN'] },
    // Other verbs of moving goods and the bare «т» for tonnes (ru-n vestiaz-nodate-ge-ru-trade-decline «отправила в Россию порядка
    // 60 тыс. т воды», «приобрела у России 101,5 тыс. т пшеницы», «поставила в Грузию почти 370 тыс т газа»; ru-f
    // trend-nodate-ge-az-socar-georgia «ввезла в соседнюю страну 1,4 миллиарда кубометров газа»).
    { body: 'С начала года Армения отправила в Россию около 12 тыс. т коньяка.', expected: [null], countries: ['AM', 'RU'] },
    { body: 'За полгода Таджикистан закупил у Казахстана 400 тыс т муки.', expected: [null], countries: ['TJ', 'KZ'] },
    // Partners ranked with their sums in brackets, right after sentences of trade (ru-j tafsilar-nodate-uz-top10-export-partners "в Топ-10
    // вошли Турция (842 миллиона долларов), ... и Пакистан (...)"; lenta.ru/news/2022/09/30/tur "следуют США (1,48 миллиарда долларов), Ирак
    // (...)"): each is trade between its country and the article's home.
    { body: 'Крупнейшим покупателем таджикских товаров за полгода стал Казахстан, импортировавший продукции на 410 млн долларов.\nДалее в списке идут Турция (220 миллионов долларов), Китай (180 миллионов долларов) и Иран (95 миллионов долларов).', title: 'Названы главные страны в структуре экспорта Таджикистана', expected: [{ value: 4.1e8, currency: 'USD' }, { value: 2.2e8, currency: 'USD' }, { value: 1.8e8, currency: 'USD' }, { value: 9.5e7, currency: 'USD' }], countries: ['TJ'] },
    // A country's supplies into another, priced, and its suppliers ranked with their sums (ru-l atavatan-nodate-tm-cn-gas-exports-2022
    // "Туркменистан поставил в Китай природного газа на 10 миллиардов 250 миллионов долларов", "В число прочих крупных поставщиков ... входят
    // Мьянма ($1,43 миллиарда долларов), ..."; ru-c apa-nodate-az-tr-sakarya-exports "поставила в Азербайджан товаров на 3,194 млн долларов").
    { body: 'За первое полугодие Узбекистан поставил в Россию плодоовощной продукции на 420 миллионов долларов.', expected: [{ value: 4.2e8, currency: 'USD' }], countries: ['UZ', 'RU'] },
    { body: 'В число крупных поставщиков хлопка в Китай входят Мьянма ($310 миллионов), Таджикистан ($120 миллионов) и Казахстан ($95 миллионов).', expected: [{ value: 3.1e8, currency: 'USD' }, { value: 1.2e8, currency: 'USD' }, { value: 9.5e7, currency: 'USD' }], countries: ['CN'] },
    // Foreign trade "с" a partner is the pair's, as "foreign trade turnover with" in English (ru-w trend-20090825-ge-az-tr-ua-trade-7m
    // «внешнеторговый оборот с ней ... составил 589,8 миллионов долларов»; ru-r gazetaby-nodate-by-tm-lukashenko-visit «внешнеторговый
    // оборот Беларуси с Туркменистаном»).
    { body: 'Внешнеторговый оборот Армении с Ираном за полгода составил 410 млн долларов.', expected: [{ value: 4.1e8, currency: 'USD' }], countries: ['AM', 'IR'] },
    { body: 'Вторым торговым партнером Казахстана остается Китай: внешнеторговый оборот с ним вырос на 8% и составил 14,2 миллиарда долларов.', expected: [{ value: 1.42e10, currency: 'USD' }], countries: ['KZ', 'CN'] },
    // «на» a sum «больше» than another period is the difference, not a second level (ru-zr interfax-20250927-tj-ru-trade-commission,
    // ru-t trend-nodate-ge-tr-trade-jan-nov).
    { body: 'В 2024 году товарооборот Кыргызстана с Казахстаном составил $2,1 миллиарда, то есть на $150 миллионов больше, чем годом ранее.', expected: [{ value: 2.1e9, currency: 'USD' }], countries: ['KG', 'KZ'] },
  ],
  negative: [
    // One country's trade with the world, then its split: no pair to inherit (ru-e civilge-nodate-ge-foreign-trade-jan-may-2022).
    'Внешнеторговый оборот Грузии за пять месяцев составил 6,9 млрд долларов. Экспорт составил 2,09 млрд долларов, а импорт - 4,82 млрд долларов.',
    // "поставил" without "в" sets a task, it supplies nothing.
    'Президент Таджикистана поставил перед правительством задачу привлечь в экономику 2 млрд долларов.',
    // Sums by country with no trade before them are no trade (ru-j tafsilar-… only after its trade sentences).
    'Туристы из Китая потратили в Кыргызстане больше всего.\nДалее в списке идут Турция (20 миллионов долларов), Казахстан (18 миллионов долларов) и Иран (9 миллионов долларов).',
    'Внешнеторговый оборот Узбекистана за год вырос на 12 процентов.',
    // A balance that is a share of one country's foreign trade has no partner (ru-e civilge-nodate-ge-foreign-trade-jan-may-2022).
    'Отрицательное сальдо торгового баланса Армении составило 1,3 миллиарда долларов, или 28% внешнеторгового оборота.',
    // A change, not a level: "на" a sum after a change word (ru-o montsame-nodate-mn-gdp-first-half).
    'Товарооборот Монголии и Китая за полгода увеличился на 310 млн долларов.',
    'Рост экспорта Кыргызстана в Россию на 45 млн долларов обеспечили поставки молока.',
    // A country's exports and imports with no partner (ru-e civilge-nodate-ge-foreign-trade-jan-may-2022, rt-nodate-ge-ru-tr-trade-jan-may-2023).
    'Экспорт Армении за пять месяцев вырос на 20% и составил 1,8 млрд долларов, а импорт увеличился до 3,1 млрд долларов.',
    // One country's trade with the world (ru-c apa-nodate-az-tr-sakarya-exports; dev-ru README "a total of a country's foreign trade").
    'В частности, в июне совокупный экспорт провинции Измир составил 950 млн долларов.',
    // A pipeline's capacity, a supply deal and one country's exports move no goods between two (the trade-volume rule).
    'Пропускная способность газопровода Туркменистан — Китай составляет 55 млрд куб. м газа в год.',
    'Туркменистан и Китай подписали соглашение о поставках 30 млрд кубометров газа в год.',
    'Казахстан в прошлом году экспортировал 20 млн тонн зерна.',
  ],
};

export const RU_INVESTMENT_CUES: CueCorpus = {
  type: 'investment',
  positive: [
    // A portfolio of joint projects is investment (ru-zt tass-20251022-uz-ru-regions-council, ru-y vestikavkaza-20251113-kz-uz-8bn-portfolio).
    { body: 'Совокупный портфель совместных проектов Казахстана и Турции превысил $3,4 млрд.', expected: [{ value: 3.4e9, currency: 'USD' }], countries: ['KZ', 'TR'] },
    // With no cue of its own, a sum after projects counted or objects made in the plural is their total (ru-r vestikavkaza-20260225-tr-az-ge-
    // turkish-construction "более 300 строительных проектов за $3,5 млрд"; ru-b kursivuz-20230520-uz-cn-joint-projects "возведут предприятия на
    // $3,3 млрд"; ru-c expertkz-nodate-kz-de-kr-rau-interview "около 80 позиций на сумму более 4 млрд евро").
    { body: 'В Казахстане корейский бизнес осуществил более 120 строительных проектов за $2,1 млрд.', expected: [{ value: 2.1e9, currency: 'USD' }], countries: ['KZ', 'KR'] },
    { body: 'Кроме того, Узбекистан и Турция возведут предприятия на $1,2 млрд.', expected: [{ value: 1.2e9, currency: 'USD' }], countries: ['UZ', 'TR'] },
    // "Общий объём инвестиций", "объем инвестиций в завод": the total of the investment is that of the company the article is about, however
    // many paragraphs back (ru-c trend-20251024-uz-cn-fergana-logistics-plastics; dev-ru massa-nodate-az-cn-elektrogas-combi-plant).
    { body: 'Хоким Наманганской области встретился с руководителем китайской компании «Yiwu Huafeng Textile».\nПо имеющимся данным, стороны обсудили перспективный инвестиционный проект.\nКак сообщается, китайская сторона предложила построить в области текстильную фабрику.\nОбщий объём инвестиций составит около 8 миллионов долларов США.', expected: [{ value: 8e6, currency: 'USD' }], countries: ['UZ', 'CN'], organization: 'Yiwu' },
    // "эти холдинги" points back to the holdings named before (ru-l sputnikkz-20210319-kz-tr-turkish-holdings).
    { body: 'В Ташкенте побывали представители турецких холдингов Koc Holding и Kibar Holding.\nОни осмотрели технопарк.\nЗатем гости посетили выставку.\nВечером состоялся прием.\nВ перспективе эти холдинги планируют вложить в Узбекистан свыше 500 миллионов долларов.', expected: [{ value: 5e8, currency: 'USD' }], countries: ['UZ'], organization: 'Kibar' },
    // Projects counted with their total, investments of one side (ls-…-kz-uz-south-two-plants; massa-…-az-cn-elektrogas-combi-plant).
    { body: 'В Туркестанской области заработали три проекта с иностранными инвестициями общей стоимостью 25 млрд тенге.', expected: [{ value: 2.5e10, currency: 'KZT' }], countries: ['KZ'] },
    { body: 'Вложения китайской стороны в проект в Узбекистане составят около 40 млн долларов.', expected: [{ value: 4e7, currency: 'USD' }], countries: ['CN', 'UZ'] },
    // "со своей стороны" with a second country the money goes to is that country's investment (ru-f musavat-20231208-az-ru-karabakh-projects);
    // a government's own co-financing "со своей стороны" is not (ru-a economistkg-20181129-kg-adb-irrigation-39m, among the financing negatives).
    { body: 'Казахстан, со своей стороны, инвестировал в узбекскую экономику более двух миллиардов долларов.', expected: [{ value: 2e9, currency: 'USD' }], countries: ['KZ', 'UZ'] },
    // A tax, price or budget word in the next clause ("... и заплатила налогов на") does not spoil the sum before it (ru-f trend-nodate-ge-az-
    // socar-georgia; the not-a-deal words of dev-ru and ru-a stay within their own clause).
    { body: 'С начала работы в Грузии компания SOCAR инвестировала в экономику соседней страны более 1,5 миллиарда долларов и заплатила налогов на 1,25 миллиарда долларов.', expected: [{ value: 1.5e9, currency: 'USD' }], countries: ['GE'] },
    // The total of several projects named just before stays an investment, not the cost of one of them (ru-h zakon-nodate-kz-cn-aktobe-
    // memorandums; the English pass prices a single object only, from real-a and real-d).
    { body: 'Аким Туркестанской области Казахстана подписал с двумя турецкими компаниями меморандумы о реализации двух проектов строительства гидроэлектростанций.\nОбщий объем инвестиций составил 150 млн долларов США.', expected: [{ value: 1.5e8, currency: 'USD' }], countries: ['TR'] },
    // After a numeral the count of projects may be singular: "21 совместный проект на сумму" (ru-f tmcars-20240126-tm-tr-trade-target;
    // ru-f kgnews "43 проекта на сумму"; ru-g elkz "104 проекта на $5,6 млрд").
    { body: 'Сейчас Туркменистан и Турция реализуют 31 совместный проект на сумму 2,4 млрд долларов.', expected: [{ value: 2.4e9, currency: 'USD' }], countries: ['TM', 'TR'] },
    // A company that "allots" money invests it; a bank or a state would lend or give it (ru-a sngtoday-20161121-tj-cn-azot-modernisation;
    // dev-ru ls-…-kz-uz-south-two-plants "компания ..., вложившая").
    { body: 'Партнером выступила турецкая компания «Kolin Insaat», которая выделила на модернизацию комбината в Таджикистане 90 млн долларов.', expected: [{ value: 9e7, currency: 'USD' }], countries: ['TR', 'TJ'] },
    // Compounds of "проект" counted with their total (ru-i repost-20220713-uz-ae-energy-projects "еще пяти крупных энергопроектов общей
    // стоимостью почти $3 млрд"; the "инвестпроект" of ru-f and ru-g counts).
    { body: 'На встрече в Абу-Даби Казахстан и ОАЭ согласовали осуществление еще трех крупных энергопроектов общей стоимостью почти $2 млрд.', expected: [{ value: 2e9, currency: 'USD' }], countries: ['KZ', 'AE'] },
  ],
  negative: [
    'Инвестиции в основной капитал Казахстана выросли на 8 процентов.',
    // A region's own projects with no second party are no cooperation (ru-f kgnews-nodate-kz-180-projects; golos-naroda.kz and zakon.kz akims' reports).
    'По словам акима, в этом году в Карагандинской области намечено ввести 40 проектов стоимостью 200 млрд тенге.',
    'С начала года в Туркестанской области сданы 12 проектов на сумму 58 млрд тенге.',
  ],
};

export const RU_PROJECT_CUES: CueCorpus = {
  type: 'project',
  positive: [
    // A small count of projects that a colon or dash goes on to list is that many projects (ru-zf podrobno-nodate-uz-ru-lukoil-joint-projects,
    // ru-s nuz-20230809-uz-tr-cengiz-holding).
    { body: 'Турецкая компания Kalyon реализует в Казахстане три проекта: Жанатас, освоение угольного разреза в Экибастузе, а также геологоразведку на Мангышлаке.', expected: [null, null, null], countries: ['KZ', 'TR'] },
    { body: 'С участием турецкой компании Çalık в Туркменистане уже завершены два проекта – в Лебапском и Марыйском велаятах запущены новые электростанции.', expected: [null, null], countries: ['TM', 'TR'] },
    // The works one sum pays for, listed after "Эти деньги пойдут на", are one project (ru-h asiaplus-nodate-tj-adb-road-grant; ru-a
    // economistkg-20181129-kg-adb-irrigation-39m "Средства будут направлены на ...").
    { body: 'Азиатский банк развития выделит Кыргызстану грант в размере 30 млн долларов.\nЭти деньги пойдут на реконструкцию участка дороги от Бишкека до Балыкчы, на ремонт объездной дороги у Кара-Балты и на строительство моста через Нарын.', expected: [null], countries: ['KG'] },
    // "Грант", "кредит", "займы" point back to the parties of the money, as "средства" does and English "the grant" (ru-l knews-20130712-kg-jp-
    // kok-art-bridge-grant «Грант предоставят по проекту реконструкции моста»; ru-s sputnikge-20150901-ge-adb-batumi-coast «Новый кредит ...
    // целиком пойдет на ...»; ru-i montsame-nodate-mn-adb-air-quality-loans «Займы пойдут на проекты ...»).
    { body: 'Япония и Кыргызстан подписали соглашение о гранте.\nГрант предоставят по проекту реконструкции моста через реку Нарын.', expected: [null], countries: ['KG', 'JP'] },
    { body: 'Азиатский банк развития одобрил для Грузии новый кредит.\nЭтот кредит целиком пойдет на строительство порта в Поти.', expected: [null], countries: ['GE'] },
    // Money put into building one object is its cost (zakon-…-turkestan-forum-memorandums twice; massa-…-elektrogas-combi-plant).
    { body: 'Компания «Green Energy Group» и российские инвесторы планируют инвестировать 50 млн долларов в строительство тепличного комплекса в Казахстане.', expected: [{ value: 5e7, currency: 'USD' }], countries: ['KZ', 'RU'] },
    // Objects listed after a signing, parties from the sentence before (zakon-…; sputnikuz-… "создания центра и центра").
    { body: 'Аким области подписал с иранской компанией «Parsian Energy» меморандум о сотрудничестве.\nДокумент предусматривает строительство онкологического центра и завода по переработке нефтепродуктов.', expected: [null, null], countries: ['IR'] },
    // The object a loan pays for (kursivuz-… twice: "для проекта строительства", "на электрификацию").
    { body: 'АБИИ выдал Казахстану кредит на $100 млн для строительства ветровой электростанции.', expected: [null], countries: ['KZ'] },
    // An object priced by "стоимостью" after it (ru-a khovar-20150211-tj-cn-huaxin-cement, tass-20251218-tj-edb-projects).
    { body: 'Китайская компания построит в Узбекистане завод по выпуску стекла стоимостью более 120 млн долларов.', expected: [{ value: 1.2e8, currency: 'USD' }], countries: ['CN', 'UZ'] },
    // A clause between the object and its cost, and the design cost of a joint venture (ru-n
    // centralasiamedia-20250901-mn-cn-gashuunsukhait-railway, ru-l rambler-nodate-uz-cn-popcement-plant).
    { body: 'В Монголии китайская компания строит мост, соединяющий два берега реки Туул, стоимостью $40 млн (₮136 млрд).', expected: [{ value: 4e7, currency: 'USD' }], countries: ['MN', 'CN'] },
    { body: 'Узбекская и китайская компании создают СП по выпуску стекла.\nПроектная стоимость СП — 35 млн долларов.', expected: [{ value: 3.5e7, currency: 'USD' }], countries: ['UZ', 'CN'] },
    // Objects listed after "В их числе" or a making verb, production lines too (ru-d kabar-20190819-tm-jp-japanese-projects; ru-c sputnikuz-20180904-uz-cn-jizzakh-plants).
    { body: 'Японские компании участвуют в ряде крупных проектов в Туркменистане.\nВ их числе - газохимический комплекс в Балканском велаяте и карбамидный завод в Марыйском велаяте.', expected: [null, null], countries: ['TM', 'JP'] },
    { body: 'Китайские инвесторы из компании «Sinoma» планируют организовать в Навоийской области выпуск стекла, построить гостиницу и птицефабрику.', expected: [null, null, null], countries: ['UZ', 'CN'] },
    // "Объем инвестиций составит ..." prices the object just named (ru-d 24kg-20260313-kg-industrial-projects, three times; ru-c trend-20251024-uz-cn-fergana-logistics-plastics).
    { body: 'Турецкая компания «Kalyon» предложила построить в Фергане логистический центр.\nОбщий объём инвестиций составит около 30 миллионов долларов США.', expected: [{ value: 3e7, currency: 'USD' }], countries: ['UZ', 'TR'] },
    // "Инвестиции на первом этапе составят ...", "Инвестиции — ...": the same cost, "investments" alone opening on their figure (ru-zc
    // asia24-nodate-kg-cn-sokuluk-car-plant, ru-v inform-nodate-kz-qa-ru-cn-sko-projects).
    { body: 'Китайская компания построит в Ошской области цементный завод.\nИнвестиции на первом этапе составят 80 млн долларов США.', expected: [{ value: 8e7, currency: 'USD' }], countries: ['KG', 'CN'] },
    { body: 'Турецкая компания открывает в Шымкенте мебельную фабрику. Инвестиции — 12 млрд тенге.', expected: [{ value: 1.2e10, currency: 'KZT' }], countries: ['KZ', 'TR'] },
    // "его общая стоимость", "На его запуск направят": the cost of the object just named (ru-e sputnikuz-20200922-uz-sa-acwa-bukhara-wind, ls-20220604-kz-cn-seven-projects).
    { body: 'Саудовская компания ACWA Power построит в Узбекистане ветровую электростанцию мощностью 500 МВт.\nПроект реализуют за счет прямых инвестиций, а его общая стоимость составляет 600 миллионов долларов.', expected: [{ value: 6e8, currency: 'USD' }], countries: ['UZ', 'SA'] },
    // The cost of one project (tnews-…-kambarata-feasibility; ru-a single deals).
    { body: 'Китайская компания CNTIC построит в Таджикистане цементный завод.\nСтоимость всего проекта оценивается в 200 млн долларов.', expected: [{ value: 2e8, currency: 'USD' }], countries: ['TJ'] },
    // "двух стран" points to the two countries just named; each object of the list is a project (ru-b bmge-nodate-am-cn-trade-half-year,
    // ru-e silkway-nodate-mn-cn-trade-target-20bn).
    { body: 'Турция остается одним из главных партнеров Грузии.\nПосол напомнил о совместных проектах двух стран, таких как строительство автомагистрали Батуми-Сарпи, модернизация пункта пропуска Сарпи и работа цементного завода.', expected: [null, null, null], countries: ['GE', 'TR'] },
    // Works done to an object named before the verb: "системы водоснабжения будут реабилитированы" after the money is named
    // (ru-g ng-20121218-tj-ebrd-seco-water-supply; ru-g civilge-nodate-ge-eib-east-west-highway "будут реконструированы"), and «денег» points back.
    { body: 'Азиатский банк развития выделит Кыргызстану грант на 20 млн долларов.\nЗа счет этих денег системы орошения будут реконструированы в Чуйской области.', expected: [null], countries: ['KG'] },
    // After "среди которых" / "в том числе", bare kinds of object are examples of the works, not projects of their own; only the
    // works themselves count (ru-g atavatan-nodate-tm-tr-turkish-contractors; ru-d asiaplus-20240201-tj-cn-conference-hall-grant).
    { body: 'Силами казахстанских компаний в Узбекистане построены крупные объекты, среди которых электростанции, школы, больницы и автодороги.', expected: [null], countries: ['KZ', 'UZ'] },
    // Repair is works done to an object (ru-e armedia-nodate-am-ibrd-roads-loan "отремонтировать 65 км дорог"; ru-b newsarmenia-…-yerevan-loan
    // "на ремонт станции метро").
    { body: 'Всемирный банк выделит Армении кредит на 30 млн долларов.\nКак пояснил министр, на эти деньги намечено отремонтировать 40 км дорог.', expected: [null], countries: ['AM'] },
    // The works a loan pays for, described in a sentence of their own, are one project (ru-b uzdaily-20100211-uz-adb-highway-loan;
    // passes/restated-purposes.ts for English, from real-a).
    { body: 'Кыргызстан подпишет с Всемирным банком кредитное соглашение на $50 млн на реконструкцию автомагистрали Бишкек-Ош.\nЗаемные средства пойдут на расширение 40-километрового участка автодороги.', expected: [null], countries: ['KG'] },
    // Compound station nouns are objects: "двух проектов строительства ветроэлектростанций" (ru-h zakon-nodate-kz-cn-aktobe-memorandums),
    // "возводятся четыре ветроэлектростанции" (ru-e ls-20220604-kz-cn-seven-projects; "которая сейчас возводится", ru-b nca-20251103-tm-tr-calik-holding).
    { body: 'Аким Туркестанской области Казахстана подписал с двумя турецкими компаниями меморандумы о реализации двух проектов строительства гидроэлектростанций.\nОбщий объем инвестиций составил 150 млн долларов США.', expected: [null], countries: ['TR'] },
    { body: 'В Кызылординской области китайская компания «Universal Energy» возводит три ветроэлектростанции.', expected: [null], countries: ['CN'], organization: 'Universal Energy' },
    // Design and building is building, not a study of it (ru-e vestiabad-20250920-tm-jp-tr-carbamide-complex; ru-b tendernews-20080130-tm-gb-bridges
    // "на проектирование и возведение 28 мостов", ru-d turkmenistanlive-20250921-tm-jp-tr-carbamide-complex); the state agency that reports it
    // (TDH, in both Turkmen articles) is no party, so "Документом" points back to the companies.
    { body: 'Президент подписал постановление, которым концерну «Türkmengaz» разрешено заключить контракт с корейской компанией «Hyundai Engineering». Об этом передает госинформагентство TDH.\nДокументом предусмотрены проектирование и строительство газохимического комплекса в Балканском велаяте.', expected: [null], countries: ['KR'], organization: 'Hyundai' },
    // Building with no object of its own, then its dates, is the schedule of the project just named: one project (ru-d turkmenistanlive-…,
    // "строительство стартует в июле 2026 года"; ru-e vestiabad-…, "строительство планируется начать в июле 2026 года").
    { body: 'Концерн «Türkmengaz» заключил с корейской компанией «Hyundai Engineering» контракт на возведение газохимического комплекса.\nПо контракту, строительство стартует в марте 2027 года, а запуск предприятия намечен на 2030 год.', expected: [null], countries: ['KR'] },
    // A priced document whose subject is building an object: the object is a project too (ru-g vbkg-nodate-kg-cn-state-visit-deals; ru-d
    // gundogar-20151026-tm-jp-sumitomo-power-plant "Заказ на $300 млн на возведение ... электростанции", an agreement and a project in its gold).
    { body: '- Инвестиционное соглашение о реализации проекта по строительству завода удобрений между Министерством сельского хозяйства Узбекистана и китайской компанией «Sinochem» - 150 млн долларов США;', expected: [null], countries: ['UZ', 'CN'] },
    // An object named by its capacity or product takes the parties of the sentences just before, with no word pointing back (ru-f
    // inform-20251010-kz-cn-wko-chinese-plants, twice; ru-c riamo-20251022-uz-ru-moscow-region-companies).
    { body: 'Инвесторы из Китая вложат в экономику Казахстана 50 млрд тенге.\nПрежде всего в индустриальной зоне Уральска построят электростанцию мощностью 40 мегаватт.', expected: [null], countries: ['CN', 'KZ'] },
    { body: 'Российская компания «Мираторг» запустила в Самаркандской области собственный завод по выпуску кормов.\n«В Ташкентской области открыли завод по производству соков».', expected: [null, null], countries: ['RU', 'UZ'] },
    // A project as the subject of a verb of cost (ru-i vestikavkaza-nodate-tm-kr-gtl-plant "Проект оценивается более чем в $3,8 млрд", ru-j
    // mir24-nodate-kz-ae-mamin-uae-contracts "Всего проект оценивается в 82 миллиона долларов", ru-i ls-nodate-kz-tr-almaty-three-plants "Проект
    // стоит $3 млн").
    { body: 'Турецкая компания «Kolin» построит в Бишкеке цементный завод.\nПроект оценивается более чем в $140 млн.', expected: [{ value: 1.4e8, currency: 'USD' }], countries: ['TR', 'KG'] },
    { body: 'Инвесторы из Турции откроют в Шымкенте фабрику по выпуску обуви.\nПроект стоит $6 млн.', expected: [{ value: 6e6, currency: 'USD' }], countries: ['TR', 'KZ'] },
    // "в целом" between, and a programme of works too (ru-y ecopartner-nodate-kg-sa-bishkek-torugart-loan, ru-s georgiatimes-nodate-ge-ebrd-
    // eib-black-sea-line, ru-h regnum-20140514-am-eu-kfw-eib-water).
    { body: 'Кувейтский фонд выделит Таджикистану кредит на реконструкцию дороги Душанбе - Чанак.\nПроект в целом оценивается в 48,5 миллиона долларов.', expected: [{ value: 4.85e7, currency: 'USD' }], countries: ['TJ'] },
    { body: 'Всемирный банк поможет Армении обновить систему водоснабжения Гюмри.\nПрограмма в целом стоит €52 млн.', expected: [{ value: 5.2e7, currency: 'EUR' }], countries: ['AM'] },
    // An object made "за" a sum (ru-i ls-nodate-kz-tr-almaty-three-plants "запустят производство кондитерских изделий за $5 млн"; ru-e
    // sputnikuz-20200922-uz-sa-acwa-bukhara-wind "возведет под Бухарой ветропарк за $1 млрд"; ru-b tendernews-20080130-tm-gb-bridges
    // "возведет в Туркмении 28 мостов за $100 млн").
    { body: 'Китайская компания при участии казахстанских партнеров запустит в Актобе производство стеклянной тары за $12 млн.', expected: [{ value: 1.2e7, currency: 'USD' }], countries: ['CN', 'KZ'] },
    // An investor's money put into making one object is the object's cost, the verb before or after the sum (ru-j chinatoday-20130205-kg-cn-
    // investment-plans, twice; ru-f newsasia-20150226-tj-cn-zarnisor-town "вложит 200 миллионов долларов в возведение").
    { body: 'Кроме того, инвесторы из Турции намерены направить 15 миллионов долларов на запуск фабрики по выпуску текстиля в Кыргызстане.', expected: [{ value: 1.5e7, currency: 'USD' }], countries: ['TR', 'KG'] },
    { body: 'Еще 40 млн. долларов турецкая сторона готова инвестировать в возведение стекольного завода в Кыргызстане.', expected: [{ value: 4e7, currency: 'USD' }], countries: ['TR', 'KG'] },
    // Money put "в" one object named by its noun, the sum after the verb (ru-v glassnews-20081226-az-glass-plant «В предприятие вложено 52 млн.
    // долларов», ru-x checheninfo-nodate-az-ru-gaz-azermash-plant «В предприятие будет вложено 14 млн манатов»).
    { body: 'Казахстан и Турция открыли совместный завод по выпуску кабеля.\nВ завод будет вложено 30 млн долларов.', expected: [{ value: 3e7, currency: 'USD' }], countries: ['KZ', 'TR'] },
    // In an article about a lender, works on an object just after the lender is named are its project, a stretch of road among the objects
    // (ru-i azatutyun-nodate-am-eib-vanadzor-road "за счет средств EIB намечено отремонтировать 38-километровый участок", ru-i nova24-nodate-uz-
    // adb-road-loan "Предполагается обновить примерно 106 км дороги ..." after the ADB's loan, ru-g civilge-nodate-ge-eib-east-west-highway
    // "будут реконструированы два участка").
    { body: 'Азиатский банк развития выделит Армении кредит в размере 60 млн долларов.\nПредполагается обновить примерно 40 км дороги от Гориса до Капана.', expected: [null], countries: ['AM'], organization: 'Азиатск' },
    { body: 'Европейский инвестиционный банк одобрил заем Грузии.\nТеперь за счет средств ЕИБ намечено отремонтировать 25-километровый участок Зестафони-Кутаиси.', expected: [null], countries: ['GE'] },
    // "the object" or "the project" with no name, in a sentence's first words, is the project just before, and brings its builder
    // (pass project-named-again: ru-a avesta-20131002-tj-cn-cement-plant "Возведением объекта займется ... компания «ТОДЖЧИН»", ru-h
    // asiaplus-nodate-tj-adb-road-grant "Проект входит в общую реконструкцию ... коридора").
    { body: 'Кирпичный завод мощностью 100 млн штук в год намечено возвести в Хатлонской области, его стоимость составит $15 млн.\nВозведением объекта займется совместная таджикско-турецкая компания «Anadolu Tuğla».', expected: [{ value: 1.5e7, currency: 'USD' }], countries: ['TJ', 'TR'], organization: 'Anadolu' },
    { body: 'Исламский банк развития выделит Таджикистану грант в размере 12 млн долларов.\nЭти деньги пойдут на реконструкцию участка дороги между Вахдатом и Яваном.\nПроект входит в общую реконструкцию транспортного коридора Душанбе - Бохтар.', expected: [null], countries: ['TJ'] },
    // Counted objects wished for stay projects (ru-l sputnikkz-20210319-kz-tr-turkish-holding "собираются в этом году открыть в Казахстане 10
    // новых предприятий"; ru-l vestikavkaza-nodate-ge-cn-kutaisi-plants "двух новых заводов").
    { body: 'Турецкие компании заинтересованы открыть в Узбекистане два новых завода по выпуску текстиля.', expected: [null], countries: ['UZ', 'TR'] },
    // A project named («...» or a capital after the noun) is another one.
    { body: 'Турецкая компания «Kolin» построит в Ташкенте цементный завод.\nПроект «Ташкент Сити» предусматривает строительство торгового центра турецкой компанией «Rönesans».', expected: [null, null], countries: ['UZ', 'TR'] },
  ],
  negative: [
    // A wish about kinds of object, plural, uncounted and unnamed, is sector talk (ru-m eanews-nodate-kg-tr-trade-target-1bn, ru-m
    // vestiabad-nodate-tm-jp-balkan-kawasaki-plants, ru-r aifturkey-20110219-ge-tr-paravani-hpp).
    'Таджикистан заинтересован в том, чтобы вместе с Китаем создавать совместные перерабатывающие предприятия.',
    'Туркменистан и Япония обсудили возможные проекты строительства заводов, в которых могли бы участвовать японские компании.',
    'Министр отметил, что казахстанские бизнесмены собираются внести вклад в строительство электростанций и производственных линий в Узбекистане.',
    // Works with no lender named nearby state no party's project.
    'В Армении стартовал ремонтный сезон.\nПредполагается обновить примерно 40 км дороги от Гориса до Капана.',
    // Investing in production with no object is investment, not a project's cost (ru-i rbc-20180622-ru-kr-hyundai-spic).
    'Южнокорейская компания Kia готова инвестировать в производство в Казахстане порядка 50 млрд тенге.',
    'В Ташкенте в выходные откроют новый парк.',
    // A bare object after a sentence with parties still needs a word pointing back to them (dev-ru tnews-nodate-kg-wb-kambarata-feasibility
    // "станцию вообще построят"; ru-b kursivuz-20230520-uz-cn-joint-projects).
    'Казахстан и Китай обсудили сотрудничество в энергетике.\nВ области построят новую электростанцию.',
    'По дорожной карте восстановления текстильного кластера Шымкента намечен запуск двух фабрик.',
    // A question states nothing (ru-c expertkz-nodate-kz-de-kr-rau-interview; interviews of ru-a).
    'Собирается ли Казахстан построить завод вместе с немецкими партнерами из Volkswagen?',
    // A legislature's committee is where a deal is ratified, not a party; "Об этом" opens no list (ru-d lraber-nodate-am-dram-devaluation,
    // ru-e armedia-nodate-am-ibrd-roads-loan).
    'Об этом на заседании постоянной парламентской Комиссии по экономическим вопросам Национального Собрания заявил министр территориального управления и инфраструктур.',
  ],
};
