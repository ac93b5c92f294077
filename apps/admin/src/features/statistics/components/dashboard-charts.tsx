import type { StatisticsFilter } from '@motcua/shared';
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  LabelList,
  Legend,
  Line,
  Pie,
  PieChart,
  Text,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { texts } from '../../../config/i18n';
import type { FeedbackRow, MonthRow, OverdueRow, StateRow } from '../lib/dashboard';

/**
 * The dashboard's charts, in their own module so that recharts is fetched with the dashboard only (the page loads
 * this module lazily). Each chart is for sighted readers and mouse users: the same figures, with a link behind
 * each number, are in the table beside it, so the chart is hidden from assistive technology. Clicking a bar opens
 * the dossiers behind it.
 */

const d = texts.statistics.dashboard;

const COLORS = {
  navy: '#1e3a8a',
  blue: '#2563eb',
  green: '#15803d',
  lightGreen: '#4ade80',
  red: '#b91c1c',
  amber: '#b45309',
  teal: '#0f766e',
  slate: '#94a3b8',
};

const STATE_COLORS: Record<string, string> = {
  waiting_online_intake: COLORS.amber,
  waiting_supplement: COLORS.amber,
  returned: COLORS.green,
  waiting_return: COLORS.teal,
  refused: COLORS.red,
  stopped: COLORS.red,
  withdrawn: COLORS.slate,
};

const AXIS_TICK = { fontSize: 12.5, fill: '#45505f' };
const GRID = '#e5e9f0';
const CLICKABLE = { cursor: 'pointer' };
const number = (value: unknown) =>
  typeof value === 'number' ? value.toLocaleString('vi-VN') : String(value);

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The width the chart has, followed as the window is resized. */
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

function Frame({ height, children }: { height: number; children: (width: number) => ReactNode }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  return (
    <div ref={ref} className="st-chart-frame" style={{ height }}>
      {width > 0 && children(width)}
    </div>
  );
}

function labelWidth(width: number): number {
  return Math.round(Math.min(230, Math.max(110, width * 0.4)));
}

/** A category label that wraps onto as many lines as it needs (state and unit names are long). */
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

/** Legend texts in the body colour: the series' own colours are too light to read as text. */
function legendText(value: unknown) {
  return <span style={{ color: '#1c2433' }}>{String(value)}</span>;
}

const tooltipProps = {
  formatter: (value: unknown) => number(value),
  contentStyle: { borderRadius: 8, borderColor: '#dce2ea', fontSize: 13.5 },
} as const;

/** Bars running across, one row each with its name wrapped on the left. */
function AcrossBars<R extends { label: string; count: number }>({
  rows,
  color,
  name,
  onSelect,
}: {
  rows: R[];
  color: (row: R) => string;
  name: string;
  onSelect?: (row: R) => void;
}) {
  const height = rows.length * 38 + 40;
  const animate = !prefersReducedMotion();
  return (
    <Frame height={height}>
      {(width) => (
        <BarChart
          width={width}
          height={height}
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 48, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke={GRID} />
          <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} tickFormatter={number} />
          <YAxis
            type="category"
            dataKey="label"
            width={labelWidth(width)}
            tick={(props: object) => <WrappedTick {...props} width={labelWidth(width) - 8} />}
            interval={0}
          />
          <Tooltip {...tooltipProps} cursor={{ fill: '#f2f5fc' }} />
          <Bar
            dataKey="count"
            name={name}
            barSize={18}
            isAnimationActive={animate}
            style={onSelect ? CLICKABLE : undefined}
            onClick={(_data, index) => {
              const row = rows[index];
              if (row && onSelect) onSelect(row);
            }}
          >
            {rows.map((row) => (
              <Cell key={row.label} fill={color(row)} />
            ))}
            {/* The count at the end of each bar: a short bar beside a long one is still read. */}
            <LabelList dataKey="count" position="right" formatter={number} style={AXIS_TICK} />
          </Bar>
        </BarChart>
      )}
    </Frame>
  );
}

export function StateChart({
  rows,
  onSelect,
}: {
  rows: StateRow[];
  onSelect: (drill: StatisticsFilter) => void;
}) {
  return (
    <AcrossBars
      rows={rows}
      name={texts.statistics.figures.count}
      color={(row) => STATE_COLORS[row.state] ?? COLORS.navy}
      onSelect={(row) => onSelect(row.drill)}
    />
  );
}

export function OverdueChart({
  rows,
  onSelect,
}: {
  rows: OverdueRow[];
  onSelect: (drill: StatisticsFilter) => void;
}) {
  return (
    <AcrossBars
      rows={rows.map((row) => ({ ...row, label: row.unitName }))}
      name={d.late}
      color={() => COLORS.red}
      onSelect={(row) => onSelect(row.drill)}
    />
  );
}

