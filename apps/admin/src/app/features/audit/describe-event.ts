import { GATEWAY_NAMES, type Gateway } from '@ledger/shared-domain';

import { OUTCOME_LABELS, labelOf, roleLabel, enumLabel } from '../../shared/enum-labels';
import { ERASED_PERSON } from './audit-actors';
import type { RecordedEvent } from './audit.types';

/** The names a sentence uses for what an event's data names by id. */
export interface EventNames {
  /** A staff member by id: "Erased person" once erased; null when not known. */
  person(staffMemberId: string): string | null;
  /** A procurement's title by id; null when not known. */
  procurement(procurementId: string): string | null;
  /** A user by id (a user acting, or the subject of a user event); null when not known. */
  user(userId: string): string | null;
}

/** An event as one plain sentence; `generic` when no sentence was written for its type (kept at zero by the spec). */
export interface EventSentence {
  text: string;
  generic: boolean;
}

type Data = Record<string, unknown>;
/** What follows the actor's name: "approved the award gateway (G3) for Highways maintenance". */
type Predicate = (data: Data, names: EventNames, event: Pick<RecordedEvent, 'streamId'>) => string;

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));
const quoted = (value: unknown): string => `“${text(value)}”`;
const because = (reason: unknown): string => (text(reason).trim() ? ` (${text(reason).trim()})` : '');
const gateway = (value: unknown): string => GATEWAY_NAMES[value as Gateway] ?? text(value);
const money = (value: unknown): string =>
  typeof value === 'number' ? `£${value.toLocaleString('en-GB', { maximumFractionDigits: 2 })}` : text(value);
const person = (names: EventNames, id: unknown): string => (id ? (names.person(text(id)) ?? 'a person') : 'nobody');
const procurement = (names: EventNames, id: unknown): string => (id ? (names.procurement(text(id)) ?? 'a procurement') : 'a procurement');
const user = (names: EventNames, id: unknown): string => (id ? (names.user(text(id)) ?? 'a user') : 'a user');
/** A message's recipient: their account, else the address itself (opened for auditors; gone once erased). */
const mailRecipient = (d: Data, names: EventNames): string =>
  d['recipientId'] ? user(names, d['recipientId']) : d['to'] ? text(d['to']) : 'an address since erased';
const roles = (value: unknown): string =>
  Array.isArray(value) && value.length ? value.map((r) => roleLabel(text(r))).join(', ') : 'no role';

/**
 * A sentence per event type the ledger records (the API's eventTypes): the spec fails when one
 * is missing, so a new event is described before an auditor meets it.
 */
