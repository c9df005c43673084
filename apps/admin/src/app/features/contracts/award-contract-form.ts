import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandFormComponent } from '../../shared/forms/command-form-component';
import { FocusOnOpen } from '../../shared/focus-on-open';
import { Field } from '../../shared/forms/field';
import { FormShell } from '../../shared/forms/form-shell';
import { today } from '../../shared/format/format';
import { ContractsData } from './contracts-data';
import type { ContractListItem } from './contracts.types';

/**
 * Awards a contract from a procurement. The API refuses (RULE_VIOLATION) until every gateway the
 * procurement's policy requires up to the award gateway (G3) has passed; its message is shown.
 */
@Component({
  selector: 'gl-award-contract-form',
  imports: [ReactiveFormsModule, FormShell, Field, FocusOnOpen],
  template: `
    <form
      glFormShell
      class="panel"
      [formGroup]="form"
      aria-labelledby="award-contract-title"
      errorHeading="The contract was not awarded"
      submitLabel="Award contract"
      [commandForm]="this"
    >
      <h2 glFormIntro id="award-contract-title" glFocusOnOpen tabindex="-1">Award the contract</h2>
      <p glFormIntro class="hint">Possible once every gateway required up to the award gateway (G3) has passed.</p>
      <gl-field label="Supplier" error="Enter the supplier’s name.">
        <input type="text" formControlName="supplierName" autocomplete="organization" />
      </gl-field>
      <gl-field
        label="Awarded value (£)"
        hint="The whole-life value in pounds, for example 300000."
        error="Enter the value in pounds, 0 or more."
      >
        <input class="short" type="number" min="0" step="1" formControlName="awardedValue" />
      </gl-field>
      <gl-field
        label="Award date"
        hint="Optional: the day the contract was awarded, if before today (for example a contract already in force)."
        error="Enter the award date."
      >
        <input type="date" formControlName="awardedOn" />
      </gl-field>
      <div class="field-row">
        <gl-field label="Start date" error="Enter the start date.">
          <input type="date" formControlName="startDate" />
        </gl-field>
        <gl-field label="End date" error="Enter the end date.">
          <input type="date" formControlName="endDate" />
        </gl-field>
      </div>
      <div class="field-row">
        <gl-field label="Extension months available" error="Enter whole months, 0 or more.">
          <input class="short" type="number" min="0" step="1" formControlName="extensionMonthsAvailable" />
        </gl-field>
        <gl-field label="Notice period (days)" hint="Optional." error="Enter whole days, 0 or more.">
          <input class="short" type="number" min="0" step="1" formControlName="noticePeriodDays" />
        </gl-field>
      </div>
      <gl-field
        label="Social value weighting (%)"
        hint="The weighting social value had in the tender’s evaluation; 0 if it was not applied."
        error="Enter a percentage from 0 to 100."
      >
        <input class="short" type="number" min="0" max="100" step="any" formControlName="socialValueWeightingPercent" />
      </gl-field>
      <button glFormActions type="button" class="secondary" (click)="cancelled.emit()">Cancel</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AwardContractForm extends CommandFormComponent<ContractListItem> {
  private readonly data = inject(ContractsData);

  readonly procurementId = input.required<string>();
  readonly cancelled = output<void>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    supplierName: ['', Validators.required],
    awardedValue: [null as number | null, [Validators.required, Validators.min(0)]],
    awardedOn: [''],
    startDate: [today(), Validators.required],
    endDate: ['', Validators.required],
    extensionMonthsAvailable: [0 as number | null, [Validators.required, Validators.min(0)]],
    noticePeriodDays: [null as number | null, Validators.min(0)],
    socialValueWeightingPercent: [10 as number | null, [Validators.required, Validators.min(0), Validators.max(100)]],
  });

  protected send(commandId: string): Promise<ContractListItem> {
    const value = this.form.getRawValue();
    const notice = value.noticePeriodDays === null || String(value.noticePeriodDays) === '' ? null : Number(value.noticePeriodDays);
    return this.data.award({
      commandId,
      procurementId: this.procurementId(),
      supplierName: value.supplierName.trim(),
      awardedValue: Number(value.awardedValue),
      // Empty: awarded today, the day it is recorded.
      awardedOn: value.awardedOn || null,
      startDate: value.startDate,
      endDate: value.endDate,
      extensionMonthsAvailable: Number(value.extensionMonthsAvailable),
      noticePeriodDays: notice,
      socialValueWeightingPercent: Number(value.socialValueWeightingPercent),
    });
  }
}
