import { signal } from '@angular/core';

import { GraphqlError, asGraphqlError } from '../../core/graphql/graphql-error';

/**
 * The state every command form shares: whether it is sending, and the API's error if the
 * command was refused. One command at a time: a second submit while one is in flight is ignored.
 */
export class CommandState {
  private readonly busy = signal(false);
  /** Protected for FormAction, which also shows an error found outside a command (and forgets it on reload). */
  protected readonly failure = signal<GraphqlError | null>(null);

  readonly submitting = this.busy.asReadonly();
  readonly error = this.failure.asReadonly();

  /** Runs the command; true when it succeeded, false when it failed (the error is kept). */
  async run(command: () => Promise<void>): Promise<boolean> {
    if (this.busy()) {
      return false;
    }
    this.busy.set(true);
    this.failure.set(null);
    try {
      await command();
      return true;
    } catch (error) {
      this.failure.set(asGraphqlError(error));
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
