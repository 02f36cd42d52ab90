/*
 * A module (or a value from one) fetched on first use and kept for the rest of the app's life:
 * content and libraries that are not in the start-up bundle. A fetch that fails is forgotten, so
 * the next call tries again.
 */
import { useEffect, useState } from 'react';

export interface OnceLoader<T> {
  /** The value, fetched on the first call; every later call gets the same promise. */
  load(): Promise<T>;
  /** The value once fetched, else null. */
  loaded(): T | null;
}

export function loadOnce<T>(fetch: () => Promise<T>): OnceLoader<T> {
  let value: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    load: () => {
      loading ??= fetch().then(
        (found) => (value = found),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
    loaded: () => value,
  };
}

/**
 * The loader's value for a view: null until it has arrived (at once when it already has), or
 * the error that stopped it. Nothing is fetched while `isNeeded` is false.
 */
export function useLoaded<T>(loader: OnceLoader<T>, isNeeded = true): { value: T | null; failed: boolean } {
  const [value, setValue] = useState<T | null>(() => loader.loaded());
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!isNeeded || value !== null) return;
    let isLive = true;
    loader.load().then(
      (found) => isLive && setValue(() => found),
      () => isLive && setFailed(true),
    );
    return () => {
      isLive = false;
    };
  }, [loader, isNeeded, value]);
  return { value, failed };
}
