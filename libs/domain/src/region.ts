import type { RegionKind } from './alliance-structure';

/**
 * Whether a code is a valid prefix of the official municipality key (Amtlicher Gemeindeschlüssel)
 * for a region of that kind: two digits for a state ("06" Hessen), five for a district or an
 * independent city ("06412" Frankfurt am Main), and a district lies in its state.
 */
export function isAgsPrefix(code: string, kind: RegionKind, stateCode?: string): boolean {
  if (kind === 'STATE') return /^(0[1-9]|1[0-6])$/.test(code);
  if (!/^(0[1-9]|1[0-6])\d{3}$/.test(code)) return false;
  return stateCode === undefined || code.startsWith(stateCode);
}
