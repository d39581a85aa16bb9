import { priceLoanAgreementsWith } from '../price-loan-agreements.js';

// A document of lending or giving: «Соглашение о дополнительном финансировании проекта», «Финансовое соглашение о реализации
// проекта», «кредитное соглашение», «соглашение о предоставлении гранта».
const LOAN_AGREEMENT_RE =
  /(?<!\p{L})(?:кредитн|грантов|заемн|заёмн|финансов)\p{L}* (?:соглашени|договор)|(?<!\p{L})(?:соглашени|договор)\p{L}* о (?:[\p{L}-]+ ){0,2}?(?:финансировани|софинансировани|кредит|займ|за[её]м|грант)/iu;

/**
 * "Соглашение о дополнительном финансировании проекта ... заключили правительство Грузии и Всемирный банк. Грузия получит от
 * банка 20 млн. долларов." (ru-h bizzone-20081117-ge-wb-highway-loan), "Евросоюз выделяет Узбекистану 21,5 млн евро на проект
 * ... Финансовое соглашение о реализации проекта ... подписали 17 июля" (ru-zc ozodlik-nodate-uz-eu-horticulture-grant): the
 * English pass with Russian words, the sentence before first, the one after when none before.
 */
export const ruPriceLoanAgreements = priceLoanAgreementsWith(LOAN_AGREEMENT_RE, false);
