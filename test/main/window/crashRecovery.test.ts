import { describe, expect, it } from 'vitest';
import { CRASH_WINDOW_MS, MAX_RELOADS, decideAfterRendererGone } from '../../../main/window/crashRecovery';

describe('after the renderer is gone', () => {
  it.each(['crashed', 'oom', 'killed', 'abnormal-exit', 'memory-eviction'])('reloads the window after “%s”', (reason) => {
    expect(decideAfterRendererGone(reason, [], 1000)).toEqual({ action: 'reload', crashes: [1000] });
  });

  it('leaves a clean exit alone (the window is closing)', () => {
    expect(decideAfterRendererGone('clean-exit', [], 1000)).toEqual({ action: 'ignore' });
  });

  it('does not reload in a loop: it gives up after a few crashes in a short time', () => {
    let crashes: number[] = [];
    for (let i = 0; i < MAX_RELOADS; i += 1) {
      const decision = decideAfterRendererGone('crashed', crashes, 1000 + i);
      expect(decision.action).toBe('reload');
      crashes = decision.action === 'ignore' ? crashes : decision.crashes;
    }
    expect(decideAfterRendererGone('crashed', crashes, 2000).action).toBe('giveUp');
    // Long after, a crash is reloaded again.
    expect(decideAfterRendererGone('crashed', crashes, 2000 + CRASH_WINDOW_MS).action).toBe('reload');
  });

  it('gives up on a renderer that cannot start', () => {
    expect(decideAfterRendererGone('launch-failed', [], 1).action).toBe('giveUp');
  });
});
