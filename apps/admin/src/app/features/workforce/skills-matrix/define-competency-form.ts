import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandFormComponent } from '../../../shared/forms/command-form-component';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import { Competency, LEVELS } from '../workforce.types';
import { SkillsData } from './skills-data';

const LEVEL_HINTS = ['none', 'awareness', 'working knowledge', 'practitioner', 'expert'];

/** Adds a competency to the framework, with what each level 0 to 4 means. */
@Component({
  selector: 'gl-define-competency-form',
  imports: [ReactiveFormsModule, FormShell, Field],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      legend="Define a competency"
      errorHeading="The competency was not defined"
      submitLabel="Define competency"
      [commandForm]="this"
    >
      <gl-field label="Name" error="Enter the competency’s name.">
        <input type="text" formControlName="name" />
      </gl-field>
      <gl-field label="Category" hint="For example a CIPS segment such as Contracting." error="Enter the category.">
        <input type="text" formControlName="category" list="competency-categories" />
        <datalist id="competency-categories">
          @for (category of categories(); track category) {
            <option [value]="category"></option>
          }
        </datalist>
      </gl-field>
      <fieldset formArrayName="levelDescriptors" class="descriptors">
        <legend class="sub-legend">What each level means</legend>
        @for (level of levels; track level) {
          <gl-field [label]="'Level ' + level" [error]="'Describe level ' + level + '.'">
            <span glLabelNote class="muted"> ({{ levelHints[level] }})</span>
            <input type="text" [formControlName]="level" />
          </gl-field>
        }
      </fieldset>
    </form>
  `,
  styles: `
    .sub-legend {
      font-size: 1rem;
      margin-bottom: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DefineCompetencyForm extends CommandFormComponent<Competency> {
  private readonly data = inject(SkillsData);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly categories = input<readonly string[]>([]);

  protected readonly levels = LEVELS;
  protected readonly levelHints = LEVEL_HINTS;
  protected readonly form = this.fb.group({
    name: ['', Validators.required],
    category: ['', Validators.required],
    levelDescriptors: this.fb.array(LEVELS.map(() => this.fb.control('', Validators.required))),
  });

  protected send(commandId: string): Promise<Competency> {
    const { name, category, levelDescriptors } = this.form.getRawValue();
    return this.data.defineCompetency({
      name: name.trim(),
      category: category.trim(),
      levelDescriptors: levelDescriptors.map((text) => text.trim()),
      commandId,
    });
  }
}
