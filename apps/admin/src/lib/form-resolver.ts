import type { FieldValues, Resolver } from 'react-hook-form';

type BlankMessages<TForm> = Partial<Record<keyof TForm & string, string>>;

function isBlank(value: unknown): boolean {
  return value === '' || value === undefined || (Array.isArray(value) && value.length === 0);
}

/**
 * Lets a form keep what its inputs hold (an empty text box is '') while the shared schema validates what
 * the API takes (null, or no key): `prepare` converts, then the schema's resolver runs. Field names are the
 * same on both sides, so the resolver's errors land on the form's fields unchanged. `whenBlank` replaces
 * the schema's message for a field left empty: "choose a unit" helps where "invalid UUID" does not.
 */
export function preparedResolver<TForm extends FieldValues, TInput extends FieldValues, TOutput>(
  resolver: Resolver<TInput, unknown, TOutput>,
  prepare: (values: TForm) => TInput,
  whenBlank: BlankMessages<TForm> = {},
): Resolver<TForm, unknown, TOutput> {
  return async (values, context, options) => {
    const result = await resolver(
      prepare(values),
      context,
      options as unknown as Parameters<typeof resolver>[2],
    );
    for (const [field, message] of Object.entries(whenBlank)) {
      const error = (result.errors as Record<string, { message?: string } | undefined>)[field];
      if (error && message && isBlank(values[field])) error.message = message;
    }
    return result as unknown as Awaited<ReturnType<Resolver<TForm, unknown, TOutput>>>;
  };
}

/** '' from an empty input → null, which the API stores as "not set". */
export function blankToNull(value: string): string | null {
  return value.trim() === '' ? null : value;
}

/** '' → undefined: the key is left out, e.g. an account created without a password. */
export function blankToUndefined(value: string): string | undefined {
  return value === '' ? undefined : value;
}
