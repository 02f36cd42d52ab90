import { describe, expect, it } from 'vitest';
import { createExternalOpenGate, GESTURE_WINDOW_MS, MAX_OPENS_PER_MINUTE } from '../../../main/security/externalOpenGate';

describe('the external-open gate', () => {
  it('refuses an open with no user input before it', () => {
    expect(createExternalOpenGate().mayOpen(1_000)).toBe(false);
  });

  it('allows one open right after a click, not two', () => {
    const gate = createExternalOpenGate();
    gate.noteInput('mouseDown', 1_000);
    expect(gate.mayOpen(1_200)).toBe(true);
    expect(gate.mayOpen(1_300)).toBe(false);
  });

  it('does not count pointer movement, and lets a gesture expire', () => {
    const gate = createExternalOpenGate();
    gate.noteInput('mouseMove', 1_000);
    expect(gate.mayOpen(1_001)).toBe(false);
    gate.noteInput('keyDown', 2_000);
    expect(gate.mayOpen(2_000 + GESTURE_WINDOW_MS + 1)).toBe(false);
  });

  it('allows at most a handful of opens a minute, however many clicks', () => {
    const gate = createExternalOpenGate();
    let allowed = 0;
    for (let i = 0; i < 20; i++) {
      gate.noteInput('mouseUp', i * 100);
      if (gate.mayOpen(i * 100 + 10)) allowed++;
    }
    expect(allowed).toBe(MAX_OPENS_PER_MINUTE);
    gate.noteInput('mouseUp', 61_000);
    expect(gate.mayOpen(61_010)).toBe(true);
  });
});
