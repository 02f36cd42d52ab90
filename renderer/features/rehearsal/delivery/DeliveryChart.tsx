import { useCallback, useMemo } from 'react';
import type uPlot from 'uplot';
import type { DeliveryResult } from '../../../../shared/model/deliveryAnalysis';
import type { RehearsalSession } from '../../../../shared/model/rehearsalSession';
import { timeTicks } from '../review/timeAxis';
import type { ChartColors } from '../review/chartColors';
import { UplotChart } from '../review/UplotChart';

type Analysed = Extract<DeliveryResult, { ok: true }>;

/**
 * The run as a timeline: estimated pace over time (a line, with the usual pace dashed), pauses
 * of a second or more as shaded bands, and where each segment starts as a labelled rule.
 */
export function DeliveryChart({
  session,
  result,
  usual,
  label,
}: {
  session: RehearsalSession;
  result: Analysed;
  usual: number;
  label: string;
}) {
  const data = useMemo(
    (): uPlot.AlignedData => [
      result.pace.map((p) => p.atMs),
      result.pace.map((p) => p.wordsPerMinute),
      result.pace.map(() => usual),
    ],
    [result, usual],
  );

  const options = useCallback(
    (colors: ChartColors): Omit<uPlot.Options, 'width' | 'height'> => {
      const axis = { stroke: colors.muted, grid: { stroke: colors.grid, width: 1 }, ticks: { stroke: colors.grid, width: 1 } };
      // Headroom above the line for the segments' names.
      const top = Math.max(usual, ...result.pace.map((p) => p.wordsPerMinute ?? 0)) * 1.3;
      const starts = result.segments.map((s) => ({
        atMs: s.startMs,
        title: session.segments[s.segmentIndex]?.title.trim() || `Segment ${s.segmentIndex + 1}`,
      }));
      const drawBands = (u: uPlot) => {
        const { ctx, bbox } = u;
        ctx.save();
        ctx.fillStyle = colors.warn;
        ctx.globalAlpha = 0.25;
        for (const pause of result.whole.pauses) {
          const x0 = u.valToPos(pause.atMs, 'x', true);
          const x1 = u.valToPos(pause.atMs + pause.durationMs, 'x', true);
          ctx.fillRect(x0, bbox.top, Math.max(2, x1 - x0), bbox.height);
        }
        ctx.globalAlpha = 1;
        // The usual-pace series leaves its dash on the context.
        ctx.setLineDash([]);
        ctx.strokeStyle = colors.text;
        ctx.fillStyle = colors.text;
        ctx.lineWidth = 1;
        const ratio = window.devicePixelRatio || 1;
        ctx.font = `${12 * ratio}px system-ui, sans-serif`;
        // uPlot leaves its axes' alignment on the context.
        ctx.textAlign = 'left';
        ctx.textBaseline = 'top';
        starts.forEach((start, k) => {
          const x = Math.round(u.valToPos(start.atMs, 'x', true));
          ctx.beginPath();
          ctx.moveTo(x, bbox.top);
          ctx.lineTo(x, bbox.top + bbox.height);
          ctx.stroke();
          const next = starts[k + 1];
          const room = (next ? u.valToPos(next.atMs, 'x', true) : bbox.left + bbox.width) - x - 6 * ratio;
          const maxChars = Math.floor(room / (7 * ratio));
          if (maxChars >= 1) {
            const text = start.title.length > maxChars ? `${start.title.slice(0, Math.max(1, maxChars - 1))}…` : start.title;
            ctx.fillText(text, x + 4 * ratio, bbox.top + 4 * ratio);
          }
        });
        ctx.restore();
      };
      return {
        legend: { show: false },
        cursor: { show: false },
        scales: {
          x: { time: false, range: () => [0, result.durationMs] },
          y: { range: () => [0, top] },
        },
        axes: [
          {
            ...axis,
            label: 'Time in the recording',
            labelSize: 20,
            ...timeTicks,
          },
          { ...axis, size: 44 },
        ],
        hooks: { draw: [drawBands] },
        series: [
          {},
          { label: 'Estimated pace', stroke: colors.accent, width: 2, spanGaps: false, points: { show: false } },
          { label: 'Your usual pace', stroke: colors.planned, width: 1.5, dash: [6, 4], points: { show: false } },
        ],
      };
    },
    [result, session, usual],
  );

  return (
    <div className="timing-chart">
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <span className="swatch swatch-actual" /> Estimated pace (words a minute)
        </li>
        <li>
          <span className="swatch swatch-planned-line" /> Your usual pace ({usual})
        </li>
        <li>
          <span className="swatch swatch-pause" /> Pauses of a second or more
        </li>
        <li>
          <span className="swatch swatch-segment" /> Segment starts
        </li>
      </ul>
      <UplotChart label={label} height={240} data={data} options={options} />
    </div>
  );
}
