import {
  checkRecommendationTransition,
  type Grant,
  holds,
  isRecommendationEditable,
  missingForSubmission,
  RECOMMENDATION_STATES,
  RECOMMENDATION_TRANSITIONS,
  type RecommendationState,
  signOffPlanVersion,
  type PlanVersionFacts,
  type SignOffRole,
  submissionProblems,
} from '@pakt/domain';
import { describe, expect, it } from 'vitest';
import { demoAlliances, type SeedAlliance } from '../src/data';
import { PLAN_V1_APPROVED_AT, SHORTAGE, SHORTAGE_SHARE } from '../src/data/hessen-plan';
import type { Instant, SeedRecommendation, SeedWorkspace } from '../src/data/seed-types';
import { approvedAt, authorsOf, recommendationState, resolveTransitions, revisionContents } from '../src/data/workspace-history';

const hessen = demoAlliances.find((a) => a.slug === 'hessen') as SeedAlliance;
const workspace = hessen.workspace as SeedWorkspace;
const recommendations = workspace.recommendations;
const time = (instant: Instant) => Date.parse(instant);

/** What the person holds in Hessen on the day of the instant: their memberships then, and alliance roles. */
function grantsOf(person: string, at: Instant): Grant[] {
  const day = at.slice(0, 10);
  const seats = hessen.bodies.flatMap((body) =>
    body.memberships
      .filter((m) => m.person === person && (m.since ?? body.since) <= day && (m.until === undefined || day <= m.until))
      .map((m) => ({ allianceId: hessen.slug, bodyId: body.name, role: m.role })),
  );
  const account = hessen.accounts.find((a) => a.person === person);
  return [...seats, ...(account?.allianceRoles ?? []).map((role) => ({ allianceId: hessen.slug, bodyId: null, role }))];
}

const scopeOf = (r: SeedRecommendation) => ({ allianceId: hessen.slug, bodyId: r.focusGroup });

/** The recommendation's state just before the instant. */
function stateBefore(r: SeedRecommendation, at: Instant): RecommendationState {
  return resolveTransitions(r).filter((t) => time(t.at) <= time(at)).at(-1)?.to ?? 'DRAFT';
}

