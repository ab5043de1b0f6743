/** The phases in their order (libs/domain's declaration state machine moves along them). */
export const DECLARATION_PHASES = ['DRAFTING', 'AMENDMENTS', 'DECIDING', 'FINAL_VOTE', 'ADOPTED'] as const;
export type DeclarationPhase = (typeof DECLARATION_PHASES)[number];
