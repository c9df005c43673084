import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { AreaMaturity, MaturityAssessment } from './annual-review.types';
import { describeMovement, formatScore } from './movement';
import { CalendarDatePipe, MaturityLevelPipe } from '../../shared/format/format-pipes';

/** The year's maturity by theme: each area's level, score, target and movement; then the overall score. */
@Component({
  selector: 'gl-maturity-table',
  imports: [CalendarDatePipe, MaturityLevelPipe],
  template: `
    <section class="panel" aria-labelledby="maturity-heading">
      <h2 id="maturity-heading">Maturity assessment {{ assessment().year }}</h2>

      <p class="overall" data-overall>
        <span class="overall-label">Overall score</span>{{ ' ' }}
        <strong class="overall-score" data-overall-score>{{ overall() }}</strong>{{ ' ' }}
        @let overallMove = overallMovement();
        @if (assessment().areas.length === 0) {
          <span class="movement" data-direction="none">
            No area assessed yet
            @if (assessment().previousOverallScore !== null) {
              ({{ previousOverall() }} in {{ assessment().year - 1 }})
            }
          </span>
        } @else {
          <span class="movement" [attr.data-direction]="overallMove.direction">
            @if (overallMove.arrow) {
              <span aria-hidden="true">{{ overallMove.arrow }}</span>
            }
            {{ overallMove.text }}
            @if (assessment().previousOverallScore !== null) {
              from {{ previousOverall() }} in {{ assessment().year - 1 }}
            }
          </span>
        }
      </p>
      <p class="hint">The mean of the assessed areas’ scores (Minimum 1 to Innovator 5).</p>

      <div class="table-scroll" role="region" aria-label="Maturity by theme (scrolls sideways)" tabindex="0">
        <table class="maturity">
          <caption>
            Maturity by theme,
            {{
              assessment().year
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Level</th>
              <th scope="col" class="num">Score</th>
              <th scope="col">Target</th>
              <th scope="col">Since last year</th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          @for (group of themes(); track group.theme) {
            <tbody [attr.data-theme]="group.theme">
              <tr class="theme">
                <th scope="rowgroup" colspan="6">{{ group.theme }}</th>
              </tr>
              @for (row of group.rows; track row.area) {
                <tr [attr.data-area]="row.area">
                  <th scope="row">{{ row.area }}</th>
                  <td>{{ row.level | maturityLevel }}</td>
                  <td class="num">{{ row.score }}</td>
                  <td>{{ row.target | maturityLevel }}</td>
                  <td class="movement" [attr.data-direction]="row.move.direction">
                    @if (row.move.arrow) {
                      <span aria-hidden="true">{{ row.move.arrow }}</span>
                    }
                    {{ row.move.text }}
                    @if (row.previousLevel) {
                      <span class="muted">(was {{ row.previousLevel | maturityLevel }})</span>
                    }
                  </td>
                  <td>
                    {{ row.evidence || '—' }}
                    <span class="muted">Assessed {{ row.assessedOn | calendarDate }}</span>
                  </td>
                </tr>
              }
            </tbody>
          } @empty {
            <tbody>
              <tr>
                <td colspan="6">No area is assessed for {{ assessment().year }} yet.</td>
              </tr>
            </tbody>
          }
        </table>
      </div>
    </section>
  `,
  styles: `
    .overall {
      display: flex;
      align-items: baseline;
      gap: 0.75rem;
      margin-bottom: 0;
    }
    .overall-score {
      font-size: 2rem;
    }
    .movement[data-direction='up'] {
      color: #00703c;
    }
    .movement[data-direction='down'] {
      color: #d4351c;
    }
    tr.theme th {
      background: #f3f2f1;
      text-align: left;
    }
    td .muted {
      display: block;
      font-size: 0.875rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MaturityTable {
  readonly assessment = input.required<MaturityAssessment>();

  protected readonly overall = computed(() => (this.assessment().areas.length ? formatScore(this.assessment().overallScore) : '—'));
  protected readonly previousOverall = computed(() => formatScore(this.assessment().previousOverallScore ?? 0));
  protected readonly overallMovement = computed(() => describeMovement(this.assessment().overallMovement, true));
  /** Themes in the API's catalogue order. */
  protected readonly themes = computed(() => {
    const groups = new Map<string, (AreaMaturity & { move: ReturnType<typeof describeMovement> })[]>();
    for (const area of this.assessment().areas) {
      const rows = groups.get(area.theme) ?? [];
      rows.push({ ...area, move: describeMovement(area.movement) });
      groups.set(area.theme, rows);
    }
    return [...groups].map(([theme, rows]) => ({ theme, rows }));
  });
}
