import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandFormComponent } from '../../../shared/forms/command-form-component';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import { gatewayLabel } from '../../../shared/enum-labels';
import type { GatewayReview } from '../governance.types';
import { GatewayData } from './gateway-data';

export interface OpenCondition {
  /** `reviewId:index`, the option's value. */
  key: string;
  reviewId: string;
  index: number;
  label: string;
}

/** The conditions of the decisions in force that are not discharged yet. */
export function openConditions(reviews: readonly GatewayReview[]): OpenCondition[] {
  return reviews.flatMap((review) =>
    review.conditionStatus.flatMap((condition, index) =>
      condition.discharged
        ? []
        : [{ key: `${review.id}:${index}`, reviewId: review.id, index, label: `${gatewayLabel(review.gateway)}: ${condition.text}` }],
    ),
  );
}

/** Records the evidence that a condition of an approval was met. */
@Component({
  selector: 'gl-discharge-condition-form',
  imports: [ReactiveFormsModule, FormShell, Field],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      legend="Discharge a condition"
      errorHeading="The condition was not discharged"
      submitLabel="Discharge condition"
      [commandForm]="this"
    >
      <gl-field label="Condition" error="Choose the condition.">
        <select formControlName="condition">
          <option value="">Choose a condition</option>
          @for (condition of conditions(); track condition.key) {
            <option [value]="condition.key">{{ condition.label }}</option>
          }
        </select>
      </gl-field>
      <gl-field label="Evidence" hint="What shows the condition was met: a document, a sign-off." error="Enter the evidence.">
        <textarea rows="2" formControlName="evidence"></textarea>
      </gl-field>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DischargeConditionForm extends CommandFormComponent<string> {
  private readonly data = inject(GatewayData);

  readonly reviews = input.required<readonly GatewayReview[]>();

  protected readonly conditions = computed(() => openConditions(this.reviews()));
  protected readonly form = inject(NonNullableFormBuilder).group({
    condition: ['', Validators.required],
    evidence: ['', Validators.required],
  });

  /** Resolves to the condition's label, for the page's notice. */
  protected async send(commandId: string): Promise<string> {
    const { condition, evidence } = this.form.getRawValue();
    const chosen = this.conditions().find((c) => c.key === condition);
    await this.data.dischargeCondition({
      reviewId: chosen?.reviewId ?? '',
      conditionIndex: chosen?.index ?? -1,
      evidence: evidence.trim(),
      commandId,
    });
    return chosen?.label ?? '';
  }
}
