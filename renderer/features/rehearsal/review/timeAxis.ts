import type uPlot from 'uplot';
import { formatDuration } from '../../../../shared/time/duration';

/** Tick steps for a time axis, in milliseconds: whole seconds and minutes a person reads at a glance. */
const STEPS_MS = [1, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200].map((s) => s * 1000);

/** Ticks and labels for a uPlot axis that plots milliseconds as clock times. */
export const timeTicks: Pick<uPlot.Axis, 'incrs' | 'values'> = {
  incrs: STEPS_MS,
  values: (_u, splits) => splits.map((ms) => formatDuration(ms)),
};

/**
 * A vertical uPlot axis that plots milliseconds and labels them as clock times. `peakMs`
 * is the longest value shown: past an hour ("1:00:00") the labels need more room than "45:00".
 */
export function timeAxis(peakMs: number): Pick<uPlot.Axis, 'incrs' | 'values' | 'size'> {
  return {
    ...timeTicks,
    size: peakMs * 1.15 >= 3_600_000 ? 72 : 56,
  };
}
