import { describe, expect, it } from 'vitest';
import {
  centredBounds,
  DEFAULT_SIZE,
  isVisibleOnSomeDisplay,
  restoreBounds,
  windowStateSchema,
} from '../../../main/window/windowBounds';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('restoreBounds', () => {
  it('centres the default size when nothing was saved', () => {
    expect(restoreBounds(null, [laptop], laptop)).toEqual({ x: 80, y: 30, ...DEFAULT_SIZE });
  });

  it('keeps the saved place when it is on a display', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800, isMaximized: false };
    expect(restoreBounds(saved, [laptop, monitor], laptop)).toEqual({ x: 1600, y: 100, width: 1200, height: 800 });
  });

  it('moves the window back when its display is gone', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800, isMaximized: false };
    expect(restoreBounds(saved, [laptop], laptop)).toEqual(centredBounds(laptop));
  });

  it('moves the window back when only a sliver would be visible', () => {
    const saved = { x: 1400, y: 850, width: 1000, height: 700, isMaximized: false };
    expect(restoreBounds(saved, [laptop], laptop)).toEqual(centredBounds(laptop));
  });
});

describe('centredBounds', () => {
  it('never exceeds a small work area', () => {
    const small = { x: 0, y: 25, width: 1024, height: 700 };
    expect(centredBounds(small)).toEqual({ x: 0, y: 25, width: 1024, height: 700 });
  });
});

describe('isVisibleOnSomeDisplay', () => {
  it('counts a window spanning two displays as visible', () => {
    expect(isVisibleOnSomeDisplay({ x: 1000, y: 100, width: 1000, height: 600 }, [laptop, monitor])).toBe(true);
  });

  it('counts a window on negative coordinates of a left-hand display', () => {
    const left = { x: -1920, y: 0, width: 1920, height: 1080 };
    expect(isVisibleOnSomeDisplay({ x: -1500, y: 200, width: 1200, height: 800 }, [laptop, left])).toBe(true);
  });
});

describe('windowStateSchema', () => {
  it('rejects a corrupted state file', () => {
    expect(windowStateSchema.safeParse({ x: 1, y: 2, width: -5, height: 10, isMaximized: false }).success).toBe(false);
    expect(windowStateSchema.safeParse({ x: 1, y: 2, width: 5, height: 10 }).success).toBe(false);
  });
});
