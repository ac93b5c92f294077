import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { lookupFailure, type CodeFormSchema } from '../lib/code-lookup';
import { describeError } from '../lib/form-errors';
import { TextField } from './field';
import { ErrorState } from './states';

type CodeLookupFormProps = {
  /** The field's rule, from `codeFormSchema`. */
  schema: CodeFormSchema;
  label: string;
  hint: string;
  submitLabel: string;
  initialCode: string;
  /** The page of a code, which shows this form filled in and what was found. */
  pathFor: (code: string) => string;
};

/** The form that looks a code up (a dossier's, a feedback's): it opens the code's page, a link one can keep. */
export function CodeLookupForm({
  schema,
  label,
  hint,
  submitLabel,
  initialCode,
  pathFor,
}: CodeLookupFormProps) {
  const navigate = useNavigate();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<z.input<CodeFormSchema>, unknown, z.output<CodeFormSchema>>({
    resolver: zodResolver(schema),
    defaultValues: { code: initialCode },
  });
  const onSubmit = handleSubmit(({ code }) => navigate(pathFor(code)));

  return (
    <form className="card track-form" role="search" noValidate onSubmit={(event) => void onSubmit(event)}>
      <TextField
        label={label}
        hint={hint}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        error={errors.code?.message}
        {...register('code')}
      />
      <button type="submit" className="button button--primary">
        {submitLabel}
      </button>
    </form>
  );
}

export type LookupFailureTexts = {
  notFoundTitle: string;
  notFoundText: (code: string) => string;
  invalidTitle: string;
  invalidText: (code: string) => string;
  /** Anything else went wrong (network, server): the error says what, and the lookup can be tried again. */
  failedTitle: string;
};

/** Why a code's lookup failed, in the citizen's terms: no such code, a code of the wrong shape, or another failure. */
export function LookupFailureState({
  code,
  error,
  texts,
  onRetry,
}: {
  code: string;
  error: unknown;
  texts: LookupFailureTexts;
  onRetry: () => void;
}) {
  const failure = lookupFailure(error);
  if (failure === 'not_found')
    return <ErrorState title={texts.notFoundTitle} message={texts.notFoundText(code)} />;
  if (failure === 'invalid')
    return <ErrorState title={texts.invalidTitle} message={texts.invalidText(code)} />;
  return <ErrorState title={texts.failedTitle} message={describeError(error)} onRetry={onRetry} />;
}
