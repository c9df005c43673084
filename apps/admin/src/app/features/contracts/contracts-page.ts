import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';

import { CalendarDatePipe, MoneyPipe } from '../../shared/format/format-pipes';
import { loadRegister } from '../../shared/register/register-loader';
import { RegisterStatus } from '../../shared/register/register-status';
import { RegisterDownload } from '../../shared/spreadsheets/register-download';
import { ImportPanel } from '../workforce/spreadsheet-import/import-panel';
import { labelOf } from '../../shared/enum-labels';
import { CONTRACT_STATUS_LABELS, CONTRACT_STATUS_TONES } from './contract-labels';
import { ContractsData } from './contracts-data';
import type { ContractListItem, ContractStatus } from './contracts.types';

/** Which contracts the register shows: one status, or all of them. */
export type StatusFilter = ContractStatus | 'ALL';

/** The contracts with the status asked for, in the register's order (oldest award first). */
export function withStatus(contracts: readonly ContractListItem[], filter: StatusFilter): ContractListItem[] {
  return filter === 'ALL' ? [...contracts] : contracts.filter((contract) => contract.status === filter);
}

/**
 * The contracts register: every contract awarded from a procurement, its reference, supplier,
 * awarded and current value, status, end date and managers; the title opens the contract. The
 * register downloads as CSV or XLSX as the page shows it (live, or as at its instant).
 */
@Component({
  selector: 'gl-contracts-page',
  imports: [CalendarDatePipe, ImportPanel, MoneyPipe, RouterLink, RegisterDownload, RegisterStatus],
  template: `
    <h1>Contracts</h1>
    <p class="lead">Contracts awarded from procurements: change control, performance, savings and social value.</p>

    <gl-register-status [register]="register" subject="The contracts" />
    <gl-register-download register="contracts-register" [asOf]="register.asOf()" />
    <!-- An existing register (the e-tendering portal's export) comes in through the same checked import as HR's spreadsheets. -->
    <gl-import-panel kind="contracts-register" (imported)="register.changed($event)" />

    @if (register.value(); as contracts) {
      <div class="field filter">
        <label for="contract-status-filter">Show</label>
        <select id="contract-status-filter" [value]="filter()" (change)="filterBy($event)">
          <option value="ALL">All contracts ({{ contracts.length }})</option>
          @for (status of statuses; track status) {
            <option [value]="status">{{ statusLabel(status) }} ({{ count(contracts, status) }})</option>
          }
        </select>
      </div>

      <div class="table-scroll" role="region" aria-labelledby="contracts-caption" tabindex="0">
        <table class="wide">
          <caption id="contracts-caption">
            Contracts register
          </caption>
          <thead>
            <tr>
              <th scope="col">Contract</th>
              <th scope="col">Supplier</th>
              <th scope="col" class="num">Awarded value</th>
              <th scope="col" class="num">Current value</th>
              <th scope="col">Status</th>
              <th scope="col">End date</th>
              <th scope="col">Managers</th>
            </tr>
          </thead>
          <tbody>
            @for (contract of shown(); track contract.id) {
              <tr [attr.data-contract-id]="contract.id">
                <th scope="row">
                  <!-- Lots of one procurement share its title: the contract's reference tells them apart (and is the export's first column). -->
                  <a [routerLink]="['/contracts', contract.id]" [attr.aria-describedby]="'contract-ref-' + contract.id">{{
                    contract.title
                  }}</a>{{ ' ' }}<span class="reference muted" [id]="'contract-ref-' + contract.id">Ref. {{ contract.id }}</span>
                  @if (contract.socialValueUnderDelivered) {
                    <br /><span class="tag" data-tone="warn">Social value under-delivered</span>
                  }
                </th>
                <td>{{ contract.supplierName }}</td>
                <td class="num">{{ contract.awardedValue | money }}</td>
                <td class="num" data-cell="current-value">{{ contract.currentValue | money }}</td>
                <td>
                  <span class="tag" [attr.data-tone]="statusTones[contract.status]">{{ statusLabel(contract.status) }}</span>
                </td>
                <td>{{ contract.endDate | calendarDate }}</td>
                <td>
                  @for (manager of contract.managers; track manager.id) {
                    <span class="manager" [class.erased]="manager.erased">{{ manager.displayName }}</span>
                  } @empty {
                    <span class="muted">None assigned</span>
                  }
                </td>
              </tr>
            } @empty {
              <tr>
                <td colspan="7">
                  {{ filter() === 'ALL' ? 'No contract is awarded yet.' : 'No contract is ' + statusLabel(filter()).toLowerCase() + '.' }}
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      <p class="hint">A procurement lead awards a contract from its procurement’s page once the award gateway (G3) has passed.</p>
    } @else if (register.loading()) {
      <p>Loading the contracts…</p>
    }
  `,
  styles: `
    .filter select {
      width: auto;
    }

    .manager {
      display: block;
    }

    .reference {
      display: block;
      font-size: 0.85em;
      font-weight: normal;
      overflow-wrap: anywhere;
    }

    /* On a phone the register scrolls in its box rather than squeezing its columns. */
    table.wide {
      min-width: 46rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContractsPage {
  private readonly data = inject(ContractsData);
  protected readonly register = loadRegister((asOf) => this.data.loadRegister(asOf));
  protected readonly filter = signal<StatusFilter>('ALL');
  protected readonly shown = computed(() => withStatus(this.register.value() ?? [], this.filter()));

  protected readonly statuses = Object.keys(CONTRACT_STATUS_LABELS) as ContractStatus[];
  protected readonly statusTones = CONTRACT_STATUS_TONES;

  protected statusLabel(status: StatusFilter): string {
    return status === 'ALL' ? 'All' : labelOf(CONTRACT_STATUS_LABELS, status);
  }

  protected count(contracts: readonly ContractListItem[], status: ContractStatus): number {
    return withStatus(contracts, status).length;
  }

  protected filterBy(event: Event): void {
    this.filter.set((event.target as HTMLSelectElement).value as StatusFilter);
  }
}
