import { AGREEMENT_WITH_NEXT_AMOUNT } from './agreement-with-next-amount.js';
import { DOCUMENT_WITH_ITS_TERMS } from './document-with-its-terms.js';
import { LOAN_WITH_NEXT_AMOUNT } from './loan-with-next-amount.js';
import { PRICE_LOAN_AGREEMENTS } from './price-loan-agreements.js';
import { PROJECT_DETAILS } from './project-details.js';
import { PROJECT_WITH_ITS_INVESTMENT } from './project-with-its-investment.js';
import { RESTATED_AGREEMENTS } from './restated-agreements.js';
import { RESTATED_PURPOSES } from './restated-purposes.js';
import { RESTATED_SUMS } from './restated-sums.js';
import { UNATTRIBUTED_PROJECTS } from './unattributed-projects.js';
import type { PassCorpus } from './types.js';

/** One corpus per article pass (shared/facts/passes), by pass name. */
export const PASS_CORPORA: readonly PassCorpus[] = [
  AGREEMENT_WITH_NEXT_AMOUNT,
  DOCUMENT_WITH_ITS_TERMS,
  LOAN_WITH_NEXT_AMOUNT,
  PRICE_LOAN_AGREEMENTS,
  PROJECT_WITH_ITS_INVESTMENT,
  RESTATED_PURPOSES,
  PROJECT_DETAILS,
  RESTATED_AGREEMENTS,
  UNATTRIBUTED_PROJECTS,
  RESTATED_SUMS,
];
