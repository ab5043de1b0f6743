import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { BallotPage } from '../pages/ballot-pages';
import { AmendmentPage, DeclarationListPage, DraftEditor } from '../pages/declaration-pages';
import { ACCOUNTS, signIn } from '../support/accounts';
import { freshVisitorForEachTest, newVisitor } from '../support/chromium';
import { acceptOverApi, newAddress, secretariatCreatesBody, secretariatInvites, tokenOf, type MembershipRole } from '../support/invitations';
import { waitForMail } from '../support/outbox';

// The declaration is Sachsen-Anhalt's, of a body this spec founds: its members are exactly the
// people invited here, so the ballots count them and no other spec's data. The secretariat of
// the pact drafts (the drafting team by its role); the body's chair steers.
const SLUG = 'sachsen-anhalt';
const PASSWORD = 'erklaerung-e2e-2026';
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const suffix = Date.now().toString(36);
const BODY = `Redaktionskreis Fachkräfteerklärung ${suffix}`;
const TITLE = `Gemeinsame Erklärung zur Fachkräftesicherung ${suffix}`;
const REPRESENTED = { first: 'IHK Magdeburg', second: 'DGB Sachsen-Anhalt' } as const;

interface Person {
  readonly email: string;
  readonly name: string;
  readonly role: MembershipRole;
  readonly organisation?: string;
}

const PEOPLE = {
  chair: { email: newAddress('erklaerung-vorsitz'), name: 'Dr. Ilona Berger', role: 'CHAIR' },
  first: { email: newAddress('erklaerung-ihk'), name: 'Karsten Möbius', role: 'MEMBER', organisation: REPRESENTED.first },
  second: { email: newAddress('erklaerung-dgb'), name: 'Sabine Richter', role: 'MEMBER', organisation: REPRESENTED.second },
  third: { email: newAddress('erklaerung-mitglied'), name: 'Tom Albrecht', role: 'MEMBER' },
} satisfies Record<string, Person>;

const TEXT = {
  preamble: 'Die Partner des Paktes erklären gemeinsam, wie sie Fachkräfte in Sachsen-Anhalt sichern wollen.',
  sections: [
    {
      heading: 'Ausbildung stärken',
      paragraphs: [
        'Die Partner werben gemeinsam für die duale Ausbildung in allen Landkreisen.',
        'Betriebe und Schulen arbeiten bei der Berufsorientierung eng zusammen.',
      ],
    },
    {
      heading: 'Zuwanderung gestalten',
      paragraphs: ['Die Partner begleiten internationale Fachkräfte vom ersten Kontakt bis zur Einbürgerung.'],
    },
  ],
} as const;

const visitor = freshVisitorForEachTest();

/** Signs in as someone else (signIn signs out whoever was signed in). */
const as = (email: string, password = PASSWORD) => signIn(visitor, email, password);

