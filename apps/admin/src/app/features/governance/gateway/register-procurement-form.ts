import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { CommandFormComponent } from '../../../shared/forms/command-form-component';
import { EnumSelect } from '../../../shared/forms/enum-select';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import type { RiskLevel } from '../governance.types';
import type { ProcurementSummary } from '../governance.types';
import { GatewayData } from './gateway-data';

/** Registers a procurement; the policy in force decides, for good, which gateways it must pass. */
@Component({
  selector: 'gl-register-procurement-form',
  imports: [ReactiveFormsModule, FormShell, Field, EnumSelect],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      legend="Register a procurement"
      errorHeading="The procurement was not registered"
      submitLabel="Register procurement"
      [commandForm]="this"
    >
      <gl-field label="Title" error="Enter the procurement’s title.">
        <input type="text" formControlName="title" />
      </gl-field>
      <gl-field
        label="Estimated value (£)"
        hint="The whole-life value in pounds, for example 250000."
        error="Enter the value in pounds, 0 or more."
      >
        <input class="short" type="number" min="0" step="1" formControlName="estimatedValue" />
      </gl-field>
      <gl-enum-select label="Risk level" enum="RiskLevel" [control]="form.controls.riskLevel" />
      <div class="choice field">
        <input id="procurement-political" type="checkbox" formControlName="politicalInterest" />
        <label for="procurement-political">Of political interest</label>
      </div>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegisterProcurementForm extends CommandFormComponent<ProcurementSummary> {
  private readonly data = inject(GatewayData);

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', Validators.required],
    estimatedValue: [null as number | null, [Validators.required, Validators.min(0)]],
    riskLevel: ['MEDIUM' as RiskLevel],
    politicalInterest: [false],
  });

  protected send(commandId: string): Promise<ProcurementSummary> {
    const { title, estimatedValue, riskLevel, politicalInterest } = this.form.getRawValue();
    return this.data.register({ title: title.trim(), estimatedValue: Number(estimatedValue), riskLevel, politicalInterest, commandId });
  }
}
