import { useCallback, useMemo } from 'react';
import type uPlot from 'uplot';
import type { SegmentStat } from '../../../../shared/rehearsal/sessionStats';
import type { ChartColors } from './chartColors';
import { timeAxis } from './timeAxis';
import { UplotChart } from './UplotChart';

/** A segment's title cut to fit `maxChars`; its number when even a short word would not fit. */
function shortTitle(title: string, index: number, maxChars: number): string {
  const name = title.trim() || `Segment ${index + 1}`;
  if (maxChars < 4) return String(index + 1);
  return name.length > maxChars ? `${name.slice(0, maxChars - 1)}…` : name;
}

/** Planned and actual time per segment as paired bars, overruns in the danger colour. */
export function TimingChart({ stats, label }: { stats: readonly SegmentStat[]; label: string }) {
  const data = useMemo((): uPlot.AlignedData => {
    return [
      stats.map((s) => s.index),
      stats.map((s) => s.plannedMs),
      stats.map((s) => (s.isOverrun ? null : s.actualMs)),
      stats.map((s) => (s.isOverrun ? s.actualMs : null)),
    ];
  }, [stats]);

  const options = useCallback(
    (colors: ChartColors, lib: typeof uPlot): Omit<uPlot.Options, 'width' | 'height'> => {
      const bars = lib.paths.bars;
      const planned = bars?.({ size: [0.36, 56], align: -1, gap: 1 });
      const actual = bars?.({ size: [0.36, 56], align: 1, gap: 1 });
      const axis = { stroke: colors.muted, grid: { stroke: colors.grid, width: 1 }, ticks: { stroke: colors.grid, width: 1 } };
      const peak = Math.max(10_000, ...stats.map((s) => Math.max(s.plannedMs, s.actualMs)));
      return {
        legend: { show: false },
        cursor: { show: false },
        scales: {
          x: { time: false, range: () => [-0.5, stats.length - 0.5] },
          y: { range: () => [0, peak * 1.12] },
        },
        axes: [
          {
            ...axis,
            grid: { show: false },
            splits: () => stats.map((s) => s.index),
            // Labels share the plot's width, about 7 px a character at this size.
            values: (u, splits) => {
              const slot = u.bbox.width / (window.devicePixelRatio || 1) / Math.max(1, stats.length);
              const maxChars = Math.floor((slot - 8) / 7);
              return splits.map((i) => shortTitle(stats[i]?.title ?? '', i, maxChars));
            },
          },
          { ...axis, ...timeAxis(peak) },
        ],
        series: [
          {},
          { label: 'Planned', fill: colors.planned, stroke: colors.planned, width: 0, paths: planned, points: { show: false } },
          { label: 'Actual', fill: colors.accent, stroke: colors.accent, width: 0, paths: actual, points: { show: false } },
          { label: 'Over budget', fill: colors.danger, stroke: colors.danger, width: 0, paths: actual, points: { show: false } },
        ],
      };
    },
    [stats],
  );

  return (
    <div className="timing-chart">
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <span className="swatch swatch-planned" /> Planned
        </li>
        <li>
          <span className="swatch swatch-actual" /> Actual
        </li>
        {stats.some((s) => s.isOverrun) && (
          <li>
            <span className="swatch swatch-over" /> Over budget
          </li>
        )}
      </ul>
      <UplotChart label={label} height={260} data={data} options={options} />
    </div>
  );
}
