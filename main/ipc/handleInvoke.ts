/*
 * The one gateway every IPC request passes through: it checks that the sender is the app's own
 * main frame, validates the payload against the contract, runs the handler, and turns any
 * failure into a message for the user. No Electron import, so it is tested directly.
 */
import type { InvokeChannel } from '../../shared/ipc/channels';
import { invokeRequestSchemas, type InvokeRequest, type InvokeResponse, type IpcResult } from '../../shared/ipc/contract';
import { isTrustedSender, type SenderFrame } from '../security/ipcSender';
import { errorMessage } from '../../shared/text/errorMessage';

export interface HandlerContext {
  /** The WebContents id of the window that asked, to find it for dialogs and throttling. */
  webContentsId: number;
}

export type InvokeHandlers = {
  [C in InvokeChannel]: (request: InvokeRequest<C>, context: HandlerContext) => Promise<InvokeResponse<C>>;
};

/** Run one IPC request through the sender check, the payload validation and its handler. */
export async function handleInvoke<C extends InvokeChannel>(
  channel: C,
  rawRequest: unknown,
  frame: SenderFrame | null | undefined,
  context: HandlerContext,
  handlers: InvokeHandlers,
  origins: readonly string[],
): Promise<IpcResult<InvokeResponse<C>>> {
  if (!isTrustedSender(frame, origins)) {
    return { ok: false, error: `Refused "${channel}": the request did not come from Viva's own window.` };
  }
  const parsed = invokeRequestSchemas[channel].safeParse(rawRequest);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'request'}: ${issue.message}`);
    return { ok: false, error: `Refused "${channel}": ${problems.join('; ')}.` };
  }
  try {
    const handler = handlers[channel] as (request: unknown, context: HandlerContext) => Promise<InvokeResponse<C>>;
    return { ok: true, value: await handler(parsed.data, context) };
  } catch (error) {
    const message = errorMessage(error);
    return { ok: false, error: message };
  }
}
