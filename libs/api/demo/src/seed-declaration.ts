import { randomUUID } from 'node:crypto';
import {
  Amendment,
  AmendmentComment,
  AmendmentSupport,
  Declaration,
  DeclarationDrafter,
  DeclarationRevision,
  Endorsement,
} from '@pakt/api-declaration';
import { Organisation } from '@pakt/api-alliance';
import { type AmendmentChange, type DeclarationText, draftParagraph, findParagraph, mergeAmendment } from '@pakt/domain';
import type { EntityManager } from 'typeorm';
import type { SeedAlliance, SeedAmendment, SeedWording } from './data/seed-types';
import { namesOf } from './seed-workspace';

// The steering board's joint declaration as the services would have left it: the draft as
// revision 1, every accepted amendment merged by @pakt/domain's mergeAmendment (a revision each,
// with its provenance), the others rejected, withdrawn or lapsed, and the partners' answers.

const at = (date: string) => new Date(`${date}T10:00:00Z`);

function reworded(text: string, wording: SeedWording): string {
  // The data's test makes sure every `from` occurs; a miss is a programming error worth a loud failure.
  if (!text.includes(wording.from)) throw new Error(`Demo declaration: "${wording.from}" is not in "${text}"`);
  return text.replace(wording.from, wording.to);
}

