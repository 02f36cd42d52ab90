import { externalUrlToOpen } from '../../shared/security/externalUrl';

export interface NavigationDecision {
  /** Always false: the app is one page and never navigates its window away. */
  allow: false;
  /** An https URL to open in the system browser instead, if the target is one. */
  openExternally: string | null;
}

/** What to do when the window tries to navigate (a clicked link, a dropped file, a script). */
export function decideNavigation(targetUrl: string): NavigationDecision {
  return { allow: false, openExternally: externalUrlToOpen(targetUrl) };
}
