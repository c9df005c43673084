import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';

import { Field } from '../../../shared/forms/field';
import { IMPACT_LABELS, LIKELIHOOD_LABELS, RATINGS } from './heat-map';

/**
 * A labelled likelihood or impact select, "3 – Possible", with an optional first option for no
 * rating (null), e.g. "Same as residual". The control stays in the form's group:
 *
 *   <gl-rating-select label="Likelihood" scale="likelihood" [control]="form.controls.likelihood" />
 */
@Component({
  selector: 'gl-rating-select',
  imports: [ReactiveFormsModule, Field],
  host: { style: 'display: contents' },
  template: `
    <gl-field [label]="label()">
      <select [formControl]="control()">
        @if (noneLabel(); as none) {
          <option [ngValue]="null">{{ none }}</option>
        }
        @for (rating of ratings; track rating) {
          <option [ngValue]="rating">{{ rating }} – {{ labels()[rating] }}</option>
        }
      </select>
    </gl-field>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RatingSelect {
  readonly label = input.required<string>();
  readonly scale = input.required<'likelihood' | 'impact'>();
  readonly control = input.required<FormControl<number> | FormControl<number | null>>();
  /** The text of an option for no rating (null); none when not given. */
  readonly noneLabel = input<string | null>(null);

  protected readonly ratings = RATINGS;
  protected readonly labels = computed<Readonly<Record<number, string>>>(() =>
    this.scale() === 'likelihood' ? LIKELIHOOD_LABELS : IMPACT_LABELS,
  );
}
