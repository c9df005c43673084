import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { gatewayLabel } from '../../../shared/enum-labels';
import type { Gateway, GatewayPolicy } from '../governance.types';
import { InstantPipe, MoneyPipe } from '../../../shared/format/format-pipes';

/** A version of the gateway policy: value thresholds, what HIGH risk or political interest add, quorum and committee. */
@Component({
  selector: 'gl-policy-panel',
  imports: [InstantPipe, MoneyPipe],
  template: `
    <section class="panel" [attr.aria-labelledby]="headingId()">
      <h2 [id]="headingId()">{{ heading() }}</h2>
      @if (policy(); as policy) {
        <p>
          Version {{ policy.version }}, adopted {{ policy.adoptedAt | instant }}: <span class="reason">{{ policy.reason }}</span>
        </p>
        <dl class="facts">
          <dt>Quorum</dt>
          <dd data-fact="quorum">{{ policy.quorum }} {{ policy.quorum === 1 ? 'member' : 'members' }} decide together</dd>
          <dt>Committee</dt>
          <dd data-fact="committee">
            @if (policy.committee; as committee) {
              @for (member of committee; track member.id) {
                <span [class.erased]="member.erased">{{ member.displayName }}</span>{{ $last ? '' : ', ' }}
              }
            } @else {
              Any registered staff member
            }
          </dd>
          <dt>HIGH risk adds</dt>
          <dd data-fact="high-risk">{{ gateways(policy.highRiskGateways) }}</dd>
          <dt>Political interest adds</dt>
          <dd data-fact="political">{{ gateways(policy.politicalInterestGateways) }}</dd>
        </dl>
        <table class="thresholds">
          <caption class="sub-caption">
            Gateways by estimated whole-life value
          </caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">Gateways to pass</th>
            </tr>
          </thead>
          <tbody>
            @for (threshold of policy.valueThresholds; track threshold.minValue) {
              <tr>
                <th scope="row" class="num">{{ threshold.minValue | money }}</th>
                <td>{{ gateways(threshold.gateways) }}</td>
              </tr>
            } @empty {
              <tr>
                <td colspan="2">No value thresholds: only risk and political interest add gateways.</td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p>
          No policy has been adopted yet. The default policy is adopted, on the record, when the first procurement is registered: from
          £100,000 the procurement strategy and award gateways; from £500,000 also the business case, mobilisation and post-contract review;
          from £2,000,000 the strategic need as well. HIGH risk or political interest adds strategy and award. Three members decide
          together.
        </p>
      }
    </section>
  `,
  styles: `
    .sub-caption {
      font-size: 1rem;
    }
    .thresholds {
      max-width: 40rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PolicyPanel {
  readonly policy = input.required<GatewayPolicy | null>();
  readonly heading = input('Gateway policy in force');
  readonly headingId = input('policy-title');

  protected gateways(list: readonly Gateway[]): string {
    return list.length ? list.map(gatewayLabel).join(', ') : 'Nothing';
  }
}
