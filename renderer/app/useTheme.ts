import { useEffect } from 'react';
import { useApp } from '../store/StoreProvider';

/** Apply the theme preference: "system" leaves it to the OS, light and dark override it. */
export function useTheme(): void {
  const theme = useApp((s) => s.preferences.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset['theme'];
    else root.dataset['theme'] = theme;
  }, [theme]);
}
