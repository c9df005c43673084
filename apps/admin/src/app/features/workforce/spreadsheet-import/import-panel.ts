import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { PERMISSIONS } from '@ledger/shared-domain';

import { Session } from '../../../core/auth/session';
import { Role, hasAnyRole } from '../../../core/auth/user';
import { asGraphqlError } from '../../../core/graphql/graphql-error';
import { FocusOnOpen } from '../../../shared/focus-on-open';
import { ImportKind, ImportReport, SpreadsheetFiles } from '../../../shared/spreadsheets/spreadsheet-files';

/**
 * What each import is called, the columns its first row must name (the API's IMPORT_COLUMNS and
 * CONTRACTS_REGISTER_COLUMNS), and who may import it (as the API's routes allow).
 */
const IMPORTS: Record<ImportKind, { title: string; rows: string; columns: string; importers: readonly Role[] }> = {
  'skills-matrix': {
    title: 'Import assessments',
    rows: 'assessments',
    columns: 'email, competency, level (0 to 4), evidence',
    importers: PERMISSIONS.keepWorkforce,
  },
  'training-records': {
    title: 'Import training records',
    rows: 'training records',
    columns: 'email, course, status, date; optionally evidence and reason',
    importers: PERMISSIONS.keepWorkforce,
  },
  'contracts-register': {
    title: 'Import a contracts register',
    rows: 'contracts',
    columns:
      "contract reference, procurement reference (the procurement's id in the ledger; its award gateway must have passed), supplier name, " +
      'awarded value, start date, end date (dd/mm/yyyy or yyyy-mm-dd), social value weighting %; optionally title, supplier identifier, ' +
      'extension months available, contract manager email, status (ACTIVE, ENDED or TERMINATED) and closed on',
    importers: PERMISSIONS.keepContracts,
  },
};

const rowsIn = (count: number) => (count === 1 ? '1 row' : `${count} rows`);

let nextId = 0;

/**
 * A spreadsheet import (HR's, or a contracts register), behind a button: the file is checked first (a dry run: nothing is
 * written) and every refused row named with its line and reason; it can be imported only once
 * the check found nothing wrong, and then all its rows go in together or none do.
 */
