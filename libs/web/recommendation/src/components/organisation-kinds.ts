import type { OrganisationKind } from '@pakt/domain';
import { allianceMessages } from '@pakt/web-alliance';
import { createTranslationHook } from '@pakt/web-ui';

// The kinds of organisation are named where the alliance overview names them, so every screen agrees.
const useAllianceMessages = createTranslationHook(allianceMessages);

export function useOrganisationKindName(): (kind: OrganisationKind) => string {
  const { t } = useAllianceMessages();
  return (kind) => t(`organisationKinds.${kind}`);
}
