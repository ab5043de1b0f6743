import type { Examples } from './example';

/** Reading the alliance structure. */
export const allianceExamples: Examples = {
  'Query.alliances': { query: '{ alliances { id } }' },
  'Query.alliance': { query: '{ alliance(slug: "hessen") { id } }', alliance: 'hessen', found: (data) => data.alliance !== null },
};
