import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandFormComponent } from '../../../shared/forms/command-form-component';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import type { Competency } from '../workforce.types';
import { CompetencyLevelFields } from './competency-level-fields';
import { SkillsData } from './skills-data';

/** Sets the level a job title needs in a competency: the "required" half of every cell. */
@Component({
  selector: 'gl-set-requirement-form',
  imports: [ReactiveFormsModule, FormShell, Field, CompetencyLevelFields],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      legend="Set a requirement"
      errorHeading="The requirement was not set"
      submitLabel="Set requirement"
      [commandForm]="this"
    >
      <gl-field label="Job title" error="Enter the job title.">
        <input type="text" formControlName="jobTitle" list="requirement-job-titles" />
        <datalist id="requirement-job-titles">
          @for (title of jobTitles(); track title) {
            <option [value]="title"></option>
          }
        </datalist>
      </gl-field>
      <gl-competency-level-fields
        [competencies]="competencies()"
        [competencyControl]="form.controls.competencyId"
        [levelControl]="form.controls.requiredLevel"
        levelLabel="Required level"
      />
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SetRequirementForm extends CommandFormComponent<Competency> {
  private readonly data = inject(SkillsData);

  readonly competencies = input<readonly Competency[]>([]);
  readonly jobTitles = input<readonly string[]>([]);

  protected readonly form = inject(NonNullableFormBuilder).group({
    jobTitle: ['', Validators.required],
    competencyId: ['', Validators.required],
    requiredLevel: [2 as number],
  });

  protected send(): Promise<Competency> {
    const { jobTitle, competencyId, requiredLevel } = this.form.getRawValue();
    return this.data.setRequirement({ jobTitle: jobTitle.trim(), competencyId, requiredLevel: Number(requiredLevel) });
  }
}
