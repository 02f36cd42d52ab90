import { useEffect, useEffectEvent } from 'react';
import type { MenuCommand } from '../../shared/ipc/menuCommands';
import { runCommand } from './appCommands';
import type { CommandContext } from './commandContext';
import { onMenuCommand } from '../bridge/bridge';

/** Run the commands the desktop application menu sends. */
export function useMenuCommands(context: CommandContext): void {
  const onCommand = useEffectEvent((command: MenuCommand) => runCommand(command, context));
  useEffect(() => onMenuCommand(onCommand), []);
}
