import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { riskScoreBand } from '@ledger/shared-domain';

import { AREAS } from '../../areas';
import { Chart } from '../../shared/charts/chart';
import { formatMoney, today } from '../../shared/format/format';
import { loadRegister } from '../../shared/register/register-loader';
import {
  completionsByQuarter,
  completionsChart,
  latestMaturity,
  maturityChart,
  riskHeatMapChart,
  skillsCoverage,
  skillsCoverageChart,
  yearOf,
} from './figures';
import { HomeData } from './home-data';

/** The figures' layout: the charts side by side where there is room, one above the other on a phone. */
const FIGURE_STYLES = `
  .headline {
    padding-left: 1.25rem;
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
    gap: 0 2rem;
    background: var(--surface);
    padding: 1rem;
    margin-bottom: 1rem;
  }
`;

/** HR's headline figures: skills coverage by competency and training completions by quarter. */
@Component({
  selector: 'gl-workforce-figures',
  imports: [Chart, RouterLink],
  template: `
    <section aria-labelledby="workforce-figures">
      <h2 id="workforce-figures">Workforce at a glance</h2>
      @if (figures.error(); as error) {
        <p role="alert">The workforce figures could not be loaded: {{ error.message }}</p>
      } @else if (view(); as view) {
        <ul class="headline">
          <li>
            <strong>{{ view.people }}</strong> people on the skills matrix
          </li>
          <li>
            <strong>{{ view.requiredMet }}%</strong> of required skill levels met
          </li>
          <li>
            <strong>{{ view.completionsThisYear }}</strong> courses completed in the last four quarters
          </li>
        </ul>
        <div class="charts">
          @if (view.coverage; as chart) {
            <gl-chart [caption]="chart.caption" [option]="chart.option" [table]="chart.table" [height]="chart.height" />
          }
          <gl-chart
            [caption]="view.completions.caption"
            [option]="view.completions.option"
            [table]="view.completions.table"
            [height]="view.completions.height"
          />
        </div>
        <p>
          <a [routerLink]="'/' + areas.skillsMatrix.path">Open the skills matrix</a> or
          <a [routerLink]="'/' + areas.trainingRegister.path">the training register</a>.
        </p>
      } @else {
        <p>Loading the workforce figures…</p>
      }
    </section>
  `,
  styles: FIGURE_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkforceFigures {
  protected readonly areas = AREAS;
  private readonly data = inject(HomeData);
  protected readonly figures = loadRegister(() => this.data.workforceFigures());

  protected readonly view = computed(() => {
    const figures = this.figures.value();
    if (!figures) return null;
    const coverage = skillsCoverage(figures.skillsMatrix);
    const required = coverage.reduce((sum, c) => sum + c.required, 0);
    const met = coverage.reduce((sum, c) => sum + c.met, 0);
    const quarters = completionsByQuarter(figures.trainingRegister, today(), 6);
    return {
      people: figures.skillsMatrix.totalRows,
      requiredMet: required ? Math.round((met / required) * 100) : 0,
      completionsThisYear: quarters.slice(-4).reduce((sum, q) => sum + q.completions, 0),
      coverage: coverage.length ? skillsCoverageChart(coverage) : null,
      completions: completionsChart(quarters),
    };
  });
}

/** The procurement lead's headline figures: the risk heat map and maturity by area against target. */
@Component({
  selector: 'gl-risk-figures',
  imports: [Chart, RouterLink],
  template: `
    <section aria-labelledby="risk-figures">
      <h2 id="risk-figures">Risks and maturity at a glance</h2>
      @if (figures.error(); as error) {
        <p role="alert">The risk and maturity figures could not be loaded: {{ error.message }}</p>
      } @else if (view(); as view) {
        <ul class="headline">
          <li>
            <strong>{{ view.risks }}</strong> risks on the register, <strong>{{ view.veryHigh }}</strong> of them very high
          </li>
          @if (view.maturity; as maturity) {
            <li>
              Overall maturity <strong>{{ maturity.overallScore }}</strong> out of 5 ({{ maturity.year }} assessment)
            </li>
          } @else {
            <li>No maturity assessment recorded yet</li>
          }
        </ul>
        <div class="charts">
          <gl-chart
            [caption]="view.heatMap.caption"
            [option]="view.heatMap.option"
            [table]="view.heatMap.table"
            [height]="view.heatMap.height"
          />
          @if (view.maturityChart; as chart) {
            <gl-chart [caption]="chart.caption" [option]="chart.option" [table]="chart.table" [height]="chart.height" />
          }
        </div>
        <p>
          <a [routerLink]="'/' + areas.strategicRisks.path">Open the risk register</a> or
          <a [routerLink]="'/' + areas.annualReview.path">the annual review</a>.
        </p>
      } @else {
        <p>Loading the risk and maturity figures…</p>
      }
    </section>
  `,
  styles: FIGURE_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RiskFigures {
  protected readonly areas = AREAS;
  private readonly data = inject(HomeData);
  protected readonly figures = loadRegister(() => this.data.riskFigures(yearOf(today())));

  protected readonly view = computed(() => {
    const figures = this.figures.value();
    if (!figures) return null;
    const maturity = latestMaturity(figures.maturityAssessment);
    return {
      risks: figures.riskHeatMap.reduce((sum, cell) => sum + cell.count, 0),
      veryHigh: figures.riskHeatMap
        .filter((cell) => riskScoreBand(cell.likelihood * cell.impact) === 'very-high')
        .reduce((sum, cell) => sum + cell.count, 0),
      heatMap: riskHeatMapChart(figures.riskHeatMap),
      maturity,
      maturityChart: maturity ? maturityChart(maturity) : null,
    };
  });
}

/** The contract manager's headline figures: social value committed and delivered, this year and last. */
@Component({
  selector: 'gl-contract-figures',
  imports: [RouterLink],
  template: `
    <section aria-labelledby="contract-figures">
      <h2 id="contract-figures">Social value at a glance</h2>
      @if (figures.error(); as error) {
        <p role="alert">The social value figures could not be loaded: {{ error.message }}</p>
      } @else if (figures.value(); as figures) {
        <ul class="headline">
          @for (summary of [figures.thisYear, figures.lastYear]; track summary.year) {
            <li>
              Contracts awarded in {{ summary.year }}: <strong>{{ summary.contractsAwarded }}</strong>, social value committed
              <strong>{{ money(summary.committedValue) }}</strong>, delivered <strong>{{ money(summary.deliveredValue) }}</strong>
            </li>
          }
        </ul>
        <p><a [routerLink]="'/' + areas.contracts.path">Open the contracts register</a>.</p>
      } @else {
        <p>Loading the social value figures…</p>
      }
    </section>
  `,
  styles: FIGURE_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContractFigures {
  protected readonly areas = AREAS;
  private readonly data = inject(HomeData);
  protected readonly money = formatMoney;
  protected readonly figures = loadRegister(() => this.data.contractFigures(yearOf(today())));
}
