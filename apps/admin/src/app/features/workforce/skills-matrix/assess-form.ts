import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandState } from '../../../shared/forms/command-state';
import { FormError } from '../../../shared/forms/form-error';
import { isInvalid } from '../../../shared/forms/is-invalid';
import { Competency, LEVELS, StaffMember } from '../workforce.types';
import { SkillsData } from './skills-data';
import { levelLabel } from './matrix-layout';

/** Records an assessed level with its evidence; the API records the signed-in user as assessor. */
@Component({
  selector: 'gl-assess-form',
  imports: [ReactiveFormsModule, FormError],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <fieldset [disabled]="disabled()">
        <legend>Assess a staff member</legend>
        <gl-form-error [error]="command.error()" heading="The assessment was not recorded" />

        <div class="field">
          <label for="assess-person">Person</label>
          @if (invalid(form.controls.staffMemberId)) {
            <p class="field-error">Choose a person.</p>
          }
          <select id="assess-person" formControlName="staffMemberId" [attr.aria-invalid]="invalid(form.controls.staffMemberId)">
            <option value="">Choose a person</option>
            @for (person of people(); track person.id) {
              <option [value]="person.id">{{ person.displayName }} – {{ person.jobTitle }}</option>
            }
          </select>
        </div>
        <div class="field">
          <label for="assess-competency">Competency</label>
          @if (invalid(form.controls.competencyId)) {
            <p class="field-error">Choose a competency.</p>
          }
          <select id="assess-competency" formControlName="competencyId" [attr.aria-invalid]="invalid(form.controls.competencyId)">
            <option value="">Choose a competency</option>
            @for (competency of competencies(); track competency.id) {
              <option [value]="competency.id">{{ competency.category }}: {{ competency.name }}</option>
            }
          </select>
        </div>
        <div class="field">
          <label for="assess-level">Assessed level</label>
          <select id="assess-level" formControlName="level">
            @for (level of levels; track level) {
              <option [ngValue]="level">{{ levelLabel(level, chosen()) }}</option>
            }
          </select>
        </div>
        <div class="field">
          <label for="assess-evidence">Evidence</label>
          <p class="hint" id="assess-evidence-hint">What the level rests on: observed work, a qualification, an interview.</p>
          @if (invalid(form.controls.evidence)) {
            <p class="field-error">Enter the evidence.</p>
          }
          <textarea
            id="assess-evidence"
            rows="2"
            formControlName="evidence"
            aria-describedby="assess-evidence-hint"
            [attr.aria-invalid]="invalid(form.controls.evidence)"
          ></textarea>
        </div>
        <button type="submit" [disabled]="command.submitting()">Record assessment</button>
      </fieldset>
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
    const { staffMemberId, competencyId, level, evidence } = this.form.getRawValue();
    await this.command.run(async () => {
      await this.data.assess({ staffMemberId, competencyId, level: Number(level), evidence: evidence.trim() });
      this.form.controls.evidence.reset();
      this.form.controls.evidence.markAsUntouched();
      this.saved.emit();
    });
  }
}
