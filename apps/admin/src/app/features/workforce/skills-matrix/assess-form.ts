import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandForm } from '../../../shared/forms/command-form';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import { Competency, LEVELS, StaffMember } from '../workforce.types';
import { SkillsData } from './skills-data';
import { levelLabel } from './matrix-layout';

/** Records an assessed level with its evidence; the API records the signed-in user as assessor. */
@Component({
  selector: 'gl-assess-form',
  imports: [ReactiveFormsModule, FormShell, Field],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      (ngSubmit)="submit()"
      legend="Assess a staff member"
      errorHeading="The assessment was not recorded"
      submitLabel="Record assessment"
      [command]="command"
    >
      <gl-field label="Person" error="Choose a person.">
        <select formControlName="staffMemberId">
          <option value="">Choose a person</option>
          @for (person of people(); track person.id) {
            <option [value]="person.id">{{ person.displayName }} – {{ person.jobTitle }}</option>
          }
        </select>
      </gl-field>
      <gl-field label="Competency" error="Choose a competency.">
        <select formControlName="competencyId">
          <option value="">Choose a competency</option>
          @for (competency of competencies(); track competency.id) {
            <option [value]="competency.id">{{ competency.category }}: {{ competency.name }}</option>
          }
        </select>
      </gl-field>
      <gl-field label="Assessed level">
        <select formControlName="level">
          @for (level of levels; track level) {
            <option [ngValue]="level">{{ levelLabel(level, chosen()) }}</option>
          }
        </select>
      </gl-field>
      <gl-field label="Evidence" hint="What the level rests on: observed work, a qualification, an interview." error="Enter the evidence.">
        <textarea rows="2" formControlName="evidence"></textarea>
      </gl-field>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssessForm {
  private readonly data = inject(SkillsData);

  /** People who can be assessed (erased people cannot). */
  readonly people = input<readonly StaffMember[]>([]);
  readonly competencies = input<readonly Competency[]>([]);
  readonly disabled = input(false);
  readonly saved = output<void>();

  protected readonly levels = LEVELS;
  protected readonly levelLabel = levelLabel;
  protected readonly form = inject(NonNullableFormBuilder).group({
    staffMemberId: ['', Validators.required],
    competencyId: ['', Validators.required],
    level: [1 as number],
    evidence: ['', Validators.required],
  });
  protected readonly command = new CommandForm(this.form, this.disabled);

  private readonly competencyId = toSignal(this.form.controls.competencyId.valueChanges, { initialValue: '' });
  protected readonly chosen = computed(() => this.competencies().find((c) => c.id === this.competencyId()));

  protected submit(): Promise<boolean> {
    const { staffMemberId, competencyId, level, evidence } = this.form.getRawValue();
    return this.command.submit(
      () => this.data.assess({ staffMemberId, competencyId, level: Number(level), evidence: evidence.trim() }),
      () => {
        // The next assessment is often of the same person or competency: keep those.
        this.form.controls.evidence.reset();
        this.saved.emit();
      },
      { reset: false },
    );
  }
}
