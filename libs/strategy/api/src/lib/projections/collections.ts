import { MaturityLevel, PackLogo, PackSectionId } from '@ledger/strategy-domain';

export const MATURITY_YEARS = 'strategy.maturityYears';
export const MATURITY_AREAS = 'strategy.maturityAreas';
export const ACTION_PLAN = 'strategy.actionPlan';
export const STRATEGY_PACKS = 'strategy.packs';
export const PACK_COMMENTARY = 'strategy.packCommentary';

export interface AssessmentEntry {
  area: string;
  theme: string;
  level: MaturityLevel;
  target: MaturityLevel | null;
  evidence: string;
  assessedOn: string;
  recordedAt: string;
  assessedBy: string;
  sequence: number;
  supersedes: number | null;
}

/** One document per year: every assessment made for it, in order (the latest per area is in force). */
export interface MaturityYearDoc {
  [key: string]: unknown;
  id: string;
  year: number;
  assessments: AssessmentEntry[];
  revision: number;
}

export interface AddedAreaDoc {
  [key: string]: unknown;
  id: string;
  name: string;
  theme: string;
  addedAt: string;
  addedBy: string;
}

export interface ActionProgressEntry {
  percent: number;
  note: string;
  recordedOn: string;
  recordedAt: string;
  recordedBy: string;
}

export interface ActionPlanItemDoc {
  [key: string]: unknown;
  id: string;
  area: string;
  theme: string;
  description: string;
  targetYear: number;
  targetLevel: MaturityLevel | null;
  addedOn: string;
  addedAt: string;
  progress: ActionProgressEntry[];
  revision: number;
}

export interface PackRecord {
  cutOff: string;
  position: string;
  sha256: string;
  contentSha256: string;
  generatedAt: string;
  generatedBy: string;
  /** As recorded on the pack (ADR 0029); absent on packs recorded before the pack carried them. */
  authorityName?: string;
  logo?: PackLogo;
}

export interface StrategyPacksDoc {
  [key: string]: unknown;
  id: string;
  year: number;
  packs: PackRecord[];
}

export interface PackCommentaryEntry {
  text: string;
  recordedAt: string;
  recordedBy: string;
}

/** One document per year: the latest commentary per pack section (withdrawn sections are absent). */
export interface PackCommentaryDoc {
  [key: string]: unknown;
  id: string;
  year: number;
  sections: Partial<Record<PackSectionId, PackCommentaryEntry>>;
}
