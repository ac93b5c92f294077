import { useId, type ReactNode } from 'react';

/** One titled part of the draft editor. */
export function EditorSection({
  title,
  intro,
  error,
  children,
}: {
  title: string;
  intro?: ReactNode;
  /** A message about the section's list as a whole (e.g. the same channel twice). */
  error?: string | undefined;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="card cat-section" aria-labelledby={id}>
      <h2 id={id} className="card-title">
        {title}
      </h2>
      {intro && <p className="card-intro">{intro}</p>}
      {error && (
        <p className="field-error cat-section-error" role="alert">
          {error}
        </p>
      )}
      {children}
    </section>
  );
}

/** A repeated group (a method, a case, a component) with its number and its remove button. */
export function RepeatGroup({
  legend,
  actions,
  className,
  children,
}: {
  legend: ReactNode;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className={className ? `cat-group ${className}` : 'cat-group'}>
      <legend className="cat-group-legend">{legend}</legend>
      {actions && <div className="cat-group-actions">{actions}</div>}
      {children}
    </fieldset>
  );
}
