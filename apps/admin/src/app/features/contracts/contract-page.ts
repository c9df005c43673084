import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';

import { CalendarDatePipe, InstantPipe, MoneyPipe } from '../../shared/format/format-pipes';
import { formatMoney } from '../../shared/format/format';
import { gatewayLabel, labelOf } from '../../shared/enum-labels';
import { RegisterLoader } from '../../shared/register/register-loader';
import { RegisterStatus } from '../../shared/register/register-status';
import { GovernanceAccess } from '../governance/governance-access';
import { AssignManagerForm, CloseContractForm, ExtendContractForm } from './contract-admin-forms';
import {
  CONTRACT_STATUS_LABELS,
  CONTRACT_STATUS_TONES,
  RATING_LABELS,
  RATING_TONES,
  SAVING_KIND_LABELS,
  SAVING_STAGE_LABELS,
  VARIATION_STATUS_LABELS,
  VARIATION_STATUS_TONES,
  formatValueChange,
} from './contract-labels';
import { ContractsAccess } from './contracts-access';
import { ContractsData } from './contracts-data';
import type { Contract, ContractVariation, SavingOrBenefit } from './contracts.types';
import { AddKpiForm, RecordSavingForm, ReportKpiForm } from './performance-forms';
import { CommitSocialValueForm, ReportDeliveryForm } from './social-value-forms';
import { DecideVariationForm, VaryContractForm } from './variation-forms';

/** The commands the contract page offers, each behind its own button; one is open at a time. */
export type ContractAction =
  | 'vary'
  | 'add-kpi'
  | 'report-kpi'
  | 'record-saving'
  | 'commit-social-value'
  | 'report-delivery'
  | 'extend'
  | 'end'
  | 'terminate'
  | 'assign-manager';

interface ActionButton {
  action: ContractAction;
  label: string;
}

/** What the user's roles and the contract's state let them do, in the order the buttons show. */
export function availableActions(contract: Contract, can: { keeps: boolean; reports: boolean }): ActionButton[] {
  const active = contract.status === 'ACTIVE';
  const actions: (ActionButton | false)[] = [
    can.keeps && active && { action: 'vary', label: 'Record a variation' },
    can.reports && contract.kpis.length > 0 && { action: 'report-kpi', label: 'Report on a KPI' },
    can.reports && contract.socialValueCommitments.length > 0 && { action: 'report-delivery', label: 'Report social value delivered' },
    can.reports && { action: 'record-saving', label: 'Record a saving or benefit' },
    can.keeps && active && { action: 'add-kpi', label: 'Add a KPI' },
    can.keeps && active && { action: 'commit-social-value', label: 'Record a social value commitment' },
    can.keeps && active && { action: 'assign-manager', label: 'Assign a manager' },
    can.keeps && active && contract.extensionMonthsAvailable > 0 && { action: 'extend', label: 'Extend' },
    can.keeps && active && { action: 'end', label: 'End' },
    can.keeps && active && { action: 'terminate', label: 'Terminate' },
  ];
  return actions.filter((action): action is ActionButton => !!action);
}

/** Savings and benefits added up by kind and stage. */
export function savingsTotals(
  savings: readonly SavingOrBenefit[],
): { kind: SavingOrBenefit['kind']; committed: number; delivered: number }[] {
  return (['SAVING', 'BENEFIT'] as const).map((kind) => {
    const sum = (stage: SavingOrBenefit['stage']) =>
      savings.filter((entry) => entry.kind === kind && entry.stage === stage).reduce((total, entry) => total + entry.amount, 0);
    return { kind, committed: sum('COMMITTED'), delivered: sum('DELIVERED') };
  });
}

/** What the page says once a variation was recorded or decided. */
export function variationNotice(contract: Contract, variation: ContractVariation | undefined): string {
  if (!variation) {
    return 'The contract was updated.';
  }
  const what = `The variation “${variation.description}”`;
  switch (variation.status) {
    case 'PENDING':
      return `${what} was recorded. It waits for the procurement lead’s approval before it changes the value.`;
    case 'EFFECTIVE':
    case 'APPROVED':
      return `${what} is ${VARIATION_STATUS_LABELS[variation.status].toLowerCase()}: the current value is ${formatMoney(contract.currentValue)}.`;
    case 'REJECTED':
      return `${what} was rejected: the current value stays ${formatMoney(contract.currentValue)}.`;
    case 'LAPSED':
      return `${what} lapsed.`;
    default: {
      const unknown: never = variation.status;
      return `${what} is ${String(unknown)}.`;
    }
  }
}

