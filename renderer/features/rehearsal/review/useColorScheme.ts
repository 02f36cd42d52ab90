import { useSyncExternalStore } from 'react';
import { useApp } from '../../../store/StoreProvider';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** 'light' or 'dark' as the app is drawn now, so canvas charts can redraw when it changes. */
export function useColorScheme(): 'light' | 'dark' {
  const theme = useApp((s) => s.preferences.theme);
  const isSystemDark = useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches);
  if (theme !== 'system') return theme;
  return isSystemDark ? 'dark' : 'light';
}
