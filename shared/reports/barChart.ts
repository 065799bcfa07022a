import { scaleBand, scaleLinear } from 'd3-scale';

// A horizontal bar chart as geometry (d3-scale computes the bands, the scale and its ticks):
// drawn as SVG elements by the report preview and as SVG markup in the saved and printed report,
// from the same numbers. Horizontal, because categories are long names (regions, methods).

export type ChartDatum = { readonly label: string; readonly value: number };
export type ChartBar = { readonly y: number; readonly height: number; readonly width: number; readonly label: string; readonly value: number };
export type BarChart = {
  readonly width: number;
  readonly height: number;
  /** Where bars start: labels sit to its left. */
  readonly plotLeft: number;
  readonly plotWidth: number;
  readonly bars: readonly ChartBar[];
  readonly ticks: readonly { readonly x: number; readonly label: string }[];
};

const LABEL_WIDTH = 220;
const BAR_STEP = 26;
const AXIS_HEIGHT = 24;
const MAX_LABEL = 34;

/** Long labels are cut with an ellipsis; the table beside the chart has them whole. */
export function chartLabel(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

export function barChart(data: readonly ChartDatum[], width = 600): BarChart {
  const plotWidth = width - LABEL_WIDTH - 40;
  const height = Math.max(1, data.length) * BAR_STEP + AXIS_HEIGHT;
  const y = scaleBand<number>()
    .domain(data.map((_, index) => index))
    .range([0, height - AXIS_HEIGHT])
    .padding(0.2);
  const max = Math.max(1, ...data.map((datum) => datum.value));
  const x = scaleLinear().domain([0, max]).range([0, plotWidth]).nice();
  const ticks = x.ticks(Math.min(5, max)).filter((tick) => Number.isInteger(tick));
  return {
    width,
    height,
    plotLeft: LABEL_WIDTH,
    plotWidth,
    bars: data.map((datum, index) => ({ y: y(index) ?? 0, height: y.bandwidth(), width: x(datum.value), label: chartLabel(datum.label), value: datum.value })),
    ticks: ticks.map((tick) => ({ x: x(tick), label: String(tick) })),
  };
}
