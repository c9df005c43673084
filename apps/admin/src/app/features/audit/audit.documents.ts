import { graphql } from '../../core/graphql/typed-document';
import type { AuditSubjects, AuditVerification, EventPage, HistoryFilter, RegistersSnapshot } from './audit.types';

const EVENT_FIELDS = `
  position streamId revision type recordedAt actorId actorRoles commandId correlationId causationId schemaVersion
  data prevHash hash
`;

/** A page cursor: the nextFrom of the page before, or null for the first page. */
type Cursor = { from: string | null };

export const VERIFY_AUDIT_CHAIN = graphql<{ verifyAuditChain: AuditVerification }>(`
  query VerifyAuditChain { verifyAuditChain { ok eventsChecked firstBrokenPosition reason checkedAt } }
`);

export const DECISION_HISTORY = graphql<{ decisionHistory: EventPage }, HistoryFilter & Cursor>(`
  query DecisionHistory(
    $streamPrefix: String, $streamId: String, $types: [String!], $actorId: ID, $since: DateTime, $until: DateTime,
    $limit: Int, $from: String
  ) {
    decisionHistory(
      streamPrefix: $streamPrefix, streamId: $streamId, types: $types, actorId: $actorId, since: $since, until: $until,
      limit: $limit, from: $from
    ) { events { ${EVENT_FIELDS} } nextFrom }
  }
`);

export const PROCUREMENT_TIMELINE = graphql<{ procurementTimeline: EventPage }, { procurementId: string } & Cursor>(`
  query ProcurementTimeline($procurementId: ID!, $from: String) {
    procurementTimeline(procurementId: $procurementId, from: $from) { events { ${EVENT_FIELDS} } nextFrom }
  }
`);

export const PERSON_TIMELINE = graphql<{ personTimeline: EventPage }, { staffMemberId: string } & Cursor>(`
  query PersonTimeline($staffMemberId: ID!, $from: String) {
    personTimeline(staffMemberId: $staffMemberId, from: $from) { events { ${EVENT_FIELDS} } nextFrom }
  }
`);

export const AUDIT_SUBJECTS = graphql<AuditSubjects>(`
  query AuditSubjects { procurements { id title } staffMembers { id displayName jobTitle erased } }
`);

export const REGISTERS_AS_OF = graphql<{ registersAsOf: RegistersSnapshot }, { asOf: string }>(`
  query RegistersAsOf($asOf: DateTime!) {
    registersAsOf(asOf: $asOf) {
      asOf
      establishment { filledFte approvedFte proposedFte vacantFte posts { id } }
      skillsMatrix { rows { totalGap staffMember { id } } }
      trainingRegister { id status }
      procurements { id }
      gatewayLog { id outcome }
      lessons { id actions { id status overdue } }
      risks { id title score }
      riskHeatMap { likelihood impact count }
    }
  }
`);
