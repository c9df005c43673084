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

/** People × competencies with their gaps, and the forms that keep the framework and the levels. */
@Component({
  selector: 'gl-skills-matrix-page',
  imports: [
    RegisterStatus,
    SkillsGrid,
    AssessmentHistory,
    ErasePersonForm,
    RegisterPersonForm,
    DefineCompetencyForm,
    SetRequirementForm,
    AssessForm,
  ],
  templateUrl: './skills-matrix-page.html',
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
