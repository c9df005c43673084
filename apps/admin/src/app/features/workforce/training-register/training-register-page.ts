import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';

import { RegisterLoader } from '../../../shared/register/register-loader';
import { RegisterStatus } from '../../../shared/register/register-status';
import type { TrainingRecord } from '../workforce.types';
import { WorkforceAccess } from '../workforce-access';
import { AddCourseForm } from './add-course-form';
import { CourseList } from './course-list';
import { PlanTrainingForm } from './plan-training-form';
import { OutcomeSubject, RecordOutcomeForm } from './record-outcome-form';
import { TrainingData } from './training-data';
import { TrainingDuePanel } from './training-due-panel';
import { DUE_WITHIN_DAYS } from './training-register.documents';
import { TrainingTable } from './training-table';

/**
 * The training register. HR leads and admins keep it; readers see it all with what is due;
 * STAFF see their own records only (the API filters) and no forms.
 */
@Component({
  selector: 'gl-training-register-page',
  imports: [RegisterStatus, TrainingTable, TrainingDuePanel, CourseList, AddCourseForm, PlanTrainingForm, RecordOutcomeForm],
  templateUrl: './training-register-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainingRegisterPage {
  private readonly data = inject(TrainingData);
  private readonly access = inject(WorkforceAccess);
  protected readonly canEdit = this.access.canEdit;
  protected readonly canReadAll = this.access.canReadAll;
  protected readonly register = new RegisterLoader((asOf) =>
    this.data.load(asOf, { withDue: this.canReadAll(), withForms: this.canEdit() }),
  );
  protected readonly outcomeSubject = signal<OutcomeSubject | null>(null);
  protected readonly withinDays = DUE_WITHIN_DAYS;
  protected readonly caption = computed(() => (this.canReadAll() ? 'Training records' : 'Your training record'));

  constructor() {
    void this.register.reload();
  }

  protected chooseForOutcome(record: TrainingRecord): void {
    this.outcomeSubject.set({ staffMemberId: record.staffMember.id, courseId: record.course.id });
  }
}
