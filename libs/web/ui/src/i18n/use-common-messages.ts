import type { MembershipRole } from '@pakt/domain';
import { commonMessages } from './common-messages';
import { createTranslationHook } from './messages';

export const useCommonMessages = createTranslationHook(commonMessages);

/** The name of a membership role in the current language, the same on every screen. */
export function useRoleName(): (role: MembershipRole) => string {
  const { t } = useCommonMessages();
  return (role) => t(`roles.${role}`);
}
