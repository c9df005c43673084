import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandFormComponent } from '../../../shared/forms/command-form-component';
import { Field } from '../../../shared/forms/field';
import { FocusOnOpen } from '../../../shared/focus-on-open';
import { FormShell } from '../../../shared/forms/form-shell';
import type { StaffMember } from '../workforce.types';
import { SkillsData } from './skills-data';

/**
 * GDPR erasure of one person, after a second, explicit confirmation with the reason. It cannot
 * be undone: the API destroys the key their name and email were sealed with.
 */
@Component({
  selector: 'gl-erase-person-form',
  imports: [ReactiveFormsModule, FormShell, Field, FocusOnOpen],
  template: `
    <form
      glFormShell
      class="panel erase"
      [formGroup]="form"
      aria-labelledby="erase-title"
      errorHeading="The personal data was not erased"
      submitLabel="Erase personal data for good"
      [warning]="true"
      [commandForm]="this"
    >
      <h2 glFormIntro id="erase-title" glFocusOnOpen tabindex="-1">Erase the personal data of {{ person().displayName }}?</h2>
      <p glFormIntro>
        Their name and email address will be gone for good, from every register, replay and export. Their posts, assessments and training
        records stay, shown as “Erased person”. This cannot be undone.
      </p>
      <gl-field
        label="Reason for erasure"
        hint="For example a right-to-erasure request, or the person left the authority."
        error="Enter the reason for erasure."
      >
        <textarea rows="2" formControlName="reason"></textarea>
      </gl-field>
      <button glFormActions type="button" class="secondary" (click)="cancelled.emit()">Cancel</button>
    </form>
  `,
  styles: `
    .erase {
      border: 3px solid var(--error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErasePersonForm extends CommandFormComponent<StaffMember> {
  private readonly data = inject(SkillsData);

  readonly person = input.required<StaffMember>();
  readonly cancelled = output<void>();

  protected readonly form = inject(NonNullableFormBuilder).group({ reason: ['', Validators.required] });
  protected override readonly submitOptions = { reset: false };

  protected send(): Promise<StaffMember> {
    return this.data.erasePersonalData(this.person().id, this.form.getRawValue().reason.trim());
  }
}
