import { Directive, input, output } from '@angular/core';
import type { AbstractControl } from '@angular/forms';

import { CommandForm, SubmitOptions } from './command-form';

/**
 * What every command form component shares: the `disabled` input (a past state is shown), the
 * CommandForm over its form, and a submit that sends the command and emits the API's answer as
 * `saved`. A form says only what it sends (`send`) and, where it must, what it does afterwards.
 *
 *   export class ProposePostForm extends CommandFormComponent<Post> {
 *     protected readonly form = inject(NonNullableFormBuilder).group({ … });
 *     protected send(commandId: string): Promise<Post> { … }
 *   }
 */
@Directive()
export abstract class CommandFormComponent<Result> {
  /** True while the page shows a past state: the form is shown disabled and sends nothing. */
  readonly disabled = input(false);
  /** The API's answer once it accepted the command. */
  readonly saved = output<Result>();

  protected abstract readonly form: AbstractControl;
  /** `{ reset: false }` keeps what was sent (forms that start from the record). */
  protected readonly submitOptions: SubmitOptions = {};
  private commandForm?: CommandForm;

  /** Made on first use: the form is the subclass's own field, set after this class's. */
  get command(): CommandForm {
    return (this.commandForm ??= new CommandForm(this.form, this.disabled));
  }

  /** Sends the command with what was typed; resolves to what `saved` emits. */
  protected abstract send(commandId: string): Promise<Result>;

  /** After the API accepted the command and the form was reset, before `saved` is emitted. */
  protected afterSaved(_result: Result): void {
    // Most forms have nothing to do.
  }

  /** Called by the form's shell (`[commandForm]="this"`) when the form is submitted. */
  submit(): Promise<boolean> {
    return this.command.submit(
      (commandId) => this.send(commandId),
      (result) => {
        this.afterSaved(result);
        this.saved.emit(result);
      },
      this.submitOptions,
    );
  }
}
