import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { EnumLabelPipe } from '../../../shared/format/format-pipes';
import { CommandFormComponent } from '../../../shared/forms/command-form-component';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import { PersonSelect } from '../../../shared/forms/person-select';
import { today } from '../../../shared/format/format';
import type { Course, StaffMember, TrainingOutcome, TrainingRecord } from '../workforce.types';
import { TRAINING_OUTCOMES } from './training-labels';
import { CourseSelect } from './course-select';
import { TrainingData } from './training-data';

export interface OutcomeSubject {
  staffMemberId: string;
  courseId: string;
}

/** Records a booking, attendance, completion, failure or no-show, with its date and evidence. */
@Component({
  selector: 'gl-record-outcome-form',
  imports: [EnumLabelPipe, ReactiveFormsModule, FormShell, Field, PersonSelect, CourseSelect],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      legend="Record an outcome"
      errorHeading="The outcome was not recorded"
      submitLabel="Record outcome"
      [commandForm]="this"
    >
      <gl-person-select [control]="form.controls.staffMemberId" [people]="people()" />
      <gl-course-select [control]="form.controls.courseId" [courses]="courses()" />
      <gl-field label="Outcome">
        <select id="outcome-status" #status formControlName="status">
          @for (outcome of outcomes; track outcome) {
            <option [value]="outcome">{{ outcome | enumLabel: 'TrainingStatus' }}</option>
          }
        </select>
      </gl-field>
      <gl-field label="Date" hint="Only a booking can be for a future date." error="Enter the date.">
        <input type="date" formControlName="date" />
      </gl-field>
      <gl-field
        label="Evidence (optional)"
        hint="For example a certificate number. A completion with evidence raises assessed levels as the course says."
      >
        <textarea rows="2" formControlName="evidence"></textarea>
      </gl-field>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordOutcomeForm extends CommandFormComponent<TrainingRecord> {
  private readonly data = inject(TrainingData);
  private readonly statusField = viewChild.required<ElementRef<HTMLSelectElement>>('status');

  readonly people = input<readonly StaffMember[]>([]);
  readonly courses = input<readonly Course[]>([]);
  /** A record chosen in the table: fills in the person and course and moves focus here. */
  readonly subject = input<OutcomeSubject | null>(null);

  protected readonly outcomes = TRAINING_OUTCOMES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    staffMemberId: ['', Validators.required],
    courseId: ['', Validators.required],
    status: ['COMPLETED' as TrainingOutcome, Validators.required],
    date: [today(), Validators.required],
    evidence: [''],
  });

  constructor() {
    super();
    effect(() => {
      const subject = this.subject();
      if (subject) {
        this.form.patchValue(subject);
        this.statusField().nativeElement.focus();
      }
    });
  }

  protected send(): Promise<TrainingRecord> {
    const { staffMemberId, courseId, status, date, evidence } = this.form.getRawValue();
    return this.data.recordOutcome({ staffMemberId, courseId, status, date, evidence: evidence.trim() || null });
  }
}
