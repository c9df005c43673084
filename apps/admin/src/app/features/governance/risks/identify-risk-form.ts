import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { EnumLabelPipe } from '../../../shared/format/format-pipes';
import { CommandForm } from '../../../shared/forms/command-form';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import { nonEmptyLines } from '../../../shared/forms/lines';
import { APPETITES, RISK_CATEGORIES, RiskAppetite, RiskCategory, RiskTreatment, TREATMENTS } from '../governance.types';
import type { Risk } from '../governance.types';
import { RatingSelect } from './rating-select';
import { RisksData } from './risks-data';

/** Puts a risk on the strategic register: its ratings before and after controls, appetite, treatment, controls. */
@Component({
  selector: 'gl-identify-risk-form',
  imports: [EnumLabelPipe, ReactiveFormsModule, FormShell, Field, RatingSelect],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      (ngSubmit)="submit()"
      legend="Identify a risk"
      errorHeading="The risk was not identified"
      submitLabel="Identify risk"
      [command]="command"
    >
      <gl-field label="Title" error="Enter the risk’s title.">
        <input type="text" formControlName="title" />
      </gl-field>
      <div class="field-row">
        <gl-field label="Category">
          <select formControlName="category">
            @for (category of categories; track category) {
              <option [value]="category">{{ category | enumLabel: 'RiskCategory' }}</option>
            }
          </select>
        </gl-field>
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
        <gl-field label="Appetite">
          <select formControlName="appetite">
            @for (appetite of appetites; track appetite) {
              <option [value]="appetite">{{ appetite | enumLabel: 'RiskAppetite' }}</option>
            }
          </select>
        </gl-field>
        <gl-field label="Treatment">
          <select formControlName="treatment">
            @for (treatment of treatments; track treatment) {
              <option [value]="treatment">{{ treatment | enumLabel: 'RiskTreatment' }}</option>
            }
          </select>
        </gl-field>
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
export class IdentifyRiskForm {
  private readonly data = inject(RisksData);

  readonly disabled = input(false);
  readonly saved = output<Risk>();

  protected readonly categories = RISK_CATEGORIES;
  protected readonly appetites = APPETITES;
  protected readonly treatments = TREATMENTS;
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
  protected readonly command = new CommandForm(this.form, this.disabled);

  protected submit(): Promise<boolean> {
    const value = this.form.getRawValue();
    return this.command.submit(
      (commandId) =>
        this.data.identify({
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
        }),
      (risk) => this.saved.emit(risk),
    );
  }
}
