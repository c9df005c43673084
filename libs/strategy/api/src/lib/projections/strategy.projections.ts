import { Projection, defineProjection, updateDocument, upsertDocument } from '@ledger/event-store-core';
import { ActionPlanEvent, MaturityAreasEvent, MaturityAssessmentEvent, StrategyPackEvent, areaKey } from '@ledger/strategy-domain';
import { ACTION_PLAN, ActionPlanItemDoc, AddedAreaDoc, MATURITY_AREAS, MATURITY_YEARS, MaturityYearDoc, STRATEGY_PACKS, StrategyPacksDoc } from './collections';

export const maturityProjection = defineProjection<MaturityAssessmentEvent>({
  name: 'strategy.maturity',
  version: 1,
  collections: [MATURITY_YEARS],
  on: {
    MaturityAssessed: ({ data: { year, ...entry }, revision, metadata }, tx) =>
      upsertDocument<MaturityYearDoc>(tx, MATURITY_YEARS, String(year), { id: String(year), year, assessments: [], revision: 0 }, (doc) => ({
        ...doc,
        assessments: [...doc.assessments, { ...entry, recordedAt: metadata.recordedAt }],
        revision,
      })),
  },
});

export const maturityAreasProjection = defineProjection<MaturityAreasEvent>({
  name: 'strategy.maturity-areas',
  version: 1,
  collections: [MATURITY_AREAS],
  on: {
    MaturityAreaAdded({ data: { name, theme, addedBy }, metadata }, tx) {
      const id = areaKey(name);
      tx.put(MATURITY_AREAS, id, { id, name, theme, addedAt: metadata.recordedAt, addedBy } satisfies AddedAreaDoc);
    },
  },
});

export const actionPlanProjection = defineProjection<ActionPlanEvent>({
  name: 'strategy.action-plan',
  version: 1,
  collections: [ACTION_PLAN],
  on: {
    ActionPlanItemAdded({ data: { itemId, addedBy: _by, ...fields }, revision, metadata }, tx) {
      tx.put(ACTION_PLAN, itemId, { ...fields, id: itemId, addedAt: metadata.recordedAt, progress: [], revision } satisfies ActionPlanItemDoc);
    },
    ActionProgressRecorded: ({ data: { itemId, percent, note, recordedOn, recordedBy }, revision, metadata }, tx) =>
      updateDocument<ActionPlanItemDoc>(tx, ACTION_PLAN, itemId, (item) => ({
        ...item,
        progress: [...item.progress, { percent, note, recordedOn, recordedAt: metadata.recordedAt, recordedBy }],
        revision,
      })),
  },
});

export const strategyPacksProjection = defineProjection<StrategyPackEvent>({
  name: 'strategy.packs',
  version: 1,
  collections: [STRATEGY_PACKS],
  on: {
    StrategyUpdatePackGenerated: ({ data: { year, cutOff, position, sha256, contentSha256, generatedBy }, metadata }, tx) =>
      upsertDocument<StrategyPacksDoc>(tx, STRATEGY_PACKS, String(year), { id: String(year), year, packs: [] }, (doc) => ({
        ...doc,
        packs: [...doc.packs, { cutOff, position, sha256, contentSha256, generatedAt: metadata.recordedAt, generatedBy }],
      })),
  },
});

export const STRATEGY_PROJECTIONS: readonly Projection[] = [maturityProjection, maturityAreasProjection, actionPlanProjection, strategyPacksProjection];
