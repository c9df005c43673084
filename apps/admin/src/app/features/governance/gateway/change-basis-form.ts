import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { CommandFormComponent } from '../../../shared/forms/command-form-component';
import { EnumSelect } from '../../../shared/forms/enum-select';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import type { Procurement, ProcurementSummary, RiskLevel } from '../governance.types';
import { GatewayData } from './gateway-data';

/**
 * A new estimated value, risk level or political interest. Decisions taken before are flagged
 * "basis changed", and the gateways required may change (under the procurement's own policy version).
 */
@Component({
  selector: 'gl-change-basis-form',
  imports: [ReactiveFormsModule, FormShell, Field, EnumSelect],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      legend="Change the basis"
      errorHeading="The basis was not changed"
      submitLabel="Change basis"
      conflict="The procurement changed since the page loaded, so nothing was recorded. Reload to see it as it is now, then try again."
      [commandForm]="this"
      (reload)="reloadRequested.emit()"
    >
      <p class="hint">Decisions already taken will need a new review.</p>
      <gl-field label="Estimated value (£)" error="Enter the value in pounds, 0 or more.">
        <input class="short" type="number" min="0" step="1" formControlName="estimatedValue" />
      </gl-field>
      <gl-enum-select label="Risk level" enum="RiskLevel" [control]="form.controls.riskLevel" />
      <div class="choice field">
        <input [id]="politicalId" type="checkbox" formControlName="politicalInterest" />
        <label [for]="politicalId">Of political interest</label>
      </div>
      <gl-field label="Reason for the change" error="Enter the reason.">
        <textarea rows="2" formControlName="reason"></textarea>
      </gl-field>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangeBasisForm extends CommandFormComponent<ProcurementSummary> {
  private readonly data = inject(GatewayData);

  readonly procurement = input.required<Procurement>();
  readonly reloadRequested = output<void>();

  protected readonly politicalId = 'basis-political';
  protected readonly form = inject(NonNullableFormBuilder).group({
    estimatedValue: [0 as number | null, [Validators.required, Validators.min(0)]],
    riskLevel: ['MEDIUM' as RiskLevel],
    politicalInterest: [false],
    reason: ['', Validators.required],
  });
  protected override readonly submitOptions = { reset: false };
  private readonly basis = computed(
    () => {
      const { estimatedValue, riskLevel, politicalInterest } = this.procurement();
      return { estimatedValue, riskLevel, politicalInterest };
    },
    { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );

  constructor() {
    super();
    // Start from the basis on record (again once it changed).
    effect(() => {
      const basis = this.basis();
      untracked(() => this.form.reset({ ...basis, reason: '' }));
    });
  }

  protected send(commandId: string): Promise<ProcurementSummary> {
    const { estimatedValue, riskLevel, politicalInterest, reason } = this.form.getRawValue();
    const procurement = this.procurement();
    return this.data.changeBasis({
      procurementId: procurement.id,
      estimatedValue: Number(estimatedValue),
      riskLevel,
      politicalInterest,
      reason: reason.trim(),
      expectedRevision: procurement.revision,
      commandId,
    });
  }
}