export function FeedbackChart({
  rows,
  onSelect,
}: {
  rows: FeedbackRow[];
  onSelect?: (row: FeedbackRow) => void;
}) {
  return <AcrossBars rows={rows} name={d.feedbackCount} color={() => COLORS.blue} onSelect={onSelect} />;
}

/** Early, on-time and late dossiers stacked per month, with the on-time rate as a line on its own axis. */
export function MonthChart({
  rows,
  onSelect,
}: {
  rows: MonthRow[];
  onSelect: (drill: StatisticsFilter) => void;
}) {
  const height = 320;
  const animate = !prefersReducedMotion();
  const select = (key: 'early' | 'onTime' | 'late') => (_data: unknown, index: number) => {
    const row = rows[index];
    if (row) onSelect(row[key].drill);
  };
  return (
    <Frame height={height}>
      {(width) => (
        <ComposedChart
          width={width}
          height={height}
          data={rows}
          margin={{ top: 4, right: 4, bottom: 4, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid vertical={false} stroke={GRID} />
          <XAxis dataKey="label" tick={AXIS_TICK} interval="preserveStartEnd" minTickGap={8} />
          <YAxis yAxisId="count" allowDecimals={false} tick={AXIS_TICK} tickFormatter={number} width={44} />
          <YAxis
            yAxisId="rate"
            orientation="right"
            domain={[0, 100]}
            tick={AXIS_TICK}
            tickFormatter={(v: number) => `${v}%`}
            width={44}
          />
          <Tooltip
            formatter={(value: unknown, name: unknown) =>
              name === d.rate && typeof value === 'number'
                ? `${value.toLocaleString('vi-VN')}%`
                : number(value)
            }
            contentStyle={tooltipProps.contentStyle}
            cursor={{ fill: '#f2f5fc' }}
          />
          <Legend
            itemSorter={null}
            verticalAlign="top"
            iconType="square"
            formatter={legendText}
            wrapperStyle={{ fontSize: 13.5, paddingBottom: 8 }}
          />
          <Bar
            yAxisId="count"
            dataKey="earlyCount"
            name={d.early}
            stackId="result"
            fill={COLORS.green}
            isAnimationActive={animate}
            style={CLICKABLE}
            onClick={select('early')}
          />
          <Bar
            yAxisId="count"
            dataKey="onTimeCount"
            name={d.onTime}
            stackId="result"
            fill={COLORS.lightGreen}
            isAnimationActive={animate}
            style={CLICKABLE}
            onClick={select('onTime')}
          />
          <Bar
            yAxisId="count"
            dataKey="lateCount"
            name={d.late}
            stackId="result"
            fill={COLORS.red}
            isAnimationActive={animate}
            style={CLICKABLE}
            onClick={select('late')}
          />
          <Line
            yAxisId="rate"
            dataKey="ratePercent"
            name={d.rate}
            type="monotone"
            stroke={COLORS.navy}
            strokeWidth={2}
            dot={{ r: 3 }}
            connectNulls
            isAnimationActive={animate}
          />
        </ComposedChart>
      )}
    </Frame>
  );
}

/** Online against the other channels, as a ring with the online share in its middle. */
export function OnlineChart({
  online,
  other,
  share,
  onSelect,
}: {
  online: number;
  other: number;
  share: string;
  onSelect: (slice: 'online' | 'other') => void;
}) {
  const height = 260;
  const animate = !prefersReducedMotion();
  const slices = [
    { key: 'online' as const, label: d.onlineSlice, count: online, fill: COLORS.navy },
    { key: 'other' as const, label: d.otherSlice, count: other, fill: COLORS.slate },
  ].filter((slice) => slice.count > 0);
  return (
    <Frame height={height}>
      {(width) => {
        const outer = Math.min(95, Math.round(width * 0.24));
        return (
          <PieChart width={width} height={height} accessibilityLayer={false}>
            <Pie
              data={slices}
              dataKey="count"
              nameKey="label"
              cx="50%"
              cy="45%"
              innerRadius={Math.round(outer * 0.62)}
              outerRadius={outer}
              paddingAngle={slices.length > 1 ? 2 : 0}
              rootTabIndex={-1}
              isAnimationActive={animate}
              style={CLICKABLE}
              onClick={(_data, index) => {
                const slice = slices[index];
                if (slice) onSelect(slice.key);
              }}
            >
              {slices.map((slice) => (
                <Cell key={slice.key} fill={slice.fill} />
              ))}
            </Pie>
            <text
              x="50%"
              y="45%"
              textAnchor="middle"
              dominantBaseline="middle"
              style={{ fontSize: 22, fontWeight: 700, fill: '#0f1f4b' }}
            >
              {share}
            </text>
            <Tooltip {...tooltipProps} />
            <Legend
              itemSorter={null}
              verticalAlign="bottom"
              iconType="circle"
              formatter={legendText}
              wrapperStyle={{ fontSize: 13.5 }}
            />
          </PieChart>
        );
      }}
    </Frame>
  );
}
