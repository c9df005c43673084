import type * as Resvg from '@resvg/resvg-js';
import type * as ECharts from 'echarts';
import { PackChart } from './pack-document';

/**
 * ECharts and resvg load with the first chart drawn, not with every API, CLI and worker start that
 * imports the pack (see render-pdf.ts). Synchronous, as the drawing is; Node caches the modules.
 */
const echarts = () => require('echarts') as typeof ECharts;
const resvgLibrary = () => require('@resvg/resvg-js') as typeof Resvg;

/**
 * The pack's charts drawn the same way for every format (ADR 0030): Apache ECharts' server-side
 * SVG renderer (no browser, no canvas), animation off, a fixed size, and the renderer's
 * per-instance ids replaced by ones made from the chart's id, so the same chart always gives the
 * same bytes. HTML and PDF embed the SVG (vector); Word gets a PNG rasterised by resvg.
 */

/** Colour-blind-safe (Okabe-Ito hues, darkened): each has at least 3:1 contrast on white (WCAG 1.4.11). */
export const CHART_PALETTE = ['#0b5fa5', '#b35900', '#00785a', '#8b3d88', '#505a5f'] as const;
const TEXT = '#0b0c0c';
const AXIS_TEXT = '#383f43';
const GRID_LINE = '#d8dcde';
/** The heat map's scale, light to dark blue; a cell's number is dark on light cells and white on dark ones. */
const HEAT_SCALE = ['#f3f7fb', '#c6dbef', '#6baed6', '#2171b5', '#08306b'] as const;
/** Generic families only: resvg picks the installed sans-serif (DejaVu Sans on Debian), svg-to-pdfkit Helvetica. */
const FONT_FAMILY = 'sans-serif';

export const CHART_WIDTH = 720;

export interface ChartSize {
  width: number;
  height: number;
}

/** Horizontal bar charts grow with their categories, so no label is squeezed. */
export function chartSize(chart: PackChart): ChartSize {
  switch (chart.kind) {
    case 'bars':
      if (!chart.horizontal) return { width: CHART_WIDTH, height: 320 };
      return { width: CHART_WIDTH, height: Math.max(240, 110 + chart.categories.length * Math.max(1, chart.series.length) * 20 + chart.categories.length * 10) };
    case 'heatmap':
      return { width: CHART_WIDTH, height: Math.max(320, 130 + chart.yLabels.length * 46) };
    default: {
      const unknown: never = chart;
      throw new Error(`Unknown chart ${JSON.stringify(unknown)}`);
    }
  }
}

/** Category names longer than this wrap onto a second line. */
const CATEGORY_LABEL_WIDTH = 170;

const textStyle = { fontFamily: FONT_FAMILY, color: TEXT, fontSize: 13 };

function barsOption(chart: Extract<PackChart, { kind: 'bars' }>): ECharts.EChartsCoreOption {
  const valueAxis = {
    type: 'value',
    name: chart.valueAxis,
    nameLocation: 'middle',
    nameGap: chart.horizontal ? 30 : 48,
    nameTextStyle: { color: AXIS_TEXT, fontSize: 12 },
    min: chart.min,
    max: chart.max,
    minInterval: 1,
    axisLabel: { color: AXIS_TEXT, fontSize: 12 },
    splitLine: { lineStyle: { color: GRID_LINE } },
  };
  const categoryAxis = {
    type: 'category',
    data: chart.categories,
    axisLabel: { color: AXIS_TEXT, fontSize: 12, interval: 0, width: chart.horizontal ? CATEGORY_LABEL_WIDTH : Math.max(60, (CHART_WIDTH - 160) / Math.max(1, chart.categories.length) - 12), overflow: 'break' },
    axisTick: { alignWithLabel: true },
    axisLine: { lineStyle: { color: AXIS_TEXT } },
  };
  return {
    title: { text: chart.title, left: 'center', top: 8, textStyle: { ...textStyle, fontSize: 16, fontWeight: 'bold' } },
    legend: chart.series.length > 1 ? { bottom: 6, itemGap: 28, textStyle: { ...textStyle, fontSize: 12 }, itemWidth: 14, itemHeight: 14 } : undefined,
    // Room by hand rather than containLabel: ECharts measures text without the real font, and
    // DejaVu Sans (what resvg draws with) is wider than its estimate.
    grid: { left: chart.horizontal ? CATEGORY_LABEL_WIDTH + 40 : 70, right: 40, top: chart.horizontal ? 48 : 64, bottom: (chart.series.length > 1 ? 40 : 0) + (chart.horizontal ? 44 : 72) },
    xAxis: chart.horizontal ? valueAxis : categoryAxis,
    yAxis: chart.horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: chart.series.map((series, index) => ({
      type: 'bar',
      name: series.name,
      // '-' is ECharts' "no value": the bar is left out (not assessed), never drawn as zero.
      data: series.values.map((value) => (value === null ? '-' : value)),
      itemStyle: { color: CHART_PALETTE[index % CHART_PALETTE.length] },
      label: { show: true, position: chart.horizontal ? 'right' : 'top', color: TEXT, fontSize: 11 },
      barMaxWidth: 48,
      silent: true,
    })),
  };
}

