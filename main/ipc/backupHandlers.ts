import type { BackupStore } from '../backups/backupStore';
import type { InvokeHandlers } from './handleInvoke';

export interface BackupHandlerDeps {
  backups: BackupStore;
  /** The renderer has answered a `backup:due` request. */
  settleBackupRequest(requestId: number): boolean;
}

type BackupChannel = 'backup:write' | 'backup:list' | 'backup:read' | 'backup:settled';

/** The backup channels: write, list and read rolling backups, and answer backup requests. */
export function createBackupHandlers(deps: BackupHandlerDeps): Pick<InvokeHandlers, BackupChannel> {
  return {
    'backup:write': async ({ content, storyCount }) => deps.backups.write(content, storyCount),
    'backup:list': async () => deps.backups.list(),
    'backup:read': async ({ name }) => deps.backups.read(name),
    'backup:settled': async ({ requestId }) => {
      deps.settleBackupRequest(requestId);
      return { requestId };
    },
  };
}
