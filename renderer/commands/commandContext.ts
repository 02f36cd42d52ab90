import type { Route } from '../navigation/route';
import type { AppStore } from '../store/createAppStore';

/** What a command runs against: the store, and where the user is. */
export interface CommandContext {
  store: AppStore;
  route: Route;
}
