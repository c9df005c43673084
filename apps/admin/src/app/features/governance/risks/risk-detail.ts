import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

import type { Risk } from '../governance.types';
import { bandLabel } from './heat-map';
import { CloseRiskForm } from './close-risk-form';
import { ReviewRiskForm } from './review-risk-form';
import { ScoreSparkline } from './score-sparkline';
import { CalendarDatePipe, EnumLabelPipe, InstantPipe } from '../../../shared/format/format-pipes';
import { FocusOnOpen } from '../../../shared/focus-on-open';

/** One risk: its controls, every score it has had (identification, then each review) and, for its keepers, a review. */
@Component({
  selector: 'gl-risk-detail',
  imports: [FocusOnOpen, CalendarDatePipe, EnumLabelPipe, InstantPipe, ScoreSparkline, ReviewRiskForm, CloseRiskForm],
  template: `
    <section class="panel" aria-labelledby="risk-title" [attr.data-risk-id]="risk().id">
      <h2 id="risk-title" glFocusOnOpen tabindex="-1">{{ risk().title }}</h2>
      <dl class="facts">
        <dt>Category</dt>
        <dd>{{ risk().category | enumLabel: 'RiskCategory' }}</dd>
        <dt>Residual</dt>
        <dd>{{ risk().likelihood }} × {{ risk().impact }} = {{ risk().score }} ({{ bandLabel(risk().score) }})</dd>
        <dt>Inherent</dt>
        <dd>
          {{ risk().inherentLikelihood }} × {{ risk().inherentImpact }} = {{ risk().inherentScore }} ({{ bandLabel(risk().inherentScore) }})
        </dd>
        <dt>Appetite and treatment</dt>
        <dd>{{ risk().appetite | enumLabel: 'RiskAppetite' }}; {{ risk().treatment | enumLabel: 'RiskTreatment' }}</dd>
        @if (risk().status === 'CLOSED') {
          <dt>Closed</dt>
          <dd data-closed>{{ risk().closedOn | calendarDate }}: {{ risk().closeReason }}</dd>
        } @else {
          <dt>Reviewed</dt>
          <dd>
            Every {{ risk().reviewEveryMonths }} {{ risk().reviewEveryMonths === 1 ? 'month' : 'months' }}; next by
            {{ risk().nextReviewDue | calendarDate }}
          </dd>
        }
        <dt>Controls</dt>
        <dd>
          @for (control of risk().controls; track $index) {
            <span class="control">{{ control }}</span>
          } @empty {
            None recorded
          }
        </dd>
      </dl>

      <div class="history">
        <table>
          <caption class="sub-caption">
            Score history, oldest first
          </caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col" class="num">Likelihood</th>
              <th scope="col" class="num">Impact</th>
              <th scope="col" class="num">Score</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            @for (entry of risk().scoreHistory; track entry.reviewedAt) {
              <tr>
                <td>{{ entry.reviewedAt | instant }}</td>
                <td class="num">{{ entry.likelihood }}</td>
                <td class="num">{{ entry.impact }}</td>
                <td class="num">{{ entry.score }}</td>
                <td>{{ entry.notes }}</td>
              </tr>
            }
          </tbody>
        </table>
        <figure>
          <gl-score-sparkline [history]="risk().scoreHistory" />
          <figcaption class="muted">Score over time</figcaption>
        </figure>
      </div>

      @if (canReview() && risk().status === 'OPEN') {
        <gl-review-risk-form
          [risk]="risk()"
          [disabled]="disabled()"
          (saved)="reviewed.emit($event)"
          (reloadRequested)="reloadRequested.emit()"
        />
        <details class="close-risk">
          <summary>Close this risk…</summary>
          <gl-close-risk-form
            [risk]="risk()"
            [disabled]="disabled()"
            (saved)="reviewed.emit($event)"
            (reloadRequested)="reloadRequested.emit()"
          />
        </details>
      }
      <p class="close"><button type="button" class="secondary" (click)="closed.emit()">Hide details</button></p>
    </section>
  `,
  styles: `
    .history {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem 2rem;
      align-items: flex-start;
      margin-bottom: 1rem;
    }
    .history table {
      width: auto;
      flex: 1 1 28rem;
    }
    .sub-caption {
      font-size: 1rem;
    }
    figure {
      margin: 0;
    }
    .control {
      display: block;
    }
    .close {
      margin-bottom: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RiskDetail {
  readonly risk = input.required<Risk>();
  readonly canReview = input(false);
  readonly disabled = input(false);
  readonly reviewed = output<Risk>();
  readonly reloadRequested = output<void>();
  readonly closed = output<void>();

  protected readonly bandLabel = bandLabel;
}
