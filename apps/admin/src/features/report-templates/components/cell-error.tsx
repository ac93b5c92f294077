import { AlertIcon } from '../../../components/icons';

/** The message under a control inside a table cell, named by the control's aria-describedby. */
export function CellError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error rt-cell-error">
      <AlertIcon width={14} height={14} />
      {message}
    </p>
  );
}

/** Joins the ids that describe a control, leaving out the ones not shown. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}