@Component({
  selector: 'gl-import-panel',
  imports: [FocusOnOpen],
  template: `
    @if (canImport()) {
      <p>
        <button type="button" class="secondary" [attr.aria-expanded]="open()" (click)="toggle()">
          {{ open() ? 'Close the import' : kindInfo().title + ' from a spreadsheet' }}
        </button>
      </p>
      @if (open()) {
        <section class="panel" [attr.aria-labelledby]="headingId">
          <h2 [id]="headingId" tabindex="-1" glFocusOnOpen>{{ kindInfo().title }}</h2>
          <p class="hint">
            A CSV or Excel (XLSX) file whose first row names the columns: {{ kindInfo().columns }}. The file is checked first; nothing is
            recorded until you import it.
          </p>
          <div class="field">
            <label [for]="fileId">Spreadsheet (CSV or XLSX)</label>
            <input
              [id]="fileId"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              (change)="choose($event)"
            />
          </div>
          <div class="button-row">
            <button type="button" [disabled]="!file() || busy()" (click)="check()">Check the file</button>
            <button type="button" [disabled]="!canApply()" (click)="apply()">{{ applyLabel() }}</button>
          </div>

          <div role="status">
            @if (busy()) {
              <p>{{ busy() === 'checking' ? 'Checking the file…' : 'Importing…' }}</p>
            } @else if (result(); as message) {
              <p class="notice">{{ message }}</p>
            } @else if (report(); as checked) {
              @if (checked.errors.length === 0) {
                <p class="notice">
                  {{ checked.rowsRead === 1 ? 'The 1 row is valid.' : 'All ' + checked.rowsRead + ' rows are valid.' }}
                  @if (checked.alreadyApplied > 0) {
                    {{ checked.alreadyApplied }} of them were imported before and will not be recorded twice.
                  }
                  @if (outcomes(); as said) {
                    {{ said }}
                  }
                </p>
              } @else {
                <p class="field-error">{{ refusedSummary() }} Nothing has been recorded. Correct the file and check it again.</p>
              }
            }
          </div>
          @if (!busy() && report()?.errors?.length) {
            <div class="table-scroll" role="region" tabindex="0" aria-label="Refused rows">
              <table>
                <caption class="visually-hidden">
                  Refused rows
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Line</th>
                    @if (namesColumns()) {
                      <th scope="col">Column</th>
                    }
                    <th scope="col">Reason</th>
                  </tr>
                </thead>
                <tbody>
                  @for (row of report()?.errors; track $index) {
                    <tr>
                      <td class="num">{{ row.line }}</td>
                      @if (namesColumns()) {
                        <td>{{ spoken(row.column) }}</td>
                      }
                      <td>{{ row.message }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
          @if (failure(); as message) {
            <p class="form-error" role="alert">{{ message }}</p>
          }
        </section>
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportPanel {
  readonly kind = input.required<ImportKind>();
  /** After an import: what was recorded, for the page's notice (the page reloads its register). */
  readonly imported = output<string>();

  private readonly files = inject(SpreadsheetFiles);
  private readonly user = inject(Session).user;
  protected readonly canImport = computed(() => hasAnyRole(this.user(), IMPORTS[this.kind()].importers));
  protected readonly headingId = `import-heading-${nextId}`;
  protected readonly fileId = `import-file-${nextId++}`;
  protected readonly rowsIn = rowsIn;

  protected readonly open = signal(false);
  readonly file = signal<File | null>(null);
  /** The last check of the chosen file (a dry run); cleared when another file is chosen. */
  readonly report = signal<ImportReport | null>(null);
  readonly busy = signal<'checking' | 'importing' | null>(null);
  readonly result = signal<string | null>(null);
  readonly failure = signal<string | null>(null);

  protected readonly kindInfo = computed(() => IMPORTS[this.kind()]);
  /** Only a file just checked and found clean may be imported. */
  readonly canApply = computed(() => {
    const report = this.report();
    return !!this.file() && !this.busy() && !this.result() && !!report?.dryRun && report.errors.length === 0 && report.rowsRead > 0;
  });
  protected readonly applyLabel = computed(() => {
    const report = this.report();
    return report?.dryRun && report.errors.length === 0 ? `Import ${rowsIn(report.rowsRead)}` : 'Import';
  });
  /** Whether the refusals name their column (the contracts register's do): the table then shows it. */
  protected readonly namesColumns = computed(() => (this.report()?.errors ?? []).some((error) => !!error.column));
  protected readonly spoken = (column: string | undefined) => (column ?? '').replace(/_/g, ' ');
  /** What a clean check says the import would do, where the import says it row by row. */
  readonly outcomes = computed(() => {
    const rows = this.report()?.rows;
    if (!rows?.length) {
      return null;
    }
    const count = (outcome: string) => rows.filter((row) => row.outcome === outcome).length;
    return `New: ${count('created')}. Updated: ${count('updated')}. Already on the record: ${count('unchanged')}.`;
  });
  protected readonly refusedSummary = computed(() => {
    const errors = this.report()?.errors ?? [];
    const lines = new Set(errors.map((e) => e.line)).size;
    return lines === 1 ? 'One line was refused.' : `${lines} lines were refused.`;
  });

  protected toggle(): void {
    this.open.update((open) => !open);
  }

  protected choose(event: Event): void {
    this.chooseFile((event.target as HTMLInputElement).files?.[0] ?? null);
  }

  chooseFile(file: File | null): void {
    this.file.set(file);
    this.report.set(null);
    this.result.set(null);
    this.failure.set(null);
  }

  /** The dry run: every row checked as if imported, nothing written. */
  async check(): Promise<void> {
    const file = this.file();
    if (!file) {
      return;
    }
    await this.run('checking', async () => {
      this.report.set(await this.files.upload(this.kind(), file, true));
    });
  }

  async apply(): Promise<void> {
    const file = this.file();
    if (!file || !this.canApply()) {
      return;
    }
    await this.run('importing', async () => {
      const report = await this.files.upload(this.kind(), file, false);
      this.report.set(report);
      if (report.errors.length > 0) {
        // Refused at import time (the registers changed since the check): nothing was written.
        return;
      }
      const recorded = `${rowsIn(report.applied)} of ${file.name} recorded as ${this.kindInfo().rows}.`;
      const skipped = report.alreadyApplied > 0 ? ` ${rowsIn(report.alreadyApplied)} had been imported before.` : '';
      this.result.set(`Imported: ${recorded}${skipped}`);
      this.imported.emit(`Imported ${rowsIn(report.applied)} from ${file.name}.`);
    });
  }

  private async run(doing: 'checking' | 'importing', work: () => Promise<void>): Promise<void> {
    this.busy.set(doing);
    this.failure.set(null);
    this.result.set(null);
    try {
      await work();
    } catch (error) {
      const verb = doing === 'checking' ? 'checked' : 'imported';
      this.failure.set(`The file could not be ${verb}. ${asGraphqlError(error).message}`);
    } finally {
      this.busy.set(null);
    }
  }
}
