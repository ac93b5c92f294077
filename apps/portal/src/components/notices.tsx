import { useCallback, useRef, useState } from 'react';
import { texts } from '../config/texts';
import './notices.css';

export type Notice = { key: number; text: string };

/**
 * What happened to the files chosen, said two ways: what went well is announced to screen readers (the list of
 * files shows it to the eye), what went wrong stays on screen until dismissed (a toast would go before it is read).
 */
export function useNotices() {
  const [announcement, announce] = useState('');
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextKey = useRef(0);
  const notify = useCallback((text: string) => {
    nextKey.current += 1;
    const key = nextKey.current;
    setNotices((current) => [...current, { key, text }]);
  }, []);
  const dismiss = useCallback((key: number) => {
    setNotices((current) => current.filter((notice) => notice.key !== key));
  }, []);
  return { announcement, announce, notices, notify, dismiss };
}

/** The announcement (a polite live region) and the notices (announced as they come), each with its close button. */
export function Notices({ messages }: { messages: ReturnType<typeof useNotices> }) {
  const { announcement, notices, dismiss } = messages;
  return (
    <>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {notices.length > 0 ? (
        <ul className="notices" role="alert">
          {notices.map((notice) => (
            <li key={notice.key} className="notices__item">
              <span>{notice.text}</span>
              <button
                type="button"
                className="notices__dismiss"
                aria-label={texts.common.dismissNotice}
                onClick={() => dismiss(notice.key)}
              >
                <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                  <path
                    d="M6 6l12 12M18 6L6 18"
                    stroke="currentColor"
                    strokeWidth="2.4"
                    strokeLinecap="round"
                  />
                </svg>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
