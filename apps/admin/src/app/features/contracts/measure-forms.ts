import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandFormComponent } from '../../shared/forms/command-form-component';
import { FocusOnOpen } from '../../shared/focus-on-open';
import { Field } from '../../shared/forms/field';
import { FormShell } from '../../shared/forms/form-shell';
import { ContractsData } from './contracts-data';
import type { SocialValueMeasure } from './contracts.types';

/** One of the authority's social value measures: theme, outcome, unit and an optional proxy value. */
@Component({
  selector: 'gl-define-measure-form',
  imports: [ReactiveFormsModule, FormShell, Field, FocusOnOpen],
  template: `
    <form
      glFormShell
      class="panel"
      [formGroup]="form"
      aria-labelledby="define-measure-title"
      errorHeading="The measure was not defined"
      submitLabel="Define measure"
      [commandForm]="this"
    >
      <h2 glFormIntro id="define-measure-title" glFocusOnOpen tabindex="-1">Define a measure</h2>
      <gl-field label="Theme" hint="For example “Tackling economic inequality”." error="Enter the theme.">
        <input type="text" formControlName="theme" />
      </gl-field>
      <gl-field label="Outcome" hint="Unique within its theme, for example “Apprenticeships created”." error="Enter the outcome.">
        <input type="text" formControlName="outcome" />
      </gl-field>
      <gl-field label="Unit" hint="What one unit is, for example “apprenticeship weeks”." error="Enter the unit.">
        <input type="text" formControlName="unit" />
      </gl-field>
      <gl-field
        label="Proxy value per unit (£)"
        hint="Leave empty where the authority records no proxy value."
        error="Enter pounds, 0 or more."
      >
        <input class="short" type="number" min="0" step="any" formControlName="proxyValuePerUnit" />
      </gl-field>
      <button glFormActions type="button" class="secondary" (click)="cancelled.emit()">Cancel</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DefineMeasureForm extends CommandFormComponent<SocialValueMeasure> {
  private readonly data = inject(ContractsData);
  readonly cancelled = output<void>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    theme: ['', Validators.required],
    outcome: ['', Validators.required],
    unit: ['', Validators.required],
    proxyValuePerUnit: [null as number | null, Validators.min(0)],
  });

  protected send(commandId: string): Promise<SocialValueMeasure> {
    const { theme, outcome, unit, proxyValuePerUnit } = this.form.getRawValue();
    const proxy = proxyValuePerUnit === null || String(proxyValuePerUnit) === '' ? null : Number(proxyValuePerUnit);
    return this.data.defineMeasure({
      commandId,
      theme: theme.trim(),
      outcome: outcome.trim(),
      unit: unit.trim(),
      proxyValuePerUnit: proxy,
    });
  }
}

/** Retires a measure: it takes no new commitments; those made on it are kept. */
@Component({
  selector: 'gl-retire-measure-form',
  imports: [ReactiveFormsModule, FormShell, Field, FocusOnOpen],
  template: `
    <form
      glFormShell
      class="panel"
      [formGroup]="form"
      aria-labelledby="retire-measure-title"
      errorHeading="The measure was not retired"
      submitLabel="Retire measure"
      [warning]="true"
      [commandForm]="this"
    >
      <h2 glFormIntro id="retire-measure-title" glFocusOnOpen tabindex="-1">Retire “{{ measure().outcome }}”</h2>
      <p glFormIntro class="hint">Commitments already made on it are kept; it takes no new ones.</p>
      <gl-field label="Reason" error="Enter the reason.">
        <textarea rows="2" formControlName="reason"></textarea>
      </gl-field>
      <button glFormActions type="button" class="secondary" (click)="cancelled.emit()">Cancel</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RetireMeasureForm extends CommandFormComponent<SocialValueMeasure> {
  private readonly data = inject(ContractsData);
  readonly measure = input.required<SocialValueMeasure>();
  readonly cancelled = output<void>();

  protected readonly form = inject(NonNullableFormBuilder).group({ reason: ['', Validators.required] });

  protected send(commandId: string): Promise<SocialValueMeasure> {
    return this.data.retireMeasure({ commandId, measureId: this.measure().id, reason: this.form.getRawValue().reason.trim() });
  }
}
