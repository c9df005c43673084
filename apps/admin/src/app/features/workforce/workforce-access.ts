import { Injectable, computed, inject } from '@angular/core';

import { Session } from '../../core/auth/session';
import { Role, hasAnyRole } from '../../core/auth/user';

/** As the API's workforce resolvers allow (libs/workforce/api/src/lib/graphql/roles.ts). */
export const WORKFORCE_WRITERS: readonly Role[] = ['HR_LEAD', 'ADMIN'];
export const WORKFORCE_READERS: readonly Role[] = ['HR_LEAD', 'ADMIN', 'PROCUREMENT_LEAD', 'AUDITOR'];

/** What the signed-in user may do in the workforce registers; the API enforces it again. */
@Injectable({ providedIn: 'root' })
export class WorkforceAccess {
  private readonly user = inject(Session).user;

  /** May record changes: propose posts, register people, add courses, ... */
  readonly canEdit = computed(() => hasAnyRole(this.user(), WORKFORCE_WRITERS));
  /** May read every register in full (STAFF see only their own training). */
  readonly canReadAll = computed(() => hasAnyRole(this.user(), WORKFORCE_READERS));
}
