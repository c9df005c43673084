import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';

import { loadRegister } from '../../../shared/register/register-loader';
import { RegisterSelection } from '../../../shared/register/register-selection';
import { RegisterStatus } from '../../../shared/register/register-status';
import { RegisterDownload } from '../../../shared/spreadsheets/register-download';
import { GovernanceAccess } from '../governance-access';
import type { LessonDue } from '../governance.types';
import { AssignActionForm } from './assign-action-form';
import { CloseActionForm } from './close-action-form';
import { ActionRef, LessonLog } from './lesson-log';
import { LessonsData } from './lessons-data';
import { LessonsDuePanel } from './lessons-due-panel';
import { RecordLessonForm } from './record-lesson-form';
import { Change, RecordChanges } from '../../../shared/record-changes';

/**
 * The lessons log and what is due. Staff, procurement leads and admins record lessons; the
 * procurement lead (or an admin) assigns and closes the actions; everyone else reads.
 */
@Component({
  selector: 'gl-lessons-page',
  imports: [
    RegisterDownload,
    Change,
    RecordChanges,
    RegisterStatus,
    LessonLog,
    LessonsDuePanel,
    RecordLessonForm,
    AssignActionForm,
    CloseActionForm,
  ],
  template: `
    <h1>Lessons learned</h1>
    <p class="lead">The lessons log and the actions assigned from each lesson.</p>

    <gl-register-status [register]="register" subject="The lessons log" (asOfChange)="closing.close()" />
    <gl-register-download register="lessons-log" [asOf]="register.asOf()" />

    @if (register.value(); as view) {
      <gl-lessons-due-panel
        [due]="view.due"
        [canRecord]="access.recordsLessons()"
        [linkProcurements]="access.readsProcurements()"
        [disabled]="register.historical()"
        (recordFor)="recordFor($event)"
      />

      <h2>The log, newest first</h2>
      <gl-lesson-log
        [lessons]="view.lessons"
        [procurementTitles]="procurementTitles()"
        [canManage]="access.managesLessonActions()"
        [disabled]="register.historical()"
        (closeRequested)="askToClose($event)"
      />

      @for (open of closing.open(); track open.action.id) {
        <gl-close-action-form [subject]="open" [disabled]="register.historical()" (saved)="closed(open)" (cancelled)="closing.close()" />
      }

      @if (access.recordsLessons() || access.managesLessonActions()) {
        <gl-record-changes>
          @if (access.recordsLessons()) {
            <ng-template glChange="Record a lesson">
              <gl-record-lesson-form
                [procurements]="view.procurements"
                [subject]="subject()"
                [disabled]="register.historical()"
                (saved)="register.changed('“' + $event.title + '” was recorded in the lessons log.')"
              />
            </ng-template>
          }
          @if (access.managesLessonActions() && view.lessons.length) {
            <ng-template glChange="Assign an action">
              <gl-assign-action-form
                [lessons]="view.lessons"
                [staff]="view.staff"
                [disabled]="register.historical()"
                (saved)="register.changed('An action was assigned from “' + $event.title + '”.')"
              />
            </ng-template>
          }
        </gl-record-changes>
      }
    } @else if (register.loading()) {
      <p>Loading the lessons log…</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LessonsPage {
  private readonly data = inject(LessonsData);
  protected readonly access = inject(GovernanceAccess);
  protected readonly register = loadRegister((asOf) =>
    this.data.load(asOf, { withProcurements: this.access.readsProcurements(), withStaff: this.access.managesLessonActions() }),
  );
  /** The procurement a lesson is about to be recorded for, chosen from the lessons due. */
  private readonly changes = viewChild(RecordChanges);
  protected readonly subject = signal<{ procurementId: string } | null>(null);
  /** The action being closed, as it is now (a new one opens a fresh form); only an open one. */
  protected readonly closing = new RegisterSelection(
    this.register,
    (view, ref: { lessonId: string; actionId: string }): ActionRef | null => {
      const lesson = view.lessons.find((l) => l.id === ref.lessonId);
      const action = lesson?.actions.find((a) => a.id === ref.actionId);
      return lesson && action && action.status !== 'CLOSED' ? { lesson, action } : null;
    },
  );

  protected readonly procurementTitles = computed(() =>
    Object.fromEntries((this.register.value()?.procurements ?? []).map((p) => [p.id, p.title])),
  );

  protected recordFor(due: LessonDue): void {
    this.register.clearNotice();
    this.subject.set({ procurementId: due.procurementId });
    // The lesson form waits behind its button: the lesson due opens it, filled in.
    this.changes()?.open('Record a lesson');
  }

  protected askToClose({ lesson, action }: ActionRef): void {
    this.closing.choose({ lessonId: lesson.id, actionId: action.id });
  }

  protected closed({ action }: ActionRef): Promise<void> {
    return this.closing.done(`The action “${action.description}” was closed.`);
  }
}
