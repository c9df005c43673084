/**
 * The audit part of the API's schema, as the audit page asks for it (see apps/api/schema.graphql):
 * the recorded events, the chain verification and every register as at one instant.
 */
import type { GatewayOutcome, GatewayReview, HeatMapCell, Lesson, LessonAction, Risk } from '../governance/governance.types';
import type { Post, SkillsRow, TrainingRecord } from '../workforce/workforce.types';
import type { EstablishmentTotals } from '../workforce/establishment/establishment.documents';

/** An instant, ISO 8601. */
type IsoInstant = string;

/** One event as it was recorded and hashed, with who recorded it and why. */
export interface RecordedEvent {
  /** Global position in the log; a string, since it can exceed 2^53. */
  position: string;
  streamId: string;
  revision: number;
  type: string;
  recordedAt: IsoInstant;
  actorId: string | null;
  actorRoles: string[];
  commandId: string;
  correlationId: string | null;
  causationId: string | null;
  schemaVersion: number;
  /** JSON: personal data opened, "null" for erased people, password hashes "[redacted]". */
  data: string;
  prevHash: string;
  hash: string;
}

export interface EventPage {
  events: RecordedEvent[];
  /** Pass as `from` for the next page; null at the end of the log. */
  nextFrom: string | null;
}

export interface AuditVerification {
  ok: boolean;
  eventsChecked: number;
  firstBrokenPosition: string | null;
  reason: string | null;
  checkedAt: IsoInstant;
}

/** What the decisionHistory query filters on; unset filters are left out. */
export interface HistoryFilter {
  streamPrefix?: string;
  streamId?: string;
  types?: string[];
  actorId?: string;
  since?: IsoInstant;
  until?: IsoInstant;
  limit?: number;
}

/** Every register as it stood at one instant, as much as the summary needs. */
export interface RegistersSnapshot {
  asOf: IsoInstant;
  establishment: EstablishmentTotals & { posts: Pick<Post, 'id'>[] };
  skillsMatrix: { rows: (Pick<SkillsRow, 'totalGap'> & { staffMember: { id: string } })[] };
  trainingRegister: Pick<TrainingRecord, 'id' | 'status'>[];
  procurements: { id: string }[];
  gatewayLog: (Pick<GatewayReview, 'id'> & { outcome: GatewayOutcome | null })[];
  lessons: (Pick<Lesson, 'id'> & { actions: Pick<LessonAction, 'id' | 'status' | 'overdue'>[] })[];
  risks: Pick<Risk, 'id' | 'title' | 'score'>[];
  riskHeatMap: Pick<HeatMapCell, 'likelihood' | 'impact' | 'count'>[];
}

/** Who and what a timeline can be looked up for. */
export interface AuditSubjects {
  procurements: { id: string; title: string }[];
  staffMembers: { id: string; displayName: string; jobTitle: string; erased: boolean }[];
}
