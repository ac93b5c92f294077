import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { CartesianGrid, Text, XAxis, YAxis } from 'recharts';
import './charts.css';

/**
 * What every chart of the app shares: colours, axes, tooltip, legend, a frame that follows its width. This module
 * imports recharts: import it only from a chart module that is itself loaded lazily, so that recharts stays out of
 * the first load.
 */

export const CHART_COLORS = {
  navy: '#1e3a8a',
  blue: '#2563eb',
  green: '#15803d',
  lightGreen: '#4ade80',
  red: '#b91c1c',
  amber: '#b45309',
  brown: '#92400e',
  teal: '#0f766e',
  slate: '#64748b',
  lightSlate: '#94a3b8',
};

export const AXIS_TICK = { fontSize: 12.5, fill: '#45505f' };
const GRID = '#e5e9f0';

/** The band behind the bars under the pointer. */
export const BAR_CURSOR = { fill: '#f2f5fc' };

/** A figure as Vietnamese readers write it (1.234), anything else as it is. */
export function chartNumber(value: unknown): string {
  return typeof value === 'number' ? value.toLocaleString('vi-VN') : String(value);
}

export const TOOLTIP_STYLE = { borderRadius: 8, borderColor: '#dce2ea', fontSize: 13.5 };

export const tooltipProps = {
  formatter: (value: unknown) => chartNumber(value),
  contentStyle: TOOLTIP_STYLE,
} as const;

/** The legend above a bar chart, in the series' order. */
export const TOP_LEGEND = {
  itemSorter: null,
  verticalAlign: 'top',
  iconType: 'square',
  wrapperStyle: { fontSize: 13.5, paddingBottom: 8 },
} as const;

/** The legend under a ring, in the slices' order. */
export const BOTTOM_LEGEND = {
  itemSorter: null,
  verticalAlign: 'bottom',
  iconType: 'circle',
  wrapperStyle: { fontSize: 13.5 },
} as const;

/** Whether the reader asked for less motion: then the charts do not animate. */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The width the chart has, followed as the window is resized, so the axis labels can take their share. */
function useWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** A chart's box, as wide as its card: the chart is drawn once the width is known, and again as it changes. */
export function ChartFrame({ height, children }: { height: number; children: (width: number) => ReactNode }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  return (
    <div ref={ref} className="chart-frame" style={{ height }}>
      {width > 0 && children(width)}
    </div>
  );
}

/** A category label that wraps onto as many lines as its width needs (unit, state and status names are long). */
function WrappedTick({
  x,
  y,
  payload,
  width,
}: {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  width: number;
}) {
  return (
    <Text
      x={Number(x)}
      y={Number(y)}
      width={width}
      textAnchor="end"
      verticalAnchor="middle"
      maxLines={3}
      style={AXIS_TICK}
    >
      {String(payload?.value ?? '')}
    </Text>
  );
}

/**
 * The grid and axes of bars running across, one row each with its name wrapped on the left in a column of about
 * `labelShare` of the width, within bounds. A fragment, to be placed straight inside the chart.
 */
export function acrossAxes(labelKey: string, width: number, labelShare: number): ReactNode {
  const labelWidth = Math.round(Math.min(230, Math.max(110, width * labelShare)));
  return (
    <>
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} tickFormatter={chartNumber} />
      <YAxis
        type="category"
        dataKey={labelKey}
        width={labelWidth}
        tick={(props: object) => <WrappedTick {...props} width={labelWidth - 8} />}
        interval={0}
      />
    </>
  );
}

/** The horizontal grid and the category axis along the bottom of columns; the value axis is the chart's own. */
export function columnGrid(labelKey: string): ReactNode {
  return (
    <>
      <CartesianGrid vertical={false} stroke={GRID} />
      <XAxis dataKey={labelKey} tick={AXIS_TICK} interval="preserveStartEnd" minTickGap={8} />
    </>
  );
}
