import { Injectable, computed, inject } from '@angular/core';
import { PERMISSIONS } from '@ledger/shared-domain';

import { Session } from '../../core/auth/session';
import { Role, hasAnyRole } from '../../core/auth/user';

/**
 * As the API's contracts resolver allows (the shared permissions map, which the API enforces
 * again); these only shape the pages. An AUDITOR or a COMMITTEE_MEMBER reads only.
 */
export const CONTRACT_READERS = PERMISSIONS.readContracts;
/** Award, vary, extend, end and terminate contracts, assign managers, keep the social value measures. */
export const CONTRACT_KEEPERS = PERMISSIONS.keepContracts;
/** Approve or reject a variation above the policy threshold. */
export const VARIATION_APPROVERS = PERMISSIONS.approveContractVariations;
/** Report KPIs, savings and social value delivery (a CONTRACT_MANAGER on the contracts they manage). */
export const CONTRACT_REPORTERS = PERMISSIONS.reportOnContracts;

/** What the signed-in user may do on the contracts and social value pages. */
@Injectable({ providedIn: 'root' })
export class ContractsAccess {
  private readonly user = inject(Session).user;
  private readonly any = (roles: readonly Role[]) => computed(() => hasAnyRole(this.user(), roles));

  readonly readsContracts = this.any(CONTRACT_READERS);
  readonly keepsContracts = this.any(CONTRACT_KEEPERS);
  readonly approvesVariations = this.any(VARIATION_APPROVERS);
  readonly reportsOnContracts = this.any(CONTRACT_REPORTERS);
}
