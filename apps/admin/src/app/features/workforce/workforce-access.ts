import { Injectable, computed, inject } from '@angular/core';
import { PERMISSIONS } from '@ledger/shared-domain';

import { Session } from '../../core/auth/session';
import { hasAnyRole } from '../../core/auth/user';

/** As the API's workforce resolvers allow: the shared permissions map (libs/shared/domain). */
export const WORKFORCE_WRITERS = PERMISSIONS.keepWorkforce;
export const WORKFORCE_READERS = PERMISSIONS.readWorkforce;

/** What the signed-in user may do in the workforce registers; the API enforces it again. */
@Injectable({ providedIn: 'root' })
export class WorkforceAccess {
  private readonly user = inject(Session).user;

  /** May record changes: propose posts, register people, add courses, ... */
  readonly canEdit = computed(() => hasAnyRole(this.user(), WORKFORCE_WRITERS));
  /** May read every register in full (STAFF see only their own training). */
  readonly canReadAll = computed(() => hasAnyRole(this.user(), WORKFORCE_READERS));
}
