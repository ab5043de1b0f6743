import { describe, expect, it } from 'vitest';
import { AdminPage } from '../pages/admin-page';
import { AuditPage } from '../pages/audit-page';
import { ACCOUNTS, signIn } from '../support/accounts';
import { freshVisitorForEachTest } from '../support/chromium';

// Changes on Sachsen-Anhalt (the other specs read Hessen as seeded), on records no other spec touches.
const SLUG = 'sachsen-anhalt';
const SECRETARY = 'Paul Winkler';

const visitor = freshVisitorForEachTest();

describe('the audit log', () => {
  it('shows the secretariat\'s changes newest first and filters them by action, person and date', async () => {
    await signIn(visitor, ACCOUNTS.sachsenAnhaltSecretariat);
    const admin = new AdminPage(visitor.page);
    await admin.open(SLUG);
    const organisation = await admin.openRecord(admin.section('Organisationen'), 'Landkreistag Sachsen-Anhalt');
    await admin.field(organisation, 'Kurzname').fill('LKT');
    await admin.button(organisation, 'Speichern').click();
    await admin.notice(organisation).filter({ hasText: 'Gespeichert.' }).waitFor();

    await admin.searchMember('Marco Lindner');
    const person = await admin.openRecord(admin.section('Mitglieder'), 'Marco Lindner');
    const change = await admin.openRecord(admin.membership(person, 'Arbeitsgruppe Qualifizierung'), 'Rolle ändern');
    await admin.field(change, 'Rolle').selectOption({ label: 'Beobachtung' });
    await admin.button(change, 'Speichern').click();
    await admin.notice(change).filter({ hasText: 'Die Rolle ist geändert.' }).waitFor();

    await admin.main().getByRole('link', { name: 'Protokoll ansehen', exact: true }).click();
    await visitor.page.waitForURL(`**/alliances/${SLUG}/admin/audit`);
    const audit = new AuditPage(visitor.page);
    await audit.loaded();
    expect(await audit.heading().innerText()).toBe('Protokoll – Fachkräftesicherungspakt Sachsen-Anhalt');

    // Newest first: the role change came after the organisation's edit.
    const rows = await audit.rows();
    const actions = rows.map((row) => row[1]);
    const roleChange = actions.indexOf('Änderung: Mitgliedschaft ändern');
    const organisationEdit = actions.indexOf('Änderung: Organisation bearbeiten');
    expect(roleChange).toBeGreaterThanOrEqual(0);
    expect(organisationEdit).toBeGreaterThan(roleChange);
    expect(rows[roleChange]?.[2]).toBe(SECRETARY);
    const times = rows.map((row) => row[0]);
    expect(times.length).toBeGreaterThan(2);

    await audit.filter({ action: 'Änderung: Organisation bearbeiten' });
    const edits = await audit.rows();
    expect(edits.length).toBeGreaterThanOrEqual(1);
    expect(new Set(edits.map((row) => row[1]))).toEqual(new Set(['Änderung: Organisation bearbeiten']));
    expect(edits.some((row) => (row[4] ?? '').includes('LKT'))).toBe(true);

    await audit.filter({ action: 'alle Aktionen', actor: SECRETARY });
    // Sign-ins name the account by its e-mail address, changes by the person's name.
    const actors = new Set((await audit.rows()).map((row) => row[2]));
    expect(actors.has(SECRETARY)).toBe(true);
    expect([...actors].every((actor) => actor === SECRETARY || actor === ACCOUNTS.sachsenAnhaltSecretariat)).toBe(true);

    // A day long past has nothing.
    await audit.filter({ actor: 'alle Personen', from: '2001-01-01', to: '2001-01-02' });
    expect(await audit.main().getByText('Keine Einträge für diese Auswahl.', { exact: true }).count()).toBe(1);
  });
});
