import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, FormGroup, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { EnumLabelPipe } from '../../../shared/format/format-pipes';
import { GATEWAYS, Gateway } from '../governance.types';

export type GatewayFlags = FormGroup<Record<Gateway, FormControl<boolean>>>;

let nextId = 0;

/** Each gateway: whether it is in `chosen`. */
export function gatewayFlagValues(chosen: readonly Gateway[]): Record<Gateway, boolean> {
  return Object.fromEntries(GATEWAYS.map((gateway) => [gateway, chosen.includes(gateway)])) as Record<Gateway, boolean>;
}

/** A checkbox a gateway, ticked for those in `chosen`. */
export function gatewayFlags(fb: NonNullableFormBuilder, chosen: readonly Gateway[]): GatewayFlags {
  const values = gatewayFlagValues(chosen);
  return fb.group(
    Object.fromEntries(GATEWAYS.map((gateway) => [gateway, fb.control(values[gateway])])) as Record<Gateway, FormControl<boolean>>,
  );
}

/** The ticked gateways, in the order they are passed. */
export function chosenGateways(flags: Readonly<Record<Gateway, boolean>>): Gateway[] {
  return GATEWAYS.filter((gateway) => flags[gateway]);
}

/** Which gateways apply, as a group of checkboxes with a legend. */
@Component({
  selector: 'gl-gateway-choice',
  imports: [EnumLabelPipe, ReactiveFormsModule],
  template: `
    <fieldset class="field" [formGroup]="group()">
      <legend class="sub-legend">{{ legend() }}</legend>
      <div class="options">
        @for (gateway of gateways; track gateway) {
          <div class="choice">
            <input type="checkbox" [id]="prefix + gateway" [formControlName]="gateway" />
            <label [for]="prefix + gateway">{{ gateway | enumLabel: 'Gateway' }}</label>
          </div>
        }
      </div>
    </fieldset>
  `,
  styles: `
    .options {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GatewayChoice {
  readonly group = input.required<GatewayFlags>();
  readonly legend = input.required<string>();

  protected readonly gateways = GATEWAYS;
  protected readonly prefix = `gateway-choice-${++nextId}-`;
}
