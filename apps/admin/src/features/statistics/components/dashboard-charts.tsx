import type { StatisticsFilter } from '@motcua/shared';
import {
  Bar,
  BarChart,
  Cell,
  ComposedChart,
  LabelList,
  Legend,
  Line,
  Pie,
  PieChart,
  Tooltip,
  YAxis,
} from 'recharts';
import {
  AXIS_TICK,
  BAR_CURSOR,
  BOTTOM_LEGEND,
  CHART_COLORS,
  ChartFrame,
  TOOLTIP_STYLE,
  TOP_LEGEND,
  acrossAxes,
  chartNumber,
  columnGrid,
  prefersReducedMotion,
  tooltipProps,
} from '../../../components/charts/chart-kit';
import { texts } from '../../../config/i18n';
import type { FeedbackRow, MonthRow, OverdueRow, StateRow } from '../lib/dashboard';

/**
 * The dashboard's charts, in their own module so that recharts is fetched with the dashboard only (the page loads
 * this module lazily). Each chart is for sighted readers and mouse users: the same figures, with a link behind
 * each number, are in the table beside it, so the chart is hidden from assistive technology. Clicking a bar opens
 * the dossiers behind it.
 */

const d = texts.statistics.dashboard;

const STATE_COLORS: Record<string, string> = {
  waiting_online_intake: CHART_COLORS.amber,
  waiting_supplement: CHART_COLORS.amber,
  returned: CHART_COLORS.green,
  waiting_return: CHART_COLORS.teal,
  refused: CHART_COLORS.red,
  stopped: CHART_COLORS.red,
  withdrawn: CHART_COLORS.lightSlate,
};

const CLICKABLE = { cursor: 'pointer' };

/** Legend texts in the body colour: the series' own colours are too light to read as text. */
function legendText(value: unknown) {
  return <span style={{ color: '#1c2433' }}>{String(value)}</span>;
}

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
    <ChartFrame height={height}>
      {(width) => (
        <BarChart
          width={width}
          height={height}
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 48, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          {acrossAxes('label', width, 0.4)}
          <Tooltip {...tooltipProps} cursor={BAR_CURSOR} />
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
            <LabelList dataKey="count" position="right" formatter={chartNumber} style={AXIS_TICK} />
          </Bar>
        </BarChart>
      )}
    </ChartFrame>
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
      color={(row) => STATE_COLORS[row.state] ?? CHART_COLORS.navy}
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
      color={() => CHART_COLORS.red}
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
  return (
    <AcrossBars rows={rows} name={d.feedbackCount} color={() => CHART_COLORS.blue} onSelect={onSelect} />
  );
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
    <ChartFrame height={height}>
      {(width) => (
        <ComposedChart
          width={width}
          height={height}
          data={rows}
          margin={{ top: 4, right: 4, bottom: 4, left: 0 }}
          accessibilityLayer={false}
        >
          {columnGrid('label')}
          <YAxis
            yAxisId="count"
            allowDecimals={false}
            tick={AXIS_TICK}
            tickFormatter={chartNumber}
            width={44}
          />
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
                : chartNumber(value)
            }
            contentStyle={TOOLTIP_STYLE}
            cursor={BAR_CURSOR}
          />
          <Legend {...TOP_LEGEND} formatter={legendText} />
          <Bar
            yAxisId="count"
            dataKey="earlyCount"
            name={d.early}
            stackId="result"
            fill={CHART_COLORS.green}
            isAnimationActive={animate}
            style={CLICKABLE}
            onClick={select('early')}
          />
          <Bar
            yAxisId="count"
            dataKey="onTimeCount"
            name={d.onTime}
            stackId="result"
            fill={CHART_COLORS.lightGreen}
            isAnimationActive={animate}
            style={CLICKABLE}
            onClick={select('onTime')}
          />
          <Bar
            yAxisId="count"
            dataKey="lateCount"
            name={d.late}
            stackId="result"
            fill={CHART_COLORS.red}
            isAnimationActive={animate}
            style={CLICKABLE}
            onClick={select('late')}
          />
          <Line
            yAxisId="rate"
            dataKey="ratePercent"
            name={d.rate}
            type="monotone"
            stroke={CHART_COLORS.navy}
            strokeWidth={2}
            dot={{ r: 3 }}
            connectNulls
            isAnimationActive={animate}
          />
        </ComposedChart>
      )}
    </ChartFrame>
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
    { key: 'online' as const, label: d.onlineSlice, count: online, fill: CHART_COLORS.navy },
    { key: 'other' as const, label: d.otherSlice, count: other, fill: CHART_COLORS.lightSlate },
  ].filter((slice) => slice.count > 0);
  return (
    <ChartFrame height={height}>
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
            <Legend {...BOTTOM_LEGEND} formatter={legendText} />
          </PieChart>
        );
      }}
    </ChartFrame>
  );
}
