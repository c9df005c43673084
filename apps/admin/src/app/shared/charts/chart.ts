import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { BarChart, HeatmapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { type EChartsCoreOption, type EChartsType, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only what the admin's charts draw, so the bundle carries no more of ECharts than that.
use([BarChart, HeatmapChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = EChartsCoreOption;

/** What the chart shows, as a table: the text alternative a screen reader reads instead of the drawing. */
export interface ChartTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

/**
 * The one way the admin draws a chart (Apache ECharts, SVG). The drawing is hidden from assistive
 * technology; the same figures follow it as a visually hidden table, and the figure's caption
 * names it. The chart follows its box's width, so it reflows down to 320 px.
 */
@Component({
  selector: 'gl-chart',
  template: `
    <figure class="chart">
      <figcaption>{{ caption() }}</figcaption>
      <div #canvas class="chart-canvas" aria-hidden="true" [style.height.px]="height()"></div>
      <!-- A table cannot clip its own overflow: the wrapper keeps it out of the page's width. -->
      <div class="visually-hidden">
        <table>
          <caption>
            {{
              caption()
            }}
          </caption>
          <thead>
            <tr>
              @for (column of table().columns; track $index) {
                <th scope="col">{{ column }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of table().rows; track $index) {
              <tr>
                @for (value of row; track $index) {
                  @if ($first) {
                    <th scope="row">{{ value }}</th>
                  } @else {
                    <td>{{ value }}</td>
                  }
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    </figure>
  `,
  styles: `
    .chart {
      position: relative;
      margin: 0 0 1.5rem;
      min-width: 0;
    }
    figcaption {
      font-weight: 700;
      margin-bottom: 0.5rem;
    }
    .chart-canvas {
      width: 100%;
      min-width: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Chart {
  readonly caption = input.required<string>();
  readonly option = input.required<ChartOption>();
  readonly table = input.required<ChartTable>();
  /** The drawing's height in pixels; its width is its box's. */
  readonly height = input(240);

  private readonly canvas = viewChild.required<ElementRef<HTMLElement>>('canvas');
  private chart: EChartsType | null = null;
  private readonly drawn = computed(() => ({ ...this.option(), animation: false, aria: { enabled: false } }));

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const element = this.canvas().nativeElement;
      this.chart = init(element, null, { renderer: 'svg' });
      this.chart.setOption(this.drawn());
      const resize = new ResizeObserver(() => this.chart?.resize());
      resize.observe(element);
      destroyRef.onDestroy(() => {
        resize.disconnect();
        this.chart?.dispose();
        this.chart = null;
      });
    });
    effect(() => {
      const option = this.drawn();
      this.chart?.setOption(option, { notMerge: true });
    });
  }
}
