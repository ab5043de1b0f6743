import { beforeEach, describe, expect, it } from 'vitest';
import { AllianceListPage } from '../pages/alliance-list-page';
import { AllianceOverviewPage } from '../pages/alliance-overview-page';
import { NotFoundPage } from '../pages/not-found-page';
import { fact } from '../pages/shell';
import { ACCOUNTS, signIn } from '../support/accounts';
import { freshVisitorForEachTest } from '../support/chromium';

const HESSEN = 'Neues Bündnis Fachkräftesicherung Hessen';
const SACHSEN_ANHALT = 'Fachkräftesicherungspakt Sachsen-Anhalt';

// The four focus groups of the Hessen alliance, the action field each works on (named in the
// press release), and the demo seed's chair and member count.
const FOCUS_GROUPS = [
  {
    name: 'Fokusgruppe Digitaler Wandel und Handwerk',
    actionField: 'Fachkräftesicherung im digitalen Wandel und im Handwerk',
    chair: 'Dr. Frieder Haas',
    organisation: 'Hessisches Ministerium für Wirtschaft, Energie, Verkehr und Wohnen',
    // With the demo accounts' observer, who counts as a member of the group.
    members: '14',
  },
  {
    name: 'Fokusgruppe Kinder- und Jugendhilfe',
    actionField: 'Fachkräftesicherung in der Kinder- und Jugendhilfe',
    chair: 'Birgit Krämer',
    organisation: 'Hessisches Ministerium für Soziales und Integration',
    members: '13',
  },
  {
    name: 'Fokusgruppe Internationalisierung und Vielfalt',
    actionField: 'Fachkräftesicherung im Kontext Internationalisierung und Vielfalt',
    chair: 'Dr. Aylin Kaya',
    organisation: 'Hessisches Ministerium für Soziales und Integration',
    members: '14',
  },
  {
    // The chair changed in 2022: the page shows who holds it now, not the predecessor.
    name: 'Fokusgruppe Pflege und Gesundheit',
    actionField: 'Fachkräftesicherung in Pflege und Gesundheit',
    chair: 'Dr. Miriam Albrecht',
    organisation: 'Hessisches Ministerium für Soziales und Integration',
    members: '14',
  },
];

const visitor = freshVisitorForEachTest();
// The overview is for members: a member of the Hessen alliance reads it here.
beforeEach(() => signIn(visitor, ACCOUNTS.hessenMember));

describe('the alliance overview in German', () => {
  it('shows the alliance, its steering board, the four focus groups and the partners by kind', async () => {
    const overview = new AllianceOverviewPage(visitor.page);
    await overview.open('hessen');

    expect(await overview.documentLanguage()).toBe('de');
    expect(await overview.heading().innerText()).toBe(HESSEN);
    expect(await visitor.page.title()).toBe(`${HESSEN} – Pakt`);
    const main = overview.main();
    expect(await fact(main, 'Bundesland').innerText()).toBe('Hessen');
    expect(await fact(main, 'Konstituiert am').innerText()).toBe('22. September 2020');
    expect(await fact(main, 'Regionen').innerText()).toBe('21 Landkreise, 5 kreisfreie Städte');

    const board = overview.steeringBoard();
    expect(await fact(board, 'Vorsitz').innerText()).toBe(
      'Tobias Lindner\nHessisches Ministerium für Soziales und Integration',
    );
    expect(await fact(board, 'Stellvertretender Vorsitz').innerText()).toBe(
      'Dr. Sabine Kessler\nRegionaldirektion Hessen der Bundesagentur für Arbeit',
    );
    expect(await fact(board, 'Mitglieder').innerText()).toBe('18');

    expect(await overview.focusGroups().count()).toBe(4);
    for (const expected of FOCUS_GROUPS) {
      const group = overview.focusGroup(expected.name);
      expect(await group.getByRole('heading', { level: 3 }).innerText()).toBe(expected.name);
      expect(await group.getByRole('listitem').allInnerTexts()).toEqual([expected.actionField]);
      expect(await fact(group, 'Vorsitz').innerText()).toBe(`${expected.chair}\n${expected.organisation}`);
      expect(await fact(group, 'Mitglieder').innerText()).toBe(expected.members);
    }

    expect(await overview.kindHeadings().allInnerTexts()).toEqual([
      'Ministerien',
      'Bundesagentur für Arbeit',
      'Kammern',
      'Gewerkschaften',
      'Arbeitgeberverbände',
      'Kommunale Spitzenverbände',
      'Hochschulen und Forschung',
      'Wohlfahrtsverbände',
      'Weitere Organisationen',
    ]);
    expect(await overview.organisationsOfKind('Ministerien').allInnerTexts()).toEqual([
      'Hessisches Kultusministerium (HKM)',
      'Hessisches Ministerium für Soziales und Integration (HMSI)',
      'Hessisches Ministerium für Wirtschaft, Energie, Verkehr und Wohnen (HMWEVW)',
      'Hessisches Ministerium für Wissenschaft und Kunst (HMWK)',
    ]);
    expect(await overview.organisationsOfKind('Hochschulen und Forschung').allInnerTexts()).toContain(
      'Institut für Wirtschaft, Arbeit und Kultur (IWAK) der Goethe-Universität Frankfurt am Main',
    );
    expect(await overview.organisations().getByText('31 Organisationen', { exact: true }).count()).toBe(1);
  });

  it('lists the alliances of the member on the start page and leads from there to the overview', async () => {
    const list = new AllianceListPage(visitor.page);
    await list.open();
    expect(await list.heading().innerText()).toBe('Bündnisse');
    expect(await fact(list.alliance(HESSEN), 'Konstituiert am').innerText()).toBe('22. September 2020');
    expect(await fact(list.alliance(HESSEN), 'Bundesland').innerText()).toBe('Hessen');
    // A member of Hessen only: the other alliance is not even named.
    expect(await list.allianceLink(SACHSEN_ANHALT).count()).toBe(0);
    expect(await list.main().getByRole('listitem').count()).toBe(1);

    await list.allianceLink(HESSEN).click();
    await visitor.page.waitForURL('**/alliances/hessen');
    const overview = new AllianceOverviewPage(visitor.page);
    await overview.heading().filter({ hasText: HESSEN }).waitFor();
    expect(await overview.focusGroups().count()).toBe(4);
  });

  it('says plainly when an alliance or a page does not exist', async () => {
    const notFound = new NotFoundPage(visitor.page);
    for (const path of ['/alliances/gibt-es-nicht', '/irgendwo/anders']) {
      await notFound.open(path);
      expect(await notFound.heading().innerText()).toBe('Seite nicht gefunden');
      expect(await visitor.page.title()).toBe('Seite nicht gefunden – Pakt');
      await notFound.main().getByRole('link', { name: 'Zur Startseite', exact: true }).click();
      await visitor.page.getByRole('heading', { level: 1, name: 'Bündnisse' }).waitFor();
    }
  });

  it('says so when the data cannot be loaded, and loads it on "Erneut versuchen"', async () => {
    // The network fails (the connection drops), not the api: the page must not stay blank.
    await visitor.page.route('**/graphql', (route) => route.abort('connectionfailed'));
    const overview = new AllianceOverviewPage(visitor.page);
    await visitor.page.goto('/alliances/hessen');
    const alert = visitor.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Das hat nicht geklappt');

    await visitor.page.unroute('**/graphql');
    await alert.getByRole('button', { name: 'Erneut versuchen', exact: true }).click();
    await overview.heading().filter({ hasText: HESSEN }).waitFor();
    expect(await overview.focusGroups().count()).toBe(4);
  });
});

