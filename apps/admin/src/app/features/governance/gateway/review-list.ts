import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { OUTCOME_LABELS, labelOf } from '../../../shared/enum-labels';
import { STATE_TONES } from '../governance-tones';
import type { GatewayReview } from '../governance.types';
import { STATE_LABELS, gatewayState } from './gateway-track';
import { GatewayLabelPipe, InstantPipe } from '../../../shared/format/format-pipes';

/**
 * Every review of the procurement, newest first: what was asked, the decision in force with who
 * decided and recorded it, its conditions and their discharge, and the decisions a correction
 * superseded (never edited).
 */
@Component({
  selector: 'gl-review-list',
  imports: [GatewayLabelPipe, InstantPipe],
  template: `
    @for (review of newestFirst(); track review.id) {
      <article class="card review" [attr.data-review-id]="review.id" [attr.aria-labelledby]="'review-' + review.id">
        <h3 [id]="'review-' + review.id">
          {{ review.gateway | gatewayLabel }}
          <span class="tag" [attr.data-tone]="tones[state(review)]">{{ stateLabels[state(review)] }}</span>
        </h3>
        <p class="muted">Requested {{ review.requestedAt | instant }}</p>
        <p class="summary">{{ review.summary }}</p>

        @if (review.basisChanged) {
          <p class="warning-text" data-flag="basis-changed">
            <strong>Basis changed:</strong> the procurement’s value, risk or political interest changed after this decision. It needs a new
            review.
          </p>
        }

        @if (review.outcome; as outcome) {
          <dl class="facts">
            <dt>Decision</dt>
            <dd data-fact="outcome">{{ outcomeLabel(outcome) }}</dd>
            <dt>Decided</dt>
            <dd>{{ review.decidedAt ? (review.decidedAt | instant) : '—' }}</dd>
            <dt>Decided by</dt>
            <dd data-fact="decided-by">
              @for (member of review.decidedBy; track member.id) {
                <span [class.erased]="member.erased">{{ member.displayName }}</span>{{ $last ? '' : ', ' }}
              } @empty {
                —
              }
            </dd>
            <dt>Recorded by</dt>
            <dd>{{ recorder(review.recordedBy) }}</dd>
            <dt>Rationale</dt>
            <dd>{{ review.rationale }}</dd>
            @if (review.correctionReason) {
              <dt>Corrected because</dt>
              <dd data-fact="correction-reason">{{ review.correctionReason }}</dd>
            }
            @if (review.basisPosition) {
              <dt>Known at</dt>
              <dd>Log position {{ review.basisPosition }}</dd>
            }
          </dl>

          @if (review.conditionStatus.length) {
            <h4>Conditions</h4>
            <ol class="conditions">
              @for (condition of review.conditionStatus; track $index) {
                <li [attr.data-discharged]="condition.discharged">
                  {{ condition.text }}
                  @if (condition.discharged) {
                    <span class="tag" data-tone="good">Discharged</span>
                    <span class="muted">
                      {{ condition.dischargedAt ? (condition.dischargedAt | instant) : '' }}: {{ condition.evidence }}
                    </span>
                  } @else {
                    <span class="tag" data-tone="warn">Not discharged</span>
                  }
                </li>
              }
            </ol>
          }

          @if (review.superseded.length) {
            <details class="superseded">
              <summary>{{ review.superseded.length }} superseded {{ review.superseded.length === 1 ? 'decision' : 'decisions' }}</summary>
              <ol>
                @for (old of review.superseded; track old.decidedAt) {
                  <li>
                    <strong>{{ outcomeLabel(old.outcome) }}</strong>, decided {{ old.decidedAt | instant }}: {{ old.rationale }}
                    @if (old.conditions.length) {
                      <span class="muted">Conditions: {{ old.conditions.join('; ') }}.</span>
                    }
                    @if (old.correctionReason) {
                      <span class="muted">(itself a correction: {{ old.correctionReason }})</span>
                    }
                  </li>
                }
              </ol>
            </details>
          }
        } @else {
          <p>Waiting for the committee’s decision.</p>
        }
      </article>
    } @empty {
      <p>No review has been requested yet.</p>
    }
  `,
  styles: `
    h4 {
      margin: 0 0 0.25rem;
    }
    .summary {
      white-space: pre-line;
    }
    .warning-text {
      border-left: 5px solid #b58840;
      padding: 0.25rem 0.75rem;
      background: #fcd6c3;
    }
    .conditions li {
      margin-bottom: 0.25rem;
    }
    .superseded summary {
      cursor: pointer;
      color: var(--accent);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewList {
  readonly reviews = input.required<readonly GatewayReview[]>();
  /** The signed-in user's id: their own records read "you". */
  readonly userId = input<string | null>(null);

  protected readonly newestFirst = computed(() => [...this.reviews()].reverse());
  protected readonly state = gatewayState;
  protected readonly stateLabels = STATE_LABELS;
  protected readonly tones = STATE_TONES;
  protected readonly outcomeLabel = (outcome: string) => labelOf(OUTCOME_LABELS, outcome);

  protected recorder(userId: string | null): string {
    if (!userId) {
      return '—';
    }
    return userId === this.userId() ? 'You' : `User ${userId}`;
  }
}
