import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import type { HeatMapCell } from '../governance.types';
import { BANDS, IMPACT_LABELS, LIKELIHOOD_LABELS, RATINGS, heatMapRows } from './heat-map';

/**
 * The 5×5 heat map of residual ratings: likelihood rows 5 to 1, impact columns 1 to 5. Each
 * cell says how many risks sit there; its colour repeats the score band, which is also written.
 */
@Component({
  selector: 'gl-risk-heat-map',
  template: `
    <div class="table-scroll" role="region" aria-label="Risk heat map (scrolls sideways)" tabindex="0">
      <table class="heat-map">
        <caption>
          Heat map: how many risks at each residual likelihood × impact
        </caption>
        <thead>
          <tr>
            <td class="corner"><span class="muted">Likelihood ↓ / Impact →</span></td>
            @for (impact of ratings; track impact) {
              <th scope="col">
                {{ impact }} <span class="rating-label">{{ impactLabels[impact] }}</span>
              </th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.likelihood) {
            <tr>
              <th scope="row">
                {{ row.likelihood }} <span class="rating-label">{{ likelihoodLabels[row.likelihood] }}</span>
              </th>
              @for (cell of row.cells; track cell.impact) {
                <td
                  class="cell score-band"
                  [attr.data-likelihood]="cell.likelihood"
                  [attr.data-impact]="cell.impact"
                  [attr.data-band]="cell.band"
                  [attr.data-count]="cell.count"
                  [class.empty]="cell.count === 0"
                >
                  <span class="count">{{ cell.count }}</span>
                  <span class="visually-hidden"> {{ cell.count === 1 ? 'risk' : 'risks' }}, </span>
                  <span class="score">score {{ cell.score }}</span>
                  <span class="visually-hidden">, {{ bandLabels[cell.band] }}</span>
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
    <ul class="legend" aria-label="Score bands">
      @for (band of bands; track band.band) {
        <li><span class="swatch score-band" [attr.data-band]="band.band"></span>{{ band.label }}: {{ band.from }} to {{ band.to }}</li>
      }
    </ul>
  `,
  styles: `
    .heat-map {
      width: auto;
      table-layout: fixed;
    }
    th,
    td {
      text-align: center;
      vertical-align: middle;
      border: 1px solid var(--surface);
    }
    thead th,
    tbody th {
      width: 6.5rem;
      font-size: 0.875rem;
    }
    .rating-label {
      display: block;
      font-weight: 400;
      color: var(--muted);
    }
    .corner {
      font-size: 0.75rem;
      width: 6.5rem;
    }
    .cell {
      width: 6.5rem;
      height: 4rem;
    }
    .count {
      display: block;
      font-size: 1.5rem;
      font-weight: 700;
    }
    .empty .count {
      font-weight: 400;
      opacity: 0.75;
    }
    .score {
      font-size: 0.75rem;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
      list-style: none;
      padding: 0;
      margin: 0 0 1.5rem;
    }
    .swatch {
      display: inline-block;
      width: 1rem;
      height: 1rem;
      margin-right: 0.4rem;
      vertical-align: middle;
      border: 1px solid var(--text);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RiskHeatMap {
  readonly cells = input.required<readonly HeatMapCell[]>();

  protected readonly rows = computed(() => heatMapRows(this.cells()));
  protected readonly ratings = RATINGS;
  protected readonly bands = BANDS;
  protected readonly bandLabels = Object.fromEntries(BANDS.map((b) => [b.band, b.label])) as Record<string, string>;
  protected readonly likelihoodLabels = LIKELIHOOD_LABELS;
  protected readonly impactLabels = IMPACT_LABELS;
}