const SENTENCES: Readonly<Record<string, Predicate>> = {
  // Identity
  UserRegistered: (d) => `registered the user ${text(d['displayName']) || ERASED_PERSON} with the roles ${roles(d['roles'])}`,
  UserDisabled: (d, n) => `disabled the account of ${user(n, d['userId'])}${because(d['reason'])}`,
  UserEnabled: (d, n) => `enabled the account of ${user(n, d['userId'])} again${because(d['reason'])}`,
  UserPasswordChanged: (d, n) =>
    d['byAdministrator'] ? `reset the password of ${user(n, d['userId'])}` : `changed the password of ${user(n, d['userId'])}`,
  UserRolesChanged: (d, n) => `gave ${user(n, d['userId'])} the roles ${roles(d['roles'])}`,
  UserPersonalDataErased: (d) => `erased a user’s personal data${because(d['reason'])}`,
  CalendarFeedLinkIssued: (d, n) => `issued a calendar link for ${user(n, d['userId'])}`,
  CalendarFeedLinkRevoked: (d, n) =>
    `stopped the calendar link of ${user(n, d['userId'])} (${({ REVOKED: 'revoked', REPLACED: 'replaced by a new one', ACCOUNT_DISABLED: 'account disabled' } as Record<string, string>)[text(d['reason'])] ?? text(d['reason']).toLowerCase()})`,
  // Single sign-on (ADR 0033)
  UserRegisteredThroughProvider: (d, n) =>
    `signed in through the identity provider for the first time as ${user(n, d['userId'])}: a new account with no roles`,
  UserLinkedToProvider: (d, n) => `linked the account of ${user(n, d['userId'])} to the identity provider`,
  UserSignedOut: (d, n) => `signed out ${user(n, d['userId'])}, ending every session of the account`,
  RoleMappingEntrySet: (d) => `mapped the provider group ${quoted(d['group'])} to the roles ${roles(d['roles'])}`,
  RoleMappingEntryRemoved: (d) => `removed the provider group ${quoted(d['group'])} from the role mapping`,
  LocalPasswordPolicyChanged: (d) =>
    d['administratorsOnly'] ? 'kept password sign-in for administrators only' : 'let everyone sign in with a password again',
  SignInHandoffRedeemed: (d, n) => `completed a single sign-on for ${user(n, d['userId'])}`,
  // Reminders by email
  ReminderPreferencesSet: (d, n) =>
    `set the email reminders of ${user(n, d['userId'])}: daily digest ${d['dailyDigest'] ? 'on' : 'off'}, decision requests ${d['decisionRequests'] ? 'on' : 'off'}`,
  ReminderClaimed: (d, n) => `took on sending the reminder ${quoted(d['subject'])} to ${user(n, d['recipientId'])}`,
  ReminderSent: (d, n) => `sent the reminder ${quoted(d['subject'])} to ${user(n, d['recipientId'])}`,
  ReminderFailed: (d, n) => `could not send the reminder ${quoted(d['subject'])} to ${user(n, d['recipientId'])}${because(d['reason'])}`,
  TestMessageRequested: (d, n) => `asked for a test message to ${mailRecipient(d, n)}`,
  TestMessageSent: (d, n) => `sent a test message to ${mailRecipient(d, n)}`,
  TestMessageFailed: (d, n) => `could not send a test message to ${mailRecipient(d, n)}${because(d['reason'])}`,
  // Workforce
  StaffMemberRegistered: (d) =>
    `registered ${text(d['displayName']) || ERASED_PERSON} as ${text(d['jobTitle'])} in ${text(d['department'])}`,
  StaffMemberDetailsChanged: (d, n) =>
    `changed the details of ${person(n, d['staffMemberId'])}${d['jobTitle'] ? ` (now ${text(d['jobTitle'])})` : ''}${because(d['reason'])}`,
  PersonalDataErased: (d) => `erased a person’s personal data${because(d['reason'])}`,
  ProficiencyAssessed: (d, n) => `assessed ${person(n, d['staffMemberId'])} at level ${text(d['level'])} in a competency`,
  TrainingPlanned: (d, n) => `planned training for ${person(n, d['staffMemberId'])} by ${text(d['plannedFor'])}${because(d['reason'])}`,
  TrainingOutcomeRecorded: (d, n) =>
    `recorded training of ${person(n, d['staffMemberId'])} as ${enumLabel('TrainingStatus', text(d['status'])).toLowerCase()} on ${text(d['date'])}`,
  TrainingCancelled: (d, n) => `cancelled planned training for ${person(n, d['staffMemberId'])}${because(d['reason'])}`,
  PostProposed: (d) => `proposed the post ${quoted(d['title'])} (${text(d['fte'])} FTE)`,
  PostApproved: (d) => `approved a proposed post${because(d['reason'])}`,
  PostRejected: (d) => `rejected a proposed post${because(d['reason'])}`,
  PostFilled: (d, n) => `filled a post with ${person(n, d['staffMemberId'])} from ${text(d['startDate'])}`,
  PostVacated: (d, n) => `recorded that ${person(n, d['staffMemberId'])} left a post on ${text(d['endDate'])}${because(d['reason'])}`,
  PostWithdrawn: (d) => `withdrew a post${because(d['reason'])}`,
  CompetencyDefined: (d) => `defined the competency ${quoted(d['name'])}`,
  RequirementSet: (d) => `required level ${text(d['requiredLevel'])} of a competency for ${text(d['jobTitle'])}`,
  CourseAdded: (d) => `added the course ${quoted(d['title'])} by ${text(d['provider'])}`,
  // Gateway
  GatewayPolicyAdopted: (d) => `adopted version ${text(d['version'])} of the gateway policy${because(d['reason'])}`,
  ProcurementRegistered: (d) => `registered the procurement ${quoted(d['title'])} at ${money(d['estimatedValue'])}`,
  ProcurementBasisChanged: (d, n) =>
    `changed the basis of ${procurement(n, d['procurementId'])} to ${money(d['estimatedValue'])}${because(d['reason'])}`,
  ConflictOfInterestDeclared: (d, n) =>
    `recorded a conflict of interest of ${person(n, d['staffMemberId'])} in ${procurement(n, d['procurementId'])}`,
  GatewayReviewRequested: (d, n) => `requested a review at ${gateway(d['gateway'])} for ${procurement(n, d['procurementId'])}`,
  GatewayDecisionRecorded: (d, n) =>
    `recorded “${labelOf(OUTCOME_LABELS, text(d['outcome']))}” at ${gateway(d['gateway'])} for ${procurement(n, d['procurementId'])}`,
  GatewayDecisionCorrected: (d, n) =>
    `corrected the decision at ${gateway(d['gateway'])} for ${procurement(n, d['procurementId'])} to “${labelOf(OUTCOME_LABELS, text(d['outcome']))}”${because(d['reason'])}`,
  ConditionDischarged: (d, n) =>
    `discharged condition ${Number(d['conditionIndex']) + 1} of a decision on ${procurement(n, d['procurementId'])}`,
  // Lessons and risks
  LessonRecorded: (d) => `recorded the lesson ${quoted(d['title'])}`,
  LessonActionAssigned: (d, n) =>
    `assigned the action ${quoted(d['description'])} to ${person(n, d['ownerStaffMemberId'])}, due ${text(d['dueDate'])}`,
  LessonActionClosed: () => `closed an action from a lesson`,
  RiskIdentified: (d) => `identified the risk ${quoted(d['title'])}`,
  RiskReviewed: (d) => `reviewed a risk; next review due ${text(d['nextReviewDue'])}`,
  RiskClosed: (d) => `closed a risk${because(d['reason'])}`,
  // Annual review
  MaturityAreaAdded: (d) => `added the maturity area ${quoted(d['name'])}`,
  MaturityAssessed: (d) =>
    `assessed ${quoted(d['area'])} as ${enumLabel('MaturityLevel', text(d['level'])).toLowerCase()} for ${text(d['year'])}`,
  ActionPlanItemAdded: (d) => `added an action plan item for ${quoted(d['area'])}`,
  ActionProgressRecorded: (d) => `recorded an action plan item as ${text(d['percent'])}% done`,
  StrategyUpdatePackGenerated: (d) => `generated the strategy update pack for ${text(d['year'])}`,
  PackCommentaryRecorded: (d) =>
    `${d['text'] ? 'recorded' : 'withdrew'} the commentary on ${text(d['section'])} in the ${text(d['year'])} strategy update pack`,
  // Contracts
  VariationPolicyAdopted: (d) => `adopted version ${text(d['version'])} of the contract variation policy${because(d['reason'])}`,
  ContractAwarded: (d) => `awarded the contract ${quoted(d['title'])} to ${text(d['supplierName'])}`,
  ContractManagerAssigned: (d, n) => `made ${person(n, d['staffMemberId'])} a manager of a contract`,
  ContractManagerRemoved: (d, n) => `removed ${person(n, d['staffMemberId'])} as a manager of a contract${because(d['reason'])}`,
  ContractVaried: (d) => `varied a contract by ${money(d['valueChange'])}${because(d['reason'])}`,
  ContractVariationApproved: () => `approved a contract variation`,
  ContractVariationRejected: (d) => `rejected a contract variation${because(d['reason'])}`,
  ContractExtended: (d) => `extended a contract by ${text(d['months'])} months to ${text(d['endDate'])}`,
  ContractEnded: (d) => `ended a contract on ${text(d['effectiveOn'])}${because(d['reason'])}`,
  ContractTerminated: (d) => `terminated a contract on ${text(d['effectiveOn'])}${because(d['reason'])}`,
  KpiAdded: (d) => `added the KPI ${quoted(d['name'])} to a contract`,
  KpiReported: (d) => `reported a KPI as ${text(d['rating']).toLowerCase()} for ${text(d['period'])}`,
  KpiReportCorrected: (d) => `corrected a KPI report for ${text(d['period'])} to ${text(d['rating']).toLowerCase()}${because(d['reason'])}`,
  SavingOrBenefitRecorded: (d) => `recorded a ${text(d['kind']).toLowerCase()} of ${money(d['amount'])} for ${text(d['period'])}`,
  SocialValueMeasureDefined: (d) => `defined the social value measure ${quoted(d['outcome'])}`,
  SocialValueMeasureRetired: (d) => `retired a social value measure${because(d['reason'])}`,
  SocialValueCommitted: (d) => `recorded a social value commitment: ${quoted(d['outcome'])}`,
  SocialValueDeliveryReported: (d) => `reported ${text(d['quantity'])} of a social value commitment delivered in ${text(d['period'])}`,
  SocialValueDeliveryCorrected: (d) =>
    `corrected social value delivered in ${text(d['period'])} to ${text(d['quantity'])}${because(d['reason'])}`,
  // The ledger's own bookkeeping
  LogCheckpointSigned: (d) => `signed a checkpoint of the log’s first ${text(d['treeSize'])} events`,
  UniqueValueClaimed: (d) => `reserved a value that must stay unique (${text(d['kind'])})`,
  UniqueValueReleased: (d) => `released a reserved unique value (${text(d['kind'])})`,
};

