import type { Examples } from './example';

/** Reading the audit log (there is no operation that changes it). */
export const auditExamples: Examples = {
  'Query.auditLog': {
    query: async (app) => {
      const [hessen] = await app.dataSource.query<Array<{ id: string }>>(`SELECT id FROM alliance WHERE slug = 'hessen'`);
      return `{ auditLog(allianceId: "${hessen!.id}", first: 5) { totalCount edges { node { id action } } } }`;
    },
    alliance: 'hessen',
  },
};
