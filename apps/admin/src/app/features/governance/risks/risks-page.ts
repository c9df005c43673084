import { ChangeDetectionStrategy, Component, inject } from '@angular/core';

import { loadRegister } from '../../../shared/register/register-loader';
import { RegisterSelection } from '../../../shared/register/register-selection';
import { Change, RecordChanges } from '../../../shared/record-changes';
import { RegisterStatus } from '../../../shared/register/register-status';
import { RegisterDownload } from '../../../shared/spreadsheets/register-download';
import { GovernanceAccess } from '../governance-access';
import type { Risk } from '../governance.types';
import { IdentifyRiskForm } from './identify-risk-form';
import { RiskDetail } from './risk-detail';
import { RiskHeatMap } from './risk-heat-map';
import { RiskRegisterTable } from './risk-register-table';
import { RisksData } from './risks-data';

/** The strategic risk register, its heat map and each risk's history; procurement leads and admins keep it. */
@Component({
  selector: 'gl-risks-page',
  imports: [RegisterDownload, Change, RecordChanges, RegisterStatus, RiskHeatMap, RiskRegisterTable, RiskDetail, IdentifyRiskForm],
  template: `
    <h1>Strategic risks</h1>
    <p class="lead">The strategic risk register, its scores and the history of its reviews.</p>

    <gl-register-status [register]="register" subject="The risk register" />
    <gl-register-download register="risk-register" [asOf]="register.asOf()" />

    @if (register.value(); as view) {
      <gl-risk-heat-map [cells]="view.heatMap" />
      <gl-risk-register-table [risks]="view.risks" [selectedId]="selected.ref()" (selected)="selected.choose($event.id)" />

      @for (risk of selected.open(); track risk.id + ':' + risk.revision) {
        <gl-risk-detail
          [risk]="risk"
          [canReview]="access.managesRisks()"
          [disabled]="register.historical()"
          (reviewed)="reviewed($event)"
          (reloadRequested)="register.reload()"
          (closed)="selected.close()"
        />
      }

      @if (access.managesRisks()) {
        <gl-record-changes>
          <ng-template glChange="Identify a risk">
            <gl-identify-risk-form
              [disabled]="register.historical()"
              (saved)="register.changed('“' + $event.title + '” was added to the register with a score of ' + $event.score + '.')"
            />
          </ng-template>
        </gl-record-changes>
      }
    } @else if (register.loading()) {
      <p>Loading the risk register…</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RisksPage {
  private readonly data = inject(RisksData);
  protected readonly access = inject(GovernanceAccess);
  protected readonly register = loadRegister((asOf) => this.data.load(asOf));
  /** The risk shown in full, as it is in the register shown (none if it did not exist then). */
  protected readonly selected = new RegisterSelection(this.register, (view, id: string) => view.risks.find((r) => r.id === id));

  protected reviewed(risk: Risk): Promise<void> {
    return this.register.changed(
      risk.status === 'CLOSED'
        ? `“${risk.title}” was closed: it has left the heat map and the review cycle.`
        : `“${risk.title}” was reviewed: its score is now ${risk.score}.`,
    );
  }
}
