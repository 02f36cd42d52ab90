import { useEffect, useState } from 'react';
import { useApp } from '../../../store/StoreProvider';

export type RecordingUrl = { status: 'loading' } | { status: 'missing' } | { status: 'ready'; url: string };

type Loaded = { sessionId: string; status: 'missing' } | { sessionId: string; status: 'ready'; url: string };

/** An object URL for a session's stored audio, revoked when no longer shown. */
export function useRecordingUrl(sessionId: string): RecordingUrl {
  const loadRecording = useApp((s) => s.loadRecording);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let url: string | null = null;
    let isCancelled = false;
    loadRecording(sessionId).then(
      (record) => {
        if (isCancelled) return;
        if (!record) return setLoaded({ sessionId, status: 'missing' });
        try {
          url = URL.createObjectURL(record.blob);
          setLoaded({ sessionId, status: 'ready', url });
        } catch {
          setLoaded({ sessionId, status: 'missing' });
        }
      },
      () => !isCancelled && setLoaded({ sessionId, status: 'missing' }),
    );
    return () => {
      isCancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [sessionId, loadRecording]);

  if (loaded?.sessionId !== sessionId) return { status: 'loading' };
  return loaded.status === 'ready' ? { status: 'ready', url: loaded.url } : { status: 'missing' };
}
