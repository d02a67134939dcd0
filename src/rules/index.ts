// Every rule zwpack has as code; a profile's `rules:` switches them on, and defines more from
// the families in ./families (rules that differ only in numbers and words). Keep sorted by file name.
import type { Rule } from './types.js';
import { rule as amountConsistent } from './amount-consistent.js';
import { rule as amountPrecision } from './amount-precision.js';
import { rule as bzJoint } from './bz-joint.js';
import { rule as bzMonitor } from './bz-monitor.js';
import { rule as bzOm3y } from './bz-om-3y.js';
import { rule as bzScope30w } from './bz-scope-30w.js';
import { rule as bzSecure } from './bz-secure.js';
import { rule as bzService } from './bz-service.js';
import { rule as bzStages } from './bz-stages.js';
import { rule as bzTrial3m } from './bz-trial-3m.js';
import { rule as configEstimate } from './config-estimate.js';
import { rule as docAmount } from './doc-amount.js';
import { rule as docAmountTwice } from './doc-amount-twice.js';
import { rule as docContent } from './doc-content.js';
import { rule as docFundingSum } from './doc-funding-sum.js';
import { rule as docName } from './doc-name.js';
import { rule as docPeriod } from './doc-period.js';
import { rule as docPlace } from './doc-place.js';
import { rule as docTable } from './doc-table.js';
import { rule as fundingSum } from './funding-sum.js';
import { rule as glAccept6m } from './gl-accept-6m.js';
import { rule as glAlwaysApprove } from './gl-always-approve.js';
import { rule as glJoint } from './gl-joint.js';
import { rule as glPlanQ3 } from './gl-plan-q3.js';
import { rule as glShare } from './gl-share.js';
import { rule as glSupervision100w } from './gl-supervision-100w.js';
import { rule as jhAcceptPath } from './jh-accept-path.js';
import { rule as jhChange10 } from './jh-change-10.js';
import { rule as jhClass } from './jh-class.js';
import { rule as jhCrypto } from './jh-crypto.js';
import { rule as jhFreeOm1y } from './jh-free-om-1y.js';
import { rule as jhNoEnvReview } from './jh-no-env-review.js';
import { rule as jhPlanDeadline } from './jh-plan-deadline.js';
import { rule as jhPlanOnly } from './jh-plan-only.js';
import { rule as jhSchemeContent } from './jh-scheme-content.js';
import { rule as jhScope } from './jh-scope.js';
import { rule as jhShareChapter } from './jh-share-chapter.js';
import { rule as jhTerminate1m } from './jh-terminate-1m.js';
import { rule as jlAccept6m } from './jl-accept-6m.js';
import { rule as jlAnnualEval } from './jl-annual-eval.js';
import { rule as jlChange15 } from './jl-change-15.js';
import { rule as jlOutlineCs } from './jl-outline-cs.js';
import { rule as jlOutlineJys } from './jl-outline-jys.js';
import { rule as jlOutlineKy } from './jl-outline-ky.js';
import { rule as jlReview } from './jl-review.js';
import { rule as jlSecure } from './jl-secure.js';
import { rule as jlShareChapter } from './jl-share-chapter.js';
import { rule as jlStages } from './jl-stages.js';
import { rule as jlUnified } from './jl-unified.js';
import { rule as natAccept6m } from './nat-accept-6m.js';
import { rule as natEstimate10 } from './nat-estimate-10.js';
import { rule as natSecure } from './nat-secure.js';
import { rule as natSelfEval } from './nat-self-eval.js';
import { rule as natShareChapter } from './nat-share-chapter.js';
import { rule as natStages } from './nat-stages.js';
import { rule as outline } from './outline.js';
import { rule as stageRequired } from './stage-required.js';
import { rule as tableTotal } from './table-total.js';
import { rule as xfReview } from './xf-review.js';
import { rule as xfSelfEval } from './xf-self-eval.js';
import { rule as xfStages } from './xf-stages.js';

export const RULES: readonly Rule[] = [
  amountConsistent,
  amountPrecision,
  bzJoint,
  bzMonitor,
  bzOm3y,
  bzScope30w,
  bzSecure,
  bzService,
  bzStages,
  bzTrial3m,
  configEstimate,
  docAmount,
  docAmountTwice,
  docContent,
  docFundingSum,
  docName,
  docPeriod,
  docPlace,
  docTable,
  fundingSum,
  glAccept6m,
  glAlwaysApprove,
  glJoint,
  glPlanQ3,
  glShare,
  glSupervision100w,
  jhAcceptPath,
  jhChange10,
  jhClass,
  jhCrypto,
  jhFreeOm1y,
  jhNoEnvReview,
  jhPlanDeadline,
  jhPlanOnly,
  jhSchemeContent,
  jhScope,
  jhShareChapter,
  jhTerminate1m,
  jlAccept6m,
  jlAnnualEval,
  jlChange15,
  jlOutlineCs,
  jlOutlineJys,
  jlOutlineKy,
  jlReview,
  jlSecure,
  jlShareChapter,
  jlStages,
  jlUnified,
  natAccept6m,
  natEstimate10,
  natSecure,
  natSelfEval,
  natShareChapter,
  natStages,
  outline,
  stageRequired,
  tableTotal,
  xfReview,
  xfSelfEval,
  xfStages,
];