describe("Hessen's demo recommendations", () => {
  it('are in every state of the workflow, in each of the four focus groups', () => {
    const states = new Set(recommendations.map(recommendationState));
    expect([...states].sort()).toEqual([...RECOMMENDATION_STATES].sort());
    const groups = hessen.bodies.filter((b) => b.kind === 'FOCUS_GROUP');
    expect(groups).toHaveLength(4);
    for (const group of groups) {
      const own = recommendations.filter((r) => r.focusGroup === group.name);
      expect(own.length, group.name).toBeGreaterThanOrEqual(4);
      expect(new Set(own.map(recommendationState)).size, group.name).toBeGreaterThanOrEqual(3);
      for (const r of own) expect(group.actionFields, r.key).toContain(r.actionField);
    }
    // The demo accounts' group shows the whole workflow.
    const digital = recommendations.filter((r) => r.focusGroup === 'Fokusgruppe Digitaler Wandel und Handwerk');
    expect(new Set(digital.map(recommendationState)).size).toBe(RECOMMENDATION_STATES.length);
  });

  it('have unique keys and titles and fit the limits the api enforces', () => {
    expect(new Set(recommendations.map((r) => r.key)).size).toBe(recommendations.length);
    for (const r of recommendations) {
      for (const content of revisionContents(r)) {
        expect(content.title.length, r.key).toBeGreaterThan(0);
        expect(content.title.length, r.key).toBeLessThanOrEqual(200);
        expect(content.timeFrame.length, r.key).toBeLessThanOrEqual(200);
        for (const text of [content.problem, content.measure, content.expectedEffect]) expect(text.length, r.key).toBeLessThanOrEqual(20_000);
        // Stored as the api stores what it is sent: trimmed.
        for (const text of [content.title, content.problem, content.measure, content.expectedEffect, content.timeFrame, content.costNotes ?? '']) {
          expect(text, r.key).toBe(text.trim());
        }
        expect((content.costNotes ?? '').length, r.key).toBeLessThanOrEqual(5_000);
        for (const key of content.addresseeOrganisations) expect(hessen.organisations, r.key).toHaveProperty(key);
        for (const name of content.citedIndicators) expect(workspace.indicators.map((i) => i.name), r.key).toContain(name);
        expect(new Set(content.addresseeOrganisations).size).toBe(content.addresseeOrganisations.length);
      }
    }
    const titles = recommendations.map((r) => revisionContents(r).at(-1)?.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('move only along the domain workflow, each step taken by someone the policy allows, with a reason where one is required', () => {
    for (const r of recommendations) {
      for (const t of resolveTransitions(r)) {
        const label = `${r.key}: ${t.action} at ${t.at}`;
        if (t.action === 'ADOPT') {
          expect(t.by, label).toBeNull();
          expect(RECOMMENDATION_TRANSITIONS.ADOPT.permission).toBeNull();
          continue;
        }
        expect(t.by, label).not.toBeNull();
        const check = checkRecommendationTransition(grantsOf(t.by ?? '', t.at), { ...scopeOf(r), focusGroupId: r.focusGroup, state: t.from }, t.action, t.comment);
        expect(check, label).toEqual({ ok: true, to: t.to });
      }
    }
  });

  it('are submitted only when complete, and changed only while a draft or returned, by people of the group', () => {
    for (const r of recommendations) {
      const contents = revisionContents(r);
      for (const t of resolveTransitions(r).filter((step) => step.action === 'SUBMIT')) {
        const content = contents[r.revisions.filter((rev) => time(rev.at) <= time(t.at)).length - 1]!;
        const missing = missingForSubmission({
          ...content,
          addresseeOrganisationIds: content.addresseeOrganisations,
        });
        expect(missing, `${r.key} submitted at ${t.at}`).toEqual([]);
      }
      for (const [index, revision] of r.revisions.entries()) {
        const label = `${r.key} revision ${index + 1}`;
        expect(holds(grantsOf(revision.by, revision.at), 'recommendation.draft', scopeOf(r)), label).toBe(true);
        if (index > 0) expect(isRecommendationEditable(stateBefore(r, revision.at)), label).toBe(true);
        // Every save changes something, so the history shows a difference.
        if (index > 0) expect(Object.keys(revision.set).length, label).toBeGreaterThan(0);
      }
    }
    // Some have several revisions, so their history compares something.
    expect(recommendations.filter((r) => r.revisions.length >= 3).length).toBeGreaterThanOrEqual(3);
  });

  it('tell their history in order: created, then saved, moved, discussed and supported by people who may', () => {
    for (const r of recommendations) {
      const created = time(r.revisions[0].at);
      const moments = [...r.revisions.map((rev) => rev.at), ...r.transitions.map((t) => t.at)];
      expect(r.revisions.map((rev) => time(rev.at)), r.key).toEqual([...r.revisions.map((rev) => time(rev.at))].sort((a, b) => a - b));
      expect(r.transitions.map((t) => time(t.at)), r.key).toEqual([...r.transitions.map((t) => time(t.at))].sort((a, b) => a - b));
      for (const moment of moments) expect(time(moment), r.key).toBeGreaterThanOrEqual(created);
      for (const thread of r.threads ?? []) {
        expect(time(thread.at), r.key).toBeGreaterThanOrEqual(created);
        expect(holds(grantsOf(thread.by, thread.at), 'recommendation.discuss', scopeOf(r)), `${r.key}: ${thread.by}`).toBe(true);
        let previous = time(thread.at);
        for (const reply of thread.replies ?? []) {
          expect(time(reply.at), r.key).toBeGreaterThan(previous);
          if (reply.editedAt) expect(time(reply.editedAt), r.key).toBeGreaterThan(time(reply.at));
          previous = time(reply.at);
          expect(holds(grantsOf(reply.by, reply.at), 'recommendation.discuss', scopeOf(r)), `${r.key}: ${reply.by}`).toBe(true);
        }
        if (thread.resolved) {
          expect(time(thread.resolved.at), r.key).toBeGreaterThan(previous);
          expect(holds(grantsOf(thread.resolved.by, thread.resolved.at), 'recommendation.discuss', scopeOf(r))).toBe(true);
        }
      }
      const supporters = (r.supporters ?? []).map((s) => s.person);
      expect(new Set(supporters).size, r.key).toBe(supporters.length);
      for (const s of r.supporters ?? []) {
        expect(time(s.at), r.key).toBeGreaterThanOrEqual(created);
        expect(holds(grantsOf(s.person, s.at), 'recommendation.discuss', scopeOf(r)), `${r.key}: ${s.person}`).toBe(true);
      }
      for (const author of authorsOf(r)) expect(grantsOf(author.person, author.since).length, author.person).toBeGreaterThan(0);
    }
    const threads = recommendations.flatMap((r) => r.threads ?? []);
    expect(threads.filter((t) => t.resolved).length).toBeGreaterThanOrEqual(1);
    expect(threads.filter((t) => !t.resolved && (t.replies ?? []).length > 0).length).toBeGreaterThanOrEqual(1);
    expect(threads.flatMap((t) => [t, ...(t.replies ?? [])]).filter((c) => c.editedAt).length).toBeGreaterThanOrEqual(1);
  });

  it('give the reviewers reasons: every return and rejection says why, and a withdrawal too', () => {
    const reasons = recommendations.flatMap((r) => resolveTransitions(r)).filter((t) => ['RETURN', 'REJECT', 'WITHDRAW'].includes(t.action));
    expect(new Set(reasons.map((t) => t.action))).toEqual(new Set(['RETURN', 'REJECT', 'WITHDRAW']));
    for (const t of reasons) expect(t.comment?.trim().length ?? 0, `${t.action} at ${t.at}`).toBeGreaterThan(20);
  });

  it('let the demo accounts act: the member has a returned draft of their own, the group chair a submission to review', () => {
    const own = recommendations.filter((r) => authorsOf(r).some((a) => a.person === 'Oliver Frank'));
    expect(own.map(recommendationState)).toEqual(expect.arrayContaining(['RETURNED', 'DRAFT', 'SUBMITTED', 'ADOPTED']));
    const queue = recommendations.filter((r) => r.focusGroup === 'Fokusgruppe Digitaler Wandel und Handwerk' && recommendationState(r) === 'SUBMITTED');
    expect(queue.length).toBeGreaterThanOrEqual(1);
  });
});

describe("Hessen's demo indicators", () => {
  const byName = (name: string) => workspace.indicators.find((i) => i.name === name)!;
  const series = (name: string, seriesName: string) => new Map(byName(name).series.find((s) => s.name === seriesName)!.values);

  it('carry the IWAK forecast for 2028: about 200,000 missing, about 135,000 vocational and almost 67,000 academic', () => {
    const shortage = byName(SHORTAGE);
    expect(shortage).toMatchObject({ unit: 'Personen', source: expect.stringContaining('IWAK') });
    expect(shortage.series.map((s) => s.name)).toEqual(['Insgesamt', 'Berufliche Ausbildung', 'Akademisch']);
    expect(series(SHORTAGE, 'Berufliche Ausbildung').get(2028)).toBe(135_000);
    const academic = series(SHORTAGE, 'Akademisch').get(2028)!;
    expect(academic).toBeGreaterThan(66_000);
    expect(academic).toBeLessThan(67_000);
    expect(Math.abs(series(SHORTAGE, 'Insgesamt').get(2028)! - 200_000)).toBeLessThan(5_000);
    // The description says which figures are the source's and which are illustrative.
    expect(shortage.description).toMatch(/2028/);
    expect(shortage.description).toMatch(/interpoliert/);
  });

  it('add up: Insgesamt is the sum of the two levels every year, rising to 2028, and above 100,000 in 2026', () => {
    const total = series(SHORTAGE, 'Insgesamt');
    const vocational = series(SHORTAGE, 'Berufliche Ausbildung');
    const academic = series(SHORTAGE, 'Akademisch');
    expect([...total.keys()]).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028]);
    for (const [year, value] of total) expect(value, String(year)).toBe(vocational.get(year)! + academic.get(year)!);
    const values = [...total.values()];
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]!);
    expect(total.get(2026)).toBeGreaterThan(100_000);
  });

  it('show the shares of the two levels, adding up to 100 percent', () => {
    const vocational = series(SHORTAGE_SHARE, 'Berufliche Ausbildung');
    const academic = series(SHORTAGE_SHARE, 'Akademisch');
    for (const [year, value] of vocational) expect(Math.abs(value + academic.get(year)! - 100), String(year)).toBeLessThanOrEqual(0.1);
    expect(vocational.get(2028)).toBeCloseTo(66.9, 1);
  });

  it('each have one value per series and year, and distinct names', () => {
    expect(new Set(workspace.indicators.map((i) => i.name)).size).toBe(workspace.indicators.length);
    for (const indicator of workspace.indicators) {
      expect(indicator.name.length).toBeLessThanOrEqual(200);
      expect(indicator.unit.length).toBeLessThanOrEqual(50);
      for (const s of indicator.series) expect(new Set(s.values.map(([year]) => year)).size).toBe(s.values.length);
    }
  });
});

