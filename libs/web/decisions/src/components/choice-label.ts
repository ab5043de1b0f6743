import { useCallback } from 'react';
import { useDecisionsMessages } from '../messages';

const FIXED = new Set(['YES', 'NO', 'ABSTAIN']);

/** The word for a choice: "Ja", "Nein", "Enthaltung" in the reader's language; a named option as it is named. */
export function useChoiceLabel(): (choice: string) => string {
  const { t } = useDecisionsMessages();
  return useCallback((choice: string) => (FIXED.has(choice) ? t(`choice.${choice as 'YES' | 'NO' | 'ABSTAIN'}`) : choice), [t]);
}
