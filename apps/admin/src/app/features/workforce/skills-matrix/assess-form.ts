import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandFormComponent } from '../../../shared/forms/command-form-component';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import { PersonSelect } from '../../../shared/forms/person-select';
import type { Competency, StaffMember } from '../workforce.types';
import { CompetencyLevelFields } from './competency-level-fields';
import { SkillsData } from './skills-data';

/** Records an assessed level with its evidence; the API records the signed-in user as assessor. */
@Component({
  selector: 'gl-assess-form',
  imports: [ReactiveFormsModule, FormShell, Field, PersonSelect, CompetencyLevelFields],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      legend="Assess a staff member"
      errorHeading="The assessment was not recorded"
      submitLabel="Record assessment"
      [commandForm]="this"
    >
      <gl-person-select [control]="form.controls.staffMemberId" [people]="people()" />
      <gl-competency-level-fields
        [competencies]="competencies()"
        [competencyControl]="form.controls.competencyId"
        [levelControl]="form.controls.level"
        levelLabel="Assessed level"
      />
      <gl-field label="Evidence" hint="What the level rests on: observed work, a qualification, an interview." error="Enter the evidence.">
        <textarea rows="2" formControlName="evidence"></textarea>
      </gl-field>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssessForm extends CommandFormComponent<void> {
  private readonly data = inject(SkillsData);

  /** People who can be assessed (erased people cannot). */
  readonly people = input<readonly StaffMember[]>([]);
  readonly competencies = input<readonly Competency[]>([]);

  protected readonly form = inject(NonNullableFormBuilder).group({
    staffMemberId: ['', Validators.required],
    competencyId: ['', Validators.required],
    level: [1 as number],
    evidence: ['', Validators.required],
  });

  // The next assessment is often of the same person or competency: keep those.
  protected override readonly submitOptions = { reset: false };

  protected send(): Promise<void> {
    const { staffMemberId, competencyId, level, evidence } = this.form.getRawValue();
    return this.data.assess({ staffMemberId, competencyId, level: Number(level), evidence: evidence.trim() });
  }

  protected override afterSaved(): void {
    this.form.controls.evidence.reset();
  }
}
