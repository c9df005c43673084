import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';

import { RegisterLoader, loadRegister } from '../../../shared/register/register-loader';
import { RegisterSelection } from '../../../shared/register/register-selection';
import { RegisterStatus } from '../../../shared/register/register-status';
import { RegisterDownload } from '../../../shared/spreadsheets/register-download';
import { ImportPanel } from '../spreadsheet-import/import-panel';
import type { StaffMember } from '../workforce.types';
import { WorkforceAccess } from '../workforce-access';
import { AssessForm } from './assess-form';
import { ChangeDetailsForm } from '../staff-details/change-details-form';
import { AssessmentHistory } from './assessment-history';
import { DefineCompetencyForm } from './define-competency-form';
import { ErasePersonForm } from './erase-person-form';
import { MATRIX_ORDERS, MatrixOrder, cellFor, jobTitles } from './matrix-layout';
import { RegisterPersonForm } from './register-person-form';
import { SetRequirementForm } from './set-requirement-form';
import { CellRef, SkillsGrid } from './skills-grid';
import { SkillsData, SkillsMatrixView } from './skills-data';
import { Change, RecordChanges } from '../../../shared/record-changes';
import { RegisterPager, RegisterPaging, WorkforceFilter, WorkforceFilterBar } from '../register-filters';

/** People per page of the matrix: enough to compare, small enough to answer fast. */
export const PEOPLE_PER_PAGE = 50;

