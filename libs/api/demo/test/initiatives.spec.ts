import {
  initiativeStatusTransition,
  isValidInitiativePeriod,
  isValidProgressPercent,
  partnerProblem,
  PUBLISHED_RECOMMENDATION_STATES,
} from '@pakt/domain';
import { describe, expect, it } from 'vitest';
import { demoAlliances } from '../src/data';
import { recommendationState } from '../src/data/workspace-history';

const hessen = demoAlliances.find((alliance) => alliance.slug === 'hessen')!;
const initiatives = hessen.workspace!.initiatives!;
const SECRETARIAT = 'Katrin Vogel';

/** The organisations each person of Hessen sits in a body for. */
const represented = new Map<string, Set<string>>();
for (const body of hessen.bodies) {
  for (const membership of body.memberships) {
    represented.set(membership.person, new Set([...(represented.get(membership.person) ?? []), membership.organisation]));
  }
}
const represents = (person: string, organisations: readonly string[]) => organisations.some((key) => represented.get(person)?.has(key));

describe('the demo initiatives of Hessen', () => {
  it('are the ones the Bündnispartner name in their declaration', () => {
    expect(initiatives.map((initiative) => initiative.name)).toEqual([
      'Landesprogramm Fachkräfteoffensive Erzieherinnen und Erzieher',
      'MINT-Aktionslinie',
      'WELCOMECENTER Hessen',
      'Pflegequalifizierungszentrum Hessen',
      'Fachkräftecamps in Gesundheit, Pflege und Kinder- und Jugendhilfe',
      'Intensivklassen an beruflichen Schulen',
      'Förderinstrument „Sozialwirtschaft integriert“',
      'Duales Studium',
      'Stärkung der ländlichen Räume',
    ]);
  });

  it('are running and completed, one of them paused for a while, with milestones and reports', () => {
    const statuses = initiatives.map((initiative) => initiative.statusHistory.at(-1)!.status);
    expect(new Set(statuses)).toEqual(new Set(['RUNNING', 'COMPLETED']));
    expect(initiatives.some((initiative) => initiative.statusHistory.some((change) => change.status === 'PAUSED'))).toBe(true);
    expect(initiatives.filter((initiative) => (initiative.milestones ?? []).length > 0).length).toBeGreaterThan(5);
    expect(initiatives.filter((initiative) => (initiative.reports ?? []).length > 0).length).toBeGreaterThan(6);
  });

  it('keep the rules the api enforces: periods, partners, the status machine, who changed and who reported', () => {
    for (const initiative of initiatives) {
      const { name } = initiative;
      expect(isValidInitiativePeriod(initiative.startOn, initiative.endOn ?? null), name).toBe(true);
      expect(partnerProblem(initiative.kind, initiative.lead, initiative.partners ?? []), name).toBeNull();
      for (const key of [initiative.lead, ...(initiative.partners ?? [])]) expect(hessen.organisations[key], `${name}: ${key}`).toBeDefined();
      for (const region of initiative.regions ?? []) expect(hessen.regions.map((r) => r.name), name).toContain(region);
      const history = initiative.statusHistory;
      history.slice(1).forEach((change, index) => {
        expect(initiativeStatusTransition(history[index]!.status, change.status), `${name}: ${history[index]!.status} → ${change.status}`).toBe(true);
        expect(change.on >= history[index]!.on, name).toBe(true);
      });
      for (const change of history) {
        expect(change.by === SECRETARIAT || represents(change.by, [initiative.lead]), `${name}: ${change.by}`).toBe(true);
      }
      const indicators = new Set((initiative.indicators ?? []).map((indicator) => indicator.name));
      let previous = '';
      for (const report of initiative.reports ?? []) {
        expect(isValidProgressPercent(report.percent), name).toBe(true);
        expect(report.on >= initiative.startOn && report.on >= previous, `${name}: ${report.on}`).toBe(true);
        previous = report.on;
        expect(report.by === SECRETARIAT || represents(report.by, [initiative.lead, ...(initiative.partners ?? [])]), `${name}: ${report.by}`).toBe(true);
        for (const indicator of Object.keys(report.values ?? {})) expect(indicators, name).toContain(indicator);
      }
    }
  });

  it('implement only recommendations that are approved or adopted', () => {
    const recommendations = new Map(hessen.workspace!.recommendations.map((recommendation) => [recommendation.key, recommendation]));
    for (const initiative of initiatives) {
      for (const key of initiative.recommendations ?? []) {
        const recommendation = recommendations.get(key);
        expect(recommendation, `${initiative.name}: ${key}`).toBeDefined();
        expect(PUBLISHED_RECOMMENDATION_STATES).toContain(recommendationState(recommendation!));
      }
    }
  });
});
