/*
 * Where the window opens: where the user left it, unless that place is no longer on any
 * display (a monitor was unplugged, a resolution changed). Pure, so it can be tested with
 * made-up display layouts.
 */
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const windowStateSchema = z.strictObject({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  isMaximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_SIZE = { width: 1280, height: 840 } as const;
export const MIN_SIZE = { width: 720, height: 520 } as const;
/** How much of the window must lie on a display for the saved place to count as visible. */
const MIN_VISIBLE = { width: 160, height: 80 } as const;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/** Whether enough of the rectangle lies on one of the work areas to grab it and move it. */
export function isVisibleOnSomeDisplay(bounds: Rect, workAreas: readonly Rect[]): boolean {
  return workAreas.some((area) => {
    const shared = overlap(bounds, area);
    return shared.width >= MIN_VISIBLE.width && shared.height >= MIN_VISIBLE.height;
  });
}

/** The default size, centred on the primary work area and never larger than it. */
export function centredBounds(primary: Rect): Rect {
  const width = Math.min(DEFAULT_SIZE.width, primary.width);
  const height = Math.min(DEFAULT_SIZE.height, primary.height);
  return {
    x: Math.round(primary.x + (primary.width - width) / 2),
    y: Math.round(primary.y + (primary.height - height) / 2),
    width,
    height,
  };
}

/** The bounds to open the window with, from the saved state (if any) and the current displays. */
export function restoreBounds(saved: WindowState | null, workAreas: readonly Rect[], primary: Rect): Rect {
  if (!saved) return centredBounds(primary);
  const bounds = { x: saved.x, y: saved.y, width: saved.width, height: saved.height };
  return isVisibleOnSomeDisplay(bounds, workAreas) ? bounds : centredBounds(primary);
}
