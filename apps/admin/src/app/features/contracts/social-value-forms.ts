import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { FocusOnOpen } from '../../shared/focus-on-open';
import { Field } from '../../shared/forms/field';
import { FormShell } from '../../shared/forms/form-shell';
import { today } from '../../shared/format/format';
import { ContractFormComponent } from './contract-form';
import { quarterOf } from './contract-labels';
import { ContractsData } from './contracts-data';
import type { SocialValueMeasure } from './contracts.types';
import { QUARTER } from './performance-forms';

/** Binds a social value commitment from the winning bid to the contract. */
@Component({
  selector: 'gl-commit-social-value-form',
  imports: [ReactiveFormsModule, FormShell, Field, FocusOnOpen],
  template: `
    <form
      glFormShell
      class="panel"
      [formGroup]="form"
      aria-labelledby="commit-social-value-title"
      errorHeading="The commitment was not recorded"
      submitLabel="Record commitment"
      [conflict]="conflictAdvice"
      [commandForm]="this"
      (reload)="reloadRequested.emit()"
    >
      <h2 glFormIntro id="commit-social-value-title" glFocusOnOpen tabindex="-1">Record a social value commitment</h2>
      <gl-field label="Measure" error="Choose the measure.">
        <select formControlName="measureId">
          <option value="">Choose a measure</option>
          @for (measure of current(); track measure.id) {
            <option [value]="measure.id">{{ measure.theme }}: {{ measure.outcome }} ({{ measure.unit }})</option>
          }
        </select>
      </gl-field>
      <gl-field label="Quantity committed" hint="In the measure’s unit, from the winning bid." error="Enter a quantity above 0.">
        <input class="short" type="number" min="0" step="any" formControlName="committedQuantity" />
      </gl-field>
      <button glFormActions type="button" class="secondary" (click)="cancelled.emit()">Cancel</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommitSocialValueForm extends ContractFormComponent {
  private readonly data = inject(ContractsData);

  readonly measures = input.required<readonly SocialValueMeasure[]>();
  /** A retired measure takes no new commitments. */
  protected readonly current = computed(() => this.measures().filter((measure) => !measure.retired));
  protected readonly form = inject(NonNullableFormBuilder).group({
    measureId: ['', Validators.required],
    committedQuantity: [null as number | null, [Validators.required, Validators.min(0)]],
  });

  protected send(commandId: string) {
    const { measureId, committedQuantity } = this.form.getRawValue();
    // A commitment carries no expected revision (CommitSocialValueInput has none).
    const { contractId } = this.envelope(commandId);
    return this.data.commitSocialValue({ contractId, commandId, measureId, committedQuantity: Number(committedQuantity) });
  }
}

/** A quarter's social value delivery against one commitment, with its evidence. */
@Component({
  selector: 'gl-report-delivery-form',
  imports: [ReactiveFormsModule, FormShell, Field, FocusOnOpen],
  template: `
    <form
      glFormShell
      class="panel"
      [formGroup]="form"
      aria-labelledby="report-delivery-title"
      errorHeading="The delivery was not recorded"
      submitLabel="Record delivery"
      [conflict]="conflictAdvice"
      [commandForm]="this"
      (reload)="reloadRequested.emit()"
    >
      <h2 glFormIntro id="report-delivery-title" glFocusOnOpen tabindex="-1">Report social value delivered</h2>
      <gl-field label="Commitment" error="Choose the commitment.">
        <select formControlName="commitmentId">
          <option value="">Choose a commitment</option>
          @for (commitment of contract().socialValueCommitments; track commitment.id) {
            <option [value]="commitment.id">
              {{ commitment.measure.outcome }} ({{ commitment.committedQuantity }} {{ commitment.measure.unit }} committed)
            </option>
          }
        </select>
      </gl-field>
      <gl-field label="Quarter" hint="Written 2026-Q1." error="Enter the quarter as 2026-Q1.">
        <input class="short" type="text" formControlName="period" />
      </gl-field>
      <gl-field label="Quantity delivered" error="Enter a quantity, 0 or more.">
        <input class="short" type="number" min="0" step="any" formControlName="quantity" />
      </gl-field>
      <gl-field label="Evidence" hint="What shows it was delivered: a payroll extract, a certificate." error="Enter the evidence.">
        <textarea rows="2" formControlName="evidence"></textarea>
      </gl-field>
      <button glFormActions type="button" class="secondary" (click)="cancelled.emit()">Cancel</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportDeliveryForm extends ContractFormComponent {
  private readonly data = inject(ContractsData);

  protected readonly form = inject(NonNullableFormBuilder).group({
    commitmentId: ['', Validators.required],
    period: [quarterOf(today()), [Validators.required, Validators.pattern(QUARTER)]],
    quantity: [null as number | null, [Validators.required, Validators.min(0)]],
    evidence: ['', Validators.required],
  });

  protected send(commandId: string) {
    const { commitmentId, period, quantity, evidence } = this.form.getRawValue();
    const { contractId } = this.envelope(commandId);
    return this.data.reportDelivery({
      contractId,
      commandId,
      commitmentId,
      period: period.trim(),
      quantity: Number(quantity),
      evidence: evidence.trim(),
    });
  }
}
