import type { Locator } from 'playwright-core';
import { Shell, type Language } from './shell';

const LABELS = {
  de: { field: 'Suchbegriffe', submit: 'Suchen', results: 'Ergebnisse', more: 'Weitere Ergebnisse', searching: /Suche läuft|Wird geladen/ },
  en: { field: 'Search terms', submit: 'Search', results: 'Results', more: 'More results', searching: /Searching|Loading/ },
} as const satisfies Record<Language, Record<string, string | RegExp>>;

/** /alliances/:slug/search — the search form, the live count and the hits. */
export class SearchPage extends Shell {
  language: Language = 'de';

  private get labels() {
    return LABELS[this.language];
  }

  /** Opens the page, with a query in the address when given, and waits until it has answered. */
  async open(slug: string, query?: string): Promise<void> {
    await this.page.goto(`/alliances/${slug}/search${query === undefined ? '' : `?q=${encodeURIComponent(query)}`}`);
    await this.heading().waitFor();
    await this.answered();
  }

  form(): Locator {
    return this.page.getByRole('search');
  }

  field(): Locator {
    return this.form().getByLabel(this.labels.field, { exact: true });
  }

  submitButton(): Locator {
    return this.form().getByRole('button', { name: this.labels.submit, exact: true });
  }

  /** Types the query and sends it with Enter, as someone on the keyboard would, and waits for the count of hits. */
  async search(query: string): Promise<void> {
    await this.field().fill(query);
    await this.field().press('Enter');
    await this.count().filter({ hasText: query }).waitFor();
  }

  /** Waits until nothing says "Suche läuft …" / "Wird geladen …" any more. */
  async answered(): Promise<void> {
    await this.main().getByRole('status').filter({ hasText: this.labels.searching }).first().waitFor({ state: 'detached' });
  }

  /** The live region that announces how many hits there are. */
  count(): Locator {
    return this.main().getByRole('status').filter({ hasText: /Treffer|result/ });
  }

  results(): Locator {
    return this.page.getByRole('region', { name: this.labels.results, exact: true });
  }

  hits(): Locator {
    return this.results().getByRole('listitem');
  }

  /** A hit by the text of its link (its title). */
  hit(title: string | RegExp): Locator {
    return this.hits().filter({ has: this.page.getByRole('link', { name: title }) });
  }

  hitLink(hit: Locator): Locator {
    return hit.getByRole('heading').getByRole('link');
  }

  /** The words marked as matches in a hit's excerpt. */
  marks(hit: Locator): Locator {
    return hit.locator('mark');
  }

  moreButton(): Locator {
    return this.results().getByRole('button', { name: this.labels.more, exact: true });
  }

  errorSummary(): Locator {
    return this.form().getByRole('alert');
  }
}
