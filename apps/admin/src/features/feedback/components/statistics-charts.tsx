import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Pie,
  PieChart,
  Text,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { texts } from '../../../config/i18n';
import type { CountRow, MonthRow, UnitRow } from '../lib/statistics';

/**
 * The charts of the statistics screen, in their own module so that recharts is fetched with this screen only.
 * Each chart is decoration for sighted readers: the figures are in the table beside it (see StatisticsPage), so the
 * chart is hidden from assistive technology and its keyboard layer is off.
 */

const COLORS = {
  navy: '#1e3a8a',
  blue: '#2563eb',
  green: '#15803d',
  red: '#b91c1c',
  amber: '#b45309',
  brown: '#92400e',
  teal: '#0f766e',
  slate: '#64748b',
};

const STATUS_COLORS: Record<string, string> = {
  new: COLORS.amber,
  supplemented: COLORS.brown,
  processing: COLORS.navy,
  awaiting_approval: COLORS.blue,
  awaiting_info: COLORS.slate,
  answered: COLORS.teal,
  published: COLORS.green,
  refused: COLORS.red,
};

const CATEGORY_COLORS: Record<string, string> = { rules: COLORS.navy, conduct: COLORS.amber };

const AXIS_TICK = { fontSize: 12.5, fill: '#45505f' };
const GRID = '#e5e9f0';
const number = (value: unknown) =>
  typeof value === 'number' ? value.toLocaleString('vi-VN') : String(value);

function prefersReducedMotion(): boolean {
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

/** The label column of a horizontal bar chart: a third of the width or so, within bounds. */
function labelWidth(width: number): number {
  return Math.round(Math.min(230, Math.max(110, width * 0.42)));
}

/** A category label that wraps onto as many lines as its width needs (unit and status names are long). */
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

function Frame({ height, children }: { height: number; children: (width: number) => ReactNode }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  return (
    <div ref={ref} className="fb-chart-frame" style={{ height }}>
      {width > 0 && children(width)}
    </div>
  );
}

const tooltipProps = {
  formatter: (value: unknown) => number(value),
  contentStyle: { borderRadius: 8, borderColor: '#dce2ea', fontSize: 13.5 },
} as const;

const ACROSS_MARGIN = { top: 4, right: 24, bottom: 4, left: 4 };
const UP_MARGIN = { top: 4, right: 8, bottom: 4, left: 0 };

/**
 * A bar chart's frame: grid, axes, tooltip and legend, the same on every chart of the screen; the bars are the
 * children. `labelKey` is the field of a row that names its bar or group of bars.
 */
function Bars({
  rows,
  labelKey,
  height,
  across = false,
  legend = false,
  barGap,
  barCategoryGap,
  children,
}: {
  rows: readonly object[];
  labelKey: string;
  height: number;
  /**
   * Bars run across, one row each with its name wrapped on the left (status and unit names are long); else columns
   * stand over their names along the bottom.
   */
  across?: boolean;
  /** For more than one series. */
  legend?: boolean;
  barGap?: number;
  barCategoryGap?: string;
  children: ReactNode;
}) {
  return (
    <Frame height={height}>
      {(width) => (
        <BarChart
          width={width}
          height={height}
          data={rows}
          layout={across ? 'vertical' : undefined}
          margin={across ? ACROSS_MARGIN : UP_MARGIN}
          barGap={barGap}
          barCategoryGap={barCategoryGap}
          accessibilityLayer={false}
        >
          {across ? (
            <>
              <CartesianGrid horizontal={false} stroke={GRID} />
              <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} tickFormatter={number} />
              <YAxis
                type="category"
                dataKey={labelKey}
                width={labelWidth(width)}
                tick={(props: object) => <WrappedTick {...props} width={labelWidth(width) - 8} />}
                interval={0}
              />
            </>
          ) : (
            <>
              <CartesianGrid vertical={false} stroke={GRID} />
              <XAxis dataKey={labelKey} tick={AXIS_TICK} interval="preserveStartEnd" minTickGap={8} />
              <YAxis allowDecimals={false} tick={AXIS_TICK} tickFormatter={number} width={40} />
            </>
          )}
          <Tooltip {...tooltipProps} cursor={{ fill: '#f2f5fc' }} />
          {legend && (
            <Legend
              itemSorter={null}
              verticalAlign="top"
              iconType="square"
              wrapperStyle={{ fontSize: 13.5, paddingBottom: 8 }}
            />
          )}
          {children}
        </BarChart>
      )}
    </Frame>
  );
}

