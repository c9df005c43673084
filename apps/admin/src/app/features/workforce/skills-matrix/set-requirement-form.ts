import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandForm } from '../../../shared/forms/command-form';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import { Competency, LEVELS } from '../workforce.types';
import { SkillsData } from './skills-data';
import { levelLabel } from './matrix-layout';

/** Sets the level a job title needs in a competency: the "required" half of every cell. */
@Component({
  selector: 'gl-set-requirement-form',
  imports: [ReactiveFormsModule, FormShell, Field],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      (ngSubmit)="submit()"
      legend="Set a requirement"
      errorHeading="The requirement was not set"
      submitLabel="Set requirement"
      [command]="command"
    >
      <gl-field label="Job title" error="Enter the job title.">
        <input type="text" formControlName="jobTitle" list="requirement-job-titles" />
        <datalist id="requirement-job-titles">
          @for (title of jobTitles(); track title) {
            <option [value]="title"></option>
          }
        </datalist>
      </gl-field>
      <gl-field label="Competency" error="Choose a competency.">
        <select formControlName="competencyId">
          <option value="">Choose a competency</option>
          @for (competency of competencies(); track competency.id) {
            <option [value]="competency.id">{{ competency.category }}: {{ competency.name }}</option>
          }
        </select>
      </gl-field>
      <gl-field label="Required level">
        <select formControlName="requiredLevel">
          @for (level of levels; track level) {
            <option [ngValue]="level">{{ levelLabel(level, chosen()) }}</option>
          }
        </select>
      </gl-field>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SetRequirementForm {
  private readonly data = inject(SkillsData);

  readonly competencies = input<readonly Competency[]>([]);
  readonly jobTitles = input<readonly string[]>([]);
  readonly disabled = input(false);
  readonly saved = output<Competency>();

  protected readonly levels = LEVELS;
  protected readonly levelLabel = levelLabel;
  protected readonly form = inject(NonNullableFormBuilder).group({
    jobTitle: ['', Validators.required],
    competencyId: ['', Validators.required],
    requiredLevel: [2 as number],
  });
  protected readonly command = new CommandForm(this.form, this.disabled);

  private readonly competencyId = toSignal(this.form.controls.competencyId.valueChanges, { initialValue: '' });
  protected readonly chosen = computed(() => this.competencies().find((c) => c.id === this.competencyId()));

  protected submit(): Promise<boolean> {
    const { jobTitle, competencyId, requiredLevel } = this.form.getRawValue();
    return this.command.submit(
      () => this.data.setRequirement({ jobTitle: jobTitle.trim(), competencyId, requiredLevel: Number(requiredLevel) }),
      (competency) => this.saved.emit(competency),
    );
  }
}
