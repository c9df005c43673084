import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';

import { MoneyPipe } from '../../shared/format/format-pipes';
import { loadRegister } from '../../shared/register/register-loader';
import { RegisterStatus } from '../../shared/register/register-status';
import { ContractsAccess } from './contracts-access';
import { ContractsData } from './contracts-data';
import type { SocialValueMeasure } from './contracts.types';
import { DefineMeasureForm, RetireMeasureForm } from './measure-forms';
import { SocialValueFoiDownload } from './social-value-foi-download';

/** The authority's social value measures: the themes and outcomes contracts commit to. */
@Component({
  selector: 'gl-social-value-page',
  imports: [MoneyPipe, RegisterStatus, DefineMeasureForm, RetireMeasureForm, SocialValueFoiDownload],
  template: `
    <h1>Social value</h1>
    <p class="lead">The authority’s social value measures: what contracts commit to deliver, and what a unit of each is worth.</p>

    <gl-register-status [register]="register" subject="The social value measures" (asOfChange)="close()" />

    @if (access.readsContracts()) {
      <gl-social-value-foi-download [asOf]="register.asOf()" />
    }

    @if (register.value(); as measures) {
      @if (access.keepsContracts() && !register.historical()) {
        <div class="button-row actions">
          <button type="button" class="secondary" [attr.aria-expanded]="defining()" (click)="toggleDefine()">Define a measure</button>
        </div>
        @if (defining()) {
          <gl-define-measure-form (saved)="defined($event)" (cancelled)="close()" />
        }
      }

      <div class="table-scroll" role="region" aria-labelledby="measures-caption" tabindex="0">
        <table>
          <caption id="measures-caption">
            Social value measures
          </caption>
          <thead>
            <tr>
              <th scope="col">Theme</th>
              <th scope="col">Outcome</th>
              <th scope="col">Unit</th>
              <th scope="col" class="num">Proxy value per unit</th>
              <th scope="col">State</th>
              @if (access.keepsContracts() && !register.historical()) {
                <th scope="col"><span class="visually-hidden">Retire</span></th>
              }
            </tr>
          </thead>
          <tbody>
            @for (measure of measures; track measure.id) {
              <tr [attr.data-measure-id]="measure.id">
                <td>{{ measure.theme }}</td>
                <th scope="row">{{ measure.outcome }}</th>
                <td>{{ measure.unit }}</td>
                <td class="num">
                  @if (measure.proxyValuePerUnit === null || measure.proxyValuePerUnit === undefined) {
                    <span class="muted">None</span>
                  } @else {
                    {{ measure.proxyValuePerUnit | money }}
                  }
                </td>
                <td>
                  <span class="tag" [attr.data-tone]="measure.retired ? 'neutral' : 'good'">{{
                    measure.retired ? 'Retired' : 'In use'
                  }}</span>
                </td>
                @if (access.keepsContracts() && !register.historical()) {
                  <td>
                    @if (!measure.retired) {
                      <button
                        type="button"
                        class="small secondary"
                        [attr.aria-expanded]="retiring()?.id === measure.id"
                        (click)="retire(measure)"
                      >
                        Retire<span class="visually-hidden"> “{{ measure.outcome }}”</span>
                      </button>
                    }
                  </td>
                }
              </tr>
            } @empty {
              <tr>
                <td colspan="6">No social value measure is defined.</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      @if (retiring(); as measure) {
        <gl-retire-measure-form [measure]="measure" (saved)="retired($event)" (cancelled)="close()" />
      }
      <p class="hint">Proxy values in the demo data are illustrative, not the authority’s adopted values.</p>
    } @else if (register.loading()) {
      <p>Loading the measures…</p>
    }
  `,
  styles: `
    .actions {
      margin-bottom: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SocialValuePage {
  private readonly data = inject(ContractsData);
  protected readonly access = inject(ContractsAccess);
  protected readonly register = loadRegister((asOf) => this.data.loadMeasures(asOf));
  protected readonly defining = signal(false);
  protected readonly retiring = signal<SocialValueMeasure | null>(null);

  protected toggleDefine(): void {
    this.retiring.set(null);
    this.defining.update((open) => !open);
  }

  protected retire(measure: SocialValueMeasure): void {
    this.defining.set(false);
    this.retiring.set(measure);
  }

  protected close(): void {
    this.defining.set(false);
    this.retiring.set(null);
  }

  protected defined(measure: SocialValueMeasure): Promise<void> {
    this.close();
    return this.register.changed(`The measure “${measure.outcome}” was defined.`);
  }

  protected retired(measure: SocialValueMeasure): Promise<void> {
    this.close();
    return this.register.changed(`The measure “${measure.outcome}” was retired: it takes no new commitments.`);
  }
}
