import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input, output, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandState } from '../../../shared/forms/command-state';
import { FormError } from '../../../shared/forms/form-error';
import { isInvalid } from '../../../shared/forms/is-invalid';
import { today } from '../../../shared/format';
import type { Course, StaffMember, TrainingOutcome, TrainingRecord } from '../workforce.types';
import { TRAINING_OUTCOMES, TRAINING_STATUS_LABELS } from './training-labels';
import { TrainingData } from './training-data';

export interface OutcomeSubject {
  staffMemberId: string;
  courseId: string;
}

/** Records a booking, attendance, completion, failure or no-show, with its date and evidence. */
@Component({
  selector: 'gl-record-outcome-form',
  imports: [ReactiveFormsModule, FormError],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <fieldset [disabled]="disabled()">
        <legend>Record an outcome</legend>
        <gl-form-error [error]="command.error()" heading="The outcome was not recorded" />

        <div class="field">
          <label for="outcome-person">Person</label>
          @if (invalid(form.controls.staffMemberId)) {
            <p class="field-error">Choose a person.</p>
          }
          <select id="outcome-person" formControlName="staffMemberId" [attr.aria-invalid]="invalid(form.controls.staffMemberId)">
            <option value="">Choose a person</option>
            @for (person of people(); track person.id) {
              <option [value]="person.id">{{ person.displayName }} – {{ person.jobTitle }}</option>
            }
          </select>
        </div>
        <div class="field">
          <label for="outcome-course">Course</label>
          @if (invalid(form.controls.courseId)) {
            <p class="field-error">Choose a course.</p>
          }
          <select id="outcome-course" formControlName="courseId" [attr.aria-invalid]="invalid(form.controls.courseId)">
            <option value="">Choose a course</option>
            @for (course of courses(); track course.id) {
              <option [value]="course.id">{{ course.title }} ({{ course.provider }})</option>
            }
          </select>
        </div>
        <div class="field">
          <label for="outcome-status">Outcome</label>
          <select id="outcome-status" #status formControlName="status">
            @for (outcome of outcomes; track outcome) {
              <option [value]="outcome">{{ labels[outcome] }}</option>
            }
          </select>
        </div>
        <div class="field">
          <label for="outcome-date">Date</label>
          <p class="hint" id="outcome-date-hint">Only a booking can be for a future date.</p>
          @if (invalid(form.controls.date)) {
            <p class="field-error">Enter the date.</p>
          }
          <input
            id="outcome-date"
            type="date"
            formControlName="date"
            aria-describedby="outcome-date-hint"
            [attr.aria-invalid]="invalid(form.controls.date)"
          />
        </div>
        <div class="field">
          <label for="outcome-evidence">Evidence (optional)</label>
          <p class="hint" id="outcome-evidence-hint">
            For example a certificate number. A completion with evidence raises assessed levels as the course says.
          </p>
          <textarea id="outcome-evidence" rows="2" formControlName="evidence" aria-describedby="outcome-evidence-hint"></textarea>
        </div>
        <button type="submit" [disabled]="command.submitting()">Record outcome</button>
      </fieldset>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordOutcomeForm {
  private readonly data = inject(TrainingData);
  private readonly statusField = viewChild.required<ElementRef<HTMLSelectElement>>('status');

  readonly people = input<readonly StaffMember[]>([]);
  readonly courses = input<readonly Course[]>([]);
  /** A record chosen in the table: fills in the person and course and moves focus here. */
  readonly subject = input<OutcomeSubject | null>(null);
  readonly disabled = input(false);
  readonly saved = output<TrainingRecord>();

  protected readonly outcomes = TRAINING_OUTCOMES;
  protected readonly labels = TRAINING_STATUS_LABELS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    staffMemberId: ['', Validators.required],
    courseId: ['', Validators.required],
    status: ['COMPLETED' as TrainingOutcome, Validators.required],
    date: [today(), Validators.required],
    evidence: [''],
  });
  protected readonly command = new CommandState();
  protected readonly invalid = isInvalid;

  constructor() {
    effect(() => {
      const subject = this.subject();
      if (subject) {
        this.form.patchValue(subject);
        this.statusField().nativeElement.focus();
      }
    });
  }

  protected async submit(): Promise<void> {
    if (this.disabled()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { staffMemberId, courseId, status, date, evidence } = this.form.getRawValue();
    await this.command.run(async () => {
      const record = await this.data.recordOutcome({ staffMemberId, courseId, status, date, evidence: evidence.trim() || null });
      this.form.reset();
      this.saved.emit(record);
    });
  }
}
