import { FEEDBACK_LIMITS, type FeedbackUpload } from '@motcua/shared';
import { useEffect, useRef, useState } from 'react';
import { FieldError } from '../../components/field';
import { FileDrop } from '../../components/file-drop';
import { FileRow } from '../../components/file-row';
import { formatFileSize } from '../../components/file-rules';
import { Notices, useNotices } from '../../components/notices';
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
  const messages = useNotices();
  const { announce, notify } = messages;
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

  function focusChooser() {
    box.current
      ?.querySelector<HTMLElement>('.file-drop button:not(:disabled), .file-list__item button')
      ?.focus();
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
          announce(texts.feedback.uploadedFile(saved.name));
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
    announce(texts.feedback.removedFile(item.file.name));
    focusChooser();
  }

  function remove(file: FeedbackUpload) {
    onRemove(file.token);
    announce(texts.feedback.removedFile(file.name));
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
        <ul className="file-list" aria-label={texts.feedback.attachedList}>
          {files.map((file) => (
            <FileRow
              key={file.token}
              name={file.name}
              meta={`${attachmentTypeLabel(file.mime)} · ${formatFileSize(file.size)}`}
              action={{
                text: texts.feedback.removeFile,
                label: texts.feedback.removeFileLabel(file.name),
                onClick: () => remove(file),
              }}
            />
          ))}
          {pending.map((item) => (
            <FileRow
              key={item.key}
              name={item.file.name}
              meta={`${formatFileSize(item.file.size)} · ${
                item.status === 'waiting' ? texts.feedback.waitingCaptcha : `${item.percent}%`
              }`}
              progress={{
                percent: item.status === 'waiting' ? null : item.percent,
                label: texts.feedback.uploadingFile(item.file.name),
              }}
              action={{
                text: texts.feedback.cancelUpload,
                label: texts.feedback.cancelUploadLabel(item.file.name),
                onClick: () => cancel(item),
              }}
            />
          ))}
        </ul>
      ) : null}

      <Notices messages={messages} />
    </div>
  );
}
