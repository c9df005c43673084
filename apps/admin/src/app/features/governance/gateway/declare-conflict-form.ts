import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';

import { CommandFormComponent } from '../../../shared/forms/command-form-component';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import type { PersonRef, Procurement } from '../governance.types';
import { GatewayData } from './gateway-data';

/** A person chosen from the list, or (where the list may be incomplete) a staff id typed in. */
const somebody = (group: AbstractControl): ValidationErrors | null => {
  const { staffMemberId, otherId } = group.value as { staffMemberId: string; otherId: string };
  return staffMemberId || otherId.trim() ? null : { somebody: true };
};

/**
 * Declares that a staff member has a conflict of interest in the procurement: they can then neither
 * decide nor record its decisions. People declare their own; a procurement lead may record one for
 * someone else, with the reason (the API refuses it otherwise).
 */
@Component({
  selector: 'gl-declare-conflict-form',
  imports: [ReactiveFormsModule, FormShell, Field],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      legend="Declare a conflict of interest"
      errorHeading="The conflict of interest was not declared"
      submitLabel="Declare conflict"
      [commandForm]="this"
    >
      @if (people().length) {
        <gl-field label="Staff member">
          <select formControlName="staffMemberId">
            <option value="">Choose a person</option>
            @for (person of people(); track person.id) {
              <option [value]="person.id">{{ person.displayName }}{{ person.jobTitle ? ' – ' + person.jobTitle : '' }}</option>
            }
          </select>
        </gl-field>
      }
      @if (allowOthers()) {
        <gl-field
          [label]="people().length ? 'Or their staff member id' : 'Staff member id'"
          hint="Your role cannot list staff: give the id of anyone not listed."
        >
          <input type="text" formControlName="otherId" autocomplete="off" spellcheck="false" />
        </gl-field>
      }
      @if (form.touched && form.hasError('somebody')) {
        <p class="field-error">Choose who has the conflict of interest.</p>
      }
      <gl-field label="Nature of the conflict" hint="For example a family member works for a bidder." error="Describe the conflict.">
        <textarea rows="2" formControlName="nature"></textarea>
      </gl-field>
      @if (recordsForOthers()) {
        <gl-field
          label="Reason for recording it on their behalf"
          hint="Needed when the conflict is someone else’s, for example declared at a meeting they left. Leave empty for your own."
        >
          <textarea rows="2" formControlName="onBehalfReason"></textarea>
        </gl-field>
      }
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeclareConflictForm extends CommandFormComponent<string> {
  private readonly data = inject(GatewayData);

  readonly procurement = input.required<Procurement>();
  readonly people = input<readonly PersonRef[]>([]);
  readonly allowOthers = input(false);
  /** The user may record a conflict for someone else, and is asked why. */
  readonly recordsForOthers = input(false);

  protected readonly form = inject(NonNullableFormBuilder).group(
    { staffMemberId: [''], otherId: [''], nature: ['', Validators.required], onBehalfReason: [''] },
    { validators: somebody },
  );

  /** Resolves to the person's name (or id), for the page's notice. */
  protected async send(commandId: string): Promise<string> {
    const { staffMemberId, otherId, nature, onBehalfReason } = this.form.getRawValue();
    const id = staffMemberId || otherId.trim();
    const reason = onBehalfReason.trim();
    await this.data.declareConflict({
      procurementId: this.procurement().id,
      staffMemberId: id,
      nature: nature.trim(),
      ...(reason ? { onBehalfReason: reason } : {}),
      commandId,
    });
    return this.people().find((person) => person.id === id)?.displayName ?? `Staff member ${id}`;
  }
}
