import type { Locator } from 'playwright-core';
import { Shell } from './shell';

/** /my-groups — the signed-in person's bodies by alliance, and "sign out on all devices". */
export class MyGroupsPage extends Shell {
  async open(): Promise<void> {
    await this.page.goto('/my-groups');
    await this.loaded();
  }

  /** Waits for the groups (or the note that there are none) below the heading. */
  async loaded(): Promise<void> {
    await this.main().getByRole('article').or(this.main().getByText(/keinem Gremium|any body/)).first().waitFor();
  }

  /** The section of one alliance, named by its heading (a link to its overview). */
  alliance(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  allianceLink(name: string): Locator {
    return this.alliance(name).getByRole('heading', { level: 2 }).getByRole('link', { name, exact: true });
  }

  /** Every body shown, as cards named by the body. */
  groups(): Locator {
    return this.main().getByRole('article');
  }

  group(name: string): Locator {
    return this.main().getByRole('article', { name, exact: true });
  }

  signOutEverywhere(name = 'Auf allen Geräten abmelden'): Locator {
    return this.main().getByRole('button', { name, exact: true });
  }
}
