import { request, type APIRequestContext } from 'playwright-core';
import { inject } from 'vitest';
import { ACCOUNTS, DEMO_PASSWORD } from './accounts';

export type MembershipRole = 'CHAIR' | 'DEPUTY_CHAIR' | 'SECRETARIAT' | 'MEMBER' | 'OBSERVER';

export interface Invitee {
  readonly email: string;
  readonly displayName: string;
  /** The body's name in Sachsen-Anhalt, e.g. "Arbeitsgruppe Digitalisierung der Arbeitswelt". */
  readonly body: string;
  readonly role: MembershipRole;
  /** The organisation (its name in Sachsen-Anhalt) the person will represent there, if any. */
  readonly organisation?: string;
}

/** A new address on the reserved domain, different in every test. */
export function newAddress(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@sachsen-anhalt.example.org`;
}

async function graphql<T>(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await api.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * The Sachsen-Anhalt secretariat invites the person over the api, signed in with its own cookie:
 * for tests whose subject is what comes after the invitation, not the administration screen.
 * Invitations go to Sachsen-Anhalt: the other specs read Hessen's demo data as seeded.
 */
export async function secretariatInvites(invitee: Invitee): Promise<void> {
  const api = await request.newContext({ baseURL: inject('baseUrl') });
  try {
    await graphql(api, 'mutation ($input: SignInInput!) { signIn(input: $input) { account { id } } }', {
      input: { email: ACCOUNTS.sachsenAnhaltSecretariat, password: DEMO_PASSWORD },
    });
    const { alliance } = await graphql<{ alliance: { bodies: { id: string; name: string }[]; organisations: { id: string; name: string }[] } }>(
      api,
      'query { alliance(slug: "sachsen-anhalt") { bodies { id name } organisations { id name } } }',
    );
    const body = alliance.bodies.find((candidate) => candidate.name === invitee.body);
    if (!body) throw new Error(`Sachsen-Anhalt has no body "${invitee.body}"`);
    const organisation = invitee.organisation ? alliance.organisations.find((candidate) => candidate.name === invitee.organisation) : undefined;
    if (invitee.organisation && !organisation) throw new Error(`Sachsen-Anhalt has no organisation "${invitee.organisation}"`);
    await graphql(api, 'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }', {
      input: { email: invitee.email, displayName: invitee.displayName, bodyId: body.id, role: invitee.role, organisationId: organisation?.id ?? null },
    });
  } finally {
    await api.dispose();
  }
}

/**
 * The Sachsen-Anhalt secretariat founds a new body over the api: for tests that need a body whose
 * members are exactly the people they invite (ballots count its members).
 */
export async function secretariatCreatesBody(name: string): Promise<void> {
  const api = await request.newContext({ baseURL: inject('baseUrl') });
  try {
    await graphql(api, 'mutation ($input: SignInInput!) { signIn(input: $input) { account { id } } }', {
      input: { email: ACCOUNTS.sachsenAnhaltSecretariat, password: DEMO_PASSWORD },
    });
    const { alliance } = await graphql<{ alliance: { id: string } }>(api, 'query { alliance(slug: "sachsen-anhalt") { id } }');
    await graphql(api, 'mutation ($input: CreateBodyInput!) { createBody(input: $input) { id } }', { input: { allianceId: alliance.id, name } });
  } finally {
    await api.dispose();
  }
}

/** The token of a mailed link: its last path segment. */
export function tokenOf(link: string): string {
  return new URL(link).pathname.split('/').at(-1) ?? '';
}

/** Accepts an invitation over the api with a password, as the invitation page would. */
export async function acceptOverApi(token: string, password: string): Promise<void> {
  const api = await request.newContext({ baseURL: inject('baseUrl') });
  try {
    await graphql(api, 'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { account { id } } }', {
      input: { token, password },
    });
  } finally {
    await api.dispose();
  }
}
