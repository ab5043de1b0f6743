import type { Locator } from 'playwright-core';
import { Shell, type Language } from './shell';

const LABELS = {
  de: { steeringBoard: 'Dachgremium', focusGroups: 'Fokusgruppen', organisations: 'Bündnispartner' },
  en: { steeringBoard: 'Steering board', focusGroups: 'Focus groups', organisations: 'Partner organisations' },
} as const satisfies Record<Language, Record<string, string>>;

/** /alliances/:slug — the steering board, the focus groups and the partners of one alliance. */
export class AllianceOverviewPage extends Shell {
  language: Language = 'de';

  async open(slug: string): Promise<void> {
    await this.page.goto(`/alliances/${slug}`);
    await this.heading().waitFor();
  }

  private section(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  steeringBoard(): Locator {
    return this.section(LABELS[this.language].steeringBoard);
  }

  focusGroupSection(): Locator {
    return this.section(LABELS[this.language].focusGroups);
  }

  focusGroups(): Locator {
    return this.focusGroupSection().getByRole('article');
  }

  focusGroup(name: string): Locator {
    return this.focusGroupSection().getByRole('article', { name, exact: true });
  }

  organisations(): Locator {
    return this.section(LABELS[this.language].organisations);
  }

  /** The names listed under one kind of organisation ("Ministerien", "Trade unions", …). */
  organisationsOfKind(kindName: string): Locator {
    return this.organisations().getByRole('list', { name: kindName, exact: true }).getByRole('listitem');
  }

  /** The kinds, in the order a person reads them. */
  kindHeadings(): Locator {
    return this.organisations().getByRole('heading', { level: 3 });
  }
}