/** The event types that have a sentence of their own. */
export const DESCRIBED_EVENT_TYPES: readonly string[] = Object.keys(SENTENCES);

/** "GatewayDecisionRecorded" → "gateway decision recorded": the fallback for a type with no sentence. */
export function humaniseType(type: string): string {
  return type
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
}

function parsed(data: string): Data | null {
  try {
    const value: unknown = JSON.parse(data);
    return value && typeof value === 'object' ? (value as Data) : null;
  } catch {
    return null;
  }
}

/**
 * An event as one plain sentence, beside its raw data: "Priya Lead recorded “Approved” at the
 * award gateway (G3) for Highways maintenance." Pure: every name comes from `names`.
 */
export function describeEvent(
  event: Pick<RecordedEvent, 'type' | 'data' | 'streamId' | 'actorId'> & { actorName?: string | null },
  names: EventNames,
): EventSentence {
  const who = event.actorName ?? (event.actorId ? (names.user(event.actorId) ?? event.actorId) : 'Someone');
  const predicate = SENTENCES[event.type];
  const data = parsed(event.data);
  if (!predicate) return { text: `${who}: ${humaniseType(event.type)}.`, generic: true };
  if (!data) return { text: `${who}: ${humaniseType(event.type)} (the personal data in it was erased).`, generic: false };
  return { text: `${who} ${predicate(data, names, event)}.`, generic: false };
}
