import { signal } from '@angular/core';

import { asGraphqlError } from '../../core/graphql/graphql-error';
import { CommandState } from './command-state';

/**
 * The state a panel's own buttons and small forms share where they are not a CommandForm (no
 * commandId to keep, no form to reset): one action at a time (`submitting()`, for the fieldset),
 * the API's error when it failed (`error()`, for gl-form-error) and the line saying what was done
 * when it succeeded (`done()`, for a status line). Loading a panel is an action too: its error is
 * the load error.
 *
 *   protected readonly change = new FormAction();
 *   protected save(): Promise<boolean> {
 *     return this.change.run(async () => this.show(await this.data.save(…)), 'Saved.');
 *   }
 */
export class FormAction extends CommandState {
  private readonly outcome = signal('');

  /** What the last action that succeeded did, in a sentence; empty while one runs or after a failure. */
  readonly done = this.outcome.asReadonly();

  /** Runs the action unless one is running; true when it succeeded (then `done` says `done`). */
  override async run(action: () => Promise<void>, done = ''): Promise<boolean> {
    if (this.submitting()) {
      return false;
    }
    this.outcome.set('');
    const succeeded = await super.run(action);
    if (succeeded) {
      this.outcome.set(done);
    }
    return succeeded;
  }

  /** Shows a failure found outside an action (e.g. the clipboard refused). */
  fail(error: unknown): void {
    this.failure.set(asGraphqlError(error));
    this.outcome.set('');
  }

  /** Forgets the error and what was done (e.g. the panel was loaded afresh). */
  clear(): void {
    this.failure.set(null);
    this.outcome.set('');
  }
}
