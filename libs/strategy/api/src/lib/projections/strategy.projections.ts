import { Projection, RecordedEvent } from '@ledger/event-store-core';
import {
  ACTION_PLAN_EVENT_TYPES,
  ActionPlanEvent,
  MATURITY_AREAS_EVENT_TYPES,
  MATURITY_ASSESSMENT_EVENT_TYPES,
  MaturityAreasEvent,
  MaturityAssessmentEvent,
  STRATEGY_PACK_EVENT_TYPES,
  StrategyPackEvent,
  areaKey,
} from '@ledger/strategy-domain';
import { ACTION_PLAN, ActionPlanItemDoc, AddedAreaDoc, MATURITY_AREAS, MATURITY_YEARS, MaturityYearDoc, STRATEGY_PACKS, StrategyPacksDoc } from './collections';

export const maturityProjection: Projection = {
  name: 'strategy.maturity',
  version: 1,
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
  version: 1,
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
  version: 1,
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
  version: 1,
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
