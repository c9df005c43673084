import { Directive, input, output } from '@angular/core';

import { CommandFormComponent } from '../../shared/forms/command-form-component';
import type { Contract } from './contracts.types';

/** What a stale expectedRevision (CONFLICT) means on a contract's forms. */
export const CONTRACT_CONFLICT = 'Someone changed this contract since you opened it; reload to see it as it is now, then try again.';

/**
 * A command on one contract, opened from the contract page's actions: it sends the revision the
 * page shows (a stale one is refused with CONFLICT and offers to reload) and can be cancelled.
 */
@Directive()
export abstract class ContractFormComponent extends CommandFormComponent<Contract> {
  readonly contract = input.required<Contract>();
  readonly cancelled = output<void>();
  /** The user asked to reload after a CONFLICT. */
  readonly reloadRequested = output<void>();

  protected readonly conflictAdvice = CONTRACT_CONFLICT;

  /** The envelope every contract command carries. */
  protected envelope(commandId: string): { contractId: string; expectedRevision: number; commandId: string } {
    const contract = this.contract();
    return { contractId: contract.id, expectedRevision: contract.revision, commandId };
  }
}
