import { isTrustedUrl } from './appOrigin';

export interface SenderFrame {
  url: string;
  isMainFrame: boolean;
}

/** Whether an IPC message comes from the app's own top-level page, the only trusted sender. */
export function isTrustedSender(frame: SenderFrame | null | undefined, origins: readonly string[]): boolean {
  if (!frame || !frame.isMainFrame) return false;
  return isTrustedUrl(frame.url, origins);
}
