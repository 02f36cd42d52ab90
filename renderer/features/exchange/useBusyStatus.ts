import { useState } from 'react';
import { errorMessage } from '../../../shared/text/errorMessage';

export interface Status {
  tone: 'info' | 'error';
  text: string;
}

/**
 * A form's one piece of work at a time: `run` marks the form busy, shows `pending` meanwhile (if
 * given), then what the work says it did (a sentence, or nothing) or why it failed.
 */
export function useBusyStatus() {
  const [status, setStatus] = useState<Status | null>(null);
  const [isBusy, setBusy] = useState(false);

  const run = async (work: () => Promise<string | null>, pending: string | null = null) => {
    setBusy(true);
    setStatus(pending === null ? null : { tone: 'info', text: pending });
    try {
      const done = await work();
      setStatus(done ? { tone: 'info', text: done } : null);
    } catch (error) {
      setStatus({ tone: 'error', text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return { status, isBusy, run, setStatus };
}
