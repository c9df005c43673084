import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { newCommandId } from '../../../shared/forms/command-id';
import { CommandState } from '../../../shared/forms/command-state';
import { FormError } from '../../../shared/forms/form-error';
import { isInvalid } from '../../../shared/forms/is-invalid';
import { Competency, LEVELS } from '../workforce.types';
import { SkillsData } from './skills-data';

const LEVEL_HINTS = ['none', 'awareness', 'working knowledge', 'practitioner', 'expert'];

/** Adds a competency to the framework, with what each level 0 to 4 means. */
@Component({
  selector: 'gl-define-competency-form',
  imports: [ReactiveFormsModule, FormError],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <fieldset [disabled]="disabled()">
        <legend>Define a competency</legend>
        <gl-form-error [error]="command.error()" heading="The competency was not defined" />

        <div class="field">
          <label for="competency-name">Name</label>
          @if (invalid(form.controls.name)) {
            <p class="field-error">Enter the competency’s name.</p>
          }
          <input id="competency-name" type="text" formControlName="name" [attr.aria-invalid]="invalid(form.controls.name)" />
        </div>
        <div class="field">
          <label for="competency-category">Category</label>
          <p class="hint" id="competency-category-hint">For example a CIPS segment such as Contracting.</p>
          @if (invalid(form.controls.category)) {
            <p class="field-error">Enter the category.</p>
          }
          <input
            id="competency-category"
            type="text"
            formControlName="category"
            list="competency-categories"
            aria-describedby="competency-category-hint"
            [attr.aria-invalid]="invalid(form.controls.category)"
          />
          <datalist id="competency-categories">
            @for (category of categories(); track category) {
              <option [value]="category"></option>
            }
          </datalist>
        </div>
        <fieldset formArrayName="levelDescriptors" class="descriptors">
          <legend class="sub-legend">What each level means</legend>
          @for (level of levels; track level) {
            <div class="field">
              <label [for]="'competency-level-' + level">Level {{ level }} <span class="muted">({{ levelHints[level] }})</span></label>
              @if (invalid(form.controls.levelDescriptors.at(level))) {
                <p class="field-error">Describe level {{ level }}.</p>
              }
              <input
                [id]="'competency-level-' + level"
                type="text"
                [formControlName]="level"
                [attr.aria-invalid]="invalid(form.controls.levelDescriptors.at(level))"
              />
            </div>
          }
        </fieldset>
        <button type="submit" [disabled]="command.submitting()">Define competency</button>
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
export class DefineCompetencyForm {
  private readonly data = inject(SkillsData);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly categories = input<readonly string[]>([]);
  readonly disabled = input(false);
  readonly saved = output<Competency>();

  protected readonly levels = LEVELS;
  protected readonly levelHints = LEVEL_HINTS;
  protected readonly form = this.fb.group({
    name: ['', Validators.required],
    category: ['', Validators.required],
    levelDescriptors: this.fb.array(LEVELS.map(() => this.fb.control('', Validators.required))),
  });
  protected readonly command = new CommandState();
  protected readonly invalid = isInvalid;
  private commandId = newCommandId();

  protected async submit(): Promise<void> {
    if (this.disabled()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, category, levelDescriptors } = this.form.getRawValue();
    await this.command.run(async () => {
      const competency = await this.data.defineCompetency({
        name: name.trim(),
        category: category.trim(),
        levelDescriptors: levelDescriptors.map((text) => text.trim()),
        commandId: this.commandId,
      });
      this.commandId = newCommandId();
      this.form.reset();
      this.saved.emit(competency);
    });
  }
}
