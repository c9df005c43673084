import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandFormComponent } from '../../../shared/forms/command-form-component';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import type { Course } from '../workforce.types';
import { TrainingData } from './training-data';

/** Adds a course to the catalogue: what it covers, the level it proves and how long it stays valid. */
@Component({
  selector: 'gl-add-course-form',
  imports: [ReactiveFormsModule, FormShell, Field],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      legend="Add a course"
      errorHeading="The course was not added"
      submitLabel="Add course"
      [commandForm]="this"
    >
      <gl-field label="Title" error="Enter the course title.">
        <input type="text" formControlName="title" />
      </gl-field>
      <gl-field label="Provider" error="Enter the provider.">
        <input type="text" formControlName="provider" />
      </gl-field>

      <fieldset class="field">
        <legend class="sub-legend">Competencies it covers</legend>
        <p class="hint">A completion with evidence raises the person’s assessed level to the level you choose.</p>
        @for (competency of competencies(); track competency.id) {
          <div class="choice">
            <input
              type="checkbox"
              [id]="'course-competency-' + competency.id"
              [checked]="picked().has(competency.id)"
              (change)="toggle(competency.id, $event)"
            />
            <label [for]="'course-competency-' + competency.id">{{ competency.category }}: {{ competency.name }}</label>
            @if (picked().has(competency.id)) {
              <label class="visually-hidden" [for]="'course-raises-' + competency.id"
                >Level a completion proves in {{ competency.name }}</label
              >
              <select [id]="'course-raises-' + competency.id" (change)="setRaisesTo(competency.id, $event)">
                <option value="" [selected]="picked().get(competency.id) === null">No level</option>
                @for (level of raisableLevels; track level) {
                  <option [value]="level" [selected]="picked().get(competency.id) === level">Raises to level {{ level }}</option>
                }
              </select>
            }
          </div>
        } @empty {
          <p class="hint">No competencies are defined yet: define them on the Skills matrix page.</p>
        }
      </fieldset>

      <gl-field
        label="Validity in months"
        hint="How long a completion stays valid, from 1 to 120. Leave empty if it never expires."
        error="Enter a whole number of months from 1 to 120, or leave it empty."
      >
        <input class="short" type="number" min="1" max="120" step="1" formControlName="validityMonths" />
      </gl-field>
    </form>
  `,
  // .choice and .sub-legend are the global styles (styles.css); only the level select is smaller here.
  styles: `
    .choice select {
      padding: 0.15rem 0.3rem;
      font-size: 0.875rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddCourseForm extends CommandFormComponent<Course> {
  private readonly data = inject(TrainingData);

  readonly competencies = input<readonly { id: string; name: string; category: string }[]>([]);

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', Validators.required],
    provider: ['', Validators.required],
    validityMonths: [null as number | null, [Validators.min(1), Validators.max(120), Validators.pattern(/^\d+$/)]],
  });
  /** Chosen competencies, each with the level a completion proves (null: covered, no level). */
  protected readonly picked = signal<ReadonlyMap<string, number | null>>(new Map());
  protected readonly raisableLevels = [1, 2, 3, 4];

  protected toggle(competencyId: string, event: Event): void {
    const next = new Map(this.picked());
    if ((event.target as HTMLInputElement).checked) {
      next.set(competencyId, null);
    } else {
      next.delete(competencyId);
    }
    this.picked.set(next);
  }

  protected setRaisesTo(competencyId: string, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.picked.set(new Map(this.picked()).set(competencyId, value === '' ? null : Number(value)));
  }

  protected send(commandId: string): Promise<Course> {
    const { title, provider, validityMonths } = this.form.getRawValue();
    const picked = [...this.picked()];
    return this.data.addCourse({
      title: title.trim(),
      provider: provider.trim(),
      competencyIds: picked.map(([id]) => id),
      levels: picked.flatMap(([competencyId, raisesTo]) => (raisesTo === null ? [] : [{ competencyId, raisesTo }])),
      validityMonths: validityMonths === null || String(validityMonths) === '' ? null : Number(validityMonths),
      commandId,
    });
  }

  protected override afterSaved(): void {
    this.picked.set(new Map());
  }
}
