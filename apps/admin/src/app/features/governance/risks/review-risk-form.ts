import { ChangeDetectionStrategy, Component, OnInit, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandFormComponent } from '../../../shared/forms/command-form-component';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import type { Risk } from '../governance.types';
import { RatingSelect } from './rating-select';
import { RisksData } from './risks-data';

/** Records a review of a risk with its new residual ratings; it sends the revision it showed. */
@Component({
  selector: 'gl-review-risk-form',
  imports: [ReactiveFormsModule, FormShell, Field, RatingSelect],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      legend="Review this risk"
      errorHeading="The review was not recorded"
      submitLabel="Record review"
      conflict="Someone reviewed this risk since the page loaded, so nothing was recorded. Reload to see it as it is now, then try again."
      [commandForm]="this"
      (reload)="reloadRequested.emit()"
    >
      <div class="field-row">
        <gl-rating-select label="Likelihood now" scale="likelihood" [control]="form.controls.likelihood" />
        <gl-rating-select label="Impact now" scale="impact" [control]="form.controls.impact" />
      </div>
      <gl-field label="Review notes" hint="What changed: controls, events, the outlook." error="Enter the review notes.">
        <textarea rows="2" formControlName="notes"></textarea>
      </gl-field>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewRiskForm extends CommandFormComponent<Risk> implements OnInit {
  private readonly data = inject(RisksData);

  readonly risk = input.required<Risk>();
  readonly reloadRequested = output<void>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    likelihood: [3 as number],
    impact: [3 as number],
    notes: ['', Validators.required],
  });

  ngOnInit(): void {
    // Start from the ratings on record (the page creates the form afresh for each revision).
    this.form.reset({ likelihood: this.risk().likelihood, impact: this.risk().impact, notes: '' });
  }

  protected send(commandId: string): Promise<Risk> {
    const { likelihood, impact, notes } = this.form.getRawValue();
    const risk = this.risk();
    return this.data.review({
      riskId: risk.id,
      likelihood: Number(likelihood),
      impact: Number(impact),
      notes: notes.trim(),
      expectedRevision: risk.revision,
      commandId,
    });
  }
}
