import { hessen } from './hessen';
import { sachsenAnhalt } from './sachsen-anhalt';
import type { SeedAlliance } from './seed-types';

export type { SeedAlliance } from './seed-types';

/** The demo alliances, Hessen first: the one a new user sees. */
export const demoAlliances: SeedAlliance[] = [hessen, sachsenAnhalt];