describe("Hessen's first Bündnisplan", () => {
  const plan = workspace.plan!;
  const [v1] = plan.versions;

  it('is approved by the steering board chair and deputy, each signing once in their role, on the day of adoption', () => {
    expect(plan.versions).toHaveLength(1);
    const board = hessen.bodies.find((b) => b.kind === 'STEERING_BOARD')!;
    let facts: PlanVersionFacts = { state: 'SUBMITTED', signOffs: [] };
    for (const signOff of v1!.signOffs) {
      const roles = board.memberships
        .filter((m) => m.person === signOff.person && ['CHAIR', 'DEPUTY_CHAIR'].includes(m.role))
        .map((m) => m.role as SignOffRole);
      const result = signOffPlanVersion(facts, { personId: signOff.person, roles });
      expect(result.ok, signOff.person).toBe(true);
      if (!result.ok) return;
      expect(result.value.role).toBe(signOff.role);
      facts = result.value.version;
      expect(time(signOff.at)).toBeGreaterThan(time(v1!.submittedAt!));
    }
    expect(facts.state).toBe('APPROVED');
    expect(approvedAt(v1!)).toBe(PLAN_V1_APPROVED_AT);
    expect(submissionProblems({ situationAssessment: v1!.situationAssessment, recommendationCount: v1!.recommendations.length })).toEqual({});
  });

  it('adopts exactly the recommendations it contains, each approved before the plan was submitted', () => {
    const keys = new Set(v1!.recommendations);
    expect(keys.size).toBe(v1!.recommendations.length);
    for (const r of recommendations) {
      const adopted = recommendationState(r) === 'ADOPTED';
      expect(adopted, r.key).toBe(keys.has(r.key));
      if (!adopted) continue;
      const steps = resolveTransitions(r);
      expect(steps.at(-1)).toMatchObject({ action: 'ADOPT', at: PLAN_V1_APPROVED_AT, comment: 'Bündnisplan, Version 1' });
      const approval = steps.find((t) => t.action === 'APPROVE')!;
      expect(time(approval.at), r.key).toBeLessThan(time(v1!.submittedAt!));
    }
    // Every focus group contributes to the plan.
    const groups = new Set(recommendations.filter((r) => keys.has(r.key)).map((r) => r.focusGroup));
    expect(groups.size).toBe(4);
  });

  it('states the forecast in its Standortbestimmung, names the initiatives and commits the partners', () => {
    expect(v1!.indicators).toEqual([SHORTAGE]);
    expect(v1!.situationAssessment).toMatch(/demografische Wandel/);
    expect(v1!.situationAssessment).toMatch(/200\.000/);
    expect(v1!.situationAssessment).toMatch(/135\.000/);
    expect(v1!.situationAssessment).toMatch(/67\.000/);
    for (const initiative of ['WELCOMECENTER Hessen', 'MINT-Aktionslinie', 'Pflegequalifizierungszentrum Hessen', 'Fachkräfteoffensive Erzieherinnen und Erzieher']) {
      expect(v1!.initiativesText).toContain(initiative);
    }
    expect(v1!.commitments).toMatch(/verpflichten sich/);
    for (const text of [v1!.situationAssessment, v1!.initiativesText, v1!.commitments]) expect(text.length).toBeLessThanOrEqual(50_000);
    expect(time(v1!.createdAt)).toBeLessThan(time(v1!.submittedAt!));
  });
});

describe('the other demo alliance', () => {
  it('has no workspace of its own yet', () => {
    expect(demoAlliances.find((a) => a.slug === 'sachsen-anhalt')?.workspace).toBeUndefined();
  });
});
