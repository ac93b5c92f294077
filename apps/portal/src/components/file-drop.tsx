import { useId, useRef, useState, type DragEvent } from 'react';
import './file-drop.css';

type FileDropProps = {
  /** The field's name, e.g. "Tệp kết quả cần kiểm tra". */
  label: string;
  /** What may be chosen: "PDF, JPEG hoặc PNG, tối đa 20 MB." */
  hint: string;
  /** The line inside the drop area: "Kéo thả tệp vào đây, hoặc". */
  dropText: string;
  /** The button that opens the file chooser. */
  chooseLabel: string;
  /** The `accept` attribute: a hint to the chooser only; the server checks the bytes. */
  accept?: string;
  multiple?: boolean;
  disabled?: boolean;
  onFiles: (files: File[]) => void;
};

/**
 * A file field that takes a drop or a button press. The button, not the hidden input, is what keyboard users reach;
 * the input keeps the visible label so assistive technology and tests still find it by name.
 */
export function FileDrop({
  label,
  hint,
  dropText,
  chooseLabel,
  accept = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png',
  multiple = false,
  disabled = false,
  onFiles,
}: FileDropProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  function take(list: FileList | null) {
    const files = list ? Array.from(list) : [];
    if (files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
  }

  function onDragOver(event: DragEvent<HTMLDivElement>) {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    if (!disabled) setDragging(true);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    if (!disabled) take(event.dataTransfer.files);
  }

  return (
    <div className="file-drop">
      <label className="field__label" htmlFor={id} id={`${id}-label`}>
        {label}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      <div
        className="file-drop__zone"
        data-dragging={dragging || undefined}
        data-disabled={disabled || undefined}
        onDragEnter={onDragOver}
        onDragOver={onDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <svg className="file-drop__icon" width="32" height="32" viewBox="0 0 24 24" aria-hidden="true">
          <path
            d="M12 16V4m0 0L7 9m5-5l5 5M5 15v3a2 2 0 002 2h10a2 2 0 002-2v-3"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span className="file-drop__text">{dropText}</span>
        <button
          type="button"
          className="button button--secondary"
          disabled={disabled}
          aria-describedby={`${id}-label ${id}-hint`}
          onClick={() => input.current?.click()}
        >
          {chooseLabel}
        </button>
      </div>
      <input
        ref={input}
        id={id}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          take(event.target.files);
          // Cleared, so choosing the same file again (after fixing it, or after an error) still fires a change.
          event.target.value = '';
        }}
      />
    </div>
  );
}
