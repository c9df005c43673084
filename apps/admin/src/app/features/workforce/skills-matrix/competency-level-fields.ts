import { ChangeDetectionStrategy, Component, computed, effect, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';

import { Field } from '../../../shared/forms/field';
import { Competency, LEVELS } from '../workforce.types';
import { levelLabel } from './matrix-layout';

/**
 * The "Competency" select and the level select after it, whose options name the chosen
 * competency's level descriptions. Both controls stay in the form's group:
 *
 *   <gl-competency-level-fields [competencies]="competencies()" [competencyControl]="form.controls.competencyId"
 *     [levelControl]="form.controls.level" levelLabel="Assessed level" />
 */
@Component({
  selector: 'gl-competency-level-fields',
  imports: [ReactiveFormsModule, Field],
  host: { style: 'display: contents' },
  template: `
    <gl-field label="Competency" error="Choose a competency.">
      <select [formControl]="competencyControl()">
        <option value="">Choose a competency</option>
        @for (competency of competencies(); track competency.id) {
          <option [value]="competency.id">{{ competency.category }}: {{ competency.name }}</option>
        }
      </select>
    </gl-field>
    <gl-field [label]="levelLabel()">
      <select [formControl]="levelControl()">
        @for (level of levels; track level) {
          <option [ngValue]="level">{{ optionLabel(level, chosen()) }}</option>
        }
      </select>
    </gl-field>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompetencyLevelFields {
  readonly competencies = input<readonly Competency[]>([]);
  readonly competencyControl = input.required<FormControl<string>>();
  readonly levelControl = input.required<FormControl<number>>();
  /** The level select's label: "Assessed level", "Required level". */
  readonly levelLabel = input.required<string>();

  protected readonly levels = LEVELS;
  protected readonly optionLabel = levelLabel;

  /** The chosen competency's id; its control's value is not a signal. */
  private readonly competencyId = signal('');
  protected readonly chosen = computed(() => this.competencies().find((c) => c.id === this.competencyId()));

  constructor() {
    effect((onCleanup) => {
      const control = this.competencyControl();
      this.competencyId.set(control.value);
      const subscription = control.valueChanges.subscribe((id) => this.competencyId.set(id));
      onCleanup(() => subscription.unsubscribe());
    });
  }
}
