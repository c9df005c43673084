import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';

import { RegisterLoader } from '../../../shared/register/register-loader';
import { RegisterStatus } from '../../../shared/register/register-status';
import type { StaffMember } from '../workforce.types';
import { WorkforceAccess } from '../workforce-access';
import { AssessForm } from './assess-form';
import { AssessmentHistory } from './assessment-history';
import { DefineCompetencyForm } from './define-competency-form';
import { ErasePersonForm } from './erase-person-form';
import { cellFor, jobTitles } from './matrix-layout';
import { RegisterPersonForm } from './register-person-form';
import { SetRequirementForm } from './set-requirement-form';
import { CellRef, SkillsGrid } from './skills-grid';
import { SkillsData } from './skills-data';
import { RecordChanges } from '../../../shared/record-changes';

/** People × competencies with their gaps, and the forms that keep the framework and the levels. */
@Component({
  selector: 'gl-skills-matrix-page',
  imports: [
    RecordChanges,
    RegisterStatus,
    SkillsGrid,
    AssessmentHistory,
    ErasePersonForm,
    RegisterPersonForm,
    DefineCompetencyForm,
    SetRequirementForm,
    AssessForm,
  ],
  template: `
    <h1>Skills matrix</h1>
    <p class="lead">Competencies, the level each job title needs, assessed levels and the gaps between them.</p>

    <gl-register-status [register]="register" subject="The skills matrix" (asOfChange)="cancelErase()" />

    @if (register.value(); as matrix) {
      <gl-skills-grid
        [matrix]="matrix"
        [selected]="selected()"
        [canEdit]="canEdit()"
        [disabled]="register.historical()"
        (cellSelected)="select($event)"
        (eraseRequested)="askToErase($event)"
      />

      @for (person of erasing(); track person.id) {
        <gl-erase-person-form [person]="person" [disabled]="register.historical()" (erased)="erased(person)" (cancelled)="cancelErase()" />
      }

      @for (open of history(); track open.key) {
        <gl-assessment-history [person]="open.person" [competency]="open.competency" [cell]="open.cell" (closed)="selected.set(null)" />
      }

      @if (canEdit()) {
        <gl-record-changes>
          <section class="panel" aria-label="Register a staff member">
            <gl-register-person-form
              [jobTitles]="jobTitles()"
              [disabled]="register.historical()"
              (saved)="register.changed($event.displayName + ' was registered.')"
            />
          </section>
          <section class="panel" aria-label="Define a competency">
            <gl-define-competency-form
              [categories]="categories()"
              [disabled]="register.historical()"
              (saved)="register.changed('“' + $event.name + '” was defined.')"
            />
          </section>
          <section class="panel" aria-label="Set a requirement">
            <gl-set-requirement-form
              [competencies]="competencies()"
              [jobTitles]="jobTitles()"
              [disabled]="register.historical()"
              (saved)="register.changed('The requirement for “' + $event.name + '” was set.')"
            />
          </section>
          <section class="panel" aria-label="Assess a staff member">
            <gl-assess-form
              [people]="assessable()"
              [competencies]="competencies()"
              [disabled]="register.historical()"
              (saved)="register.changed('The assessment was recorded.')"
            />
          </section>
        </gl-record-changes>
      }
    } @else if (register.loading()) {
      <p>Loading the skills matrix…</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SkillsMatrixPage {
  private readonly data = inject(SkillsData);
  protected readonly canEdit = inject(WorkforceAccess).canEdit;
  protected readonly register = new RegisterLoader((asOf) => this.data.load(asOf));
  protected readonly selected = signal<CellRef | null>(null);
  private readonly toErase = signal<string | null>(null);

  protected readonly competencies = computed(() => this.register.value()?.competencies ?? []);
  protected readonly categories = computed(() => [...new Set(this.competencies().map((c) => c.category))]);
  protected readonly assessable = computed(() =>
    (this.register.value()?.rows ?? []).map((row) => row.staffMember).filter((person) => !person.erased),
  );
  protected readonly jobTitles = computed(() => jobTitles(this.register.value()?.rows ?? [], this.competencies()));

  /** The history panel's subject, as a list of at most one so a new cell opens a fresh panel. */
  protected readonly history = computed(() => {
    const ref = this.selected();
    const row = this.register.value()?.rows.find((r) => r.staffMember.id === ref?.staffMemberId);
    const competency = this.competencies().find((c) => c.id === ref?.competencyId);
    if (!ref || !row || !competency) {
      return [];
    }
    return [{ key: `${ref.staffMemberId}:${ref.competencyId}`, person: row.staffMember, competency, cell: cellFor(row, competency.id) }];
  });

  protected readonly erasing = computed(() => {
    const id = this.toErase();
    const person = this.register.value()?.rows.find((r) => r.staffMember.id === id)?.staffMember;
    return person && !person.erased ? [person] : [];
  });

  constructor() {
    void this.register.reload();
  }

  protected select(ref: CellRef): void {
    this.selected.set(ref);
  }

  protected askToErase(person: StaffMember): void {
    this.register.clearNotice();
    this.toErase.set(person.id);
  }

  protected cancelErase(): void {
    this.toErase.set(null);
  }

  protected async erased(person: StaffMember): Promise<void> {
    this.toErase.set(null);
    await this.register.changed(`The personal data of ${person.displayName} was erased.`);
  }
}
