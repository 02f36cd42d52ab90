import { useEffect, useRef, useState } from 'react';
import type uPlot from 'uplot';
import { readChartColors, type ChartColors } from './chartColors';
import { loadUplot } from './loadUplot';
import { useColorScheme } from './useColorScheme';

export interface UplotChartProps {
  /** What the chart shows, for assistive technology (a table carries the same numbers). */
  label: string;
  height: number;
  data: uPlot.AlignedData;
  options: (colors: ChartColors, lib: typeof uPlot) => Omit<uPlot.Options, 'width' | 'height'>;
}

/** A uPlot chart that fills its container's width, redrawn when the data or the theme changes. */
export function UplotChart({ label, height, data, options }: UplotChartProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const [hasFailed, setHasFailed] = useState(false);
  const scheme = useColorScheme();

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    let chart: uPlot | null = null;
    let isCancelled = false;
    const observer = new ResizeObserver(() => chart?.setSize({ width: host.clientWidth, height }));
    loadUplot()
      .then((UPlot) => {
        if (isCancelled) return;
        const colors = readChartColors(host);
        chart = new UPlot({ ...options(colors, UPlot), width: host.clientWidth, height }, data, host);
        observer.observe(host);
      })
      .catch(() => setHasFailed(true));
    return () => {
      isCancelled = true;
      observer.disconnect();
      chart?.destroy();
    };
  }, [data, options, height, scheme]);

  if (hasFailed) {
    return <p className="chart-failed">The chart could not be drawn here; the table below has the same numbers.</p>;
  }
  return <div ref={hostRef} className="uplot-host" role="img" aria-label={label} style={{ minHeight: height }} />;
}
