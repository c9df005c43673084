import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';

import { asGraphqlError } from '../../core/graphql/graphql-error';
import { formatInstant } from '../../shared/format/format';
import { SpreadsheetFiles, SpreadsheetFormat } from '../../shared/spreadsheets/spreadsheet-files';

/** How many years back the FOI answer offers (the request names one calendar year of awards). */
export const FOI_YEARS_OFFERED = 6;

/** The years to offer, newest first: the page's year (its instant's, or this year) and the ones before it. */
export function foiYears(asOf: string | null, now: Date = new Date()): number[] {
  const newest = (asOf ? new Date(asOf) : now).getFullYear();
  return Array.from({ length: FOI_YEARS_OFFERED }, (_, back) => newest - back);
}

/**
 * "Download FOI answer": the answers to the FOI request on social value for the contracts awarded
 * in a year, as a workbook (every sheet) or CSV (the answers sheet), as the record stood at the
 * page's instant. The API's GET /api/contracts/social-value-foi does the work.
 */
@Component({
  selector: 'gl-social-value-foi-download',
  template: `
    <section class="panel foi" aria-labelledby="foi-title">
      <h2 id="foi-title">Answer the FOI request on social value</h2>
      <p class="hint">
        The answers for the contracts awarded in one calendar year: commitments, delivery, proxy values and training.
        @if (asOf(); as instant) {
          As the record stood at {{ when(instant) }}.
        }
      </p>
      <div class="foi-controls" role="group" aria-label="Download FOI answer">
        <div class="field">
          <label for="foi-year">Year of award</label>
          <select id="foi-year" [value]="year()" (change)="chooseYear($event)">
            @for (offered of years(); track offered) {
              <option [value]="offered" [selected]="offered === year()">{{ offered }}</option>
            }
          </select>
        </div>
        <div class="field">
          <label for="foi-format">Format</label>
          <select id="foi-format" [value]="format()" (change)="chooseFormat($event)">
            <option value="xlsx">Excel workbook (XLSX)</option>
            <option value="csv">CSV (the answers only)</option>
          </select>
        </div>
        <button type="button" [disabled]="busy()" (click)="download()">{{ busy() ? 'Preparing…' : 'Download FOI answer' }}</button>
      </div>
      @if (saved(); as fileName) {
        <p role="status">{{ fileName }} was downloaded.</p>
      }
      @if (failure(); as message) {
        <p class="field-error" role="alert">The FOI answer was not downloaded. {{ message }}</p>
      }
    </section>
  `,
  styles: `
    .foi-controls {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 0.5rem 1rem;
    }
    .foi-controls .field {
      margin-bottom: 0;
    }
    .foi-controls select {
      width: auto;
      max-width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SocialValueFoiDownload {
  /** The page's instant (null: live data). */
  readonly asOf = input<string | null>(null);

  private readonly files = inject(SpreadsheetFiles);
  protected readonly years = computed(() => foiYears(this.asOf()));
  private readonly chosenYear = signal<number | null>(null);
  /** The year chosen, or the newest offered (which follows the page's instant until one is chosen). */
  protected readonly year = computed(() => {
    const chosen = this.chosenYear();
    return chosen !== null && this.years().includes(chosen) ? chosen : this.years()[0];
  });
  protected readonly format = signal<SpreadsheetFormat>('xlsx');
  protected readonly busy = signal(false);
  protected readonly saved = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly when = formatInstant;

  protected chooseYear(event: Event): void {
    this.chosenYear.set(Number((event.target as HTMLSelectElement).value));
  }

  protected chooseFormat(event: Event): void {
    this.format.set((event.target as HTMLSelectElement).value === 'csv' ? 'csv' : 'xlsx');
  }

  protected async download(): Promise<void> {
    this.busy.set(true);
    this.saved.set(null);
    this.failure.set(null);
    try {
      this.saved.set(await this.files.downloadSocialValueFoi(this.year(), this.format(), this.asOf()));
    } catch (error) {
      this.failure.set(asGraphqlError(error).message);
    } finally {
      this.busy.set(false);
    }
  }
}
