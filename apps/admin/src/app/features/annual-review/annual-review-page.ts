import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';

import { loadRegister } from '../../shared/register/register-loader';
import { RegisterStatus } from '../../shared/register/register-status';
import { AddActionForm, RecordProgressForm } from './action-plan-forms';
import { ActionPlanTable } from './action-plan-table';
import { AnnualReviewAccess, AnnualReviewData } from './annual-review-data';
import { LEVEL_LABELS } from './annual-review.types';
import type { ActionPlanItem, StrategyUpdatePack } from './annual-review.types';
import { AssessMaturityForm, Assessed } from './assess-maturity-form';
import { MaturityTable } from './maturity-table';
import { CommentaryRecorded, PackCommentaryPanel } from './pack-commentary-panel';
import { StrategyPackPanel } from './strategy-pack-panel';

/** Years the picker offers: this year and the five before it. */
const YEARS_BACK = 5;

/**
 * The annual review: the NPS maturity assessment of a year against the year before, the action
 * plan, and the strategy update pack for the board. Procurement leads and admins keep it; the
 * auditor, committee members and the HR lead read it.
 */
@Component({
  selector: 'gl-annual-review-page',
  imports: [
    RegisterStatus,
    MaturityTable,
    AssessMaturityForm,
    ActionPlanTable,
    AddActionForm,
    RecordProgressForm,
    PackCommentaryPanel,
    StrategyPackPanel,
  ],
  template: `
    <h1>Annual review</h1>
    <p class="lead">The maturity assessment, the action plan and the strategy update pack for the board.</p>

    <gl-register-status [register]="register" subject="The annual review" />

    <div class="field year-picker">
      <label for="review-year">Year</label>
      <select id="review-year" class="short" [value]="year()" (change)="pickYear($event)">
        @for (option of years; track option) {
          <option [value]="option" [selected]="option === year()">{{ option }}</option>
        }
      </select>
    </div>

    @if (register.value(); as view) {
      <gl-maturity-table [assessment]="view.assessment" />

      @if (access.writes()) {
        <section class="panel" aria-label="Assess an area">
          <gl-assess-maturity-form [year]="year()" [areas]="view.areas" [disabled]="register.historical()" (saved)="assessed($event)" />
        </section>
      }

      <section class="panel" aria-labelledby="plan-heading">
        <h2 id="plan-heading">Action plan</h2>
        <gl-action-plan-table [items]="view.plan" />
        @if (access.writes()) {
          <div class="forms">
            <gl-add-action-form [areas]="view.areas" [disabled]="register.historical()" (saved)="added($event)" />
            @if (view.plan.length) {
              <gl-record-progress-form
                [items]="view.plan"
                [disabled]="register.historical()"
                (saved)="progressed($event)"
                (reloadRequested)="register.reload()"
              />
            }
          </div>
        }
      </section>

      <gl-pack-commentary-panel
        [year]="year()"
        [sections]="view.commentary"
        [canWrite]="access.writes()"
        [disabled]="register.historical()"
        (saved)="commented($event)"
      />

      <gl-strategy-pack-panel
        [year]="year()"
        [pack]="view.pack"
        [canGenerate]="access.writes()"
        [historical]="register.historical()"
        (generated)="generated($event)"
      />
    } @else if (register.loading()) {
      <p>Loading the annual review…</p>
    }
  `,
  styles: `
    .year-picker {
      max-width: 12rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnnualReviewPage {
  private readonly data = inject(AnnualReviewData);
  protected readonly access = inject(AnnualReviewAccess);
  private readonly thisYear = new Date().getFullYear();
  protected readonly years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => this.thisYear - i);
  protected readonly year = signal(this.thisYear);
  protected readonly register = loadRegister((asOf) => this.data.load(this.year(), asOf));

  protected pickYear(event: Event): Promise<void> {
    this.year.set(Number((event.target as HTMLSelectElement).value));
    this.register.clearNotice();
    return this.register.reload();
  }

  protected assessed(assessed: Assessed): Promise<void> {
    return this.register.changed(`“${assessed.area}” was assessed at ${LEVEL_LABELS[assessed.level]} for ${assessed.year}.`);
  }

  protected added(item: ActionPlanItem): Promise<void> {
    return this.register.changed(`The action for “${item.area}” was added to the plan, due in ${item.targetYear}.`);
  }

  protected progressed(item: ActionPlanItem): Promise<void> {
    return this.register.changed(`Progress on the action for “${item.area}” is now ${item.percent}%.`);
  }

  protected commented(recorded: CommentaryRecorded): Promise<void> {
    const section = recorded.section.number ? `${recorded.section.number} ${recorded.section.title}` : recorded.section.title;
    return this.register.changed(
      recorded.withdrawn
        ? `The commentary on “${section}” was withdrawn from the ${recorded.year} pack.`
        : `The commentary on “${section}” was recorded; the next ${recorded.year} pack generated shows it.`,
    );
  }

  protected generated(pack: StrategyUpdatePack): Promise<void> {
    return this.register.changed(`The strategy update pack for ${pack.year} was generated at log position ${pack.position}.`);
  }
}
