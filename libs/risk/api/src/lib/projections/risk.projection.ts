import { defineProjection, updateDocument } from '@ledger/event-store-core';
import { RiskEvent, score } from '@ledger/risk-domain';
import { RISKS, RiskDoc, ScoreEntry } from './collections';

export const riskRegisterProjection = defineProjection<RiskEvent>({
  name: 'risk.register',
  version: 2,
  collections: [RISKS],
  on: {
    RiskIdentified({ data: { riskId, ...fields }, revision, metadata }, tx) {
      const entry: ScoreEntry = { kind: 'IDENTIFIED', ...fields.residual, score: score(fields.residual), notes: 'Identified', on: fields.identifiedOn, recordedAt: metadata.recordedAt, by: metadata.actorId };
      tx.put(RISKS, riskId, { ...fields, id: riskId, revision, history: [entry] } satisfies RiskDoc);
    },
    RiskReviewed: ({ data: { riskId, residual, notes, reviewedOn, nextReviewDue }, revision, metadata }, tx) =>
      updateDocument<RiskDoc>(tx, RISKS, riskId, (risk) => {
        const entry: ScoreEntry = { kind: 'REVIEWED', ...residual, score: score(residual), notes, on: reviewedOn, recordedAt: metadata.recordedAt, by: metadata.actorId };
        return { ...risk, residual, nextReviewDue, revision, history: [...risk.history, entry] };
      }),
    RiskClosed: ({ data: { riskId, reason, closedOn, closedBy }, revision, metadata }, tx) =>
      updateDocument<RiskDoc>(tx, RISKS, riskId, (risk) => ({ ...risk, revision, closed: { on: closedOn, reason, by: closedBy, recordedAt: metadata.recordedAt } })),
  },
});

export const RISK_PROJECTIONS = [riskRegisterProjection];
