import type { Locator } from 'playwright-core';
import { Shell } from './shell';

/** /alliances/:slug/admin — the secretariat's sections, each record folded under its name. */
export class AdminPage extends Shell {
  async open(slug: string): Promise<void> {
    await this.page.goto(`/alliances/${slug}/admin`);
    await this.heading().waitFor();
    await this.loaded();
  }

  /** Waits until nothing says "Wird geladen …" / "Loading …" any more. */
  async loaded(): Promise<void> {
    await this.main().getByRole('status').filter({ hasText: /Wird geladen|Loading/ }).first().waitFor({ state: 'detached' });
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** A folded record (details) of a section, by the text of its summary. */
  record(scope: Locator, name: string): Locator {
    const exact = new RegExp(`^\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
    return scope.locator('details').filter({ has: this.page.locator('summary').filter({ hasText: exact }) }).first();
  }

  /** Unfolds a record and returns it. */
  async openRecord(scope: Locator, name: string): Promise<Locator> {
    const record = this.record(scope, name);
    if ((await record.getAttribute('open')) === null) await record.locator('summary').first().click();
    return record;
  }

  field(scope: Locator, label: string): Locator {
    return scope.getByLabel(label, { exact: true }).first();
  }

  button(scope: Locator, name: string): Locator {
    return scope.getByRole('button', { name, exact: true }).first();
  }

  /** The success notice of a form (a polite status region). */
  notice(scope: Locator): Locator {
    return scope.getByRole('status').filter({ hasText: /\S/ }).first();
  }

  errorSummary(scope: Locator): Locator {
    return scope.getByRole('alert').first();
  }

  /** Searches the members by name and waits for the answer. */
  async searchMember(name: string, label = 'Nach Namen suchen', submit = 'Suchen'): Promise<void> {
    const members = this.section(this.membersTitle);
    await members.getByRole('searchbox').or(members.getByLabel(label, { exact: true })).first().fill(name);
    const answered = this.page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('People'));
    await this.button(members, submit).click();
    await answered;
    await this.loaded();
  }

  membersTitle = 'Mitglieder';

  /** One membership of a person (opened record), by the body's name. */
  membership(person: Locator, bodyName: string): Locator {
    return person.getByRole('listitem').filter({ hasText: bodyName }).first();
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }
}
