import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { GraphqlClient } from '../../../core/graphql/graphql-client';
import { ChangeStaffMemberDetailsDocument } from '../../../generated/graphql';
import type { ChangeStaffMemberDetailsInput } from '../../../generated/graphql';
import { CommandFormComponent } from '../../../shared/forms/command-form-component';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import type { StaffMember } from '../workforce.types';

type Details = Pick<StaffMember, 'displayName' | 'jobTitle' | 'department'> & { email?: string | null };

/** Only what differs from the record is sent (a blank email keeps the one on record). */
export function changedDetails(before: Details, after: Details): Partial<Details> {
  const changed: Partial<Details> = {};
  for (const key of ['displayName', 'email', 'jobTitle', 'department'] as const) {
    const value = after[key]?.trim() ?? '';
    if (value !== '' && value !== (before[key] ?? '')) changed[key] = value;
  }
  return changed;
}

/**
 * A move, a promotion, a new name or email: the person's details as they are, to change. A new
 * job title re-targets their required levels in the skills matrix; earlier instants keep the old.
 */
@Component({
  selector: 'gl-change-details-form',
  imports: [ReactiveFormsModule, FormShell, Field],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      legend="Change a staff member’s details"
      errorHeading="The details were not changed"
      submitLabel="Change details"
      busyLabel="Saving…"
      [commandForm]="this"
    >
      <gl-field label="Staff member" error="Choose whose details change.">
        <select formControlName="staffMemberId" (change)="fill()">
          <option value="">Choose a person</option>
          @for (person of people(); track person.id) {
            <option [value]="person.id">{{ person.displayName }} – {{ person.jobTitle }}, {{ person.department }}</option>
          }
        </select>
      </gl-field>

      @if (chosen()) {
        <gl-field label="Job title" hint="A new job title re-targets the levels they need." error="Enter the job title.">
          <input type="text" formControlName="jobTitle" list="details-job-titles" />
          <datalist id="details-job-titles">
            @for (title of jobTitles(); track title) {
              <option [value]="title"></option>
            }
          </datalist>
        </gl-field>
        <gl-field label="Department" error="Enter the department.">
          <input type="text" formControlName="department" />
        </gl-field>
        <gl-field label="Full name" error="Enter the person’s name.">
          <input type="text" formControlName="displayName" autocomplete="off" />
        </gl-field>
        <gl-field
          label="Email address"
          hint="Leave blank to keep the email on record. Their sign-in account keeps its own email."
          error="Enter an email address like name&#64;example.gov.uk."
        >
          <input type="email" formControlName="email" autocomplete="off" spellcheck="false" />
        </gl-field>
        <gl-field label="Reason" hint="For example promoted, moved to another team, a new surname." error="Enter the reason.">
          <textarea rows="2" formControlName="reason"></textarea>
        </gl-field>
        @if (unchanged()) {
          <p class="field-error" role="alert">Change at least one detail.</p>
        }
      }
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangeDetailsForm extends CommandFormComponent<StaffMember> {
  private readonly graphql = inject(GraphqlClient);

  /** Job titles in use, offered as suggestions. */
  readonly jobTitles = input<readonly string[]>([]);

  protected readonly form = inject(NonNullableFormBuilder).group({
    staffMemberId: ['', Validators.required],
    jobTitle: ['', Validators.required],
    department: ['', Validators.required],
    displayName: ['', Validators.required],
    email: ['', Validators.email],
    reason: ['', Validators.required],
  });
  /** The people who may be chosen (the page's people, not erased). */
  readonly people = input<readonly StaffMember[]>([]);
  protected readonly unchanged = signal(false);
  private readonly chosenId = toSignal(this.form.controls.staffMemberId.valueChanges, { initialValue: '' });
  protected readonly chosen = computed(() => this.people().find((person) => person.id === this.chosenId()) ?? null);

  protected fill(): void {
    const person = this.chosen();
    this.unchanged.set(false);
    if (person) {
      this.form.patchValue({
        jobTitle: person.jobTitle,
        department: person.department,
        displayName: person.displayName,
        email: '',
        reason: '',
      });
    }
  }

  override async submit(): Promise<boolean> {
    const person = this.chosen();
    this.unchanged.set(!!person && Object.keys(changedDetails(person, this.form.getRawValue())).length === 0);
    if (this.unchanged()) return false;
    return super.submit();
  }

  protected async send(commandId: string): Promise<StaffMember> {
    const { staffMemberId, reason } = this.form.getRawValue();
    const person = this.chosen();
    const input: ChangeStaffMemberDetailsInput = {
      staffMemberId,
      reason: reason.trim(),
      commandId,
      ...(person ? changedDetails(person, this.form.getRawValue()) : {}),
    };
    return (await this.graphql.execute(ChangeStaffMemberDetailsDocument, { input })).changeStaffMemberDetails;
  }
}
