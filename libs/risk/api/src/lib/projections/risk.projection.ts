import { Projection, RecordedEvent } from '@ledger/event-store-core';
import { RISK_EVENT_TYPES, RiskEvent, score } from '@ledger/risk-domain';
import { RISKS, RiskDoc, ScoreEntry } from './collections';

export const riskRegisterProjection: Projection = {
  name: 'risk.register',
  version: 1,
  collections: [RISKS],
  handles: RISK_EVENT_TYPES,
  async apply(recorded, tx) {
    const event = recorded as RecordedEvent<RiskEvent>;
    const by = event.metadata.actorId;
    if (event.type === 'RiskIdentified') {
      const { riskId, ...fields } = event.data;
      const entry: ScoreEntry = { kind: 'IDENTIFIED', ...fields.residual, score: score(fields.residual), notes: 'Identified', on: fields.identifiedOn, recordedAt: event.metadata.recordedAt, by };
      const doc: RiskDoc = { ...fields, id: riskId, revision: event.revision, history: [entry] };
      tx.put(RISKS, riskId, doc);
      return;
    }
    const risk = await tx.get<RiskDoc>(RISKS, event.data.riskId);
    if (!risk) return;
    const { residual, notes, reviewedOn, nextReviewDue } = event.data;
    const entry: ScoreEntry = { kind: 'REVIEWED', ...residual, score: score(residual), notes, on: reviewedOn, recordedAt: event.metadata.recordedAt, by };
    tx.put(RISKS, risk.id, { ...risk, residual, nextReviewDue, revision: event.revision, history: [...risk.history, entry] });
  },
};

export const RISK_PROJECTIONS = [riskRegisterProjection];
