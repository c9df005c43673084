import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandFormComponent } from '../../../shared/forms/command-form-component';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import type { StaffMember } from '../workforce.types';
import { SkillsData } from './skills-data';

/** Registers a staff member; their name and email are personal data the API can later erase. */
@Component({
  selector: 'gl-register-person-form',
  imports: [ReactiveFormsModule, FormShell, Field],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      legend="Register a staff member"
      errorHeading="The staff member was not registered"
      submitLabel="Register staff member"
      [commandForm]="this"
    >
      <gl-field label="Full name" error="Enter the person’s name.">
        <input type="text" formControlName="displayName" autocomplete="off" />
      </gl-field>
      <gl-field label="Email address" error="Enter an email address like name&#64;example.gov.uk.">
        <input type="email" formControlName="email" autocomplete="off" spellcheck="false" />
      </gl-field>
      <gl-field
        label="Job title"
        hint="Requirements are set per job title, so use the same wording for the same job."
        error="Enter the job title."
      >
        <input type="text" formControlName="jobTitle" list="person-job-titles" />
        <datalist id="person-job-titles">
          @for (title of jobTitles(); track title) {
            <option [value]="title"></option>
          }
        </datalist>
      </gl-field>
      <gl-field label="Department" error="Enter the department.">
        <input type="text" formControlName="department" />
      </gl-field>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegisterPersonForm extends CommandFormComponent<StaffMember> {
  private readonly data = inject(SkillsData);

  readonly jobTitles = input<readonly string[]>([]);

  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', Validators.required],
    email: ['', [Validators.required, Validators.email]],
    jobTitle: ['', Validators.required],
    department: ['', Validators.required],
  });

  protected send(commandId: string): Promise<StaffMember> {
    const { displayName, email, jobTitle, department } = this.form.getRawValue();
    return this.data.registerStaffMember({
      displayName: displayName.trim(),
      email: email.trim(),
      jobTitle: jobTitle.trim(),
      department: department.trim(),
      commandId,
    });
  }
}
