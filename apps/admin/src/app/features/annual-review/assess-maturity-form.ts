import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MaturityLevelPipe } from '../../shared/format/format-pipes';
import { CommandFormComponent } from '../../shared/forms/command-form-component';
import { Field } from '../../shared/forms/field';
import { FormShell } from '../../shared/forms/form-shell';
import { AnnualReviewData } from './annual-review-data';
import { MATURITY_LEVELS, MaturityArea, MaturityLevel } from './annual-review.types';

export interface Assessed {
  year: number;
  area: string;
  level: MaturityLevel;
}

/** Assesses one area for the year shown; assessing it again supersedes the earlier assessment. */
@Component({
  selector: 'gl-assess-maturity-form',
  imports: [MaturityLevelPipe, ReactiveFormsModule, FormShell, Field],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      legend="Assess an area"
      errorHeading="The assessment was not recorded"
      [submitLabel]="'Assess for ' + year()"
      [commandForm]="this"
    >
      <gl-field label="Area" error="Choose the area.">
        <select formControlName="area">
          <option value="" disabled>Choose an area</option>
          @for (group of themes(); track group.theme) {
            <optgroup [label]="group.theme">
              @for (area of group.areas; track area.name) {
                <option [value]="area.name">{{ area.name }}</option>
              }
            </optgroup>
          }
        </select>
      </gl-field>
      <div class="field-row">
        <gl-field label="Level">
          <select formControlName="level">
            @for (level of levels; track level) {
              <option [value]="level">{{ level | maturityLevel }}</option>
            }
          </select>
        </gl-field>
        <gl-field label="Target (optional)">
          <select formControlName="target">
            <option [ngValue]="null">No target</option>
            @for (level of levels; track level) {
              <option [ngValue]="level">{{ level | maturityLevel }}</option>
            }
          </select>
        </gl-field>
      </div>
      <gl-field label="Evidence" hint="What shows the area is at this level." error="Enter the evidence.">
        <textarea rows="2" formControlName="evidence"></textarea>
      </gl-field>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssessMaturityForm extends CommandFormComponent<Assessed> {
  private readonly data = inject(AnnualReviewData);

  readonly year = input.required<number>();
  readonly areas = input.required<MaturityArea[]>();

  protected readonly levels = MATURITY_LEVELS;
  protected readonly themes = computed(() => {
    const groups = new Map<string, MaturityArea[]>();
    for (const area of this.areas()) {
      groups.set(area.theme, [...(groups.get(area.theme) ?? []), area]);
    }
    return [...groups].map(([theme, areas]) => ({ theme, areas }));
  });
  protected readonly form = inject(NonNullableFormBuilder).group({
    area: ['', Validators.required],
    level: ['DEVELOPING' as MaturityLevel],
    target: [null as MaturityLevel | null],
    evidence: ['', Validators.required],
  });

  /** Resolves to what was assessed, for the page's notice. */
  protected async send(commandId: string): Promise<Assessed> {
    const value = this.form.getRawValue();
    const year = this.year();
    await this.data.assess({
      year,
      area: value.area,
      level: value.level,
      target: value.target,
      evidence: value.evidence.trim(),
      commandId,
    });
    return { year, area: value.area, level: value.level };
  }
}