function heatmapOption(chart: Extract<PackChart, { kind: 'heatmap' }>): ECharts.EChartsCoreOption {
  const counts = new Map(chart.cells.map(([x, y, count]) => [`${x},${y}`, count]));
  // At least one colour a count up to four, so two heat maps of few risks share one scale.
  const pieces = heatPieces(Math.max(HEAT_SCALE.length - 1, ...chart.cells.map(([, , count]) => count)));
  const data = chart.yLabels.flatMap((_, y) =>
    chart.xLabels.map((__, x) => {
      const count = counts.get(`${x},${y}`) ?? 0;
      const piece = pieces.find((p) => count >= p.min && count <= p.max) ?? pieces[pieces.length - 1];
      return { value: [x, y, count], label: { color: piece.dark ? '#ffffff' : TEXT } };
    }),
  );
  return {
    title: { text: chart.title, left: 'center', top: 8, textStyle: { ...textStyle, fontSize: 16, fontWeight: 'bold' } },
    grid: { left: 70, right: 150, top: 48, bottom: 64 },
    xAxis: {
      type: 'category',
      data: chart.xLabels,
      name: chart.xAxis,
      nameLocation: 'middle',
      nameGap: 30,
      nameTextStyle: { color: AXIS_TEXT, fontSize: 12 },
      axisLabel: { color: AXIS_TEXT, fontSize: 12, interval: 0 },
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      data: chart.yLabels,
      name: chart.yAxis,
      nameLocation: 'middle',
      nameGap: 40,
      nameRotate: 90,
      nameTextStyle: { color: AXIS_TEXT, fontSize: 12 },
      axisLabel: { color: AXIS_TEXT, fontSize: 12, interval: 0 },
    },
    // The legend of the scale: counts, lightest (none) to darkest (most).
    visualMap: {
      type: 'piecewise',
      orient: 'vertical',
      right: 10,
      top: 'middle',
      dimension: 2,
      pieces: pieces.map(({ min, max, label, color }) => ({ min, max, label, color })),
      textStyle: { ...textStyle, fontSize: 12 },
      itemWidth: 16,
      itemHeight: 14,
      selectedMode: false,
    },
    series: [
      {
        type: 'heatmap',
        data,
        label: { show: true, fontSize: 14, fontWeight: 'bold' },
        itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
        silent: true,
      },
    ],
  };
}

/** One legend entry per colour of the scale, with the counts it stands for. */
function heatPieces(max: number) {
  const pieces: { min: number; max: number; label: string; color: string; dark: boolean }[] = [{ min: 0, max: 0, label: 'None', color: HEAT_SCALE[0], dark: false }];
  for (let step = 1; step < HEAT_SCALE.length; step++) {
    const low = Math.floor(((step - 1) * max) / (HEAT_SCALE.length - 1)) + 1;
    const high = Math.floor((step * max) / (HEAT_SCALE.length - 1));
    if (high < low) continue;
    pieces.push({ min: low, max: high, label: low === high ? `${low}` : `${low} to ${high}`, color: HEAT_SCALE[step], dark: step >= 3 });
  }
  return pieces;
}

function optionOf(chart: PackChart): ECharts.EChartsCoreOption {
  switch (chart.kind) {
    case 'bars':
      return barsOption(chart);
    case 'heatmap':
      return heatmapOption(chart);
    default: {
      const unknown: never = chart;
      throw new Error(`Unknown chart ${JSON.stringify(unknown)}`);
    }
  }
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The chart as a standalone SVG document. Deterministic: ECharts numbers its instances (zr0,
 * zr1...) across a process, so its ids are renamed after the chart; the hover styles and
 * ECharts' own metadata attributes mean nothing on paper and are left out.
 */
export function chartSvg(chart: PackChart): string {
  const { width, height } = chartSize(chart);
  const instance = echarts().init(null, null, { renderer: 'svg', ssr: true, width, height });
  let svg: string;
  try {
    instance.setOption({ animation: false, backgroundColor: '#ffffff', textStyle, ...optionOf(chart) });
    svg = instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
  const ids = new Map<string, string>();
  svg = svg
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/ class="[^"]*"/g, '')
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
    .replace(/\bzr\d+(-[a-z]+-?\d+)?\b/g, (id) => {
      if (!ids.has(id)) ids.set(id, `${chart.id}-${ids.size}`);
      return ids.get(id) as string;
    });
  // What assistive technology reads: the title and the alternative text.
  return svg.replace(/^<svg ([^>]*)>/, `<svg $1 role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc"><title id="${chart.id}-title">${escapeXml(chart.title)}</title><desc id="${chart.id}-desc">${escapeXml(chart.altText)}</desc>`);
}

/** Rasterising at twice the size keeps the text sharp when Word scales the picture to the page. */
const PNG_ZOOM = 2;

/**
 * The chart as a PNG (for Word). resvg needs real fonts for the text: it loads the system's
 * (fonts-dejavu on Debian and in the image); the same fonts give the same bytes.
 */
export function chartPng(chart: PackChart): Buffer {
  return svgToPng(chartSvg(chart));
}

export function svgToPng(svg: string, zoom = PNG_ZOOM): Buffer {
  const resvg = new (resvgLibrary().Resvg)(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  return Buffer.from(resvg.render().asPng());
}
