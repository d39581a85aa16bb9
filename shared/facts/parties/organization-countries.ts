/**
 * The home country of companies that keep coming back in the region's business news, as general
 * knowledge: an article that names "ACWA Power" implies Saudi Arabia as a party (FACTS.md: countries
 * "named or implied by a party"). Names are matched as whole words, case-sensitively.
 */
export const ORGANIZATION_COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  SA: ['ACWA Power', 'Saudi Aramco', 'Aramco'],
  AE: ['Masdar', 'DP World', 'Mubadala', 'ADNOC', 'AD Ports', 'Emaar'],
  RU: ['Gazprom', 'Rosneft', 'Lukoil', 'Rosatom', 'Novatek', 'Kaspersky', 'Sberbank', 'VTB', 'Russian Railways', 'Inter RAO', 'Transneft'],
  CN: ['CNPC', 'Sinopec', 'CNOOC', 'Huawei', 'PowerChina', 'China Energy Engineering', 'CITIC', 'ZTE', 'Geely', 'BYD', 'China Railway', 'CRCC', 'COSCO'],
  TR: ['BOTAS', 'BOTAŞ', 'TPAO', 'Kalyon', 'Calik', 'Çalık', 'Limak', 'Turkish Airlines'],
  AZ: ['SOCAR', 'Azerenerji', 'Azerenerji OJSC', 'AZCON'],
  KZ: ['KazMunayGas', 'KazMunaiGas', 'Kazatomprom', 'Samruk-Kazyna', 'Kazakhstan Temir Zholy', 'KEGOC', 'Kaspi.kz'],
  UZ: ['Uzbekneftegaz', 'Uzbekistan Airways', 'Uztransgaz', 'Navoiyuran'],
  KR: ['Samsung', 'Hyundai', 'LG', 'Daewoo', 'POSCO', 'KEPCO', 'Doosan', 'Lotte'],
  JP: ['Mitsubishi', 'Toyota', 'Marubeni', 'Itochu', 'Sumitomo', 'JGC'],
  DE: ['Siemens', 'Siemens Energy', 'Linde', 'BASF', 'Knauf', 'CLAAS'],
  FR: ['TotalEnergies', 'EDF', 'Orano', 'Alstom', 'Voltalia'],
  GB: ['BP', 'Shell'],
  IT: ['Eni', 'Saipem'],
  US: ['Chevron', 'ExxonMobil', 'Boeing', 'General Electric', 'Honeywell'],
};
