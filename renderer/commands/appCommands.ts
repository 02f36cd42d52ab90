/*
 * The app's commands, listed here and only here: each is its description from the shared
 * command list (name and keys, shared/commands/commandSpecs.ts), when it applies, and what it
 * runs. The keyboard handling, the shortcut sheet and the desktop menu all come from this list
 * and that description, so none can drift. A new command: add its description to COMMAND_SPECS
 * (and its id to shared/ipc/menuCommands.ts), then an entry here.
 */
import { COMMAND_SPECS, isKeyOnPlatform, type CommandKey, type CommandSpec } from '../../shared/commands/commandSpecs';
import type { MenuCommand } from '../../shared/ipc/menuCommands';
import { exportFromHere, importBackup, importDeck } from '../features/exchange/exchangeCommands';
import { openSampleStory } from '../features/sample/openSampleStory';
import { redoHere, undoHere } from '../features/shortcuts/undoCommands';
import { navigate } from '../navigation/useRoute';
import type { CommandContext } from './commandContext';

export interface AppCommand extends CommandSpec {
  /** Whether the command applies where the user is; when it does not, it says so instead of running. */
  when?: (context: CommandContext) => boolean;
  run(context: CommandContext): void;
}

export const APP_COMMANDS: readonly AppCommand[] = [
  { ...COMMAND_SPECS.newStory, run: ({ store }) => store.getState().openDialog('newStory') },
  { ...COMMAND_SPECS.library, run: () => navigate({ name: 'library' }) },
  { ...COMMAND_SPECS.import, run: importBackup },
  { ...COMMAND_SPECS.importDeck, run: importDeck },
  { ...COMMAND_SPECS.export, run: exportFromHere },
  { ...COMMAND_SPECS.preferences, run: () => navigate({ name: 'preferences' }) },
  {
    ...COMMAND_SPECS.rehearse,
    // From a story, rehearse that story; from anywhere else, choose one.
    run: ({ route }) => navigate({ name: 'rehearse', storyId: 'storyId' in route ? route.storyId : null }),
  },
  { ...COMMAND_SPECS.shortcuts, run: ({ store }) => store.getState().openDialog('shortcuts') },
  { ...COMMAND_SPECS.openSample, run: ({ store }) => void openSampleStory(store) },
  { ...COMMAND_SPECS.undo, run: undoHere },
  { ...COMMAND_SPECS.redo, run: redoHere },
];

/** Run a command by id; one that is unknown or does not apply here tells the user rather than failing silently. */
export function runCommand(id: MenuCommand, context: CommandContext): void {
  const command = APP_COMMANDS.find((c) => c.id === id);
  if (!command || (command.when && !command.when(context))) {
    context.store.getState().notify(`“${command?.label ?? id}” is not available here.`, 'error');
    return;
  }
  command.run(context);
}

/** The keys the page itself handles for a command on this platform (not those only the desktop menu takes). */
export function pageKeys(command: CommandSpec, isMac: boolean): CommandKey[] {
  return command.keys.filter((key) => key.menu !== 'only' && isKeyOnPlatform(key, isMac));
}
