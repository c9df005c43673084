/**
 * The audit answers as the audit page uses them: aliases of the types generated from
 * apps/api/schema.graphql and audit.graphql (npx nx run admin:codegen).
 */
import type {
  AuditSubjectsQuery,
  DecisionHistoryQueryVariables,
  EventPageFieldsFragment,
  RecordedEventFieldsFragment,
  RegistersAsOfQuery,
  SignLogCheckpointMutation,
  VerifyAuditChainQuery,
} from '../../generated/graphql';

/** One event as it was recorded and hashed; `position` is a string, since it can exceed 2^53. */
export type RecordedEvent = RecordedEventFieldsFragment;
/** `nextFrom` is the `from` of the next page; null at the end of the log. */
export type EventPage = EventPageFieldsFragment;
/** The hash chains and the signed checkpoints checked; `latestCheckpoint` is null until one is signed. */
export type AuditVerification = VerifyAuditChainQuery['verifyAuditChain'];
/** `recorded` is false when nothing was appended since the newest checkpoint, which is returned instead. */
export type SignedCheckpoint = SignLogCheckpointMutation['signLogCheckpoint'];
/** What the decisionHistory query filters on; unset filters are left out. */
export type HistoryFilter = Omit<DecisionHistoryQueryVariables, 'from'>;
/** Every register as it stood at one instant, as much as the summary needs. */
export type RegistersSnapshot = RegistersAsOfQuery['registersAsOf'];
/** Who and what a timeline can be looked up for. */
export type AuditSubjects = AuditSubjectsQuery;
