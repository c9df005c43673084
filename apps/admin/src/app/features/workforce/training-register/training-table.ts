import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

import type { TrainingRecord } from '../workforce.types';
import { CANCELLABLE } from './cancel-training-form';
import { TRAINING_STATUS_TONES } from './training-labels';
import { CalendarDatePipe, EnumLabelPipe } from '../../../shared/format/format-pipes';

/** Plans and outcomes, one row per person and course. */
@Component({
  selector: 'gl-training-table',
  imports: [CalendarDatePipe, EnumLabelPipe],
  template: `
    <div class="table-scroll" role="region" aria-label="Training records (scrolls sideways)" tabindex="0">
      <table>
        <caption>
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Course</th>
            <th scope="col">Status</th>
            <th scope="col">Planned for</th>
            <th scope="col">Completed on</th>
            <th scope="col">Expires on</th>
            @if (canEdit()) {
              <th scope="col">Actions</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (record of records(); track record.id) {
            <tr [attr.data-record-id]="record.id">
              <th scope="row" [class.erased]="record.staffMember.erased">{{ record.staffMember.displayName }}</th>
              <td>{{ record.course.title }}</td>
              <td>
                <span class="tag" [attr.data-status]="record.status" [attr.data-tone]="statusTones[record.status]">{{
                  record.status | enumLabel: 'TrainingStatus'
                }}</span>
              </td>
              <td>{{ record.plannedFor | calendarDate }}</td>
              <td>{{ record.completedOn | calendarDate }}</td>
              <td>{{ record.expiresOn | calendarDate }}</td>
              @if (canEdit()) {
                <td>
                  @if (!record.staffMember.erased) {
                    <button type="button" class="secondary small" [disabled]="disabled()" (click)="recordOutcome.emit(record)">
                      Record outcome<span class="visually-hidden">
                        for {{ record.staffMember.displayName }}, {{ record.course.title }}</span
                      >
                    </button>
                    @if (cancellable.includes(record.status)) {
                      <button type="button" class="secondary small" [disabled]="disabled()" (click)="cancelRequested.emit(record)">
                        Cancel<span class="visually-hidden"> {{ record.course.title }} for {{ record.staffMember.displayName }}</span>
                      </button>
                    }
                  }
                </td>
              }
            </tr>
          } @empty {
            <tr>
              <td [attr.colspan]="canEdit() ? 7 : 6">No training is recorded yet.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainingTable {
  readonly records = input.required<readonly TrainingRecord[]>();
  readonly caption = input('Training records');
  readonly canEdit = input(false);
  readonly disabled = input(false);
  readonly recordOutcome = output<TrainingRecord>();
  readonly cancelRequested = output<TrainingRecord>();

  protected readonly statusTones = TRAINING_STATUS_TONES;
  protected readonly cancellable = CANCELLABLE;
}
