import type { AbstractControl } from '@angular/forms';

import { newCommandId } from './command-id';
import { CommandState } from './command-state';

export interface SubmitOptions {
  /** Clear the whole form once the API accepted the command (the default); false keeps it. */
  reset?: boolean;
}

/**
 * What every command form does when submitted: nothing while it is disabled (a past state is
 * shown), the field errors while it is invalid, otherwise one command at a time. The commandId
 * it sends stays the same across retries of one submission (the API records it once) and is
 * renewed once the API accepted the command; then the form starts afresh.
 */
export class CommandForm<F extends AbstractControl = AbstractControl> extends CommandState {
  private commandId = newCommandId();

  constructor(
    readonly form: F,
    /** True while the page shows a past state: the form is shown disabled and sends nothing. */
    readonly disabled: () => boolean = () => false,
  ) {
    super();
  }

  /**
   * Sends the command when it may; `done` receives the API's answer after the form was reset.
   * True when the command was accepted.
   */
  async submit<T>(send: (commandId: string) => Promise<T>, done: (result: T) => void, options: SubmitOptions = {}): Promise<boolean> {
    if (this.disabled()) {
      return false;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return false;
    }
    return this.run(async () => {
      const result = await send(this.commandId);
      this.commandId = newCommandId();
      if (options.reset !== false) {
        this.form.reset();
      }
      done(result);
    });
  }
}
