import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loadOnce, useLoaded } from '../../../renderer/platform/loadOnce';

describe('loadOnce', () => {
  it('fetches on the first call only, and keeps the value for synchronous use', async () => {
    const fetch = vi.fn(() => Promise.resolve('module'));
    const loader = loadOnce(fetch);
    expect(loader.loaded()).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
    await Promise.all([loader.load(), loader.load()]);
    expect(await loader.load()).toBe('module');
    expect(loader.loaded()).toBe('module');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed fetch, so the next call tries again', async () => {
    const fetch = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('module');
    const loader = loadOnce<string>(fetch);
    await expect(loader.load()).rejects.toThrow('offline');
    expect(loader.loaded()).toBeNull();
    expect(await loader.load()).toBe('module');
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});

describe('useLoaded', () => {
  it('gives null until the value arrives, then the value, and nothing is fetched while not needed', async () => {
    const fetch = vi.fn(() => Promise.resolve(42));
    const loader = loadOnce(fetch);
    const { result, rerender } = renderHook(({ isNeeded }) => useLoaded(loader, isNeeded), { initialProps: { isNeeded: false } });
    expect(result.current).toEqual({ value: null, failed: false });
    expect(fetch).not.toHaveBeenCalled();
    rerender({ isNeeded: true });
    await waitFor(() => expect(result.current).toEqual({ value: 42, failed: false }));
    // A view opened later has the value at once.
    expect(renderHook(() => useLoaded(loader)).result.current.value).toBe(42);
  });

  it('says when the fetch failed', async () => {
    const loader = loadOnce(() => Promise.reject(new Error('gone')));
    const { result } = renderHook(() => useLoaded(loader));
    await act(async () => {
      await Promise.resolve();
    });
    await waitFor(() => expect(result.current.failed).toBe(true));
    expect(result.current.value).toBeNull();
  });
});
