import type { WebContents } from 'electron';
import { decideNavigation } from './navigation';
import { decideWindowOpen } from './windowOpen';

/** Block navigation, new windows and webviews for a WebContents; hand https links to the browser. */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    const decision = decideNavigation(url);
    event.preventDefault();
    if (decision.openExternally) openExternal(decision.openExternally);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) openExternal(decision.openExternally);
    return { action: decision.action };
  });
}
