import { screen, type BrowserWindow } from 'electron';
import { centredBounds, isVisibleOnSomeDisplay } from './windowBounds';

/** Bring the window back onto a display when the one it was on goes away or changes size. */
export function keepWindowVisible(window: BrowserWindow): void {
  const refit = () => {
    if (window.isDestroyed()) return;
    const areas = screen.getAllDisplays().map((display) => display.workArea);
    if (!isVisibleOnSomeDisplay(window.getBounds(), areas)) {
      window.setBounds(centredBounds(screen.getPrimaryDisplay().workArea));
    }
  };
  screen.on('display-removed', refit);
  screen.on('display-metrics-changed', refit);
  window.once('closed', () => {
    screen.off('display-removed', refit);
    screen.off('display-metrics-changed', refit);
  });
}
