import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandState } from '../../../shared/forms/command-state';
import { FormError } from '../../../shared/forms/form-error';
import { isInvalid } from '../../../shared/forms/is-invalid';
import { Competency, LEVELS } from '../workforce.types';
import { SkillsData } from './skills-data';
import { levelLabel } from './matrix-layout';

/** Sets the level a job title needs in a competency: the "required" half of every cell. */
@Component({
  selector: 'gl-set-requirement-form',
  imports: [ReactiveFormsModule, FormError],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <fieldset [disabled]="disabled()">
        <legend>Set a requirement</legend>
        <gl-form-error [error]="command.error()" heading="The requirement was not set" />

        <div class="field">
          <label for="requirement-job-title">Job title</label>
          @if (invalid(form.controls.jobTitle)) {
            <p class="field-error">Enter the job title.</p>
          }
          <input
            id="requirement-job-title"
            type="text"
            formControlName="jobTitle"
            list="requirement-job-titles"
            [attr.aria-invalid]="invalid(form.controls.jobTitle)"
          />
          <datalist id="requirement-job-titles">
            @for (title of jobTitles(); track title) {
              <option [value]="title"></option>
            }
          </datalist>
        </div>
        <div class="field">
          <label for="requirement-competency">Competency</label>
          @if (invalid(form.controls.competencyId)) {
            <p class="field-error">Choose a competency.</p>
          }
          <select id="requirement-competency" formControlName="competencyId" [attr.aria-invalid]="invalid(form.controls.competencyId)">
            <option value="">Choose a competency</option>
            @for (competency of competencies(); track competency.id) {
              <option [value]="competency.id">{{ competency.category }}: {{ competency.name }}</option>
            }
          </select>
        </div>
        <div class="field">
          <label for="requirement-level">Required level</label>
          <select id="requirement-level" formControlName="requiredLevel">
            @for (level of levels; track level) {
              <option [ngValue]="level">{{ levelLabel(level, chosen()) }}</option>
            }
          </select>
        </div>
        <button type="submit" [disabled]="command.submitting()">Set requirement</button>
      </fieldset>
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
  protected readonly command = new CommandState();
  protected readonly invalid = isInvalid;

  private readonly competencyId = toSignal(this.form.controls.competencyId.valueChanges, { initialValue: '' });
  protected readonly chosen = computed(() => this.competencies().find((c) => c.id === this.competencyId()));

  protected async submit(): Promise<void> {
    if (this.disabled()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { jobTitle, competencyId, requiredLevel } = this.form.getRawValue();
    await this.command.run(async () => {
      const competency = await this.data.setRequirement({ jobTitle: jobTitle.trim(), competencyId, requiredLevel: Number(requiredLevel) });
      this.form.reset();
      this.saved.emit(competency);
    });
  }
}