async function violations(): Promise<string[]> {
  const results = await new AxeBuilder({ page: visitor.page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** The body's members vote yes one after another on the open ballot; the chair closes it; returns the result's reason. */
async function everyoneVotesYesAndChairCloses(ballotPath: string): Promise<{ verdict: string; reason: string }> {
  const ballot = new BallotPage(visitor.page);
  for (const person of [PEOPLE.first, PEOPLE.second, PEOPLE.third, PEOPLE.chair]) {
    await as(person.email);
    await ballot.open(ballotPath);
    await ballot.vote('Ja');
  }
  await ballot.step('Abstimmung schließen');
  return ballot.waitForResult();
}

describe('the joint declaration', () => {
  beforeAll(async () => {
    await secretariatCreatesBody(BODY);
    for (const person of Object.values(PEOPLE)) {
      await secretariatInvites({ email: person.email, displayName: person.name, body: BODY, role: person.role, organisation: 'organisation' in person ? person.organisation : undefined });
      await acceptOverApi(tokenOf((await waitForMail(person.email, 'invitation')).link), PASSWORD);
    }
  });

  it('goes from the drafting team’s text through amendments, ballot and takeover to adoption, endorsements and the PDF', async () => {
    // The drafting team (the pact's secretariat) begins the declaration and writes two sections.
    await as(ACCOUNTS.sachsenAnhaltSecretariat, 'pakt-demo');
    const list = new DeclarationListPage(visitor.page);
    await list.open(SLUG);
    const reader = await list.create(TITLE, BODY);
    const path = reader.path();
    expect(await reader.currentPhase()).toBe('Entwurf');
    const editor = await reader.edit();
    await editor.write(TEXT);
    // Creating it was revision 1 (empty); the first save is revision 2.
    expect(await editor.save()).toBe(2);
    await reader.open(path);
    expect(await reader.paragraph(1).innerText()).toContain(TEXT.sections[0].paragraphs[0]);
    expect(await reader.paragraph(3).innerText()).toContain(TEXT.sections[1].paragraphs[0]);

    // The chair opens the amendment phase.
    await as(PEOPLE.chair.email);
    await reader.open(path);
    await reader.advanceTo('Änderungsanträge');
    expect(await violations()).toEqual([]);

    // Two members amend paragraph 1: one changes its start, the other the same words (overlapping)
    // and its end (not overlapping the first); a third member amends paragraph 3.
    await as(PEOPLE.first.email);
    await reader.open(path);
    let form = await reader.proposeTo(1);
    await form.textField().fill('Die Partner werben gemeinsam und sichtbar für die duale Ausbildung in allen Landkreisen.');
    // The diff follows the typing: the inserted words show before anything is sent.
    await form.inserted().filter({ hasText: 'und sichtbar' }).waitFor();
    expect(await violations()).toEqual([]);
    const byBallot = await form.propose(
      'Die Partner werben gemeinsam und sichtbar für die duale Ausbildung in allen Landkreisen.',
      'Sichtbarkeit ist der Kern der Kampagne.',
    );
    const byBallotPath = byBallot.path();

    await as(PEOPLE.second.email);
    await reader.open(path);
    form = await reader.proposeTo(1);
    const overlapping = await form.propose(
      'Die Partner werben gemeinsam mit den Kammern für die duale Ausbildung in allen Landkreisen.',
      'Die Kammern gehören dazu.',
    );
    const overlappingPath = overlapping.path();
    await reader.open(path);
    form = await reader.proposeTo(1);
    const rebased = await form.propose(
      'Die Partner werben gemeinsam für die duale Ausbildung in allen Städten und Landkreisen.',
      'Auch die kreisfreien Städte.',
    );
    const rebasedPath = rebased.path();

    await as(PEOPLE.third.email);
    await reader.open(path);
    form = await reader.proposeTo(3);
    const takenOver = await form.propose(
      'Die Partner begleiten internationale Fachkräfte und ihre Familien vom ersten Kontakt bis zur Einbürgerung.',
      'Familien entscheiden mit.',
    );
    const takenOverPath = takenOver.path();

    // Another member supports it.
    await as(PEOPLE.first.email);
    await takenOver.open(takenOverPath);
    await takenOver.support();
    expect(await takenOver.waitForFact('Unterstützt von', '1 Unterstützung')).toBe('1 Unterstützung');

    // Beside paragraph 1 the overlap is flagged before anything is decided.
    await reader.open(path);
    const besideFirst = reader.amendmentsOf(1);
    expect(await besideFirst.getByRole('article').count()).toBe(3);
    expect(await besideFirst.innerText()).toMatch(/Überschneidet sich mit Antrag 2/);

    // The chair moves on to deciding and puts the first amendment to the vote.
    await as(PEOPLE.chair.email);
    await reader.open(path);
    await reader.advanceTo('Entscheidung');
    const deciding = await reader.deciding();
    expect(await deciding.entry(1).innerText()).toMatch(/Überschneidet sich mit Antrag 2/);
    expect(await violations()).toEqual([]);
    await deciding.button('Abstimmung über Antrag 1 eröffnen', deciding.entry(1)).click();
    const ballot = new BallotPage(visitor.page);
    // The ballot is opened at once, on the decisions engine's own page.
    await ballot.waitForHeading(`Ä 1: ${TITLE}`);
    await ballot.loaded();
    const amendmentBallotPath = ballot.path();
    const amendmentResult = await everyoneVotesYesAndChairCloses(amendmentBallotPath);
    expect(amendmentResult.verdict).toBe('Angenommen');

    // Accepted by ballot; the overlapping one is marked for a new version; the other one of the
    // same paragraph is rebased onto the new wording and still open.
    const amendment = new AmendmentPage(visitor.page);
    await amendment.open(byBallotPath);
    expect(await amendment.fact('Stand').innerText()).toBe('Angenommen');
    expect(await amendment.fact('Entscheidung').innerText()).toMatch(/^Durch Abstimmung/);
    await amendment.open(overlappingPath);
    expect(await amendment.fact('Stand').innerText()).toBe('Neue Fassung nötig');
    await amendment.open(rebasedPath);
    expect(await amendment.fact('Stand').innerText()).toBe('Beantragt');
    expect(await amendment.main().innerText()).toContain('Automatisch an den geänderten Text angepasst');
    expect(await amendment.change().locator('ins').allInnerTexts()).toEqual([expect.stringContaining('Städten und')]);

    // The drafting team takes the rebased one over as it is and the third one in a modified form.
    await as(ACCOUNTS.sachsenAnhaltSecretariat, 'pakt-demo');
    await amendment.open(rebasedPath);
    await amendment.takeOver();
    await amendment.open(takenOverPath);
    await amendment.takeOver('Die Partner begleiten internationale Fachkräfte und ihre Familien vom ersten Kontakt an.');
    expect(await amendment.fact('Entscheidung').innerText()).toMatch(/^Durch Übernahme des Redaktionsteams/);
    expect(await amendment.section(/^Vom Redaktionsteam geänderte Fassung/).locator('del').allInnerTexts()).toEqual([expect.stringContaining('bis zur Einbürgerung')]);

    // The consolidated text names the amendment behind each change.
    await reader.open(path);
    const first = reader.paragraph(1);
    expect(await first.locator('ins', { hasText: 'und sichtbar' }).getAttribute('title')).toBe(`Änderungsantrag 1 (${PEOPLE.first.name})`);
    expect(await first.locator('ins', { hasText: 'Städten und' }).getAttribute('title')).toBe(`Änderungsantrag 3 (${PEOPLE.second.name})`);

    // The final vote: the chair moves on (the overlapping amendment lapses) and opens it.
    await as(PEOPLE.chair.email);
    await reader.open(path);
    await reader.advanceTo('Schlussabstimmung');
    const finalView = await reader.deciding();
    // The quorum the form proposes (50 %) goes with the ballot.
    expect(await finalView.main().getByLabel('Quorum in Prozent (freiwillig)', { exact: true }).inputValue()).toBe('50');
    await finalView.button('Schlussabstimmung eröffnen').click();
    await ballot.waitForHeading(TITLE);
    await ballot.loaded();
    expect(await ballot.main().innerText()).toContain('mindestens 50 % der Stimmberechtigten nehmen teil');
    const finalResult = await everyoneVotesYesAndChairCloses(ballot.path());
    expect(finalResult.verdict).toBe('Angenommen');

    await reader.open(path);
    expect(await reader.currentPhase()).toBe('Beschlossen');
    expect(await reader.main().innerText()).toMatch(/Ergebnis der Schlussabstimmung/);

    // Two partner organisations endorse through their representatives, one with a reservation.
    const reservation = 'Der DGB erwartet tarifliche Bezahlung in allen geförderten Ausbildungsprojekten.';
    await as(PEOPLE.first.email);
    await reader.open(path);
    let endorsements = await reader.endorsements();
    await endorsements.answer(REPRESENTED.first, 'Mitgezeichnet');
    await as(PEOPLE.second.email);
    await reader.open(path);
    endorsements = await reader.endorsements();
    await endorsements.answer(REPRESENTED.second, 'Mitgezeichnet mit Vorbehalt', reservation);
    expect(await violations()).toEqual([]);

    // The secretariat sees who has not answered yet, and the two answers in the published text.
    await as(ACCOUNTS.sachsenAnhaltSecretariat, 'pakt-demo');
    await reader.open(path);
    endorsements = await reader.endorsements();
    expect(await endorsements.pending().innerText()).not.toContain(REPRESENTED.first);
    expect(await endorsements.published().innerText()).toContain(`${REPRESENTED.second}: Mitgezeichnet mit Vorbehalt`);

    // The PDF of the adopted declaration holds its text and both endorsements.
    await reader.open(path);
    const download = await reader.downloadPdf();
    const bytes = new Uint8Array(await readFile(await download.path()));
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(TITLE);
    expect(flat).toContain('Die Partner werben gemeinsam und sichtbar für die duale Ausbildung in allen Städten und Landkreisen.');
    expect(flat).toContain('Die Partner begleiten internationale Fachkräfte und ihre Familien vom ersten Kontakt an.');
    expect(flat).toContain(REPRESENTED.first);
    expect(flat).toContain(REPRESENTED.second);
    expect(flat).toContain(reservation);
    // Ten sign-ins and two ballots: a long story, given more than the usual minute.
  }, 300_000);

  it('keeps what was typed when someone else saved the draft meanwhile, shows both, and saves it on top', async () => {
    await as(ACCOUNTS.sachsenAnhaltSecretariat, 'pakt-demo');
    const list = new DeclarationListPage(visitor.page);
    await list.open(SLUG);
    const reader = await list.create(`Erklärung mit zwei Schreibenden ${Date.now().toString(36)}`, BODY);
    const editor = await reader.edit();
    const editPath = new URL(visitor.page.url()).pathname;
    await editor.field('Präambel').fill('Die Präambel, wie sie hier getippt wird.');

    // The same drafting team saves in another browser first.
    const other = await newVisitor(visitor.browser);
    try {
      await signIn({ browser: visitor.browser, context: other, page: await other.newPage() }, ACCOUNTS.sachsenAnhaltSecretariat);
      const otherPage = other.pages()[0]!;
      await otherPage.goto(editPath);
      const otherEditor = new DraftEditor(otherPage);
      await otherEditor.heading().filter({ hasText: /^Text bearbeiten – / }).waitFor();
      await otherEditor.loaded();
      await otherEditor.field('Präambel').fill('Die Präambel aus dem anderen Browser.');
      await otherEditor.save();
    } finally {
      await other.close();
    }

    // The stale save is refused; both versions are shown, nothing typed is lost.
    await editor.button('Als neue Fassung speichern').click();
    const conflict = editor.section('Ihre Eingaben und der aktuelle Stand');
    await conflict.waitFor();
    expect(await conflict.locator('blockquote').first().innerText()).toBe('Die Präambel aus dem anderen Browser.');
    expect((await conflict.locator('ins').allInnerTexts()).join(' ')).toContain('getippt');
    expect(await editor.field('Präambel').inputValue()).toBe('Die Präambel, wie sie hier getippt wird.');
    expect(await violations()).toEqual([]);

    await editor.button('Meine Eingaben behalten (dann erneut speichern)', conflict).click();
    await editor.notice('Ihre Eingaben sind erhalten und beziehen sich jetzt auf den aktuellen Stand. Speichern Sie erneut.');
    expect(await editor.save()).toBe(3);
    expect(await editor.field('Präambel').inputValue()).toBe('Die Präambel, wie sie hier getippt wird.');
  });
});
