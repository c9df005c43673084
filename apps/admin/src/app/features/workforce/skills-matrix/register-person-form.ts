import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { newCommandId } from '../../../shared/forms/command-id';
import { CommandState } from '../../../shared/forms/command-state';
import { FormError } from '../../../shared/forms/form-error';
import { isInvalid } from '../../../shared/forms/is-invalid';
import type { StaffMember } from '../workforce.types';
import { SkillsData } from './skills-data';

/** Registers a staff member; their name and email are personal data the API can later erase. */
@Component({
  selector: 'gl-register-person-form',
  imports: [ReactiveFormsModule, FormError],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <fieldset [disabled]="disabled()">
        <legend>Register a staff member</legend>
        <gl-form-error [error]="command.error()" heading="The staff member was not registered" />

        <div class="field">
          <label for="person-name">Full name</label>
          @if (invalid(form.controls.displayName)) {
            <p class="field-error">Enter the person’s name.</p>
          }
          <input id="person-name" type="text" formControlName="displayName" autocomplete="off" [attr.aria-invalid]="invalid(form.controls.displayName)" />
        </div>
        <div class="field">
          <label for="person-email">Email address</label>
          @if (invalid(form.controls.email)) {
            <p class="field-error">Enter an email address like name&#64;example.gov.uk.</p>
          }
          <input id="person-email" type="email" formControlName="email" autocomplete="off" spellcheck="false" [attr.aria-invalid]="invalid(form.controls.email)" />
        </div>
        <div class="field">
          <label for="person-job-title">Job title</label>
          <p class="hint" id="person-job-title-hint">Requirements are set per job title, so use the same wording for the same job.</p>
          @if (invalid(form.controls.jobTitle)) {
            <p class="field-error">Enter the job title.</p>
          }
          <input
            id="person-job-title"
            type="text"
            formControlName="jobTitle"
            list="person-job-titles"
            aria-describedby="person-job-title-hint"
            [attr.aria-invalid]="invalid(form.controls.jobTitle)"
          />
          <datalist id="person-job-titles">
            @for (title of jobTitles(); track title) {
              <option [value]="title"></option>
            }
          </datalist>
        </div>
        <div class="field">
          <label for="person-department">Department</label>
          @if (invalid(form.controls.department)) {
            <p class="field-error">Enter the department.</p>
          }
          <input id="person-department" type="text" formControlName="department" [attr.aria-invalid]="invalid(form.controls.department)" />
        </div>
        <button type="submit" [disabled]="command.submitting()">Register staff member</button>
      </fieldset>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegisterPersonForm {
  private readonly data = inject(SkillsData);

  readonly jobTitles = input<readonly string[]>([]);
  readonly disabled = input(false);
  readonly saved = output<StaffMember>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', Validators.required],
    email: ['', [Validators.required, Validators.email]],
    jobTitle: ['', Validators.required],
    department: ['', Validators.required],
  });
  protected readonly command = new CommandState();
  protected readonly invalid = isInvalid;
  private commandId = newCommandId();

  protected async submit(): Promise<void> {
    if (this.disabled()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { displayName, email, jobTitle, department } = this.form.getRawValue();
    await this.command.run(async () => {
      const person = await this.data.registerStaffMember({
        displayName: displayName.trim(),
        email: email.trim(),
        jobTitle: jobTitle.trim(),
        department: department.trim(),
        commandId: this.commandId,
      });
      this.commandId = newCommandId();
      this.form.reset();
      this.saved.emit(person);
    });
  }
}
