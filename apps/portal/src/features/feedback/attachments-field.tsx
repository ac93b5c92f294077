import { FEEDBACK_LIMITS, type FeedbackUpload } from '@motcua/shared';
import { useEffect, useRef, useState } from 'react';
import { FieldError } from '../../components/field';
import { FileDrop } from '../../components/file-drop';
import { formatFileSize } from '../../components/file-rules';
import { texts } from '../../config/texts';
import { uploadFeedbackAttachment } from './api/upload-feedback-attachment';
import {
  ATTACHMENT_ACCEPT,
  ATTACHMENT_SIZE_TEXT,
  attachmentTypeLabel,
  checkAttachments,
  rejectionText,
  uploadErrorText,
} from './attachment-rules';
import type { CaptchaSession } from './captcha-session';
import type { Focusable } from './captcha-field';
import { isCaptchaError } from './feedback-form-schema';

type Pending = {
  key: number;
  file: File;
  /** Waiting for the captcha (or for the file before it), or on its way. */
  status: 'waiting' | 'uploading';
  percent: number;
  controller: AbortController;
};

type Notice = { key: number; text: string };

type AttachmentsFieldProps = {
  /** The files uploaded so far. */
  files: readonly FeedbackUpload[];
  onAdd: (file: FeedbackUpload) => void;
  onRemove: (token: string) => void;
  captcha: CaptchaSession;
  error?: string | undefined;
  fieldRef?: ((instance: Focusable | null) => void) | undefined;
  /** Told whether files are still waiting or uploading, so the form can hold its submission. */
  onBusyChange?: ((busy: boolean) => void) | undefined;
};

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Up to five attachments, each uploaded as soon as it is chosen, one after another, with its progress and a way to
 * drop it. Uploads need a solved captcha: files chosen before it is solved wait for it (the widget starts on the
 * first focus in the form, so the wait is usually over before the file chooser closes).
 */
