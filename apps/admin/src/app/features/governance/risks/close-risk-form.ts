import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandFormComponent } from '../../../shared/forms/command-form-component';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import type { Risk } from '../governance.types';
import { RisksData } from './risks-data';

/** Takes a risk off the live register with the reason; its scores and reviews stay on the record. */
@Component({
  selector: 'gl-close-risk-form',
  imports: [ReactiveFormsModule, FormShell, Field],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      legend="Close this risk"
      errorHeading="The risk was not closed"
      submitLabel="Close this risk"
      conflict="Someone changed this risk since the page loaded, so it was not closed. Reload to see it as it is now, then try again."
      [commandForm]="this"
      (reload)="reloadRequested.emit()"
    >
      <gl-field
        label="Why it is closed"
        hint="A closed risk leaves the heat map and the review cycle; its history stays."
        error="Say why the risk no longer threatens the strategy."
      >
        <textarea rows="2" formControlName="reason"></textarea>
      </gl-field>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CloseRiskForm extends CommandFormComponent<Risk> {
  private readonly data = inject(RisksData);

  readonly risk = input.required<Risk>();
  readonly reloadRequested = output<void>();

  protected readonly form = inject(NonNullableFormBuilder).group({ reason: ['', Validators.required] });

  protected send(commandId: string): Promise<Risk> {
    const risk = this.risk();
    return this.data.close({ riskId: risk.id, reason: this.form.getRawValue().reason.trim(), expectedRevision: risk.revision, commandId });
  }
}
