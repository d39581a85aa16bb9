/**
 * Well-known organisations of the region's business news, as general knowledge: development banks and
 * funds, national oil, gas and power companies, and large industrial groups that keep coming back.
 * An entry here is found even when it has no corporate suffix; `ifi` marks international financial
 * institutions, whose money in a project is financing rather than investment (FACTS.md).
 */
export interface KnownOrganization {
  names: readonly string[];
  ifi?: boolean;
  /** Owned by many countries (EBRD, ADB, the EU): its money has no country of its own, unlike KfW's or JICA's. */
  multilateral?: boolean;
}

export const KNOWN_ORGANIZATIONS: readonly KnownOrganization[] = [
  { names: ['European Bank for Reconstruction and Development', 'EBRD'], ifi: true, multilateral: true },
  { names: ['Asian Development Bank', 'ADB'], ifi: true, multilateral: true },
  { names: ['Asian Infrastructure Investment Bank', 'AIIB'], ifi: true, multilateral: true },
  { names: ['World Bank', 'WB', 'IBRD', 'International Bank for Reconstruction and Development', 'International Development Association'], ifi: true, multilateral: true },
  { names: ['International Monetary Fund', 'IMF'], ifi: true, multilateral: true },
  { names: ['International Finance Corporation', 'IFC'], ifi: true, multilateral: true },
  { names: ['European Investment Bank', 'EIB'], ifi: true, multilateral: true },
  { names: ['Islamic Development Bank', 'IsDB', 'IDB'], ifi: true, multilateral: true },
  { names: ['Eurasian Development Bank', 'EDB'], ifi: true, multilateral: true },
  { names: ['Eurasian Fund for Stabilization and Development', 'EFSD'], ifi: true, multilateral: true },
  { names: ['New Development Bank', 'NDB'], ifi: true, multilateral: true },
  { names: ['Black Sea Trade and Development Bank', 'BSTDB'], ifi: true, multilateral: true },
  { names: ['OPEC Fund for International Development', 'OPEC Fund'], ifi: true, multilateral: true },
  { names: ['Kuwait Fund for Arab Economic Development', 'Kuwait Fund'], ifi: true },
  { names: ['Saudi Fund for Development', 'Saudi Development Fund', 'SFD'], ifi: true },
  { names: ['Abu Dhabi Fund for Development', 'Abu Dhabi Fund', 'ADFD'], ifi: true },
  { names: ['Green Climate Fund', 'GCF'], ifi: true, multilateral: true },
  { names: ['Climate Investment Funds'], ifi: true, multilateral: true },
  { names: ['Japan International Cooperation Agency', 'JICA'], ifi: true },
  { names: ['KfW'], ifi: true },
  { names: ['USAID'], ifi: true },
  { names: ['Export-Import Bank of China', 'China Exim Bank', 'Exim Bank'], ifi: true },
  // A country's export credit bank, named by its short form ("Turkish Eximbank", "Hungary's Eximbank").
  { names: ['Eximbank', 'EximBank'], ifi: true },
  { names: ['China Development Bank'], ifi: true },
  { names: ['Japan Bank for International Cooperation', 'JBIC'], ifi: true },
  { names: ['Export-Import Bank of Korea', 'Korea Eximbank', 'Korea Exim Bank', 'KEXIM'], ifi: true },
  { names: ['Economic Development Cooperation Fund', 'EDCF'], ifi: true },
  { names: ['French Development Agency', 'Agence Française de Développement', 'AFD'], ifi: true },
  { names: ['Swiss State Secretariat for Economic Affairs', 'SECO'], ifi: true },
  { names: ['European Union', 'EU', 'European Commission'], ifi: true, multilateral: true },
  { names: ['UNDP', 'United Nations Development Programme'], ifi: true, multilateral: true },
  { names: ['Gazprom'] }, { names: ['Rosneft'] }, { names: ['Lukoil'] }, { names: ['Rosatom'] }, { names: ['Novatek'] },
  { names: ['Transneft'] }, { names: ['Tatneft'] }, { names: ['KAMAZ'] }, { names: ['Inter RAO'] },
  { names: ['KazMunayGas', 'KMG'] }, { names: ['Kazatomprom'] }, { names: ['Samruk-Kazyna'] }, { names: ['Baiterek'] },
  { names: ['Kazakhstan Temir Zholy', 'KTZ'] }, { names: ['KEGOC'] }, { names: ['QazaqGaz'] }, { names: ['Air Astana'] },
  { names: ['Uzbekneftegaz'] }, { names: ['Uzbekhydroenergo'] }, { names: ['Navoiyuran'] }, { names: ['Uzbekistan Airways'] },
  { names: ['Uzavtosanoat'] }, { names: ['Uztransgaz'] }, { names: ['Turkmengaz'] }, { names: ['Turkmennebit'] },
  { names: ['SOCAR'] }, { names: ['Azerenerji'] }, { names: ['Azercosmos'] }, { names: ['AZAL'] }, { names: ['Azersu'] },
  { names: ['Georgian Railway'] }, { names: ['Barki Tojik'] }, { names: ['Talco'] },
  { names: ['CNPC', 'China National Petroleum Corporation'] }, { names: ['Sinopec'] }, { names: ['CNOOC'] },
  { names: ['PetroChina'] }, { names: ['Huawei'] }, { names: ['ZTE'] }, { names: ['Goldwind'] }, { names: ['CRBC'] },
  { names: ['PowerChina'] }, { names: ['Sinohydro'] }, { names: ['CITIC'] }, { names: ['China Energy'] }, { names: ['CAMCE'] },
  { names: ['Masdar'] }, { names: ['ACWA Power'] }, { names: ['DP World'] }, { names: ['Mubadala'] }, { names: ['ADNOC'] },
  { names: ['Siemens'] }, { names: ['Alstom'] }, { names: ['General Electric'] }, { names: ['Hyundai'] }, { names: ['Samsung'] },
  { names: ['LG'] }, { names: ['Doosan'] }, { names: ['Kia'] }, { names: ['Daewoo'] }, { names: ['POSCO', 'Posco'] },
  { names: ['Toyota'] }, { names: ['Mitsubishi'] }, { names: ['Airbus'] }, { names: ['Boeing'] }, { names: ['Orano'] },
  { names: ['Enel'] }, { names: ['Vestas'] }, { names: ['Veolia'] }, { names: ['Suez'] }, { names: ['TotalEnergies'] },
  { names: ['BP'] }, { names: ['Shell'] }, { names: ['Eni'] }, { names: ['Chevron'] }, { names: ['ExxonMobil'] },
  { names: ['Equinor'] }, { names: ['Lufthansa'] }, { names: ['Turkish Airlines'] }, { names: ['Yandex'] },
  { names: ['Kaspi'] }, { names: ['Halyk Bank'] }, { names: ['Turkcell'] }, { names: ['Beeline'] }, { names: ['Ucell'] },
  // More of the groups that keep coming back in the region's deals, named without a suffix: Russian, Kazakh, Uzbek, Azerbaijani, Kyrgyz
  // and Tajik companies, and the Korean, Japanese, Chinese, Turkish and Western groups that build and invest there. Spellings of one
  // name are entries of their own, so each is printed as written.
  { names: ['AvtoVAZ'] }, { names: ['Avtovaz'] }, { names: ['Sberbank'] }, { names: ['VTB'] }, { names: ['Gazprombank'] }, { names: ['Rusal'] },
  { names: ['Nornickel', 'Norilsk Nickel'] }, { names: ['Polyus'] }, { names: ['EuroChem'] }, { names: ['PhosAgro'] }, { names: ['Uralkali'] },
  { names: ['Severstal'] }, { names: ['Evraz'] }, { names: ['Megafon'] }, { names: ['MegaFon'] }, { names: ['Wildberries'] }, { names: ['Ozon'] },
  { names: ['Russian Railways'] }, { names: ['Kazakhmys'] }, { names: ['KAZ Minerals'] }, { names: ['Eurasian Resources Group', 'ERG'] },
  { names: ['Kazakhtelecom'] }, { names: ['Kcell'] }, { names: ['Kazmunaigaz'] }, { names: ['KazTransOil'] }, { names: ['Tengizchevroil'] },
  { names: ['Almalyk MMC', 'Almalyk Mining and Metallurgical Combine'] }, { names: ['Navoi Mining and Metallurgical Combine', 'NMMC'] },
  { names: ['UzAuto Motors'] }, { names: ['UzAuto'] }, { names: ['Uzbektelecom'] }, { names: ['Uzmetkombinat'] }, { names: ['Azercell'] }, { names: ['Azerishiq'] },
  { names: ['AzerGold'] }, { names: ['Azerbaijan Railways'] }, { names: ['Kyrgyzaltyn'] }, { names: ['Centerra'] }, { names: ['Kumtor'] },
  { names: ['Rio Tinto'] }, { names: ['Glencore'] }, { names: ['Erdenes Tavan Tolgoi'] }, { names: ['MIAT'] },
  { names: ['KOGAS'] }, { names: ['KEPCO'] }, { names: ['KOICA'] }, { names: ['Lotte'] }, { names: ['SK Group'] }, { names: ['Kolon'] },
  { names: ['Marubeni'] }, { names: ['Mitsui'] }, { names: ['Itochu'] }, { names: ['Sumitomo'] }, { names: ['Komatsu'] }, { names: ['Hitachi'] },
  { names: ['JBIC', 'Japan Bank for International Cooperation'] }, { names: ['TBEA'] }, { names: ['Zijin'] }, { names: ['Chalco'] },
  { names: ['CRCC', 'China Railway Construction Corporation'] }, { names: ['BYD'] }, { names: ['Chery'] }, { names: ['Geely'] },
  { names: ['Calik'] }, { names: ['Çalık'] }, { names: ['Limak'] }, { names: ['Kolin'] }, { names: ['Enka'] }, { names: ['Yapi Merkezi'] }, { names: ['BOTAS'] }, { names: ['BOTAŞ'] },
  { names: ['TPAO'] }, { names: ['Linde'] }, { names: ['BASF'] }, { names: ['Claas'] }, { names: ['CLAAS'] }, { names: ['Knauf'] }, { names: ['Renault'] },
  // State lenders and donors that lend as the banks above do, and more groups of the region's deals.
  { names: ['Agence Française de Développement', 'French Development Agency', 'AFD'], ifi: true }, { names: ['Qatar Fund for Development'], ifi: true },
  { names: ['Korea Development Bank', 'KDB'], ifi: true }, { names: ['Export-Import Bank of Korea', 'Korea Eximbank', 'KEXIM'], ifi: true },
  { names: ['Nordic Investment Bank'], ifi: true }, { names: ['Council of Europe Development Bank'], ifi: true },
  { names: ['Russian-Kyrgyz Development Fund'], ifi: true }, { names: ['International Islamic Trade Finance Corporation', 'ITFC'], ifi: true },
  { names: ['Islamic Corporation for the Development of the Private Sector', 'ICD'], ifi: true }, { names: ['Development Bank of Kazakhstan'], ifi: true },
  { names: ['Silk Road Fund'] }, { names: ['Qatar Investment Authority'] }, { names: ['Public Investment Fund'] }, { names: ['ADQ'] },
  { names: ['Russian Direct Investment Fund', 'RDIF'] }, { names: ['Kazakh Invest'] }, { names: ['Rostec'] }, { names: ['RusHydro'] }, { names: ['Rosseti'] },
  { names: ['Uralchem'] }, { names: ['Acron'] }, { names: ['Gazprom Neft'] }, { names: ['Sibur'] }, { names: ['Samruk-Energy'] },
  { names: ['Uzbekistan Railways'] }, { names: ['Uzbekenergo'] }, { names: ['Azerbaijan Investment Company'] }, { names: ['PASHA Holding'] },
  { names: ['International Bank of Azerbaijan'] },
  { names: ['Georgian Oil and Gas Corporation'] }, { names: ['Bank of Georgia'] }, { names: ['TBC Bank'] }, { names: ['Ameriabank'] },
  { names: ['Electric Networks of Armenia'] }, { names: ['Erdenes Mongol'] }, { names: ['Turkmenhimiya'] }, { names: ['Turkmenistan Airlines'] },
  { names: ['CNNC', 'China National Nuclear Corporation'] }, { names: ['CGN', 'China General Nuclear'] }, { names: ['State Grid'] },
  { names: ['CREC', 'China Railway Group'] }, { names: ['Sinoma'] }, { names: ['CNTIC'] }, { names: ['Xinjiang Tebian'] },
  { names: ['Rönesans'] }, { names: ['Ronesans'] }, { names: ['Kalyon'] }, { names: ['Cengiz Holding'] }, { names: ['Tekfen'] }, { names: ['Polimeks'] },
  { names: ['Samsung C&T'] }, { names: ['Hyundai Engineering'] }, { names: ['KT Corporation'] }, { names: ['K-water'] },
  { names: ['JOGMEC'] }, { names: ['NEXI'] }, { names: ['Sojitz'] }, { names: ['Toyo Engineering'] }, { names: ['Kawasaki Heavy Industries'] },
  { names: ['Mitsubishi Heavy Industries'] }, { names: ['Mitsubishi Corporation'] }, { names: ['Air Products'] }, { names: ['Honeywell'] },
  { names: ['Caterpillar'] }, { names: ['John Deere'] }, { names: ['Wabtec'] }, { names: ['Nestlé'] }, { names: ['Carrefour'] }, { names: ['Metro AG'] },
  { names: ['DEWA'] }, { names: ['AMEA Power'] }, { names: ['Abu Dhabi Ports'] }, { names: ['Etisalat'] }, { names: ['Saudi Aramco', 'Aramco'] },
  // Makers, builders and lenders of the region's deals that were still found only with a suffix (general knowledge, facts-2.11.0):
  // carmakers and machine builders, Chinese builders, Russian, Turkish, Gulf, Korean, Japanese, European and Indian groups.
  { names: ['Kamaz'] }, { names: ['Isuzu'] }, { names: ['Iveco'] }, { names: ['Liebherr'] }, { names: ['Skoda'] }, { names: ['Stadler'] }, { names: ['Talgo'] },
  { names: ['Yutong'] }, { names: ['Zoomlion'] }, { names: ['Weichai'] }, { names: ['Sinotruk'] }, { names: ['Shacman'] }, { names: ['Haier'] }, { names: ['Midea'] },
  { names: ['Hisense'] }, { names: ['Artel'] }, { names: ['Transmashholding'] }, { names: ['Power China'] }, { names: ['China Harbour'] },
  { names: ['Huaxin Cement'] }, { names: ['Cameco'] }, { names: ['Polymetal'] }, { names: ['Metalloinvest'] }, { names: ['Rusnano'] }, { names: ['Aeroflot'] },
  { names: ['Veon'] }, { names: ['VEON'] }, { names: ['Tele2'] }, { names: ['Bakcell'] }, { names: ['Kyrgyztelecom'] }, { names: ['Sabanci'] }, { names: ['Sabancı'] },
  { names: ['Aksa Enerji'] }, { names: ['Halkbank'] }, { names: ['Ziraat Bank'] }, { names: ['Emaar'] }, { names: ['Al Dahra'] }, { names: ['Dana Gas'] },
  { names: ['Hanwha'] }, { names: ['Hyosung'] }, { names: ['Toshiba'] }, { names: ['Fujitsu'] }, { names: ['Yokogawa'] }, { names: ['Chiyoda'] },
  { names: ['Air Liquide'] }, { names: ['Engie'] }, { names: ['Nordex'] }, { names: ['Voltalia'] }, { names: ['Saipem'] }, { names: ['Wintershall Dea'] },
  { names: ['Uniper'] }, { names: ['Orlen'] }, { names: ['Larsen & Toubro'] }, { names: ['Adani'] }, { names: ['Tata Group'] }, { names: ['ONGC Videsh'] },
  { names: ['Lafarge'] }, { names: ['Holcim'] }, { names: ['HeidelbergCement'] }, { names: ['Carlsberg'] }, { names: ['Anadolu Efes'] },
  { names: ['Philip Morris'] }, { names: ['British American Tobacco'] }, { names: ['Korzinka'] },
];

