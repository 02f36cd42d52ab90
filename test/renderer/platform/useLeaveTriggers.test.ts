import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLeaveTriggers } from '../../../renderer/platform/useLeaveTriggers';

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

function beforeUnload(): Event {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event;
}

describe('useLeaveTriggers', () => {
  afterEach(() => setVisibility('visible'));

  it('saves when the window hides, not when it shows again', () => {
    const triggers = { onHide: vi.fn(), onUnload: vi.fn(), hasUnsavedError: () => false };
    renderHook(() => useLeaveTriggers(triggers));
    setVisibility('visible');
    expect(triggers.onHide).not.toHaveBeenCalled();
    setVisibility('hidden');
    expect(triggers.onHide).toHaveBeenCalledTimes(1);
  });

  it('journals and saves when the page goes away', () => {
    const triggers = { onHide: vi.fn(), onUnload: vi.fn(), hasUnsavedError: () => false };
    renderHook(() => useLeaveTriggers(triggers));
    window.dispatchEvent(new Event('pagehide'));
    expect(triggers.onUnload).toHaveBeenCalledTimes(1);
  });

  it('has the browser ask before leaving only while edits could not be saved', () => {
    let isError = false;
    const onUnload = vi.fn();
    renderHook(() => useLeaveTriggers({ onHide: vi.fn(), onUnload, hasUnsavedError: () => isError }));
    expect(beforeUnload().defaultPrevented).toBe(false);
    isError = true;
    expect(beforeUnload().defaultPrevented).toBe(true);
    expect(onUnload).toHaveBeenCalledTimes(2);
  });

  it('lets go of the window when its document closes', () => {
    const triggers = { onHide: vi.fn(), onUnload: vi.fn(), hasUnsavedError: () => false };
    const { unmount } = renderHook(() => useLeaveTriggers(triggers));
    unmount();
    setVisibility('hidden');
    window.dispatchEvent(new Event('pagehide'));
    expect(triggers.onHide).not.toHaveBeenCalled();
    expect(triggers.onUnload).not.toHaveBeenCalled();
  });
});
