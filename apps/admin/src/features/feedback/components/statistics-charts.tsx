import type { ReactNode } from 'react';
import { Bar, BarChart, Cell, Legend, Pie, PieChart, Tooltip, YAxis } from 'recharts';
import {
  AXIS_TICK,
  BAR_CURSOR,
  BOTTOM_LEGEND,
  CHART_COLORS,
  ChartFrame,
  TOP_LEGEND,
  acrossAxes,
  chartNumber,
  columnGrid,
  prefersReducedMotion,
  tooltipProps,
} from '../../../components/charts/chart-kit';
import { texts } from '../../../config/i18n';
import type { CountRow, MonthRow, UnitRow } from '../lib/statistics';

/**
 * The charts of the statistics screen, in their own module so that recharts is fetched with this screen only.
 * Each chart is decoration for sighted readers: the figures are in the table beside it (see StatisticsPage), so the
 * chart is hidden from assistive technology and its keyboard layer is off.
 */

const STATUS_COLORS: Record<string, string> = {
  new: CHART_COLORS.amber,
  supplemented: CHART_COLORS.brown,
  processing: CHART_COLORS.navy,
  awaiting_approval: CHART_COLORS.blue,
  awaiting_info: CHART_COLORS.slate,
  answered: CHART_COLORS.teal,
  published: CHART_COLORS.green,
  refused: CHART_COLORS.red,
};

const CATEGORY_COLORS: Record<string, string> = { rules: CHART_COLORS.navy, conduct: CHART_COLORS.amber };

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
    <ChartFrame height={height}>
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
            acrossAxes(labelKey, width, 0.42)
          ) : (
            <>
              {columnGrid(labelKey)}
              <YAxis allowDecimals={false} tick={AXIS_TICK} tickFormatter={chartNumber} width={40} />
            </>
          )}
          <Tooltip {...tooltipProps} cursor={BAR_CURSOR} />
          {legend && <Legend {...TOP_LEGEND} />}
          {children}
        </BarChart>
      )}
    </ChartFrame>
  );
}

export function StatusChart({ rows }: { rows: CountRow[] }) {
  const animate = !prefersReducedMotion();
  return (
    <Bars rows={rows} labelKey="label" height={rows.length * 38 + 40} across>
      <Bar dataKey="count" name={texts.feedback.statistics.count} isAnimationActive={animate} barSize={18}>
        {rows.map((row) => (
          <Cell key={row.key} fill={STATUS_COLORS[row.key] ?? CHART_COLORS.slate} />
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
    <ChartFrame height={height}>
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
                <Cell key={row.key} fill={CATEGORY_COLORS[row.key] ?? CHART_COLORS.slate} />
              ))}
            </Pie>
            <Tooltip {...tooltipProps} />
            <Legend {...BOTTOM_LEGEND} />
          </PieChart>
        );
      }}
    </ChartFrame>
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
      <Bar dataKey="received" name={s.received} fill={CHART_COLORS.navy} isAnimationActive={animate} />
      <Bar dataKey="answered" name={s.answered} fill={CHART_COLORS.blue} isAnimationActive={animate} />
      <Bar dataKey="onTime" name={s.onTime} fill={CHART_COLORS.green} isAnimationActive={animate} />
      <Bar dataKey="late" name={s.late} fill={CHART_COLORS.red} isAnimationActive={animate} />
    </Bars>
  );
}

export function MonthChart({ rows }: { rows: MonthRow[] }) {
  const s = texts.feedback.statistics;
  const animate = !prefersReducedMotion();
  return (
    <Bars rows={rows} labelKey="label" height={300} legend barGap={2}>
      <Bar dataKey="received" name={s.received} fill={CHART_COLORS.navy} isAnimationActive={animate} />
      <Bar dataKey="published" name={s.published} fill={CHART_COLORS.green} isAnimationActive={animate} />
    </Bars>
  );
}
