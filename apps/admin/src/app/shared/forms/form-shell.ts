import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormGroupDirective } from '@angular/forms';

import type { CommandForm } from './command-form';
import { CONFLICT_ADVICE, FormError } from './form-error';

/**
 * The frame every command form shares, on the form element itself (`<form glFormShell
 * [formGroup]="form" [commandForm]="this">`), so the fields stay the form's
 * direct content: a fieldset disabled while the command is (a past state is shown), the legend,
 * the API's error with its code (and a reload button on CONFLICT), and the submit button with any
 * extra buttons beside it. The forms module marks the form novalidate: the fields say what is wrong.
 *
 * Content marked `glFormIntro` (a panel's heading and text) goes before the fieldset, content
 * marked `glFormActions` (Cancel) beside the submit button, the rest (the fields) in between.
 *
 * A CommandFormComponent passes itself as `commandForm`: the shell shows its command and submits
 * it. Other forms (queries) pass their `command` state and handle `(ngSubmit)` themselves.
 */
type CommandView = Pick<CommandForm, 'disabled' | 'submitting' | 'error'>;

/** What a CommandFormComponent offers its shell. */
export interface SubmittableForm {
  readonly command: CommandView;
  submit(): unknown;
}

@Component({
  // An attribute on <form>, not an element, so the fields stay the form's direct content (see above).
  // eslint-disable-next-line @angular-eslint/component-selector
  selector: 'form[glFormShell]',
  imports: [FormError],
  template: `
    <ng-content select="[glFormIntro]" />
    <fieldset [disabled]="state().disabled()">
      @if (legend()) {
        <legend [attr.id]="legendId()">{{ legend() }}</legend>
      }
      <gl-form-error [error]="state().error()" [heading]="errorHeading()" [conflict]="conflict()" (reload)="reload.emit()" />
      <ng-content />
      <div class="button-row">
        <button type="submit" [class.warning]="warning()" [disabled]="state().submitting() || submitDisabled()">
          {{ state().submitting() ? (busyLabel() ?? submitLabel()) : submitLabel() }}
        </button>
        <ng-content select="[glFormActions]" />
      </div>
    </fieldset>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormShell {
  /** The command form component this shell frames: its command is shown and submitted here. */
  readonly commandForm = input<SubmittableForm | null>(null);
  /** Otherwise the command's state: whether it may be sent, is being sent, and the API's error. */
  readonly command = input<CommandView | null>(null);
  readonly submitLabel = input.required<string>();
  /** The button's text while the command is sent; the submit label when not given. */
  readonly busyLabel = input<string | null>(null);
  /** The fieldset's legend; forms in a panel with their own heading have none. */
  readonly legend = input<string | null>(null);
  /** For a form labelled by its legend (`aria-labelledby`). */
  readonly legendId = input<string | null>(null);
  /** "The … was not …" above the API's message. */
  readonly errorHeading = input('This was not recorded');
  readonly conflict = input(CONFLICT_ADVICE);
  /** The form cannot be sent yet (e.g. a quorum not reached); the form says why beside the button. */
  readonly submitDisabled = input(false);
  /** A destructive command: the submit button is red. */
  readonly warning = input(false);
  /** The user asked to reload after a CONFLICT. */
  readonly reload = output<void>();

  protected readonly state = computed(() => {
    const state = this.commandForm()?.command ?? this.command();
    if (!state) {
      throw new Error('glFormShell needs a [commandForm] or a [command].');
    }
    return state;
  });

  constructor() {
    inject(FormGroupDirective, { self: true, optional: true })
      ?.ngSubmit.pipe(takeUntilDestroyed())
      .subscribe(() => void this.commandForm()?.submit());
  }
}
