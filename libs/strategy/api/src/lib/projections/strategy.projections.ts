import { Projection, defineProjection, updateDocument, upsertDocument } from '@ledger/event-store-core';
import { ActionPlanEvent, MaturityAreasEvent, MaturityAssessmentEvent, PackCommentaryRecorded, StrategyUpdatePackGenerated, areaKey } from '@ledger/strategy-domain';
import {
  ACTION_PLAN,
  ActionPlanItemDoc,
  AddedAreaDoc,
  MATURITY_AREAS,
  MATURITY_YEARS,
  MaturityYearDoc,
  PACK_COMMENTARY,
  PackCommentaryDoc,
  STRATEGY_PACKS,
  StrategyPacksDoc,
} from './collections';

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

export const strategyPacksProjection = defineProjection<StrategyUpdatePackGenerated>({
  name: 'strategy.packs',
  // 2: the pack's authority name and logo (ADR 0029).
  version: 2,
  collections: [STRATEGY_PACKS],
  on: {
    StrategyUpdatePackGenerated: ({ data: { year, cutOff, position, sha256, contentSha256, generatedBy, authorityName, logo }, metadata }, tx) =>
      upsertDocument<StrategyPacksDoc>(tx, STRATEGY_PACKS, String(year), { id: String(year), year, packs: [] }, (doc) => ({
        ...doc,
        packs: [
          ...doc.packs,
          { cutOff, position, sha256, contentSha256, generatedAt: metadata.recordedAt, generatedBy, ...(authorityName === undefined ? {} : { authorityName }), ...(logo ? { logo } : {}) },
        ],
      })),
  },
});

export const packCommentaryProjection = defineProjection<PackCommentaryRecorded>({
  name: 'strategy.pack-commentary',
  version: 1,
  collections: [PACK_COMMENTARY],
  on: {
    PackCommentaryRecorded: ({ data: { year, section, text, recordedBy }, metadata }, tx) =>
      upsertDocument<PackCommentaryDoc>(tx, PACK_COMMENTARY, String(year), { id: String(year), year, sections: {} }, (doc) => {
        const { [section]: _replaced, ...others } = doc.sections;
        return { ...doc, sections: text ? { ...others, [section]: { text, recordedAt: metadata.recordedAt, recordedBy } } : others };
      }),
  },
});

export const STRATEGY_PROJECTIONS: readonly Projection[] = [maturityProjection, maturityAreasProjection, actionPlanProjection, strategyPacksProjection, packCommentaryProjection];
