import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { STATE_TONES } from '../governance-tones';
import type { GatewayReview } from '../governance.types';
import { STATE_LABELS, TrackStep } from './gateway-track';
import { GatewayLabelPipe, InstantPipe } from '../../../shared/format/format-pipes';

/** The required gateways in order, each with where it stands: the procurement's way through. */
@Component({
  selector: 'gl-gateway-track',
  imports: [GatewayLabelPipe, InstantPipe],
  template: `
    <ol class="track" aria-label="Required gateways in order">
      @for (step of steps(); track step.gateway) {
        <li class="step" [attr.data-gateway]="step.gateway" [attr.data-state]="step.state">
          <span class="gateway">{{ step.gateway | gatewayLabel }}</span>
          <span class="tag" [attr.data-tone]="tones[step.state]">{{ labels[step.state] }}</span>
          @if (step.review?.decidedAt; as decidedAt) {
            <span class="when">Decided {{ decidedAt | instant }}</span>
          }
        </li>
      } @empty {
        <li class="muted">No gateway is required under the policy that applies.</li>
      }
    </ol>
  `,
  styles: `
    .track {
      list-style: none;
      counter-reset: step;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
      gap: 0.75rem;
      padding: 0;
      margin: 0 0 1.5rem;
    }
    .step {
      counter-increment: step;
      background: var(--surface);
      border: 1px solid var(--border);
      border-top: 5px solid var(--brand);
      padding: 0.5rem 0.75rem;
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      align-items: flex-start;
    }
    .step::before {
      content: 'Step ' counter(step);
      color: var(--muted);
      font-size: 0.875rem;
    }
    .step[data-state='NOT_REQUESTED'] {
      border-top-color: var(--border);
    }
    .step[data-state='BASIS_CHANGED'],
    .step[data-state='DEFERRED'] {
      border-top-color: #b58840;
    }
    .step[data-state='REJECTED'] {
      border-top-color: var(--error);
    }
    .step[data-state='APPROVED'],
    .step[data-state='APPROVED_WITH_CONDITIONS'] {
      border-top-color: #00703c;
    }
    .gateway {
      font-weight: 700;
    }
    .when {
      font-size: 0.875rem;
      color: var(--muted);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GatewayTrackView {
  readonly steps = input.required<readonly TrackStep<GatewayReview>[]>();

  protected readonly labels = STATE_LABELS;
  protected readonly tones = STATE_TONES;
}
