import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { FocusOnOpen } from '../../shared/focus-on-open';
import { Field } from '../../shared/forms/field';
import { FormShell } from '../../shared/forms/form-shell';
import { today } from '../../shared/format/format';
import { ContractFormComponent } from './contract-form';
import { RATING_LABELS, SAVING_KIND_LABELS, SAVING_STAGE_LABELS, quarterOf } from './contract-labels';
import { ContractsData } from './contracts-data';
import type { KpiRating, SavingKind, SavingStage } from './contracts.types';

/** A quarter as the API takes it: 2026-Q1 … 2026-Q4. */
export const QUARTER = /^\d{4}-Q[1-4]$/;

/** Adds a KPI with its target; its managers report on it quarterly from then on. */
@Component({
  selector: 'gl-add-kpi-form',
  imports: [ReactiveFormsModule, FormShell, Field, FocusOnOpen],
  template: `
    <form
      glFormShell
      class="panel"
      [formGroup]="form"
      aria-labelledby="add-kpi-title"
      errorHeading="The KPI was not added"
      submitLabel="Add KPI"
      [conflict]="conflictAdvice"
      [commandForm]="this"
      (reload)="reloadRequested.emit()"
    >
      <h2 glFormIntro id="add-kpi-title" glFocusOnOpen tabindex="-1">Add a KPI</h2>
      <gl-field label="Name" error="Name the KPI.">
        <input type="text" formControlName="name" />
      </gl-field>
      <gl-field label="Target" hint="For example “95% of repairs within 24 hours”." error="Enter the target.">
        <input type="text" formControlName="target" />
      </gl-field>
      <button glFormActions type="button" class="secondary" (click)="cancelled.emit()">Cancel</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddKpiForm extends ContractFormComponent {
  private readonly data = inject(ContractsData);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', Validators.required],
    target: ['', Validators.required],
  });

  protected send(commandId: string) {
    const { name, target } = this.form.getRawValue();
    const { contractId } = this.envelope(commandId);
    return this.data.addKpi({ contractId, commandId, name: name.trim(), target: target.trim() });
  }
}

/** A quarter's report on one KPI: its RAG rating and a note, by one of the contract's managers. */
@Component({
  selector: 'gl-report-kpi-form',
  imports: [ReactiveFormsModule, FormShell, Field, FocusOnOpen],
  template: `
    <form
      glFormShell
      class="panel"
      [formGroup]="form"
      aria-labelledby="report-kpi-title"
      errorHeading="The KPI report was not recorded"
      submitLabel="Record report"
      [conflict]="conflictAdvice"
      [commandForm]="this"
      (reload)="reloadRequested.emit()"
    >
      <h2 glFormIntro id="report-kpi-title" glFocusOnOpen tabindex="-1">Report on a KPI</h2>
      <gl-field label="KPI" error="Choose the KPI.">
        <select formControlName="kpiId">
          <option value="">Choose a KPI</option>
          @for (kpi of contract().kpis; track kpi.id) {
            <option [value]="kpi.id">{{ kpi.name }} (target: {{ kpi.target }})</option>
          }
        </select>
      </gl-field>
      <gl-field label="Quarter" hint="Written 2026-Q1 (January to March) to 2026-Q4." error="Enter the quarter as 2026-Q1.">
        <input class="short" type="text" formControlName="period" />
      </gl-field>
      <gl-field label="Rating">
        <select formControlName="rating">
          @for (rating of ratings; track rating) {
            <option [value]="rating">{{ ratingLabels[rating] }}</option>
          }
        </select>
      </gl-field>
      <gl-field label="Note" error="Say how the quarter went.">
        <textarea rows="2" formControlName="note"></textarea>
      </gl-field>
      <button glFormActions type="button" class="secondary" (click)="cancelled.emit()">Cancel</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportKpiForm extends ContractFormComponent {
  private readonly data = inject(ContractsData);

  protected readonly ratings = Object.keys(RATING_LABELS) as KpiRating[];
  protected readonly ratingLabels = RATING_LABELS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    kpiId: ['', Validators.required],
    period: [quarterOf(today()), [Validators.required, Validators.pattern(QUARTER)]],
    rating: ['GREEN' as KpiRating],
    note: ['', Validators.required],
  });

  protected send(commandId: string) {
    const { kpiId, period, rating, note } = this.form.getRawValue();
    const { contractId } = this.envelope(commandId);
    return this.data.reportKpi({ contractId, commandId, kpiId, period: period.trim(), rating, note: note.trim() });
  }
}

/** A saving or benefit, committed or delivered, for a quarter. */
@Component({
  selector: 'gl-record-saving-form',
  imports: [ReactiveFormsModule, FormShell, Field, FocusOnOpen],
  template: `
    <form
      glFormShell
      class="panel"
      [formGroup]="form"
      aria-labelledby="record-saving-title"
      errorHeading="The saving or benefit was not recorded"
      submitLabel="Record"
      [conflict]="conflictAdvice"
      [commandForm]="this"
      (reload)="reloadRequested.emit()"
    >
      <h2 glFormIntro id="record-saving-title" glFocusOnOpen tabindex="-1">Record a saving or benefit</h2>
      <div class="field-row">
        <gl-field label="Kind">
          <select formControlName="kind">
            @for (kind of kinds; track kind) {
              <option [value]="kind">{{ kindLabels[kind] }}</option>
            }
          </select>
        </gl-field>
        <gl-field label="Stage">
          <select formControlName="stage">
            @for (stage of stages; track stage) {
              <option [value]="stage">{{ stageLabels[stage] }}</option>
            }
          </select>
        </gl-field>
      </div>
      <gl-field label="Amount (£)" error="Enter the amount in pounds, 0 or more.">
        <input class="short" type="number" min="0" step="1" formControlName="amount" />
      </gl-field>
      <gl-field label="Quarter" hint="Written 2026-Q1." error="Enter the quarter as 2026-Q1.">
        <input class="short" type="text" formControlName="period" />
      </gl-field>
      <gl-field label="Note" error="Say what it is.">
        <textarea rows="2" formControlName="note"></textarea>
      </gl-field>
      <button glFormActions type="button" class="secondary" (click)="cancelled.emit()">Cancel</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordSavingForm extends ContractFormComponent {
  private readonly data = inject(ContractsData);

  protected readonly kinds = Object.keys(SAVING_KIND_LABELS) as SavingKind[];
  protected readonly kindLabels = SAVING_KIND_LABELS;
  protected readonly stages = Object.keys(SAVING_STAGE_LABELS) as SavingStage[];
  protected readonly stageLabels = SAVING_STAGE_LABELS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    kind: ['SAVING' as SavingKind],
    stage: ['COMMITTED' as SavingStage],
    amount: [null as number | null, [Validators.required, Validators.min(0)]],
    period: [quarterOf(today()), [Validators.required, Validators.pattern(QUARTER)]],
    note: ['', Validators.required],
  });

  protected send(commandId: string) {
    const { kind, stage, amount, period, note } = this.form.getRawValue();
    const { contractId } = this.envelope(commandId);
    return this.data.recordSaving({ contractId, commandId, kind, stage, amount: Number(amount), period: period.trim(), note: note.trim() });
  }
}