export function StatusChart({ rows }: { rows: CountRow[] }) {
  const animate = !prefersReducedMotion();
  return (
    <Bars rows={rows} labelKey="label" height={rows.length * 38 + 40} across>
      <Bar dataKey="count" name={texts.feedback.statistics.count} isAnimationActive={animate} barSize={18}>
        {rows.map((row) => (
          <Cell key={row.key} fill={STATUS_COLORS[row.key] ?? COLORS.slate} />
        ))}
      </Bar>
    </Bars>
  );
}

export function CategoryChart({ rows }: { rows: CountRow[] }) {
  const shown = rows.filter((row) => row.count > 0);
  const height = 300;
  const animate = !prefersReducedMotion();
  return (
    <Frame height={height}>
      {(width) => {
        // Room for the percentages around the ring on a phone too.
        const outer = Math.min(88, Math.round(width * 0.2));
        return (
          <PieChart width={width} height={height} margin={{ top: 20 }} accessibilityLayer={false}>
            <Pie
              data={shown}
              dataKey="count"
              nameKey="label"
              cx="50%"
              cy="44%"
              innerRadius={Math.round(outer * 0.6)}
              outerRadius={outer}
              paddingAngle={shown.length > 1 ? 2 : 0}
              rootTabIndex={-1}
              isAnimationActive={animate}
              style={{ fontSize: 13 }}
              label={({ percent }: { percent?: number }) =>
                percent === undefined ? '' : texts.feedback.percent(percent)
              }
            >
              {shown.map((row) => (
                <Cell key={row.key} fill={CATEGORY_COLORS[row.key] ?? COLORS.slate} />
              ))}
            </Pie>
            <Tooltip {...tooltipProps} />
            <Legend
              itemSorter={null}
              verticalAlign="bottom"
              iconType="circle"
              wrapperStyle={{ fontSize: 13.5 }}
            />
          </PieChart>
        );
      }}
    </Frame>
  );
}

export function UnitChart({ rows }: { rows: UnitRow[] }) {
  const s = texts.feedback.statistics;
  const animate = !prefersReducedMotion();
  return (
    <Bars
      rows={rows}
      labelKey="unitName"
      height={rows.length * 64 + 70}
      across
      legend
      barGap={1}
      barCategoryGap="18%"
    >
      <Bar dataKey="received" name={s.received} fill={COLORS.navy} isAnimationActive={animate} />
      <Bar dataKey="answered" name={s.answered} fill={COLORS.blue} isAnimationActive={animate} />
      <Bar dataKey="onTime" name={s.onTime} fill={COLORS.green} isAnimationActive={animate} />
      <Bar dataKey="late" name={s.late} fill={COLORS.red} isAnimationActive={animate} />
    </Bars>
  );
}

export function MonthChart({ rows }: { rows: MonthRow[] }) {
  const s = texts.feedback.statistics;
  const animate = !prefersReducedMotion();
  return (
    <Bars rows={rows} labelKey="label" height={300} legend barGap={2}>
      <Bar dataKey="received" name={s.received} fill={COLORS.navy} isAnimationActive={animate} />
      <Bar dataKey="published" name={s.published} fill={COLORS.green} isAnimationActive={animate} />
    </Bars>
  );
}
