import { decideNavigation, type NavigationDecision } from './navigation';

/** What to do when the page calls window.open or a link targets a new window: never a new window. */
export function decideWindowOpen(targetUrl: string): NavigationDecision & { action: 'deny' } {
  return { action: 'deny', ...decideNavigation(targetUrl) };
}