/**
 * One contract: its summary, the variations under change control, KPIs and their quarterly
 * reports, savings and benefits, social value committed and delivered, and the commands each
 * role may use, each behind a button. Commands send the revision shown; a CONFLICT offers to reload.
 */
@Component({
  selector: 'gl-contract-page',
  imports: [
    CalendarDatePipe,
    InstantPipe,
    MoneyPipe,
    RouterLink,
    RegisterStatus,
    VaryContractForm,
    DecideVariationForm,
    AddKpiForm,
    ReportKpiForm,
    RecordSavingForm,
    CommitSocialValueForm,
    ReportDeliveryForm,
    ExtendContractForm,
    CloseContractForm,
    AssignManagerForm,
  ],
  template: `
    <a class="back-link" routerLink="/contracts">All contracts</a>
    <h1>{{ contract()?.title ?? 'Contract' }}</h1>

    <gl-register-status [register]="register" subject="The contract" (asOfChange)="close()" />

    @for (contract of current(); track contract.revision) {
      <dl class="facts" aria-label="Summary">
        <dt>Supplier</dt>
        <dd data-fact="supplier">{{ contract.supplierName }}</dd>
        <dt>Status</dt>
        <dd>
          <span class="tag" data-fact="status" [attr.data-tone]="statusTones[contract.status]">{{ label.status(contract.status) }}</span>
          @if (contract.closeReason) {
            <span class="muted"> on {{ contract.closedOn | calendarDate }}: {{ contract.closeReason }}</span>
          }
        </dd>
        <dt>Awarded value</dt>
        <dd data-fact="awarded-value">{{ contract.awardedValue | money }}</dd>
        <dt>Current value</dt>
        <dd data-fact="current-value">{{ contract.currentValue | money }}</dd>
        <dt>Term</dt>
        <dd>{{ contract.startDate | calendarDate }} to {{ contract.endDate | calendarDate }}</dd>
        <dt>Extensions left</dt>
        <dd>{{ contract.extensionMonthsAvailable }} months</dd>
        <dt>Notice period</dt>
        <dd>{{ hasValue(contract.noticePeriodDays) ? contract.noticePeriodDays + ' days' : 'Not recorded' }}</dd>
        <dt>Procurement</dt>
        <dd>
          @if (governance.readsProcurements()) {
            <a [routerLink]="['/gateway', contract.procurementId]">{{ contract.procurement.title }}</a>
          } @else {
            <span>{{ contract.procurement.title }}</span>
          }
          <span class="muted">
            (awarded on {{ contract.awardedOn | calendarDate }}, recorded {{ contract.awardedAt | instant }}, after
            {{ gatewaysPassed() }})</span
          >
        </dd>
        <dt>Managers</dt>
        <dd data-fact="managers">
          @for (manager of contract.managers; track manager.id) {
            <span class="manager" [class.erased]="manager.erased">{{ manager.displayName }}</span>
          } @empty {
            <span class="muted">None assigned</span>
          }
        </dd>
      </dl>

      @if (actions().length) {
        <section class="actions" aria-labelledby="actions-title">
          <h2 id="actions-title">Record changes</h2>
          <div class="button-row">
            @for (button of actions(); track button.action) {
              <button
                type="button"
                class="secondary"
                [attr.aria-expanded]="open() === button.action"
                [attr.data-action]="button.action"
                (click)="toggle(button.action)"
              >
                {{ button.label }}
              </button>
            }
          </div>
        </section>

        @switch (open()) {
          @case ('vary') {
            <gl-vary-contract-form [contract]="contract" (saved)="varied($event)" (cancelled)="close()" (reloadRequested)="reload()" />
          }
          @case ('add-kpi') {
            <gl-add-kpi-form
              [contract]="contract"
              (saved)="done('The KPI was added.')"
              (cancelled)="close()"
              (reloadRequested)="reload()"
            />
          }
          @case ('report-kpi') {
            <gl-report-kpi-form
              [contract]="contract"
              (saved)="done('The KPI report was recorded.')"
              (cancelled)="close()"
              (reloadRequested)="reload()"
            />
          }
          @case ('record-saving') {
            <gl-record-saving-form
              [contract]="contract"
              (saved)="done('The saving or benefit was recorded.')"
              (cancelled)="close()"
              (reloadRequested)="reload()"
            />
          }
          @case ('commit-social-value') {
            <gl-commit-social-value-form
              [contract]="contract"
              [measures]="register.value()?.measures ?? []"
              (saved)="done('The social value commitment was recorded.')"
              (cancelled)="close()"
              (reloadRequested)="reload()"
            />
          }
          @case ('report-delivery') {
            <gl-report-delivery-form
              [contract]="contract"
              (saved)="done('The social value delivery was recorded.')"
              (cancelled)="close()"
              (reloadRequested)="reload()"
            />
          }
          @case ('extend') {
            <gl-extend-contract-form
              [contract]="contract"
              (saved)="done('The contract was extended.')"
              (cancelled)="close()"
              (reloadRequested)="reload()"
            />
          }
          @case ('end') {
            <gl-close-contract-form
              mode="end"
              [contract]="contract"
              (saved)="closed($event)"
              (cancelled)="close()"
              (reloadRequested)="reload()"
            />
          }
          @case ('terminate') {
            <gl-close-contract-form
              mode="terminate"
              [contract]="contract"
              (saved)="closed($event)"
              (cancelled)="close()"
              (reloadRequested)="reload()"
            />
          }
          @case ('assign-manager') {
            <gl-assign-manager-form
              [contract]="contract"
              [people]="people()"
              (saved)="done('The contract manager was assigned.')"
              (cancelled)="close()"
              (reloadRequested)="reload()"
            />
          }
        }
      }

      <section aria-labelledby="variations-title">
        <h2 id="variations-title">Variations</h2>
        <div class="table-scroll" role="region" aria-label="Table of variations" tabindex="0">
          <table class="wide">
            <thead>
              <tr>
                <th scope="col">Variation</th>
                <th scope="col" class="num">Change</th>
                <th scope="col">Reason</th>
                <th scope="col">State</th>
                <th scope="col">Recorded</th>
                @if (decides()) {
                  <th scope="col"><span class="visually-hidden">Decision</span></th>
                }
              </tr>
            </thead>
            <tbody>
              @for (variation of contract.variations; track variation.id) {
                <tr [attr.data-variation-id]="variation.id">
                  <th scope="row">{{ variation.description }}</th>
                  <td class="num">{{ valueChange(variation.valueChange) }}</td>
                  <td>
                    {{ variation.reason }}
                    @if (variation.approvalRequiredBecause; as why) {
                      <br /><small class="muted">Needs approval: {{ why }}</small>
                    }
                  </td>
                  <td>
                    <span class="tag" data-cell="variation-state" [attr.data-tone]="variationTones[variation.status]">{{
                      label.variation(variation.status)
                    }}</span>
                    @if (variation.decisionNote) {
                      <br /><small>{{ variation.decisionNote }}</small>
                    }
                  </td>
                  <td>{{ variation.recordedAt | instant }}</td>
                  @if (decides()) {
                    <td>
                      @if (variation.status === 'PENDING') {
                        <button
                          type="button"
                          class="small"
                          [attr.aria-expanded]="deciding()?.id === variation.id"
                          (click)="decide(variation)"
                        >
                          Approve or reject<span class="visually-hidden"> “{{ variation.description }}”</span>
                        </button>
                      }
                    </td>
                  }
                </tr>
              } @empty {
                <tr>
                  <td colspan="6">No variation is recorded.</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        @if (deciding(); as variation) {
          <gl-decide-variation-form
            [contract]="contract"
            [variation]="variation"
            (saved)="decided($event, variation.id)"
            (cancelled)="close()"
            (reloadRequested)="reload()"
          />
        }
      </section>

      <section aria-labelledby="kpis-title">
        <h2 id="kpis-title">Performance: KPIs</h2>
        @for (kpi of contract.kpis; track kpi.id) {
          <div class="card kpi" [attr.data-kpi-id]="kpi.id">
            <h3>{{ kpi.name }}</h3>
            <p class="muted">Target: {{ kpi.target }}. Reports due quarterly from {{ kpi.firstPeriod }}.</p>
            <div class="table-scroll" role="region" [attr.aria-label]="'Reports on ' + kpi.name" tabindex="0">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Quarter</th>
                    <th scope="col">Rating</th>
                    <th scope="col">Note</th>
                    <th scope="col">Reported</th>
                  </tr>
                </thead>
                <tbody>
                  @for (report of kpi.reports; track report.period) {
                    <tr>
                      <th scope="row">{{ report.period }}</th>
                      <td>
                        <span class="tag" data-cell="rating" [attr.data-tone]="ratingTones[report.rating]">{{
                          label.rating(report.rating)
                        }}</span>
                      </td>
                      <td>
                        {{ report.note }}
                        @if (report.correctionReason) {
                          <br /><small class="muted">Corrected: {{ report.correctionReason }}</small>
                        }
                      </td>
                      <td>{{ report.reportedAt | instant }}</td>
                    </tr>
                  } @empty {
                    <tr>
                      <td colspan="4">No report yet.</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          </div>
        } @empty {
          <p class="muted">No KPI is set for this contract.</p>
        }
      </section>

      <section aria-labelledby="savings-title">
        <h2 id="savings-title">Savings and benefits</h2>
        <div class="table-scroll" role="region" aria-label="Table of savings and benefits" tabindex="0">
          <table>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Stage</th>
                <th scope="col">Quarter</th>
                <th scope="col" class="num">Amount</th>
              </tr>
            </thead>
            <tbody>
              @for (entry of contract.savings; track entry.id) {
                <tr>
                  <th scope="row">{{ label.kind(entry.kind) }}</th>
                  <td>{{ label.stage(entry.stage) }}</td>
                  <td>{{ entry.period }}</td>
                  <td class="num">{{ entry.amount | money }}</td>
                </tr>
              } @empty {
                <tr>
                  <td colspan="4">No saving or benefit is recorded.</td>
                </tr>
              }
            </tbody>
            @if (contract.savings.length) {
              <tfoot>
                @for (total of savingsTotals(); track total.kind) {
                  <tr>
                    <th scope="row" colspan="3">{{ label.kind(total.kind) }}s committed / delivered</th>
                    <td class="num">{{ total.committed | money }} / {{ total.delivered | money }}</td>
                  </tr>
                }
              </tfoot>
            }
          </table>
        </div>
      </section>

      <section aria-labelledby="social-value-title">
        <h2 id="social-value-title">Social value</h2>
        <dl class="facts">
          <dt>Weighting in the evaluation</dt>
          <dd>{{ contract.socialValueWeightingPercent === 0 ? 'Not applied' : contract.socialValueWeightingPercent + '%' }}</dd>
          <dt>Committed</dt>
          <dd data-fact="committed-social-value">{{ contract.committedSocialValue | money }}</dd>
          <dt>Delivered</dt>
          <dd data-fact="delivered-social-value">{{ contract.deliveredSocialValue | money }}</dd>
        </dl>
        @if (contract.socialValueUnderDelivered) {
          <p class="note" data-flag="under-delivered">
            <strong>Under-delivered:</strong> some commitment is behind what should have been delivered by now.
          </p>
        }
        <div class="table-scroll" role="region" aria-label="Social value commitments" tabindex="0">
          <table class="wide">
            <thead>
              <tr>
                <th scope="col">Measure</th>
                <th scope="col" class="num">Committed</th>
                <th scope="col" class="num">Expected to date</th>
                <th scope="col" class="num">Delivered</th>
                <th scope="col" class="num">Value committed / delivered</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              @for (commitment of contract.socialValueCommitments; track commitment.id) {
                <tr [class.under-delivered]="commitment.underDelivered" [attr.data-commitment-id]="commitment.id">
                  <th scope="row">
                    {{ commitment.measure.outcome }}
                    <small class="muted delivery">{{ commitment.measure.theme }}</small>
                    @for (delivery of commitment.deliveries; track delivery.period) {
                      <small class="delivery">{{ delivery.period }}: {{ delivery.quantity }} ({{ delivery.evidence }})</small>
                    }
                  </th>
                  <td class="num">{{ commitment.committedQuantity }} {{ commitment.measure.unit }}</td>
                  <td class="num">{{ commitment.expectedToDateQuantity }}</td>
                  <td class="num">{{ commitment.deliveredQuantity }}</td>
                  <td class="num">
                    @if (!hasValue(commitment.committedValue)) {
                      <span class="muted">No proxy value</span>
                    } @else {
                      {{ commitment.committedValue | money }} / {{ commitment.deliveredValue ?? 0 | money }}
                    }
                  </td>
                  <td>
                    @if (commitment.underDelivered) {
                      <span class="tag" data-tone="bad">Under-delivered</span>
                    } @else {
                      <span class="tag" data-tone="good">On track</span>
                    }
                  </td>
                </tr>
              } @empty {
                <tr>
                  <td colspan="6">No social value commitment is recorded.</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </section>
    } @empty {
      @if (register.value()) {
        <p>There is no such contract{{ register.historical() ? ' at this instant' : '' }}.</p>
      } @else if (register.loading()) {
        <p>Loading the contract…</p>
      }
    }
  `,
  styles: `
    .actions {
      margin-bottom: 1.5rem;
    }

    .kpi {
      margin-bottom: 1rem;
    }

    tr.under-delivered {
      background: #fcd6c3;
    }

    .delivery {
      display: block;
      font-size: 0.875rem;
    }

    .manager {
      display: block;
    }

    td.num {
      white-space: nowrap;
    }

    /* On a phone the table scrolls in its box rather than squeezing its text into a column of words. */
    table.wide {
      min-width: 42rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContractPage {
  private readonly data = inject(ContractsData);
  protected readonly access = inject(ContractsAccess);
  protected readonly governance = inject(GovernanceAccess);

  /** From the route, /contracts/:contractId. */
  readonly contractId = input.required<string>();

  /** Staff are asked for only by those who assign managers. */
  protected readonly register = new RegisterLoader((asOf) => this.data.loadOne(this.contractId(), asOf, this.access.keepsContracts()));
  protected readonly contract = computed(() => this.register.value()?.contract ?? null);
  /** The contract as a list of at most one, keyed by revision: a new revision brings fresh forms. */
  protected readonly current = computed(() => {
    const contract = this.contract();
    return contract ? [contract] : [];
  });
  protected readonly actions = computed(() => {
    const contract = this.contract();
    if (!contract || this.register.historical()) {
      return [];
    }
    return availableActions(contract, { keeps: this.access.keepsContracts(), reports: this.access.reportsOnContracts() });
  });
  protected readonly savingsTotals = computed(() => savingsTotals(this.contract()?.savings ?? []));
  protected readonly people = computed(() => this.register.value()?.staff ?? []);
  /** Approve or reject buttons: for the procurement lead, on live data only. */
  protected readonly decides = computed(() => this.access.approvesVariations() && !this.register.historical());
  protected readonly gatewaysPassed = computed(() => this.contract()?.gatewaysPassed.map(gatewayLabel).join(', ') || 'no gateway');

  /** The command whose form is open, if any. */
  protected readonly open = signal<ContractAction | null>(null);
  /** The variation whose approval form is open, if any. */
  protected readonly deciding = signal<ContractVariation | null>(null);

  protected readonly statusTones = CONTRACT_STATUS_TONES;
  protected readonly variationTones = VARIATION_STATUS_TONES;
  protected readonly ratingTones = RATING_TONES;
  protected readonly label = {
    status: (value: string) => labelOf(CONTRACT_STATUS_LABELS, value),
    variation: (value: string) => labelOf(VARIATION_STATUS_LABELS, value),
    rating: (value: string) => labelOf(RATING_LABELS, value),
    kind: (value: string) => labelOf(SAVING_KIND_LABELS, value),
    stage: (value: string) => labelOf(SAVING_STAGE_LABELS, value),
  };
  protected readonly valueChange = formatValueChange;
  protected readonly hasValue = (value: number | null | undefined): value is number => value !== null && value !== undefined;

  constructor() {
    // The route may show another contract in the same page.
    effect(() => {
      this.contractId();
      untracked(() => {
        this.close();
        void this.register.reload();
      });
    });
  }

  protected toggle(action: ContractAction): void {
    this.deciding.set(null);
    this.open.update((open) => (open === action ? null : action));
  }

  protected decide(variation: ContractVariation): void {
    this.open.set(null);
    this.deciding.set(variation);
  }

  protected close(): void {
    this.open.set(null);
    this.deciding.set(null);
  }

  protected reload(): Promise<void> {
    this.close();
    return this.register.reload();
  }

  protected done(notice: string): Promise<void> {
    this.close();
    return this.register.changed(notice);
  }

  protected varied(contract: Contract): Promise<void> {
    return this.done(variationNotice(contract, contract.variations.at(-1)));
  }

  protected decided(contract: Contract, variationId: string): Promise<void> {
    return this.done(
      variationNotice(
        contract,
        contract.variations.find((variation) => variation.id === variationId),
      ),
    );
  }

  protected closed(contract: Contract): Promise<void> {
    return this.done(`The contract is ${this.label.status(contract.status).toLowerCase()}.`);
  }
}
