import { useCallback, useMemo } from 'react';
import type uPlot from 'uplot';
import type { SegmentStat } from '../../../../shared/rehearsal/sessionStats';
import type { ChartColors } from './chartColors';
import { timeAxis } from './timeAxis';
import { UplotChart } from './UplotChart';

/** `text` broken at spaces into lines of at most `maxChars`; null when a word is longer than that. */
function wrapWords(text: string, maxChars: number): string[] | null {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (word.length > maxChars) return null;
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The labels under the bars: each segment's title on up to two lines where every title fits its
 * slot, or else every segment's number (the table below names them in the same order), so no
 * label is ever cut.
 */
export function segmentLabels(titles: readonly string[], maxChars: number): string[] {
  const names = titles.map((title, i) => title.trim() || `Segment ${i + 1}`);
  const wrapped = names.map((name) => (maxChars >= 4 ? wrapWords(name, maxChars) : null));
  if (wrapped.every((lines) => lines !== null && lines.length <= 2)) return wrapped.map((lines) => (lines ?? []).join('\n'));
  return names.map((_, i) => String(i + 1));
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
            // Room for a title on two lines.
            size: 60,
            splits: () => stats.map((s) => s.index),
            // Labels share the plot's width, about 7 px a character at this size.
            values: (u, splits) => {
              const slot = u.bbox.width / (window.devicePixelRatio || 1) / Math.max(1, stats.length);
              const maxChars = Math.floor((slot - 8) / 7);
              const labels = segmentLabels(
                stats.map((s) => s.title),
                maxChars,
              );
              return splits.map((i) => labels[i] ?? String(i + 1));
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
