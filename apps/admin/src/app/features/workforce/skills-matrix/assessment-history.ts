import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

import type { Competency, SkillCell, StaffMember } from '../workforce.types';
import { levelLabel } from './matrix-layout';
import { CalendarDatePipe } from '../../../shared/format/format-pipes';
import { FocusOnOpen } from '../../../shared/focus-on-open';

const SOURCES: Readonly<Record<string, string>> = { ASSESSMENT: 'Assessment', TRAINING: 'Completed course' };

/** Every recorded assessment of one person in one competency, oldest first. */
@Component({
  selector: 'gl-assessment-history',
  imports: [FocusOnOpen, CalendarDatePipe],
  template: `
    <section class="panel" aria-labelledby="history-title">
      <h2 id="history-title" glFocusOnOpen tabindex="-1">{{ person().displayName }} – {{ competency().name }}</h2>
      <p>
        Assessed: <strong>{{ levelLabel(cell().level, competency()) }}</strong>. Required for {{ person().jobTitle }}:
        <strong>{{ levelLabel(cell().requiredLevel, competency()) }}</strong>.
        @if (cell().gap > 0) {
          <strong class="gap-text">Gap {{ cell().gap }}.</strong>
        } @else {
          No gap.
        }
      </p>
      <table>
        <caption>
          Assessment history, oldest first
        </caption>
        <thead>
          <tr>
            <th scope="col">Assessed on</th>
            <th scope="col">Level</th>
            <th scope="col">Source</th>
            <th scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody>
          @for (entry of cell().history; track entry.recordedAt + entry.level) {
            <tr>
              <td>{{ entry.assessedOn | calendarDate }}</td>
              <td>{{ levelLabel(entry.level, competency()) }}</td>
              <td>{{ source(entry.source) }}</td>
              <td>{{ entry.evidence }}</td>
            </tr>
          } @empty {
            <tr>
              <td colspan="4">Not assessed yet.</td>
            </tr>
          }
        </tbody>
      </table>
      <p class="close"><button type="button" class="secondary" (click)="closed.emit()">Close history</button></p>
    </section>
  `,
  styles: `
    .gap-text {
      color: #942514;
    }
    .close {
      margin-bottom: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssessmentHistory {
  readonly person = input.required<StaffMember>();
  readonly competency = input.required<Competency>();
  readonly cell = input.required<SkillCell>();
  readonly closed = output<void>();

  protected readonly levelLabel = levelLabel;

  protected source(value: string): string {
    return SOURCES[value] ?? value;
  }
}
