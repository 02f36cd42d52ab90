/*
 * App commands as small registered objects: the menu, the keyboard shortcuts and the buttons
 * all run the same command, so they can never drift apart.
 */
import type { MenuCommand } from '../../shared/ipc/menuCommands';
import type { AppStore } from '../store/createAppStore';
import type { Route } from './route';
import { navigate } from './useRoute';

export interface CommandContext {
  store: AppStore;
  route: Route;
}

export interface AppCommand {
  id: MenuCommand;
  label: string;
  run(context: CommandContext): void;
}

const registry = new Map<MenuCommand, AppCommand>();

/** Register a command; a later registration with the same id replaces the earlier one. */
export function registerCommand(command: AppCommand): void {
  registry.set(command.id, command);
}

/** Run a command by id; unknown ids tell the user rather than failing silently. */
export function runCommand(id: MenuCommand, context: CommandContext): void {
  const command = registry.get(id);
  if (!command) {
    context.store.getState().notify(`“${id}” is not available here.`, 'error');
    return;
  }
  command.run(context);
}

registerCommand({ id: 'newStory', label: 'New story', run: ({ store }) => store.getState().openDialog('newStory') });
registerCommand({ id: 'library', label: 'Library', run: () => navigate({ name: 'library' }) });
registerCommand({ id: 'shortcuts', label: 'Keyboard shortcuts', run: ({ store }) => store.getState().openDialog('shortcuts') });
registerCommand({ id: 'preferences', label: 'Preferences', run: () => navigate({ name: 'preferences' }) });
registerCommand({
  id: 'rehearse',
  label: 'Rehearse',
  // From a story, rehearse that story; from anywhere else, choose one.
  run: ({ route }) => navigate({ name: 'rehearse', storyId: 'storyId' in route ? route.storyId : null }),
});
