import { restatedSums } from '../restated-sums.js';
import type { ArticlePass } from '../types.js';
import { agreementAboutPreviousSum } from './agreement-about-previous-sum.js';
import { countedDocumentsDetailed } from './counted-documents-detailed.js';
import { ruDocumentWithItsTerms } from './document-with-its-terms.js';
import { lenderWithNextSum } from './lender-with-next-sum.js';
import { ruOnePartyInvestments } from './one-party-investments.js';
import { ruProjectDetails } from './project-details.js';
import { projectNamedAgain } from './project-named-again.js';
import { projectWithItsInvestment } from './project-with-its-investment.js';
import { ruPriceLoanAgreements } from './price-loan-agreements.js';
import { restatedDocuments } from './restated-documents.js';
import { vagueLeadDetailed } from './vague-lead-detailed.js';
import { ruRestatedPurposes } from './restated-purposes.js';

/**
 * The article passes for Russian, in order: a count of documents listed one by one made one, then joins (a document "об этом" priced by the sum before it, a lender
 * and its sum in the next sentence, a loan agreement and the sum beside it), then the passes that count a thing once (the works a loan pays for, described again: restated-purposes with Russian nouns). `restated-sums` reads only facts and
 * is shared with English.
 */
export const RU_ARTICLE_PASSES: readonly ArticlePass[] = [countedDocumentsDetailed, vagueLeadDetailed, agreementAboutPreviousSum, lenderWithNextSum, ruPriceLoanAgreements, projectWithItsInvestment, ruRestatedPurposes, restatedDocuments, ruDocumentWithItsTerms, ruProjectDetails, projectNamedAgain, ruOnePartyInvestments, restatedSums];
