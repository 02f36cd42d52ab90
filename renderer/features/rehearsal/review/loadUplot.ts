/*
 * uPlot, loaded on first use so charts cost nothing at app start. Its stylesheet is ours to
 * ship (uPlot never injects styles, and the CSP forbids <style> elements): importing it here puts
 * it in the chart chunk's CSS file, which Vite links when the chunk loads.
 */
import type uPlot from 'uplot';

let loading: Promise<typeof uPlot> | null = null;

/** The uPlot constructor, loaded once. */
export function loadUplot(): Promise<typeof uPlot> {
  loading ??= Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(([module]) => module.default);
  return loading;
}
