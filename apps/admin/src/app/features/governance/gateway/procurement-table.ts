import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { EnumLabelPipe, GatewayLabelPipe, MoneyPipe } from '../../../shared/format/format-pipes';
import { RISK_LEVEL_TONES } from '../governance-tones';
import type { ProcurementListItem } from '../governance.types';
import { hasBasisChanged } from './gateway-track';

/** The procurements, each with what it has still to pass; the title opens its gateway track. */
@Component({
  selector: 'gl-procurement-table',
  imports: [EnumLabelPipe, GatewayLabelPipe, MoneyPipe, RouterLink],
  template: `
    <div class="table-scroll">
      <table>
        <caption>
          Procurements
        </caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col" class="num">Estimated value</th>
            <th scope="col">Risk</th>
            <th scope="col">Political interest</th>
            <th scope="col">Outstanding gateways</th>
            <th scope="col">Basis</th>
          </tr>
        </thead>
        <tbody>
          @for (procurement of procurements(); track procurement.id) {
            <tr [attr.data-procurement-id]="procurement.id">
              <th scope="row">
                <a [routerLink]="['/gateway', procurement.id]">{{ procurement.title }}</a>
              </th>
              <td class="num">{{ procurement.estimatedValue | money }}</td>
              <td>
                <span class="tag" [attr.data-tone]="riskTones[procurement.riskLevel]">{{
                  procurement.riskLevel | enumLabel: 'RiskLevel'
                }}</span>
              </td>
              <td>{{ procurement.politicalInterest ? 'Yes' : 'No' }}</td>
              <td class="outstanding">
                @for (gateway of procurement.outstandingGateways; track gateway) {
                  <span class="gateway">{{ gateway | gatewayLabel }}</span>
                } @empty {
                  <span class="muted">None: every required gateway passed</span>
                }
              </td>
              <td>
                @if (basisChanged(procurement)) {
                  <span class="tag" data-tone="warn" data-flag="basis-changed">Basis changed</span>
                } @else {
                  <span class="muted">Unchanged</span>
                }
              </td>
            </tr>
          } @empty {
            <tr>
              <td colspan="6">No procurements are registered.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .gateway {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProcurementTable {
  readonly procurements = input.required<readonly ProcurementListItem[]>();

  protected readonly riskTones = RISK_LEVEL_TONES;
  /** A decision was taken before the value, risk or political interest changed. */
  protected readonly basisChanged = (procurement: ProcurementListItem) => hasBasisChanged(procurement.reviews);
}
