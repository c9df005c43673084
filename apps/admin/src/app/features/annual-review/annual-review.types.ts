/** The annual review's types, as the API's schema spells them (apps/api/schema.graphql). */

/** NPS 2022 maturity levels, lowest first: MINIMUM = 1 … INNOVATOR = 5. */
export const MATURITY_LEVELS = ['MINIMUM', 'DEVELOPING', 'MATURE', 'LEADER', 'INNOVATOR'] as const;
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];

export const LEVEL_LABELS: Readonly<Record<MaturityLevel, string>> = {
  MINIMUM: 'Minimum',
  DEVELOPING: 'Developing',
  MATURE: 'Mature',
  LEADER: 'Leader',
  INNOVATOR: 'Innovator',
};

/** "Developing (2)"; a level added to the API before this UI reads as sent. */
export function levelLabel(level: MaturityLevel | null | undefined): string {
  if (!level) {
    return '—';
  }
  const index = MATURITY_LEVELS.indexOf(level);
  return index < 0 ? level : `${LEVEL_LABELS[level]} (${index + 1})`;
}

export interface AreaMaturity {
  area: string;
  theme: string;
  level: MaturityLevel;
  score: number;
  target: MaturityLevel | null;
  evidence: string | null;
  previousLevel: MaturityLevel | null;
  /** Score now minus last year's; null when last year did not assess the area. */
  movement: number | null;
  assessedOn: string;
}

export interface MaturityAssessment {
  year: number;
  areas: AreaMaturity[];
  overallScore: number;
  previousOverallScore: number | null;
  overallMovement: number | null;
}

export interface MaturityArea {
  name: string;
  theme: string;
}

export interface ActionProgress {
  percent: number;
  note: string;
  recordedOn: string;
}

export interface ActionPlanItem {
  id: string;
  area: string;
  theme: string;
  description: string;
  targetYear: number;
  targetLevel: MaturityLevel | null;
  /** The latest progress recorded, 0 when none. */
  percent: number;
  progress: ActionProgress[];
  revision: number;
}

export interface PackDownload {
  /** markdown, html, xlsx, docx or pdf */
  format: string;
  /** Relative to the API; GET it with the bearer token. */
  url: string;
  contentType: string;
}

export interface StrategyUpdatePack {
  year: number;
  cutOff: string;
  generatedAt: string;
  position: string;
  sha256: string;
  markdown: string;
  verified: boolean;
  downloads: PackDownload[];
}
