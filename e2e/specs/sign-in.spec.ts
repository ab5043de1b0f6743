import { describe, expect, inject, it } from 'vitest';
import { AllianceOverviewPage } from '../pages/alliance-overview-page';
import { MyGroupsPage } from '../pages/my-groups-page';
import { NotFoundPage } from '../pages/not-found-page';
import { fact } from '../pages/shell';
import { SignInPage } from '../pages/sign-in-page';
import { ACCOUNTS, DEMO_PASSWORD, signIn } from '../support/accounts';
import { freshVisitorForEachTest, newVisitor } from '../support/chromium';

const HESSEN = 'Neues Bündnis Fachkräftesicherung Hessen';
// The demo seed's member account: who it is and the focus group it belongs to.
const MEMBER = {
  name: 'Oliver Frank',
  group: 'Fokusgruppe Digitaler Wandel und Handwerk',
  organisation: 'Arbeitsgemeinschaft hessischer Industrie- und Handelskammern',
};

const visitor = freshVisitorForEachTest();

describe('signing in', () => {
  it('refuses a wrong password, says so without telling which part was wrong, and stays on sign-in', async () => {
    const signInPage = new SignInPage(visitor.page);
    await signInPage.open();
    expect(await signInPage.heading().innerText()).toBe('Anmelden');
    expect(await visitor.page.title()).toBe('Anmelden – Pakt');

    await signInPage.failToSignIn(ACCOUNTS.hessenMember, 'kein-gutes-passwort');
    const summary = signInPage.errorSummary();
    expect(await summary.innerText()).toBe(
      'Die Anmeldung hat nicht geklappt\n\nE-Mail-Adresse oder Passwort ist nicht korrekt.',
    );
    expect(await signInPage.isFocused(summary)).toBe(true);
    expect(new URL(visitor.page.url()).pathname).toBe('/sign-in');
    // The address stays for the next try; the wrong password does not.
    expect(await signInPage.email().inputValue()).toBe(ACCOUNTS.hessenMember);
    expect(await signInPage.password().inputValue()).toBe('');
    expect(await signInPage.signedInAs().count()).toBe(0);

    // Still nobody: a member page still asks to sign in.
    await visitor.page.goto('/my-groups');
    await visitor.page.waitForURL('**/sign-in?next=%2Fmy-groups');
  });

  it('shows input errors from the api next to the field and in the summary', async () => {
    const signInPage = new SignInPage(visitor.page);
    await signInPage.open();
    await signInPage.failToSignIn('mitglied(at)hessen', DEMO_PASSWORD);

    const message = 'Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.';
    expect(await signInPage.errorSummary().getByRole('link').allInnerTexts()).toEqual([message]);
    expect(await signInPage.email().getAttribute('aria-invalid')).toBe('true');
    // The message is the field's description, so a screen reader reads it with the field.
    const describedBy = await signInPage.email().getAttribute('aria-describedby');
    expect(await visitor.page.locator(`[id="${describedBy}"]`).innerText()).toBe(message);
    expect(await signInPage.password().getAttribute('aria-invalid')).toBeNull();
  });

  it('refuses for a while after too many failures and says how long to wait', async () => {
    const signInPage = new SignInPage(visitor.page);
    await signInPage.open();
    // An address without an account: the limit holds for it all the same (no hint whether it exists).
    const email = 'gibt-es-nicht@hessen.example.org';
    let text = '';
    for (let attempt = 1; attempt <= 8 && !text.includes('Zu viele'); attempt++) {
      await signInPage.failToSignIn(email, `falsch-${attempt}`);
      text = await signInPage.errorSummary().innerText();
    }
    expect(text).toMatch(
      /^Die Anmeldung hat nicht geklappt\n+Zu viele fehlgeschlagene Anmeldeversuche\. Bitte versuchen Sie es in \d+ Minuten? erneut\.$/,
    );
  });

  it('sends a visitor to sign-in and, once signed in, on to the page they wanted', async () => {
    await visitor.page.goto('/alliances/hessen');
    await visitor.page.waitForURL('**/sign-in?next=%2Falliances%2Fhessen');
    const signInPage = new SignInPage(visitor.page);
    await signInPage.signIn(ACCOUNTS.hessenMember, DEMO_PASSWORD);
    await visitor.page.waitForURL('**/alliances/hessen');
    await new AllianceOverviewPage(visitor.page).heading().filter({ hasText: HESSEN }).waitFor();
  });

  it('never leads away from Pakt after signing in, whatever the address says', async () => {
    const signInPage = new SignInPage(visitor.page);
    await signInPage.open('//example.org/phishing');
    await signInPage.signIn(ACCOUNTS.hessenMember, DEMO_PASSWORD);
    await visitor.page.waitForURL('**/my-groups');
    expect(visitor.page.url()).toBe(new URL('/my-groups', inject('baseUrl')).href);
  });
});

