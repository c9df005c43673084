import { Rating } from '@ledger/risk-domain';

export const RISKS = 'risk.register';

export interface ScoreEntry {
  kind: 'IDENTIFIED' | 'REVIEWED';
  likelihood: number;
  impact: number;
  score: number;
  notes: string;
  on: string;
  recordedAt: string;
  by: string;
}

export interface RiskDoc {
  [key: string]: unknown;
  id: string;
  title: string;
  category: string;
  owner: string | null;
  inherent: Rating;
  residual: Rating;
  appetite: string;
  treatment: string;
  controls: string[];
  reviewEveryMonths: number;
  identifiedOn: string;
  nextReviewDue: string;
  revision: number;
  /** Set when the risk is closed: it leaves the live register (heat map, overdue reviews) and keeps its history. */
  closed?: { on: string; reason: string; by: string; recordedAt: string } | null;
  /** Every score the risk has had: identification, then each review. */
  history: ScoreEntry[];
}
