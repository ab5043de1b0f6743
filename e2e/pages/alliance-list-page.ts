import type { Locator } from 'playwright-core';
import { Shell } from './shell';

/** The start page: every alliance, each linking to its overview. */
export class AllianceListPage extends Shell {
  async open(): Promise<void> {
    await this.page.goto('/');
    await this.page.getByRole('main').getByRole('list').first().waitFor();
  }

  allianceLink(name: string): Locator {
    return this.main().getByRole('link', { name, exact: true });
  }

  /** The list entry of one alliance, found by its name. */
  alliance(name: string): Locator {
    // `has` is resolved inside each list item, so it starts from the page, not from main.
    return this.main()
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }
}
