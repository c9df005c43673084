import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

import type { Risk } from '../governance.types';
import { bandLabel, scoreBand } from './heat-map';
import { CalendarDatePipe, EnumLabelPipe } from '../../../shared/format/format-pipes';

/** The strategic risk register, highest residual score first; a risk's title opens its history. */
@Component({
  selector: 'gl-risk-register-table',
  imports: [CalendarDatePipe, EnumLabelPipe],
  template: `
    <div class="table-scroll" role="region" aria-label="Strategic risk register (scrolls sideways)" tabindex="0">
      <table>
        <caption>
          Strategic risk register
        </caption>
        <thead>
          <tr>
            <th scope="col">Risk</th>
            <th scope="col">Category</th>
            <th scope="col">Owner</th>
            <th scope="col">Residual (L × I = score)</th>
            <th scope="col" class="num">Inherent score</th>
            <th scope="col">Appetite</th>
            <th scope="col">Treatment</th>
            <th scope="col">Next review</th>
          </tr>
        </thead>
        <tbody>
          @for (risk of risks(); track risk.id) {
            <tr [attr.data-risk-id]="risk.id" [attr.data-overdue]="risk.overdue" [class.selected]="risk.id === selectedId()">
              <th scope="row">
                <button type="button" class="link" [attr.aria-expanded]="risk.id === selectedId()" (click)="selected.emit(risk)">
                  {{ risk.title }}
                </button>
              </th>
              <td>{{ risk.category | enumLabel: 'RiskCategory' }}</td>
              <td>{{ risk.owner ?? '—' }}</td>
              <td class="residual">
                {{ risk.likelihood }} × {{ risk.impact }} = <strong>{{ risk.score }}</strong>&ngsp;<span
                  class="band score-band"
                  [attr.data-band]="band(risk.score)"
                  >{{ bandLabel(risk.score) }}</span
                >
              </td>
              <td class="num">{{ risk.inherentScore }}</td>
              <td>{{ risk.appetite | enumLabel: 'RiskAppetite' }}</td>
              <td>{{ risk.treatment | enumLabel: 'RiskTreatment' }}</td>
              <td>
                @if (risk.status === 'CLOSED') {
                  <span class="tag" data-flag="closed">Closed {{ risk.closedOn | calendarDate }}</span>
                } @else {
                  {{ risk.nextReviewDue | calendarDate }}
                  @if (risk.overdue) {
                    <span class="tag" data-tone="bad" data-flag="overdue">Overdue</span>
                  }
                }
              </td>
            </tr>
          } @empty {
            <tr>
              <td colspan="8">No risk is on the register.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .residual {
      white-space: nowrap;
    }
    .band {
      display: inline-block;
      margin-left: 0.25rem;
      padding: 0 0.35rem;
      font-size: 0.875rem;
      border: 1px solid var(--text);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RiskRegisterTable {
  readonly risks = input.required<readonly Risk[]>();
  readonly selectedId = input<string | null>(null);
  readonly selected = output<Risk>();

  protected readonly band = scoreBand;
  protected readonly bandLabel = bandLabel;
}