/** Seeds the alliance's declaration once, when it has none. Returns whether it did. */
export async function seedDeclaration(manager: EntityManager, allianceId: string, seed: SeedAlliance): Promise<boolean> {
  const data = seed.declaration;
  if (!data || (await manager.existsBy(Declaration, { allianceId }))) return false;
  const names = await namesOf(manager, allianceId, seed);
  const draft: DeclarationText = {
    preamble: data.preamble,
    sections: data.sections.map((section) => ({
      key: randomUUID(),
      heading: section.heading,
      paragraphs: section.paragraphs.map((text) => draftParagraph(randomUUID(), text)),
    })),
  };
  const keyOf = (section: number, paragraph: number) => draft.sections[section]!.paragraphs[paragraph]!.key;
  const draftText = (section: number, paragraph: number) => draft.sections[section]!.paragraphs[paragraph]!.text;
  const declarationId = randomUUID();
  const started = at(data.amendments[0]?.proposedOn ?? data.adoptedOn);
  await manager.insert(Declaration, {
    id: declarationId,
    allianceId,
    bodyId: names.body(data.body),
    title: data.title,
    phase: 'ADOPTED',
    content: draft,
    revision: 1,
    adoptedAt: at(data.adoptedOn),
    finalVote: { ballotId: null, accepted: true, reason: data.finalVote },
    version: 1,
    createdAt: started,
    updatedAt: at(data.adoptedOn),
  });
  await manager.insert(DeclarationRevision, {
    declarationId,
    number: 1,
    title: data.title,
    content: draft,
    amendmentId: null,
    authorPersonId: names.person(data.draftedBy),
    createdAt: started,
  });
  await manager.insert(DeclarationDrafter, data.draftingTeam.map((person) => ({ declarationId, personId: names.person(person) })));

  // Each amendment as proposed against the draft, then the accepted ones merged in the order they were decided.
  const proposed = data.amendments.map((amendment, index) => ({ seed: amendment, id: randomUUID(), number: index + 1, change: changeOf(amendment) }));
  let content = draft;
  let revision = 1;
  const merged = new Map<string, AmendmentChange>();
  const accepted = proposed
    .filter((amendment) => amendment.seed.outcome.state === 'ACCEPTED')
    .sort((a, b) => decidedOn(a.seed).localeCompare(decidedOn(b.seed)));
  for (const amendment of accepted) {
    const outcome = amendment.seed.outcome as Extract<SeedAmendment['outcome'], { state: 'ACCEPTED' }>;
    const change = amendment.change;
    // Rebased onto the text as it is when decided: the same words changed in the current wording.
    const current = change.kind === 'REPLACE' ? findParagraph(content, change.paragraphKey)!.paragraph.text : '';
    const effective: AmendmentChange =
      change.kind === 'REPLACE' && amendment.seed.change.kind === 'REPLACE'
        ? { ...change, baseText: current, text: reworded(current, outcome.modified ?? amendment.seed.change.wording) }
        : change;
    const result = mergeAmendment(content, amendment.id, effective);
    if (!result.ok) throw new Error(`Demo declaration: amendment ${amendment.number} does not merge (${result.refusal})`);
    content = result.text;
    revision += 1;
    merged.set(amendment.id, effective);
    await manager.insert(DeclarationRevision, {
      declarationId,
      number: revision,
      title: data.title,
      content,
      amendmentId: amendment.id,
      authorPersonId: outcome.decision === 'TAKEOVER' ? names.person(data.draftedBy) : null,
      createdAt: at(outcome.on),
    });
  }
  await manager.update(Declaration, { id: declarationId }, { content, revision, version: revision + 1 });

  for (const amendment of proposed) {
    const { seed: source, change } = amendment;
    const outcome = source.outcome;
    const proposedText = change.kind === 'DELETE' ? '' : change.text;
    const effective = merged.get(amendment.id);
    const rebased = effective && effective.kind === 'REPLACE' && source.change.kind === 'REPLACE' ? effective : null;
    await manager.insert(Amendment, {
      id: amendment.id,
      declarationId,
      allianceId,
      number: amendment.number,
      kind: change.kind,
      sectionKey: draft.sections[source.change.section]!.key,
      paragraphKey: change.kind === 'INSERT' ? null : change.paragraphKey,
      afterParagraphKey: change.kind === 'INSERT' ? change.afterParagraphKey : null,
      baseText: rebased?.baseText ?? (change.kind === 'INSERT' ? '' : change.baseText),
      text: rebased && outcome.state === 'ACCEPTED' && !outcome.modified ? rebased.text : proposedText,
      proposedText,
      reason: source.reason,
      state: outcome.state,
      authorPersonId: names.person(source.author),
      takenOverText: outcome.state === 'ACCEPTED' && outcome.modified && rebased ? rebased.text : null,
      decision: outcome.state === 'ACCEPTED' ? outcome.decision : outcome.state === 'REJECTED' ? 'BALLOT' : null,
      ballotId: null,
      decisionNote: outcome.state === 'ACCEPTED' || outcome.state === 'REJECTED' ? outcome.note : null,
      decidedAt: outcome.state === 'ACCEPTED' || outcome.state === 'REJECTED' ? at(outcome.on) : null,
      version: 2,
      createdAt: at(source.proposedOn),
      updatedAt: at(outcome.state === 'ACCEPTED' || outcome.state === 'REJECTED' ? outcome.on : data.adoptedOn),
    });
    for (const supporter of source.supporters ?? []) {
      await manager.insert(AmendmentSupport, { amendmentId: amendment.id, personId: names.person(supporter), createdAt: at(source.proposedOn) });
    }
    for (const comment of source.comments ?? []) {
      await manager.insert(AmendmentComment, { amendmentId: amendment.id, authorPersonId: names.person(comment.author), body: comment.body, createdAt: at(source.proposedOn) });
    }
  }

  const answers = new Map(data.endorsements.map((answer) => [names.organisation(answer.organisation), answer]));
  const organisations = await manager.findBy(Organisation, { allianceId });
  await manager.insert(
    Endorsement,
    organisations.map((organisation) => {
      const answer = answers.get(organisation.id);
      return {
        declarationId,
        organisationId: organisation.id,
        state: answer?.state ?? 'PENDING',
        reservation: answer?.reservation ?? null,
        answeredAt: answer ? at(answer.on) : null,
        answeredByPersonId: answer ? names.person(answer.by) : null,
        remindedAt: null,
        version: answer ? 2 : 1,
      };
    }),
  );
  return true;

  function changeOf(amendment: SeedAmendment): AmendmentChange {
    const change = amendment.change;
    switch (change.kind) {
      case 'REPLACE': {
        const base = draftText(change.section, change.paragraph);
        return { kind: 'REPLACE', paragraphKey: keyOf(change.section, change.paragraph), baseText: base, text: reworded(base, change.wording) };
      }
      case 'INSERT':
        return { kind: 'INSERT', sectionKey: draft.sections[change.section]!.key, afterParagraphKey: keyOf(change.section, change.after), text: change.text };
      case 'DELETE':
        return { kind: 'DELETE', paragraphKey: keyOf(change.section, change.paragraph), baseText: draftText(change.section, change.paragraph) };
    }
  }
}

function decidedOn(amendment: SeedAmendment): string {
  return amendment.outcome.state === 'ACCEPTED' || amendment.outcome.state === 'REJECTED' ? amendment.outcome.on : '9999-12-31';
}
