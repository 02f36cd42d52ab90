import { useEffect } from 'react';
import { useApp } from '../../store/StoreProvider';
import './notices.css';

const FADE_AFTER_MS = 8000;

/** Short messages at the foot of the window, announced to screen readers. */
export function NoticeArea() {
  const notices = useApp((s) => s.notices);
  const dismiss = useApp((s) => s.dismissNotice);

  useEffect(() => {
    const timers = notices.filter((n) => n.tone === 'info').map((n) => setTimeout(() => dismiss(n.id), FADE_AFTER_MS));
    return () => timers.forEach(clearTimeout);
  }, [notices, dismiss]);

  return (
    <div className="notice-area" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.tone}`}>
          <p>{notice.message}</p>
          {notice.action && (
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                notice.action?.run();
                dismiss(notice.id);
              }}
            >
              {notice.action.label}
            </button>
          )}
          <button
            type="button"
            className="button button-quiet button-small"
            aria-label="Dismiss message"
            onClick={() => dismiss(notice.id)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ))}
    </div>
  );
}