describe('the alliance overview in English', () => {
  it('translates every label, formats dates the English way and sets the page language', async () => {
    const overview = new AllianceOverviewPage(visitor.page);
    await overview.open('hessen');
    await overview.switchLanguage('English', 'en');
    overview.language = 'en';

    expect(await overview.languageButton('English').getAttribute('aria-pressed')).toBe('true');
    expect(await overview.languageButton('Deutsch').getAttribute('aria-pressed')).toBe('false');
    const main = overview.main();
    expect(await fact(main, 'Federal state').innerText()).toBe('Hessen');
    expect(await fact(main, 'Constituted on').innerText()).toBe('22 September 2020');
    expect(await fact(main, 'Regions').innerText()).toBe('21 districts, 5 independent cities');

    const board = overview.steeringBoard();
    expect(await fact(board, 'Chair').innerText()).toBe(
      'Tobias Lindner\nHessisches Ministerium für Soziales und Integration',
    );
    expect(await fact(board, 'Deputy chair').innerText()).toContain('Dr. Sabine Kessler');
    expect(await fact(board, 'Members').innerText()).toBe('18');

    expect(await overview.focusGroups().count()).toBe(4);
    const care = overview.focusGroup('Fokusgruppe Pflege und Gesundheit');
    expect(await care.getByRole('heading', { level: 4 }).innerText()).toBe('Action fields');
    expect(await fact(care, 'Chair').innerText()).toContain('Dr. Miriam Albrecht');
    expect(await fact(care, 'Members').innerText()).toBe('14');

    expect(await overview.kindHeadings().allInnerTexts()).toEqual([
      'Ministries',
      'Federal Employment Agency',
      'Chambers',
      'Trade unions',
      "Employers' associations",
      'Municipal associations',
      'Universities and research',
      'Welfare associations',
      'Other organisations',
    ]);
    expect(await overview.organisationsOfKind('Trade unions').count()).toBe(4);
    expect(await overview.navigation('Main navigation').getByRole('link').allInnerTexts()).toEqual([
      'Alliances',
      'My groups',
    ]);
    expect(await visitor.page.title()).toBe(`${HESSEN} – Pakt`);
  });

  it('keeps the chosen language on the next visit and can switch back to German', async () => {
    const overview = new AllianceOverviewPage(visitor.page);
    await overview.open('hessen');
    await overview.switchLanguage('English', 'en');

    await visitor.page.reload();
    await overview.heading().waitFor();
    expect(await overview.documentLanguage()).toBe('en');
    overview.language = 'en';
    expect(await fact(overview.steeringBoard(), 'Members').innerText()).toBe('18');

    await overview.switchLanguage('Deutsch', 'de');
    overview.language = 'de';
    expect(await fact(overview.steeringBoard(), 'Mitglieder').innerText()).toBe('18');
    await visitor.page.reload();
    await overview.heading().waitFor();
    expect(await overview.documentLanguage()).toBe('de');
  });
});
