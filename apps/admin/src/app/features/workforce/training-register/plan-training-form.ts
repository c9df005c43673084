import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandFormComponent } from '../../../shared/forms/command-form-component';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import { PersonSelect } from '../../../shared/forms/person-select';
import { today } from '../../../shared/format/format';
import type { Course, StaffMember, TrainingRecord } from '../workforce.types';
import { CourseSelect } from './course-select';
import { TrainingData } from './training-data';

/** Puts a course on a person's training plan for a date. */
@Component({
  selector: 'gl-plan-training-form',
  imports: [ReactiveFormsModule, FormShell, Field, PersonSelect, CourseSelect],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      legend="Plan training"
      errorHeading="The training was not planned"
      submitLabel="Plan training"
      [commandForm]="this"
    >
      <gl-person-select [control]="form.controls.staffMemberId" [people]="people()" />
      <gl-course-select [control]="form.controls.courseId" [courses]="courses()" />
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
export class PlanTrainingForm extends CommandFormComponent<TrainingRecord> {
  private readonly data = inject(TrainingData);

  readonly people = input<readonly StaffMember[]>([]);
  readonly courses = input<readonly Course[]>([]);

  protected readonly form = inject(NonNullableFormBuilder).group({
    staffMemberId: ['', Validators.required],
    courseId: ['', Validators.required],
    plannedFor: [today(), Validators.required],
    reason: ['', Validators.required],
  });

  protected send(): Promise<TrainingRecord> {
    const { staffMemberId, courseId, plannedFor, reason } = this.form.getRawValue();
    return this.data.planTraining({ staffMemberId, courseId, plannedFor, reason: reason.trim() });
  }
}
