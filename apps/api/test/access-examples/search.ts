import type { Examples } from './example';

/** Searching an alliance (there is no operation that changes anything). */
export const searchExamples: Examples = {
  'Query.search': {
    query: async (app) => {
      const [hessen] = await app.dataSource.query<Array<{ id: string }>>(`SELECT id FROM alliance WHERE slug = 'hessen'`);
      return `{ search(allianceId: "${hessen!.id}", query: "Fachkräfte", first: 5) { totalCount edges { node { kind id title } } } }`;
    },
    alliance: 'hessen',
  },
};