/** People × competencies with their gaps, and the forms that keep the framework and the levels. */
@Component({
  selector: 'gl-skills-matrix-page',
  imports: [
    RegisterDownload,
    ImportPanel,
    Change,
    RecordChanges,
    RegisterStatus,
    SkillsGrid,
    AssessmentHistory,
    ErasePersonForm,
    RegisterPersonForm,
    DefineCompetencyForm,
    SetRequirementForm,
    AssessForm,
    ChangeDetailsForm,
    WorkforceFilterBar,
    RegisterPager,
  ],
  template: `
    <h1>Skills matrix</h1>
    <p class="lead">Competencies, the level each job title needs, assessed levels and the gaps between them.</p>

    <gl-register-status [register]="register" subject="The skills matrix" (asOfChange)="erasing.close()" />
    <gl-register-download register="skills-matrix" [asOf]="register.asOf()" />
    <gl-import-panel kind="skills-matrix" (imported)="register.changed($event)" />

    @if (register.value(); as matrix) {
      <gl-workforce-filter-bar
        label="Filter the skills matrix"
        [options]="matrix.filterOptions"
        [filter]="paging.filter()"
        (filterChange)="filterBy($event)"
      />
      <div class="field matrix-order">
        <label for="matrix-order">Order the people by</label>
        <select id="matrix-order" [value]="order()" (change)="orderBy($event)">
          @for (choice of orders; track choice.value) {
            <option [value]="choice.value" [selected]="choice.value === order()">{{ choice.label }}</option>
          }
        </select>
      </div>
      <gl-register-pager
        noun="People"
        [offset]="matrix.offset"
        [shown]="matrix.rows.length"
        [total]="matrix.totalRows"
        (previous)="turnPage(paging.previous())"
        (next)="turnPage(paging.next())"
      />
      <gl-skills-grid
        [matrix]="matrix"
        [selected]="history.ref()"
        [canEdit]="canEdit()"
        [disabled]="register.historical()"
        (cellSelected)="history.show($event)"
        (eraseRequested)="erasing.choose($event.id)"
      />

      @for (person of erasing.open(); track person.id) {
        <gl-erase-person-form [person]="person" [disabled]="register.historical()" (saved)="erased(person)" (cancelled)="erasing.close()" />
      }

      @for (open of history.open(); track open.key) {
        <gl-assessment-history
          [person]="open.person"
          [competency]="open.competency"
          [cell]="open.cell"
          [asOf]="register.asOf()"
          (closed)="history.close()"
        />
      }

      @if (canEdit()) {
        <gl-record-changes>
          <ng-template glChange="Register a staff member">
            <gl-register-person-form
              [jobTitles]="jobTitles()"
              [disabled]="register.historical()"
              (saved)="register.changed($event.displayName + ' was registered.')"
            />
          </ng-template>
          <ng-template glChange="Change a staff member’s details">
            <gl-change-details-form
              [people]="assessable()"
              [jobTitles]="jobTitles()"
              [disabled]="register.historical()"
              (saved)="register.changed('The details of ' + $event.displayName + ' were changed.')"
            />
          </ng-template>
          <ng-template glChange="Define a competency">
            <gl-define-competency-form
              [categories]="categories()"
              [disabled]="register.historical()"
              (saved)="register.changed('“' + $event.name + '” was defined.')"
            />
          </ng-template>
          <ng-template glChange="Set a requirement">
            <gl-set-requirement-form
              [competencies]="competencies()"
              [jobTitles]="jobTitles()"
              [disabled]="register.historical()"
              (saved)="register.changed('The requirement for “' + $event.name + '” was set.')"
            />
          </ng-template>
          <ng-template glChange="Assess a staff member">
            <gl-assess-form
              [people]="assessable()"
              [competencies]="competencies()"
              [disabled]="register.historical()"
              (saved)="register.changed('The assessment was recorded.')"
            />
          </ng-template>
        </gl-record-changes>
      }
    } @else if (register.loading()) {
      <p>Loading the skills matrix…</p>
    }
  `,
  styles: `
    .matrix-order select {
      width: auto;
      max-width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SkillsMatrixPage {
  private readonly data = inject(SkillsData);
  protected readonly canEdit = inject(WorkforceAccess).canEdit;
  /** The order of every matching person, applied by the API before paging: page 1 of "largest gap" holds the largest gaps of all. */
  protected readonly order = signal<MatrixOrder>('NAME');
  /** A page of people at a time, narrowed by the filter bar (the API pages and filters). */
  protected readonly paging: RegisterPaging = new RegisterPaging(PEOPLE_PER_PAGE, (): Promise<void> => this.register.reload());
  protected readonly register: RegisterLoader<SkillsMatrixView> = loadRegister((asOf) =>
    this.data.load(asOf, this.paging.variables(), this.order()),
  );

  protected readonly orders = MATRIX_ORDERS;

  protected readonly competencies = computed(() => this.register.value()?.competencies ?? []);
  protected readonly categories = computed(() => [
    ...new Set([...this.competencies().map((c) => c.category), ...(this.register.value()?.filterOptions.competencyCategories ?? [])]),
  ]);
  protected readonly assessable = computed(() =>
    (this.register.value()?.rows ?? []).map((row) => row.staffMember).filter((person) => !person.erased),
  );
  protected readonly jobTitles = computed(() =>
    jobTitles(this.register.value()?.rows ?? [], this.competencies(), this.register.value()?.filterOptions.jobTitles),
  );

  /** The history panel of the cell chosen: a new cell opens a fresh panel. */
  protected readonly history = new RegisterSelection(this.register, (matrix, ref: CellRef) => {
    const row = matrix.rows.find((r) => r.staffMember.id === ref.staffMemberId);
    const competency = matrix.competencies.find((c) => c.id === ref.competencyId);
    if (!row || !competency) {
      return null;
    }
    const cell = cellFor(row, competency.id);
    // A new assessment or another instant reads the history again.
    const key = `${ref.staffMemberId}:${ref.competencyId}:${cell.assessments}:${this.register.asOf() ?? 'live'}`;
    return { key, person: row.staffMember, competency, cell };
  });

  /** The person whose erasure is being confirmed; nobody already erased. */
  protected readonly erasing = new RegisterSelection(this.register, (matrix, id: string) => {
    const person = matrix.rows.find((r) => r.staffMember.id === id)?.staffMember;
    return person && !person.erased ? person : null;
  });

  /** A new order starts again from the first page (the filter stays). */
  protected orderBy(event: Event): Promise<void> {
    this.order.set((event.target as HTMLSelectElement).value === 'LARGEST_GAP' ? 'LARGEST_GAP' : 'NAME');
    this.history.close();
    this.erasing.close();
    return this.paging.setFilter(this.paging.filter());
  }

  protected filterBy(filter: WorkforceFilter): Promise<void> {
    this.history.close();
    this.erasing.close();
    return this.paging.setFilter(filter);
  }

  protected turnPage(turned: Promise<void>): Promise<void> {
    this.history.close();
    this.erasing.close();
    return turned;
  }

  protected erased(person: StaffMember): Promise<void> {
    return this.erasing.done(`The personal data of ${person.displayName} was erased.`);
  }
}
