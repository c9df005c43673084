import { Projection, RecordedEvent } from '@ledger/event-store-core';
import {
  ACTION_PLAN_EVENT_TYPES,
  ActionPlanEvent,
  MATURITY_AREAS_EVENT_TYPES,
  MATURITY_ASSESSMENT_EVENT_TYPES,
  MaturityAreasEvent,
  MaturityAssessmentEvent,
  MaturityLevel,
  STRATEGY_PACK_EVENT_TYPES,
  StrategyPackEvent,
  areaKey,
} from '@ledger/strategy-domain';

export const MATURITY_YEARS = 'strategy.maturityYears';
export const MATURITY_AREAS = 'strategy.maturityAreas';
export const ACTION_PLAN = 'strategy.actionPlan';
export const STRATEGY_PACKS = 'strategy.packs';

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
}

export interface StrategyPacksDoc {
  [key: string]: unknown;
  id: string;
  year: number;
  packs: PackRecord[];
}

export const maturityProjection: Projection = {
  name: 'strategy.maturity',
  collections: [MATURITY_YEARS],
  handles: MATURITY_ASSESSMENT_EVENT_TYPES,
  async apply(recorded, tx) {
    const event = recorded as RecordedEvent<MaturityAssessmentEvent>;
    const { year, ...entry } = event.data;
    const id = String(year);
    const doc = (await tx.get<MaturityYearDoc>(MATURITY_YEARS, id)) ?? { id, year, assessments: [], revision: 0 };
    tx.put(MATURITY_YEARS, id, { ...doc, assessments: [...doc.assessments, { ...entry, recordedAt: event.metadata.recordedAt }], revision: event.revision });
  },
};

export const maturityAreasProjection: Projection = {
  name: 'strategy.maturity-areas',
  collections: [MATURITY_AREAS],
  handles: MATURITY_AREAS_EVENT_TYPES,
  async apply(recorded, tx) {
    const event = recorded as RecordedEvent<MaturityAreasEvent>;
    const id = areaKey(event.data.name);
    tx.put(MATURITY_AREAS, id, { id, name: event.data.name, theme: event.data.theme, addedAt: event.metadata.recordedAt, addedBy: event.data.addedBy } satisfies AddedAreaDoc);
  },
};

export const actionPlanProjection: Projection = {
  name: 'strategy.action-plan',
  collections: [ACTION_PLAN],
  handles: ACTION_PLAN_EVENT_TYPES,
  async apply(recorded, tx) {
    const event = recorded as RecordedEvent<ActionPlanEvent>;
    if (event.type === 'ActionPlanItemAdded') {
      const { itemId, addedBy: _by, ...fields } = event.data;
      tx.put(ACTION_PLAN, itemId, { ...fields, id: itemId, addedAt: event.metadata.recordedAt, progress: [], revision: event.revision } satisfies ActionPlanItemDoc);
      return;
    }
    const item = await tx.get<ActionPlanItemDoc>(ACTION_PLAN, event.data.itemId);
    if (!item) return;
    const { percent, note, recordedOn, recordedBy } = event.data;
    tx.put(ACTION_PLAN, item.id, { ...item, progress: [...item.progress, { percent, note, recordedOn, recordedAt: event.metadata.recordedAt, recordedBy }], revision: event.revision });
  },
};

export const strategyPacksProjection: Projection = {
  name: 'strategy.packs',
  collections: [STRATEGY_PACKS],
  handles: STRATEGY_PACK_EVENT_TYPES,
  async apply(recorded, tx) {
    const event = recorded as RecordedEvent<StrategyPackEvent>;
    const { year, cutOff, position, sha256, contentSha256, generatedBy } = event.data;
    const id = String(year);
    const doc = (await tx.get<StrategyPacksDoc>(STRATEGY_PACKS, id)) ?? { id, year, packs: [] };
    tx.put(STRATEGY_PACKS, id, { ...doc, packs: [...doc.packs, { cutOff, position, sha256, contentSha256, generatedAt: event.metadata.recordedAt, generatedBy }] });
  },
};

export const STRATEGY_PROJECTIONS: readonly Projection[] = [maturityProjection, maturityAreasProjection, actionPlanProjection, strategyPacksProjection];
