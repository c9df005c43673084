import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandState } from '../../../shared/forms/command-state';
import { FormError } from '../../../shared/forms/form-error';
import { isInvalid } from '../../../shared/forms/is-invalid';
import { today } from '../../../shared/format';
import type { Course, StaffMember, TrainingRecord } from '../workforce.types';
import { TrainingData } from './training-data';

/** Puts a course on a person's training plan for a date. */
@Component({
  selector: 'gl-plan-training-form',
  imports: [ReactiveFormsModule, FormError],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <fieldset [disabled]="disabled()">
        <legend>Plan training</legend>
        <gl-form-error [error]="command.error()" heading="The training was not planned" />

        <div class="field">
          <label for="plan-person">Person</label>
          @if (invalid(form.controls.staffMemberId)) {
            <p class="field-error">Choose a person.</p>
          }
          <select id="plan-person" formControlName="staffMemberId" [attr.aria-invalid]="invalid(form.controls.staffMemberId)">
            <option value="">Choose a person</option>
            @for (person of people(); track person.id) {
              <option [value]="person.id">{{ person.displayName }} – {{ person.jobTitle }}</option>
            }
          </select>
        </div>
        <div class="field">
          <label for="plan-course">Course</label>
          @if (invalid(form.controls.courseId)) {
            <p class="field-error">Choose a course.</p>
          }
          <select id="plan-course" formControlName="courseId" [attr.aria-invalid]="invalid(form.controls.courseId)">
            <option value="">Choose a course</option>
            @for (course of courses(); track course.id) {
              <option [value]="course.id">{{ course.title }} ({{ course.provider }})</option>
            }
          </select>
        </div>
        <div class="field">
          <label for="plan-date">Planned for</label>
          @if (invalid(form.controls.plannedFor)) {
            <p class="field-error">Enter the date the training is planned for.</p>
          }
          <input id="plan-date" type="date" formControlName="plannedFor" [attr.aria-invalid]="invalid(form.controls.plannedFor)" />
        </div>
        <div class="field">
          <label for="plan-reason">Reason</label>
          <p class="hint" id="plan-reason-hint">For example the skills gap it closes, or a refresher that is due.</p>
          @if (invalid(form.controls.reason)) {
            <p class="field-error">Enter the reason.</p>
          }
          <textarea
            id="plan-reason"
            rows="2"
            formControlName="reason"
            aria-describedby="plan-reason-hint"
            [attr.aria-invalid]="invalid(form.controls.reason)"
          ></textarea>
        </div>
        <button type="submit" [disabled]="command.submitting()">Plan training</button>
      </fieldset>
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
  protected readonly command = new CommandState();
  protected readonly invalid = isInvalid;

  protected async submit(): Promise<void> {
    if (this.disabled()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { staffMemberId, courseId, plannedFor, reason } = this.form.getRawValue();
    await this.command.run(async () => {
      const record = await this.data.planTraining({ staffMemberId, courseId, plannedFor, reason: reason.trim() });
      this.form.reset();
      this.saved.emit(record);
    });
  }
}
