import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';

import { loadRegister } from '../../../shared/register/register-loader';
import { RegisterStatus } from '../../../shared/register/register-status';
import { RegisterDownload } from '../../../shared/spreadsheets/register-download';
import { gatewayLabel } from '../../../shared/enum-labels';
import { GovernanceAccess } from '../governance-access';
import type { ProcurementSummary } from '../governance.types';
import { AdoptPolicyForm } from './adopt-policy-form';
import { GatewayData } from './gateway-data';
import { PolicyPanel } from './policy-panel';
import { ProcurementTable } from './procurement-table';
import { RegisterProcurementForm } from './register-procurement-form';
import { Change, RecordChanges } from '../../../shared/record-changes';

/** Gateway decisions: the procurements and what they have still to pass, and the policy in force. */
@Component({
  selector: 'gl-gateway-page',
  imports: [
    RegisterDownload,
    Change,
    RecordChanges,
    RegisterStatus,
    ProcurementTable,
    PolicyPanel,
    RegisterProcurementForm,
    AdoptPolicyForm,
  ],
  template: `
    <h1>Gateway decisions</h1>
    <p class="lead">Procurements, the gateways they must pass and the committee’s recorded decisions.</p>

    <gl-register-status [register]="register" subject="The procurements" />
    <gl-register-download register="gateway-log" [asOf]="register.asOf()" />

    @if (register.value(); as view) {
      <gl-procurement-table [procurements]="view.procurements" />
      <gl-policy-panel [policy]="currentPolicy()" />

      @if (access.runsProcurements()) {
        <gl-record-changes>
          <ng-template glChange="Register a procurement">
            <gl-register-procurement-form [disabled]="register.historical()" (saved)="registered($event)" />
          </ng-template>
          <ng-template glChange="Adopt a new policy version">
            <gl-adopt-policy-form
              [policy]="currentPolicy()"
              [staff]="view.staff"
              [disabled]="register.historical()"
              (saved)="register.changed('Version ' + $event.version + ' of the gateway policy was adopted.')"
            />
          </ng-template>
        </gl-record-changes>
      }
    } @else if (register.loading()) {
      <p>Loading the procurements…</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GatewayPage {
  private readonly data = inject(GatewayData);
  protected readonly access = inject(GovernanceAccess);
  protected readonly register = loadRegister((asOf) => this.data.loadAll(asOf, this.access.runsProcurements()));
  protected readonly currentPolicy = computed(() => this.register.value()?.policies.at(-1) ?? null);

  protected registered(procurement: ProcurementSummary): Promise<void> {
    const gateways = procurement.requiredGateways.map(gatewayLabel).join(', ') || 'no gateway';
    return this.register.changed(`“${procurement.title}” was registered: it must pass ${gateways}.`);
  }
}
