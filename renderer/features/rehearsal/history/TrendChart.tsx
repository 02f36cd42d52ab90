import { useCallback, useMemo } from 'react';
import type uPlot from 'uplot';
import type { TrendPoint } from '../../../../shared/rehearsal/historyTrend';
import type { ChartColors } from '../review/chartColors';
import { timeAxis } from '../review/timeAxis';
import { UplotChart } from '../review/UplotChart';

function integersUpTo(max: number): number[] {
  const step = max <= 5 ? 1 : Math.ceil(max / 5);
  return Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
}

/** Total time of each run (with its plan) as lines, and each run's overruns as bars. */
export function TrendChart({ points, label }: { points: readonly TrendPoint[]; label: string }) {
  const data = useMemo(
    (): uPlot.AlignedData => [
      points.map((_, i) => i + 1),
      points.map((p) => p.actualMs),
      points.map((p) => p.plannedMs),
      points.map((p) => p.overrunCount),
    ],
    [points],
  );

  const options = useCallback(
    (colors: ChartColors, lib: typeof uPlot): Omit<uPlot.Options, 'width' | 'height'> => {
      const axis = { stroke: colors.muted, grid: { stroke: colors.grid, width: 1 }, ticks: { stroke: colors.grid, width: 1 } };
      const peak = Math.max(10_000, ...points.map((p) => Math.max(p.actualMs, p.plannedMs)));
      const mostOverruns = Math.max(1, ...points.map((p) => p.segmentCount));
      const isFew = points.length < 40;
      return {
        legend: { show: false },
        cursor: { show: false },
        scales: {
          x: { time: false, range: () => [0.5, points.length + 0.5] },
          y: { range: () => [0, peak * 1.15] },
          // Headroom above the tallest possible bar keeps the bars from hiding the lines.
          overruns: { range: () => [0, mostOverruns * 1.6] },
        },
        axes: [
          {
            ...axis,
            grid: { show: false },
            label: 'Run',
            labelSize: 20,
            // Runs are whole numbers: tick only those.
            incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500],
            values: (_u, splits) => splits.map((v) => String(v)),
          },
          { ...axis, ...timeAxis(peak) },
          {
            ...axis,
            scale: 'overruns',
            side: 1,
            grid: { show: false },
            size: 36,
            incrs: [1, 2, 5, 10, 20],
            splits: () => integersUpTo(mostOverruns),
            values: (_u, splits) => splits.map((v) => String(v)),
          },
        ],
        series: [
          {},
          { label: 'Total time', stroke: colors.accent, width: 2, points: { show: isFew, size: 6, fill: colors.accent } },
          { label: 'Planned', stroke: colors.planned, width: 1.5, dash: [6, 4], points: { show: false } },
          {
            label: 'Overruns',
            scale: 'overruns',
            fill: colors.warn,
            stroke: colors.warn,
            width: 0,
            paths: lib.paths.bars?.({ size: [0.4, 28] }),
            points: { show: false },
          },
        ],
      };
    },
    [points],
  );

  return (
    <div className="timing-chart">
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <span className="swatch swatch-actual" /> Total time
        </li>
        <li>
          <span className="swatch swatch-planned-line" /> Planned
        </li>
        <li>
          <span className="swatch swatch-overruns" /> Segments over budget (right axis)
        </li>
      </ul>
      <UplotChart label={label} height={220} data={data} options={options} />
    </div>
  );
}
