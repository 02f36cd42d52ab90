/** An Electron event object: preventDefault recorded, so the stand-in can act on it. */
export interface StandInEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
  [key: string]: unknown;
}

export function standInEvent(fields: Record<string, unknown> = {}): StandInEvent {
  const event: StandInEvent = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}
