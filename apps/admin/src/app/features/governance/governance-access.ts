import { Injectable, computed, inject } from '@angular/core';

import { Session } from '../../core/auth/session';
import { Role, hasAnyRole } from '../../core/auth/user';

/**
 * As the API's resolvers allow (libs/gateway/api/src/lib/graphql/roles.ts, lessons.resolver.ts,
 * risk.resolver.ts and the workforce readers for the staff list). The API enforces them again;
 * these only shape the pages.
 */
export const GATEWAY_READERS: readonly Role[] = ['PROCUREMENT_LEAD', 'COMMITTEE_MEMBER', 'AUDITOR', 'ADMIN'];
/** Register procurements, request reviews, change the basis, discharge conditions, adopt policy. */
export const PROCUREMENT_WRITERS: readonly Role[] = ['PROCUREMENT_LEAD', 'ADMIN'];
/** Record and correct the committee's decisions. */
export const DECISION_RECORDERS: readonly Role[] = ['COMMITTEE_MEMBER', 'ADMIN'];
export const CONFLICT_DECLARERS: readonly Role[] = ['COMMITTEE_MEMBER', 'PROCUREMENT_LEAD', 'ADMIN'];
export const LESSON_READERS: readonly Role[] = ['PROCUREMENT_LEAD', 'COMMITTEE_MEMBER', 'AUDITOR', 'ADMIN', 'HR_LEAD', 'STAFF'];
export const LESSON_RECORDERS: readonly Role[] = ['STAFF', 'PROCUREMENT_LEAD', 'ADMIN'];
export const LESSON_ACTION_MANAGERS: readonly Role[] = ['PROCUREMENT_LEAD', 'ADMIN'];
export const RISK_READERS: readonly Role[] = ['PROCUREMENT_LEAD', 'COMMITTEE_MEMBER', 'AUDITOR', 'ADMIN'];
export const RISK_WRITERS: readonly Role[] = ['PROCUREMENT_LEAD', 'ADMIN'];
/** Who may list staff members (the workforce readers); committee members may not. */
export const STAFF_READERS: readonly Role[] = ['HR_LEAD', 'ADMIN', 'PROCUREMENT_LEAD', 'AUDITOR'];

/** What the signed-in user may do on the gateway, lessons and risk pages. An AUDITOR reads only. */
@Injectable({ providedIn: 'root' })
export class GovernanceAccess {
  private readonly user = inject(Session).user;
  private readonly any = (roles: readonly Role[]) => computed(() => hasAnyRole(this.user(), roles));

  readonly readsProcurements = this.any(GATEWAY_READERS);
  readonly runsProcurements = this.any(PROCUREMENT_WRITERS);
  readonly recordsDecisions = this.any(DECISION_RECORDERS);
  readonly declaresConflicts = this.any(CONFLICT_DECLARERS);
  readonly recordsLessons = this.any(LESSON_RECORDERS);
  readonly managesLessonActions = this.any(LESSON_ACTION_MANAGERS);
  readonly managesRisks = this.any(RISK_WRITERS);
  readonly listsStaff = this.any(STAFF_READERS);
  /** The signed-in user's id, to say "you" for what they recorded. */
  readonly userId = computed(() => this.user()?.id ?? null);
}
