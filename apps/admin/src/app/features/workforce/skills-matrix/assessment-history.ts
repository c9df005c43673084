import { ChangeDetectionStrategy, Component, OnInit, inject, input, output, signal } from '@angular/core';

import type { Assessment, Competency, SkillCell, StaffMember } from '../workforce.types';
import { SkillsData } from './skills-data';
import { levelLabel } from './matrix-layout';
import { CalendarDatePipe } from '../../../shared/format/format-pipes';
import { FocusOnOpen } from '../../../shared/focus-on-open';

const SOURCES: Readonly<Record<string, string>> = { ASSESSMENT: 'Assessment', TRAINING: 'Completed course' };

/**
 * Every recorded assessment of one person in one competency, oldest first. The matrix holds only
 * the latest assessment of each cell; the history is asked for when the panel opens.
 */
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
          @for (entry of entries() ?? []; track $index) {
            <tr>
              <td>{{ entry.assessedOn | calendarDate }}</td>
              <td>{{ levelLabel(entry.level, competency()) }}</td>
              <td>{{ source(entry.source) }}</td>
              <td>{{ entry.evidence }}</td>
            </tr>
          } @empty {
            <tr>
              <td colspan="4">
                {{
                  failed()
                    ? 'The history could not be loaded. Close it and try again.'
                    : entries()
                      ? 'Not assessed yet.'
                      : 'Loading the history…'
                }}
              </td>
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
export class AssessmentHistory implements OnInit {
  private readonly data = inject(SkillsData);
  readonly person = input.required<StaffMember>();
  readonly competency = input.required<Competency>();
  readonly cell = input.required<SkillCell>();
  /** The instant the matrix shows, or null for live data: the history is read as at the same instant. */
  readonly asOf = input<string | null>(null);
  readonly closed = output<void>();

  protected readonly entries = signal<Assessment[] | null>(null);
  protected readonly failed = signal(false);

  async ngOnInit(): Promise<void> {
    if (this.cell().assessments === 0) {
      this.entries.set([]);
      return;
    }
    try {
      this.entries.set(await this.data.cellHistory(this.person().id, this.competency().id, this.asOf()));
    } catch {
      this.failed.set(true);
    }
  }

  protected readonly levelLabel = levelLabel;

  protected source(value: string): string {
    return SOURCES[value] ?? value;
  }
}
