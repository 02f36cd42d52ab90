/*
 * uPlot, loaded on first use so charts cost nothing at app start. Its stylesheet is ours to
 * ship (uPlot never injects styles, and the CSP forbids <style> elements): importing it here puts
 * it in the chart chunk's CSS file, which Vite links when the chunk loads.
 */
import type uPlot from 'uplot';
import { loadOnce } from '../../../platform/loadOnce';

/** The uPlot constructor, loaded once. */
export const loadUplot = loadOnce<typeof uPlot>(() =>
  Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(([module]) => module.default),
).load;
