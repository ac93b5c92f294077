import type { Draft, Procedure } from '@motcua/shared';
import { createContext, useContext } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { DraftFormField } from './draft-form';
import type { WizardStep } from './wizard-steps';

export type WizardContextValue = {
  /** The server's copy: its files and version are current; its data is what the form started from. */
  draft: Draft;
  procedure: Procedure;
  /** `register`, re-checking a field on change once it shows an error (so the message goes when it is fixed). */
  field: (name: DraftFormField) => UseFormRegisterReturn;
  recheck: (name: DraftFormField) => void;
  /** Messages on components, by index: a required one without a file, or the server's word on it. */
  fileErrors: Record<number, string>;
  clearFileError: (index: number) => void;
  goTo: (step: WizardStep) => void;
};

export const WizardContext = createContext<WizardContextValue | null>(null);

export function useWizard(): WizardContextValue {
  const value = useContext(WizardContext);
  if (!value) throw new Error('useWizard outside the draft wizard');
  return value;
}
