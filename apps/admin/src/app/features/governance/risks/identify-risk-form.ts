import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { CommandFormComponent } from '../../../shared/forms/command-form-component';
import { EnumSelect } from '../../../shared/forms/enum-select';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import { nonEmptyLines } from '../../../shared/forms/lines';
import type { Risk, RiskAppetite, RiskCategory, RiskTreatment } from '../governance.types';
import { RatingSelect } from './rating-select';
import { RisksData } from './risks-data';

/** Puts a risk on the strategic register: its ratings before and after controls, appetite, treatment, controls. */
@Component({
  selector: 'gl-identify-risk-form',
  imports: [ReactiveFormsModule, FormShell, Field, EnumSelect, RatingSelect],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      legend="Identify a risk"
      errorHeading="The risk was not identified"
      submitLabel="Identify risk"
      [commandForm]="this"
    >
      <gl-field label="Title" error="Enter the risk’s title.">
        <input type="text" formControlName="title" />
      </gl-field>
      <div class="field-row">
        <gl-enum-select label="Category" enum="RiskCategory" [control]="form.controls.category" />
        <gl-field label="Owner (optional)">
          <input type="text" formControlName="owner" />
        </gl-field>
      </div>
      <fieldset class="field">
        <legend class="sub-legend">Residual rating, after controls</legend>
        <div class="field-row">
          <gl-rating-select label="Likelihood" scale="likelihood" [control]="form.controls.likelihood" />
          <gl-rating-select label="Impact" scale="impact" [control]="form.controls.impact" />
        </div>
      </fieldset>
      <fieldset class="field">
        <legend class="sub-legend">Inherent rating, before controls</legend>
        <p class="hint">Leave as “same as residual” when no control reduces it. It cannot score below the residual.</p>
        <div class="field-row">
          <gl-rating-select
            label="Inherent likelihood"
            scale="likelihood"
            [control]="form.controls.inherentLikelihood"
            noneLabel="Same as residual"
          />
          <gl-rating-select label="Inherent impact" scale="impact" [control]="form.controls.inherentImpact" noneLabel="Same as residual" />
        </div>
      </fieldset>
      <div class="field-row">
        <gl-enum-select label="Appetite" enum="RiskAppetite" [control]="form.controls.appetite" />
        <gl-enum-select label="Treatment" enum="RiskTreatment" [control]="form.controls.treatment" />
      </div>
      <gl-field label="Controls (optional)" hint="One control a line.">
        <textarea rows="2" formControlName="controls"></textarea>
      </gl-field>
      <gl-field
        label="Review every (months)"
        hint="From 1 to 24; strategic risks are usually reviewed quarterly."
        error="Enter a whole number of months from 1 to 24."
      >
        <input class="short" type="number" min="1" max="24" step="1" formControlName="reviewEveryMonths" />
      </gl-field>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IdentifyRiskForm extends CommandFormComponent<Risk> {
  private readonly data = inject(RisksData);

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', Validators.required],
    category: ['SUPPLY_CHAIN_AND_CONTRACTOR_FAILURE' as RiskCategory],
    owner: [''],
    likelihood: [3 as number],
    impact: [3 as number],
    inherentLikelihood: [null as number | null],
    inherentImpact: [null as number | null],
    appetite: ['CAUTIOUS' as RiskAppetite],
    treatment: ['TREAT' as RiskTreatment],
    controls: [''],
    reviewEveryMonths: [3 as number | null, [Validators.required, Validators.min(1), Validators.max(24), Validators.pattern(/^\d+$/)]],
  });

  protected send(commandId: string): Promise<Risk> {
    const value = this.form.getRawValue();
    return this.data.identify({
      title: value.title.trim(),
      category: value.category,
      owner: value.owner.trim() || null,
      likelihood: Number(value.likelihood),
      impact: Number(value.impact),
      inherentLikelihood: value.inherentLikelihood === null ? null : Number(value.inherentLikelihood),
      inherentImpact: value.inherentImpact === null ? null : Number(value.inherentImpact),
      appetite: value.appetite,
      treatment: value.treatment,
      controls: nonEmptyLines(value.controls),
      reviewEveryMonths: Number(value.reviewEveryMonths),
      commandId,
    });
  }
}
