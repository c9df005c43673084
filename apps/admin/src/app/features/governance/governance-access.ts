import { Injectable, computed, inject } from '@angular/core';
import { PERMISSIONS } from '@ledger/shared-domain';

import { Session } from '../../core/auth/session';
import { Role, hasAnyRole } from '../../core/auth/user';

/**
 * As the API's resolvers allow: the shared permissions map (libs/shared/domain), which the API
 * enforces again; these only shape the pages.
 */
export const GATEWAY_READERS = PERMISSIONS.readGateway;
/** Register procurements, request reviews, change the basis, discharge conditions, adopt policy. */
export const PROCUREMENT_WRITERS = PERMISSIONS.runProcurements;
/** Record and correct the committee's decisions. */
export const DECISION_RECORDERS = PERMISSIONS.recordGatewayDecisions;
export const CONFLICT_DECLARERS = PERMISSIONS.declareConflictsOfInterest;
/** Record a conflict for someone else (with the reason); everyone else declares their own. */
export const CONFLICT_RECORDERS_FOR_OTHERS = PERMISSIONS.recordConflictsForOthers;
export const LESSON_READERS = PERMISSIONS.readLessons;
export const LESSON_RECORDERS = PERMISSIONS.recordLessons;
export const LESSON_ACTION_MANAGERS = PERMISSIONS.manageLessonActions;
export const RISK_READERS = PERMISSIONS.readRisks;
export const RISK_WRITERS = PERMISSIONS.keepRisks;
/** Who may list staff members here (the workforce readers): the page keeps committee members to their pickers. */
export const STAFF_READERS = PERMISSIONS.readWorkforce;

/** What the signed-in user may do on the gateway, lessons and risk pages. An AUDITOR reads only. */
@Injectable({ providedIn: 'root' })
export class GovernanceAccess {
  private readonly user = inject(Session).user;
  private readonly any = (roles: readonly Role[]) => computed(() => hasAnyRole(this.user(), roles));

  readonly readsProcurements = this.any(GATEWAY_READERS);
  readonly runsProcurements = this.any(PROCUREMENT_WRITERS);
  readonly recordsDecisions = this.any(DECISION_RECORDERS);
  readonly declaresConflicts = this.any(CONFLICT_DECLARERS);
  readonly recordsConflictsForOthers = this.any(CONFLICT_RECORDERS_FOR_OTHERS);
  readonly recordsLessons = this.any(LESSON_RECORDERS);
  readonly managesLessonActions = this.any(LESSON_ACTION_MANAGERS);
  readonly managesRisks = this.any(RISK_WRITERS);
  readonly listsStaff = this.any(STAFF_READERS);
  /** The signed-in user's id, to say "you" for what they recorded. */
  readonly userId = computed(() => this.user()?.id ?? null);
}
