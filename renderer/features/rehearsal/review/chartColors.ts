/*
 * Canvas needs real colours, but the tokens are light-dark() pairs that only resolve on an
 * element. A probe element takes each token as its colour and reports the resolved value.
 */

export interface ChartColors {
  text: string;
  muted: string;
  grid: string;
  accent: string;
  planned: string;
  danger: string;
  warn: string;
}

const TOKENS: Record<keyof ChartColors, string> = {
  text: '--text',
  muted: '--text-muted',
  grid: '--border',
  accent: '--accent',
  planned: '--border-strong',
  danger: '--danger',
  warn: '--warn',
};

/** The chart colours as they resolve inside `host` (so the current theme applies). */
export function readChartColors(host: HTMLElement): ChartColors {
  const probe = document.createElement('span');
  probe.hidden = true;
  host.appendChild(probe);
  try {
    const entries = Object.entries(TOKENS).map(([name, token]) => {
      probe.style.color = `var(${token})`;
      return [name, getComputedStyle(probe).color];
    });
    return Object.fromEntries(entries) as Record<keyof ChartColors, string> satisfies ChartColors;
  } finally {
    probe.remove();
  }
}