/** News agencies and outlets: named as sources ("Trend reports"), never as parties to a fact. */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set([
  'Trend', 'TASS', 'ANI', 'Xinhua', 'Kazinform', 'Interfax', 'Sputnik', 'Reuters', 'AKIPRESS', 'AKIpress', 'Report',
  'REPORT', 'News.Az', 'UzA', 'Dunya', 'Kabar', 'AzerTac', 'Azertac', 'RIA Novosti', 'TurkicWorld', 'Kun.uz', 'Bloomberg',
  'Daryo', 'Gazeta.uz', 'Tengrinews', 'Astana Times', 'Caspian News', 'Vestnik Kavkaza', 'Georgia Sputnik', 'ITAR-TASS',
  'Anadolu', 'AFP', 'AP', 'BBC', 'CNN', 'CGTN', 'Khovar', 'Asia-Plus', 'Turkmenistan International Information Center',
  // Turkmenistan's state news agency: "Как передает TDH" (ru-d turkmenistanlive-…), "передает госинформагентство TDH" (ru-e vestiabad-…).
  'TDH',
  // Credited in brackets or named as the source: "YEREVAN (ARKA)", "(MENAFN)", "(WAM)", "IRNA reported", "DPA".
  'ARKA', 'MENAFN', 'WAM', 'IRNA', 'DPA',
  // "(IANS)", "CCTV:" opening a question, "the Turkish news agency Anadolu Agency (AA)" (real-s daijiworld-20240624-kg-adb-issyk-kul-
  // wastewater, real-t akipress-20150708-mn-cn-ambassador-interview, real-r satrapia-20110723-tm-tr-turkish-hospitals).
  'IANS', 'CCTV', 'Anadolu Agency', 'AA',
  // The Georgian weekly's dateline, "The FINANCIAL — Agreements for a $75 million ADB loan ..." (real-zj finchannel-nodate-ge-adb-
  // water-coastal-loans, real-f finchannel-nodate-ge-batumi-white-sails, real-j thefinancial-20170331-ge-adb-secondary-road).
  'FINANCIAL', 'The FINANCIAL',
  // Armenia's state agency credits its datelines in capitals, "YEREVAN, FEBRUARY 24, ARMENPRESS:" (real-zw armenpress-20120224-…;
  // real-a, real-e, real-zj and real-zr write "ARMENPRESS.").
  'ARMENPRESS', 'Armenpress',
  // Outlets Russian copy names as its source: "сообщает «GHN»", "сообщает корреспондент GeorgiaTimes", "Ранее Kursiv Uzbekistan
  // сообщал", "приводит слова Камели агентство Mehr" (ru-e kavkazuzel-20101110-ge-tr-kolin-tekhura-hpp-cascade, ru-h georgiatimes-
  // nodate-ge-cz-investment-protection, ru-zn newsmailru-20260116-uz-adb-masdar-guzar-solar, ru-zm panorama-20160208-ir-am-gas-supplies).
  'GHN', 'GeorgiaTimes', 'Kursiv', 'Kursiv Uzbekistan', 'Mehr',
]);
