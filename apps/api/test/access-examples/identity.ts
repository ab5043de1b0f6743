import { DEMO_PASSWORD as PASSWORD, type Examples } from './example';

/** Signing in and out. */
export const identityExamples: Examples = {
  'Query.viewer': { query: '{ viewer { account { id } } }' },
  'Mutation.signIn': {
    query: `mutation { signIn(input: { email: "mitglied@hessen.example.org", password: "${PASSWORD}" }) { account { id } } }`,
  },
  'Mutation.signOut': { query: 'mutation { signOut }' },
  'Mutation.signOutEverywhere': { query: 'mutation { signOutEverywhere }' },
};
