import type { NavItem } from '@pakt/web-ui';
import { useIdentityMessages } from '../messages';
import { MY_GROUPS_PATH } from '../paths';
import { useViewer } from './use-viewer';

/**
 * The main navigation for whoever is there: the given members' pages and "Meine Gruppen" when
 * someone is signed in; nothing for visitors, whom every page but sign-in would turn away.
 */
export function useMemberNavigation(memberPages: readonly NavItem[]): readonly NavItem[] {
  const { t } = useIdentityMessages();
  const signedIn = useViewer().status === 'signed-in';
  return signedIn ? [...memberPages, { to: MY_GROUPS_PATH, label: t('myGroups.title') }] : [];
}
