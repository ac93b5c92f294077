import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState, type ComponentProps } from 'react';
import { useForm } from 'react-hook-form';
import { TextField } from '../../components/field';
import { texts } from '../../config/texts';
import { accessKeyFromHash, accessKeys } from './access-key';
import {
  accessKeyFormSchema,
  type AccessKeyFormInput,
  type AccessKeyFormOutput,
} from './tracking-form-schema';

export type SenderKey = {
  /** The key to act with, or null when the sender must give it. */
  key: string | null;
  /** A key typed here (or pasted as the private link). */
  use: (key: string) => void;
  /** The server refused this key: forget it and ask again. */
  reject: (refused: string) => void;
  /** Whether the last key was refused (the form then says so). */
  rejected: boolean;
};

/**
 * The sender's access key for one feedback: from the private link's `#k=` fragment, else typed earlier in this tab
 * (sessionStorage), else asked for. A key from the link is remembered for the tab too.
 */
export function useSenderKey(code: string, hash: string): SenderKey {
  const [typed, setTyped] = useState<{ code: string; key: string } | null>(null);
  const [rejectedKey, setRejectedKey] = useState<string | null>(null);
  const fromLink = accessKeyFromHash(hash);
  const candidate = typed?.code === code ? typed.key : (fromLink ?? accessKeys.get(code));
  const key = candidate !== null && candidate !== rejectedKey ? candidate : null;

  useEffect(() => {
    if (fromLink) accessKeys.set(code, fromLink);
  }, [code, fromLink]);

  return {
    key,
    use(next: string) {
      accessKeys.set(code, next);
      setTyped({ code, key: next });
      setRejectedKey(null);
    },
    reject(refused: string) {
      accessKeys.forget(code);
      setTyped(null);
      setRejectedKey(refused);
    },
    rejected: rejectedKey !== null && key === null,
  };
}

/** The sender's access key; the form's rule also takes the key out of the private link pasted whole. */
export function AccessKeyField(props: Omit<ComponentProps<typeof TextField>, 'label' | 'hint'>) {
  return (
    <TextField
      label={texts.feedback.keyLabel}
      hint={texts.feedback.keyHint}
      autoComplete="off"
      autoCapitalize="none"
      spellCheck={false}
      {...props}
    />
  );
}

/** Asks for the access key, with why it is needed; accepts the private link pasted whole. */
export function SenderKeyForm({ lead, senderKey }: { lead: string; senderKey: SenderKey }) {
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<AccessKeyFormInput, unknown, AccessKeyFormOutput>({
    resolver: zodResolver(accessKeyFormSchema),
    defaultValues: { key: '' },
  });
  const onSubmit = handleSubmit(({ key }) => senderKey.use(key));

  return (
    <form className="form sender-key" noValidate onSubmit={(event) => void onSubmit(event)}>
      <p>{lead}</p>
      <div className="sender-key__row">
        <AccessKeyField
          error={errors.key?.message ?? (senderKey.rejected ? texts.feedback.keyWrong : undefined)}
          {...register('key')}
        />
        <button type="submit" className="button button--primary">
          {texts.feedback.keySubmit}
        </button>
      </div>
    </form>
  );
}
