import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandForm } from '../../../shared/forms/command-form';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import { today } from '../../../shared/format';
import type { Course, StaffMember, TrainingRecord } from '../workforce.types';
import { TrainingData } from './training-data';

/** Puts a course on a person's training plan for a date. */
@Component({
  selector: 'gl-plan-training-form',
  imports: [ReactiveFormsModule, FormShell, Field],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      (ngSubmit)="submit()"
      legend="Plan training"
      errorHeading="The training was not planned"
      submitLabel="Plan training"
      [command]="command"
    >
      <gl-field label="Person" error="Choose a person.">
        <select formControlName="staffMemberId">
          <option value="">Choose a person</option>
          @for (person of people(); track person.id) {
            <option [value]="person.id">{{ person.displayName }} – {{ person.jobTitle }}</option>
          }
        </select>
      </gl-field>
      <gl-field label="Course" error="Choose a course.">
        <select formControlName="courseId">
          <option value="">Choose a course</option>
          @for (course of courses(); track course.id) {
            <option [value]="course.id">{{ course.title }} ({{ course.provider }})</option>
          }
        </select>
      </gl-field>
      <gl-field label="Planned for" error="Enter the date the training is planned for.">
        <input type="date" formControlName="plannedFor" />
      </gl-field>
      <gl-field label="Reason" hint="For example the skills gap it closes, or a refresher that is due." error="Enter the reason.">
        <textarea rows="2" formControlName="reason"></textarea>
      </gl-field>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanTrainingForm {
  private readonly data = inject(TrainingData);

  readonly people = input<readonly StaffMember[]>([]);
  readonly courses = input<readonly Course[]>([]);
  readonly disabled = input(false);
  readonly saved = output<TrainingRecord>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    staffMemberId: ['', Validators.required],
    courseId: ['', Validators.required],
    plannedFor: [today(), Validators.required],
    reason: ['', Validators.required],
  });
  protected readonly command = new CommandForm(this.form, this.disabled);

  protected submit(): Promise<boolean> {
    const { staffMemberId, courseId, plannedFor, reason } = this.form.getRawValue();
    return this.command.submit(
      () => this.data.planTraining({ staffMemberId, courseId, plannedFor, reason: reason.trim() }),
      (record) => this.saved.emit(record),
    );
  }
}
