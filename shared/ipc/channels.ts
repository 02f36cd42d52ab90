/*
 * The names of every IPC channel, with no other code, so the preload can check a channel
 * against this list without bundling validation logic.
 */
export const INVOKE_CHANNELS = [
  'app:info',
  'file:save',
  'file:savePdf',
  'file:open',
  'shell:openExternal',
  'window:setBackgroundThrottling',
  'backup:write',
  'backup:list',
  'backup:read',
  'backup:settled',
] as const;

export const EVENT_CHANNELS = ['menu:command', 'backup:due'] as const;

export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];
export type EventChannel = (typeof EVENT_CHANNELS)[number];

/** Whether a string names an invoke channel of the contract. */
export function isInvokeChannel(channel: unknown): channel is InvokeChannel {
  return typeof channel === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(channel);
}

/** Whether a string names an event channel of the contract. */
export function isEventChannel(channel: unknown): channel is EventChannel {
  return typeof channel === 'string' && (EVENT_CHANNELS as readonly string[]).includes(channel);
}