describe('the member of a focus group', () => {
  it('signs in, sees their group under "Meine Gruppen", opens Hessen and cannot open the other alliance', async () => {
    await signIn(visitor, ACCOUNTS.hessenMember);
    const myGroups = new MyGroupsPage(visitor.page);
    await myGroups.loaded();
    expect(await myGroups.heading().innerText()).toBe('Meine Gruppen');
    expect(await visitor.page.title()).toBe('Meine Gruppen – Pakt');
    expect(await myGroups.signedInAs().innerText()).toBe(`Angemeldet als ${MEMBER.name}`);

    expect(await myGroups.groups().count()).toBe(1);
    const group = myGroups.group(MEMBER.group);
    expect(await fact(group, 'Rolle').innerText()).toBe('Mitglied');
    expect(await fact(group, 'Organisation').innerText()).toBe(MEMBER.organisation);

    await myGroups.allianceLink(HESSEN).click();
    await visitor.page.waitForURL('**/alliances/hessen');
    const overview = new AllianceOverviewPage(visitor.page);
    await overview.heading().filter({ hasText: HESSEN }).waitFor();
    expect(await overview.focusGroup(MEMBER.group).count()).toBe(1);

    // Another alliance looks exactly like one that does not exist.
    const notFound = new NotFoundPage(visitor.page);
    await notFound.open('/alliances/sachsen-anhalt');
    expect(await notFound.heading().innerText()).toBe('Seite nicht gefunden');
    expect(await notFound.main().innerText()).not.toContain('Sachsen-Anhalt');
  });

  it('reads "Meine Gruppen" in English', async () => {
    await signIn(visitor, ACCOUNTS.hessenMember);
    const myGroups = new MyGroupsPage(visitor.page);
    await myGroups.loaded();
    await myGroups.switchLanguage('English', 'en');
    expect(await myGroups.heading().innerText()).toBe('My groups');
    expect(await myGroups.signedInAs().innerText()).toBe(`Signed in as ${MEMBER.name}`);
    expect(await fact(myGroups.group(MEMBER.group), 'Role').innerText()).toBe('Member');
    expect(await myGroups.signOutButton('Sign out').count()).toBe(1);
  });
});

describe('signing out', () => {
  it('returns to anonymous: the header offers sign-in and the overview asks for it again', async () => {
    await signIn(visitor, ACCOUNTS.hessenMember);
    const overview = new AllianceOverviewPage(visitor.page);
    await overview.open('hessen');

    await overview.signOutButton().click();
    await visitor.page.waitForURL('**/sign-in');
    const signInPage = new SignInPage(visitor.page);
    expect(await signInPage.confirmation()).toBe('Sie haben sich abgemeldet.');
    expect(await signInPage.signedInAs().count()).toBe(0);
    expect(await signInPage.signOutButton().count()).toBe(0);

    // Back in the browser's history, nothing of the session is left to see.
    await visitor.page.goBack();
    await visitor.page.waitForURL('**/sign-in?next=%2Falliances%2Fhessen');
    await signInPage.email().waitFor();
    expect(await visitor.page.getByText(HESSEN).count()).toBe(0);

    await visitor.page.goto('/alliances/hessen');
    await visitor.page.waitForURL('**/sign-in?next=%2Falliances%2Fhessen');
    await signInPage.email().waitFor();

    // The header learns who is there after the page's heading is shown: wait for it, then count.
    await visitor.page.goto('/gibt/es/nicht');
    await signInPage.heading().waitFor();
    await signInPage.signInLink().waitFor();
    expect(await signInPage.signInLink().count()).toBe(1);
  });

  it('on all devices ends the session on the other device too', async () => {
    await signIn(visitor, ACCOUNTS.hessenObserver);
    const otherDevice = await newVisitor(visitor.browser);
    try {
      const otherPage = await otherDevice.newPage();
      await signIn({ browser: visitor.browser, context: otherDevice, page: otherPage }, ACCOUNTS.hessenObserver);

      const myGroups = new MyGroupsPage(visitor.page);
      await myGroups.signOutEverywhere().click();
      await visitor.page.waitForURL('**/sign-in');
      expect(await new SignInPage(visitor.page).confirmation()).toBe(
        'Sie haben sich auf allen Geräten abgemeldet.',
      );

      // The other device still shows its page; its next request finds the session gone.
      await otherPage.goto('/alliances/hessen');
      await otherPage.waitForURL('**/sign-in?next=%2Falliances%2Fhessen');
    } finally {
      await otherDevice.close();
    }
  });
});
