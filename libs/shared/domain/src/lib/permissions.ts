import { Role } from './roles';

/**
 * Who may do what: the one map the API enforces (each context's graphql/roles.ts re-exports its
 * lines) and the admin follows to shape its pages. Change a permission here, and only here.
 */
const permissions = {
  /** Read the workforce registers in full (STAFF see only their own training). */
  readWorkforce: ['HR_LEAD', 'ADMIN', 'PROCUREMENT_LEAD', 'AUDITOR'],
  /** HR keeps the workforce registers: posts, people, skills, courses and training. */
  keepWorkforce: ['HR_LEAD', 'ADMIN'],

  readGateway: ['PROCUREMENT_LEAD', 'COMMITTEE_MEMBER', 'AUDITOR', 'ADMIN'],
  /** The procurement lead runs procurements through the process and keeps the policy. */
  runProcurements: ['PROCUREMENT_LEAD', 'ADMIN'],
  /** The committee (or its clerk) records and corrects decisions. */
  recordGatewayDecisions: ['COMMITTEE_MEMBER', 'ADMIN'],
  /** See who may be named as deciders on a review (names and declared conflicts): those who record decisions, and auditors. */
  readEligibleDeciders: ['COMMITTEE_MEMBER', 'ADMIN', 'AUDITOR'],
  /** Declare one's own conflict of interest in a procurement (the person must be on the staff register). */
  declareConflictsOfInterest: ['COMMITTEE_MEMBER', 'PROCUREMENT_LEAD', 'ADMIN'],
  /** Record a conflict of interest for someone else, always with the reason it is recorded on their behalf. */
  recordConflictsForOthers: ['PROCUREMENT_LEAD', 'ADMIN'],

  readLessons: ['PROCUREMENT_LEAD', 'COMMITTEE_MEMBER', 'AUDITOR', 'ADMIN', 'HR_LEAD', 'STAFF', 'CONTRACT_MANAGER'],
  /** Anyone who was there may record a lesson; the procurement lead manages the actions. */
  recordLessons: ['PROCUREMENT_LEAD', 'ADMIN', 'STAFF'],
  manageLessonActions: ['PROCUREMENT_LEAD', 'ADMIN'],

  readRisks: ['PROCUREMENT_LEAD', 'COMMITTEE_MEMBER', 'AUDITOR', 'ADMIN'],
  /** The procurement lead keeps the risk register. */
  keepRisks: ['PROCUREMENT_LEAD', 'ADMIN'],

  /** Everyone with a stake in the annual review reads it; the procurement lead owns it. */
  readStrategy: ['PROCUREMENT_LEAD', 'ADMIN', 'AUDITOR', 'COMMITTEE_MEMBER', 'HR_LEAD'],
  keepStrategy: ['PROCUREMENT_LEAD', 'ADMIN'],
  /** Adding to the reference list of maturity areas is an admin's job. */
  editMaturityAreas: ['ADMIN'],

  /** The contracts register, change control, performance and social value (ADR 0025). */
  readContracts: ['PROCUREMENT_LEAD', 'CONTRACT_MANAGER', 'COMMITTEE_MEMBER', 'AUDITOR', 'ADMIN'],
  /** The procurement lead awards, varies, extends and closes contracts, and keeps the social value measures. */
  keepContracts: ['PROCUREMENT_LEAD', 'ADMIN'],
  /** A variation over the policy threshold takes effect only once the procurement lead approves it. */
  approveContractVariations: ['PROCUREMENT_LEAD', 'ADMIN'],
  /**
   * Report KPIs, social value delivery and savings; a CONTRACT_MANAGER only on the contracts they
   * manage (the contract decider checks), the procurement lead on any.
   */
  reportOnContracts: ['CONTRACT_MANAGER', 'PROCUREMENT_LEAD', 'ADMIN'],

  /** Verification, history and every register as at an instant. */
  audit: ['AUDITOR', 'ADMIN'],

  /**
   * See staff members' email addresses. Everyone else who reads staff sees names only (least
   * personal data, UK GDPR); a member of staff always sees their own.
   */
  readStaffEmails: ['HR_LEAD', 'ADMIN', 'AUDITOR'],

  /** See every user and their roles. */
  readUsers: ['ADMIN', 'AUDITOR'],
  /** Create users, change their roles, disable them. */
  administerUsers: ['ADMIN'],
  /** The Settings page: how the installation sends mail, and a test message to check it. */
  administerSettings: ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export const PERMISSIONS: { readonly [P in Permission]: readonly Role[] } = permissions;

/** True when one of `roles` grants the permission. */
export function mayDo(roles: readonly string[], permission: Permission): boolean {
  return roles.some((role) => (PERMISSIONS[permission] as readonly string[]).includes(role));
}