export function AttachmentsField({
  files,
  onAdd,
  onRemove,
  captcha,
  error,
  fieldRef,
  onBusyChange,
}: AttachmentsFieldProps) {
  const [pending, setPending] = useState<Pending[]>([]);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const queue = useRef<Pending[]>([]);
  const running = useRef(false);
  const nextKey = useRef(0);
  const box = useRef<HTMLDivElement>(null);
  const busy = pending.length > 0;
  const full = files.length + pending.length >= FEEDBACK_LIMITS.attachments;

  useEffect(() => onBusyChange?.(busy), [busy, onBusyChange]);
  // Uploads still running when the form goes away (sent, or the citizen left) are of no use.
  useEffect(() => () => queue.current.forEach((item) => item.controller.abort()), []);

  function sync() {
    setPending([...queue.current]);
  }

  function notify(text: string) {
    nextKey.current += 1;
    const key = nextKey.current;
    setNotices((current) => [...current, { key, text }]);
  }

  function focusChooser() {
    box.current?.querySelector<HTMLElement>('.file-drop button:not(:disabled), .attachment button')?.focus();
  }

  async function uploadOne(item: Pending, retried = false): Promise<FeedbackUpload> {
    const payload = await captcha.ensure({ signal: item.controller.signal });
    item.status = 'uploading';
    sync();
    try {
      return await uploadFeedbackAttachment({
        file: item.file,
        captcha: payload,
        signal: item.controller.signal,
        onProgress: ({ loaded, total }) => {
          item.percent = total > 0 ? Math.round((loaded / total) * 100) : 0;
          sync();
        },
      });
    } catch (uploadError) {
      // A payload that expired or was spent meanwhile: solve a new one and try once more.
      if (!retried && isCaptchaError(uploadError)) {
        captcha.renew();
        item.status = 'waiting';
        item.percent = 0;
        sync();
        return uploadOne(item, true);
      }
      throw uploadError;
    }
  }

  // One file at a time, in the order chosen, so they keep that order in the feedback.
  async function pump() {
    if (running.current) return;
    running.current = true;
    try {
      for (let item = queue.current[0]; item; item = queue.current[0]) {
        try {
          const saved = await uploadOne(item);
          onAdd(saved);
          setAnnouncement(texts.feedback.uploadedFile(saved.name));
        } catch (uploadError) {
          if (!isAbort(uploadError)) notify(uploadErrorText(item.file.name, uploadError));
        } finally {
          queue.current = queue.current.filter((queued) => queued !== item);
          sync();
        }
      }
    } finally {
      running.current = false;
    }
  }

  function take(chosen: File[]) {
    const { accepted, rejected } = checkAttachments(chosen, files.length + queue.current.length);
    for (const { file, reason } of rejected) notify(rejectionText(file.name, reason));
    for (const file of accepted) {
      nextKey.current += 1;
      queue.current.push({
        key: nextKey.current,
        file,
        status: 'waiting',
        percent: 0,
        controller: new AbortController(),
      });
    }
    sync();
    void pump();
  }

  function cancel(item: Pending) {
    item.controller.abort();
    queue.current = queue.current.filter((queued) => queued !== item);
    sync();
    setAnnouncement(texts.feedback.removedFile(item.file.name));
    focusChooser();
  }

  function remove(file: FeedbackUpload) {
    onRemove(file.token);
    setAnnouncement(texts.feedback.removedFile(file.name));
    // The button pressed is gone: the file chooser is the next thing to act on.
    window.setTimeout(focusChooser);
  }

  return (
    <div
      ref={(element) => {
        box.current = element;
        fieldRef?.(element && { focus: focusChooser });
      }}
      className={error ? 'attachments field--invalid' : 'attachments'}
    >
      <FileDrop
        label={texts.feedback.attachmentsLabel}
        hint={texts.feedback.attachmentsHint(FEEDBACK_LIMITS.attachments, ATTACHMENT_SIZE_TEXT)}
        dropText={texts.feedback.dropText}
        chooseLabel={texts.feedback.chooseFiles}
        accept={ATTACHMENT_ACCEPT}
        multiple
        disabled={full}
        onFiles={take}
      />
      {full ? (
        <p className="field__hint">{texts.feedback.attachmentsFull(FEEDBACK_LIMITS.attachments)}</p>
      ) : null}
      {error ? <FieldError id="attachments-error">{error}</FieldError> : null}

      {files.length > 0 || pending.length > 0 ? (
        <ul className="attachment-list" aria-label={texts.feedback.attachedList}>
          {files.map((file) => (
            <li key={file.token} className="attachment">
              <div className="attachment__text">
                <span className="attachment__name">{file.name}</span>
                <span className="attachment__meta">
                  {attachmentTypeLabel(file.mime)} · {formatFileSize(file.size)}
                </span>
              </div>
              <button
                type="button"
                className="button button--secondary feedback-button--small"
                aria-label={texts.feedback.removeFileLabel(file.name)}
                onClick={() => remove(file)}
              >
                {texts.feedback.removeFile}
              </button>
            </li>
          ))}
          {pending.map((item) => (
            <li key={item.key} className="attachment attachment--pending">
              <div className="attachment__text">
                <span className="attachment__name">{item.file.name}</span>
                <span className="attachment__meta">
                  {formatFileSize(item.file.size)} ·{' '}
                  {item.status === 'waiting' ? texts.feedback.waitingCaptcha : `${item.percent}%`}
                </span>
                <progress
                  className="attachment__progress"
                  max={100}
                  value={item.status === 'waiting' ? undefined : item.percent}
                  aria-label={texts.feedback.uploadingFile(item.file.name)}
                />
              </div>
              <button
                type="button"
                className="button button--secondary feedback-button--small"
                aria-label={texts.feedback.cancelUploadLabel(item.file.name)}
                onClick={() => cancel(item)}
              >
                {texts.feedback.cancelUpload}
              </button>
            </li>
          ))}
        </ul>
      ) : null}

      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {notices.length > 0 ? (
        <ul className="feedback-notices" role="alert">
          {notices.map((notice) => (
            <li key={notice.key} className="feedback-notices__item">
              <span>{notice.text}</span>
              <button
                type="button"
                className="feedback-notices__dismiss"
                aria-label={texts.feedback.dismiss}
                onClick={() => setNotices((current) => current.filter((n) => n.key !== notice.key))}
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
    </div>
  );
}
