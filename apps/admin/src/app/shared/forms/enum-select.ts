import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';

import { ENUM_LABELS, EnumName, enumLabel, enumValues } from '../enum-labels';
import { Field } from './field';

/**
 * A labelled select of one of the schema's enums, each value as people read it ("Supply chain
 * and contractor failure"), in the order its label map lists them unless `values` says which.
 * The control stays in the form's group:
 *
 *   <gl-enum-select label="Risk level" enum="RiskLevel" [control]="form.controls.riskLevel" />
 */
@Component({
  selector: 'gl-enum-select',
  imports: [ReactiveFormsModule, Field],
  host: { style: 'display: contents' },
  template: `
    <gl-field [label]="label()" [hint]="hint()" [error]="error()">
      <select [formControl]="control()">
        @if (noneLabel(); as none) {
          <option value="">{{ none }}</option>
        }
        @for (value of options(); track value) {
          <option [value]="value">{{ labelOf(value) }}</option>
        }
      </select>
    </gl-field>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnumSelect {
  readonly label = input.required<string>();
  readonly enum = input.required<EnumName>();
  readonly control = input.required<FormControl<string>>();
  /** The values offered, when not all of the enum's. */
  readonly values = input<readonly string[] | null>(null);
  /** The text of a first option for no value (''), e.g. "None"; none when not given. */
  readonly noneLabel = input<string | null>(null);
  readonly hint = input<string | null>(null);
  readonly error = input('');

  protected readonly options = computed(() => this.values() ?? enumValues<string>(ENUM_LABELS[this.enum()]));

  protected labelOf(value: string): string {
    return enumLabel(this.enum(), value);
  }
}
