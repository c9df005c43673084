import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';

import { Field } from './field';

/** A staff member as the picker shows them. */
export interface PersonOption {
  id: string;
  displayName: string;
  jobTitle: string;
  /** Erased people are never offered. */
  erased?: boolean;
}

/**
 * The labelled "Person" select of a command form: one option a staff member ("name – job title"),
 * erased people left out. The control (the id, '' until chosen) stays in the form's group:
 *
 *   <gl-person-select [control]="form.controls.staffMemberId" [people]="people()" />
 */
@Component({
  selector: 'gl-person-select',
  imports: [ReactiveFormsModule, Field],
  host: { style: 'display: contents' },
  template: `
    <gl-field [label]="label()" error="Choose a person.">
      <select [formControl]="control()">
        <option value="">Choose a person</option>
        @for (person of options(); track person.id) {
          <option [value]="person.id">{{ person.displayName }} – {{ person.jobTitle }}</option>
        }
      </select>
    </gl-field>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonSelect {
  readonly control = input.required<FormControl<string>>();
  readonly people = input<readonly PersonOption[]>([]);
  readonly label = input('Person');

  protected readonly options = computed(() => this.people().filter((person) => !person.erased));
}
