import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';

import { RegisterLoader, loadRegister } from '../../../shared/register/register-loader';
import { RegisterStatus } from '../../../shared/register/register-status';
import { RegisterDownload } from '../../../shared/spreadsheets/register-download';
import { ImportPanel } from '../spreadsheet-import/import-panel';
import type { TrainingRecord } from '../workforce.types';
import { WorkforceAccess } from '../workforce-access';
import { AddCourseForm } from './add-course-form';
import { CancelTrainingForm } from './cancel-training-form';
import { CourseList } from './course-list';
import { PlanTrainingForm } from './plan-training-form';
import { OutcomeSubject, RecordOutcomeForm } from './record-outcome-form';
import { TrainingDuePanel } from './training-due-panel';
import { DUE_WITHIN_DAYS, TrainingData, TrainingView } from './training-data';
import { TrainingTable } from './training-table';
import { Change, RecordChanges } from '../../../shared/record-changes';
import { RegisterPager, RegisterPaging, WorkforceFilterBar } from '../register-filters';

/** Training records per page. */
export const RECORDS_PER_PAGE = 100;

/** The outcome form's legend, and the button that opens it. */
const RECORD_AN_OUTCOME = 'Record an outcome';

/**
 * The training register. HR leads and admins keep it; readers see it all with what is due;
 * STAFF see their own records only (the API filters) and no forms.
 */
@Component({
  selector: 'gl-training-register-page',
  imports: [
    RegisterDownload,
    ImportPanel,
    Change,
    RecordChanges,
    RegisterStatus,
    WorkforceFilterBar,
    RegisterPager,
    TrainingTable,
    TrainingDuePanel,
    CourseList,
    AddCourseForm,
    PlanTrainingForm,
    RecordOutcomeForm,
    CancelTrainingForm,
  ],
  template: `
    <h1>Training register</h1>
    <p class="lead">Courses, training plans, bookings, attendance, outcomes and qualification expiry.</p>

    <gl-register-status [register]="register" subject="The training register" />
    <gl-register-download register="training-register" [asOf]="register.asOf()" />
    <gl-import-panel kind="training-records" (imported)="register.changed($event)" />

    @if (register.value(); as view) {
      @if (view.due; as due) {
        <gl-training-due-panel [due]="due" [withinDays]="withinDays" />
      }

      @if (view.filterOptions; as options) {
        <gl-workforce-filter-bar
          label="Filter the training register"
          [options]="options"
          [filter]="paging.filter()"
          (filterChange)="paging.setFilter($event)"
        />
      }
      <gl-register-pager
        noun="Records"
        [offset]="view.offset"
        [shown]="view.records.length"
        [more]="view.more"
        (previous)="paging.previous()"
        (next)="paging.next()"
      />

      <gl-training-table
        [records]="view.records"
        [caption]="caption()"
        [canEdit]="canEdit()"
        [disabled]="register.historical()"
        (recordOutcome)="chooseForOutcome($event)"
        (cancelRequested)="cancelling.set($event)"
      />

      @if (cancelling(); as record) {
        @for (key of [record.id]; track key) {
          <gl-cancel-training-form
            [record]="record"
            [disabled]="register.historical()"
            (saved)="cancelled($event)"
            (closed)="cancelling.set(null)"
          />
        }
      }

      <gl-course-list [courses]="view.courses" />

      @if (canEdit()) {
        <gl-record-changes>
          <ng-template glChange="Add a course">
            <gl-add-course-form
              [competencies]="view.competencies"
              [disabled]="register.historical()"
              (saved)="register.changed('“' + $event.title + '” was added to the courses.')"
            />
          </ng-template>
          <ng-template glChange="Plan training">
            <gl-plan-training-form
              [people]="view.people"
              [courses]="view.courses"
              [disabled]="register.historical()"
              (saved)="register.changed('“' + $event.course.title + '” was planned for ' + $event.staffMember.displayName + '.')"
            />
          </ng-template>
          <ng-template [glChange]="recordAnOutcome">
            <gl-record-outcome-form
              [people]="view.people"
              [courses]="view.courses"
              [subject]="outcomeSubject()"
              [disabled]="register.historical()"
              (saved)="register.changed('The outcome for ' + $event.staffMember.displayName + ' was recorded.')"
            />
          </ng-template>
        </gl-record-changes>
      }
    } @else if (register.loading()) {
      <p>Loading the training register…</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainingRegisterPage {
  private readonly data = inject(TrainingData);
  private readonly access = inject(WorkforceAccess);
  protected readonly canEdit = this.access.canEdit;
  protected readonly canReadAll = this.access.canReadAll;
  /** A page of records at a time, narrowed by the filter bar (the API pages and filters). */
  protected readonly paging: RegisterPaging = new RegisterPaging(RECORDS_PER_PAGE, (): Promise<void> => this.register.reload());
  protected readonly register: RegisterLoader<TrainingView> = loadRegister((asOf) =>
    this.data.load(asOf, { withDue: this.canReadAll(), withForms: this.canEdit() }, this.paging.variables()),
  );
  private readonly changes = viewChild(RecordChanges);
  protected readonly recordAnOutcome = RECORD_AN_OUTCOME;
  protected readonly outcomeSubject = signal<OutcomeSubject | null>(null);
  protected readonly withinDays = DUE_WITHIN_DAYS;
  protected readonly caption = computed(() => (this.canReadAll() ? 'Training records' : 'Your training record'));

  /** The planned or booked course the user chose to cancel, if any. */
  protected readonly cancelling = signal<TrainingRecord | null>(null);

  protected async cancelled(record: TrainingRecord): Promise<void> {
    this.cancelling.set(null);
    await this.register.changed(`“${record.course.title}” was cancelled for ${record.staffMember.displayName}.`);
  }

  protected chooseForOutcome(record: TrainingRecord): void {
    this.outcomeSubject.set({ staffMemberId: record.staffMember.id, courseId: record.course.id });
    // The outcome form waits behind its button: the row's action opens it, filled in.
    this.changes()?.open(RECORD_AN_OUTCOME);
  }
}
