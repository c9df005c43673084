import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';

import { Session } from '../../core/auth/session';
import { hasAnyRole } from '../../core/auth/user';
import { asGraphqlError } from '../../core/graphql/graphql-error';
import { formatInstant } from '../format/format';
import { REGISTER_EXPORTS, RegisterExportName, SpreadsheetFiles, SpreadsheetFormat } from './spreadsheet-files';

let nextId = 0;

/**
 * "Download" for a register page: CSV or XLSX of the register as the page shows it (live, or as at
 * the page's instant). Shown only to those the API lets have the register.
 */
@Component({
  selector: 'gl-register-download',
  template: `
    @if (allowed()) {
      <div class="register-download" role="group" [attr.aria-label]="'Download ' + title()">
        <label [for]="formatId">Download {{ title() }} as</label>
        <select [id]="formatId" [value]="format()" (change)="chooseFormat($event)">
          <option value="xlsx">Excel workbook (XLSX)</option>
          <option value="csv">CSV</option>
        </select>
        <button type="button" class="secondary" [disabled]="busy()" (click)="download()">
          {{ busy() ? 'Preparing…' : 'Download' }}
        </button>
        @if (asOf(); as instant) {
          <span class="hint">as at {{ when(instant) }}</span>
        }
      </div>
      @if (failure(); as message) {
        <p class="field-error" role="alert">The download failed. {{ message }}</p>
      }
    }
  `,
  styles: `
    .register-download {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin-bottom: 1rem;
    }
    .register-download label {
      font-weight: 700;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegisterDownload {
  /** Which register (REGISTER_EXPORTS). */
  readonly register = input.required<RegisterExportName>();
  /** The page's instant (null: live data). */
  readonly asOf = input<string | null>(null);

  private readonly files = inject(SpreadsheetFiles);
  private readonly user = inject(Session).user;
  protected readonly formatId = `register-download-${nextId++}`;
  protected readonly format = signal<SpreadsheetFormat>('xlsx');
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly title = computed(() => REGISTER_EXPORTS[this.register()].title);
  protected readonly allowed = computed(() => hasAnyRole(this.user(), REGISTER_EXPORTS[this.register()].readers));
  protected readonly when = formatInstant;

  protected chooseFormat(event: Event): void {
    this.format.set((event.target as HTMLSelectElement).value === 'csv' ? 'csv' : 'xlsx');
  }

  protected async download(): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    try {
      await this.files.download(this.register(), this.format(), this.asOf());
    } catch (error) {
      this.failure.set(asGraphqlError(error).message);
    } finally {
      this.busy.set(false);
    }
  }
}
