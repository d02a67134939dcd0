// The facts of project.yaml as the checks, forms and lists read them: the domain model.
import type { Day } from '../calendar/dates.js';

export interface Person {
  name: string;
  title?: string;
  phone?: string;
  mobile?: string;
}

export interface Change {
  date: Day;
  amount: number;
  content: string;
  brandsChanged?: boolean;
  expertReviewed?: boolean;
  reason?: string;
  approved?: Day;
}

/** The facts of project.yaml as rules read them (already schema-valid). */
export interface Facts {
  profile: string;
  name: string;
  code?: string;
  category: '建设类' | '运维类' | '采购服务';
  type?: string;
  mode?: string;
  selfBuildReason?: string;
  class?: string;
  classified?: boolean;
  softwareDevelopment?: boolean;
  inAnnualPlan?: boolean;
  urgent?: boolean;
  singleContent?: boolean;
  civilWorks?: boolean;
  highEnergy?: boolean;
  crossDepartment?: { lead: string; participants?: string[] };
  stage?: string;
  owner: { name: string; department?: string; head?: Person; contact?: Person };
  contractor?: { name: string };
  supervisor?: { name: string };
  procurementNo?: string;
  contractMonths?: number;
  money?: {
    roughEstimate?: number;
    estimate?: number;
    budgetEstimate?: number;
    approvedTotal?: number;
    contractAmount?: number;
    supervisionFee?: number;
    funding?: { source: string; nature: string; amount: number }[];
    yearly?: { year: number; budget: number; paid?: number }[];
  };
  dates?: Partial<Record<DateKey, Day>>;
  freeMaintenanceMonths?: number;
  /** true / false, or null while the question is not answered. */
  declarations?: Record<string, boolean | null>;
  documents?: Record<string, string>;
  /** Places outside the jurisdiction a document may name (paired assistance, a reference case). */
  otherPlaces?: string[];
  reports?: { year: number; kind: string; filed: Day }[];
  changes?: Change[];
}

export type DateKey =
  | 'planFiled' | 'proposalApproved' | 'feasibilityApproved' | 'designApproved'
  | 'contractSigned' | 'contractFiled' | 'constructionStart' | 'constructionEnd'
  | 'trialRunStart' | 'trialRunStable' | 'preliminaryAcceptance' | 'archiveAcceptance'
  | 'acceptanceRequested' | 'accepted' | 'acceptanceReportFiled' | 'operationStart'
  | 'selfEvaluation' | 'shutdownReported' | 'shutdown';

/** The value at a JSON Pointer into project.yaml (`/supervisor/name`), or undefined. */
export function factAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const seg of pointer.split('/').slice(1)) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
  return node;
}
