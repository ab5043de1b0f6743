/** Where the joint declarations' pages live; the one place that knows the routes' shape. */
export const DECLARATIONS_ROUTE = 'alliances/:slug/declarations';
export const DECLARATION_ROUTE = 'alliances/:slug/declarations/:id';
export const DECLARATION_EDIT_ROUTE = 'alliances/:slug/declarations/:id/edit';
export const DECLARATION_HISTORY_ROUTE = 'alliances/:slug/declarations/:id/history';
export const NEW_AMENDMENT_ROUTE = 'alliances/:slug/declarations/:id/amendments/new';
export const AMENDMENT_ROUTE = 'alliances/:slug/declarations/:id/amendments/:amendmentId';
export const DECIDING_ROUTE = 'alliances/:slug/declarations/:id/deciding';
export const ENDORSEMENTS_ROUTE = 'alliances/:slug/declarations/:id/endorsements';

export function declarationsPath(slug: string): string {
  return `/alliances/${encodeURIComponent(slug)}/declarations`;
}

export function declarationPath(slug: string, id: string): string {
  return `${declarationsPath(slug)}/${encodeURIComponent(id)}`;
}

export function declarationEditPath(slug: string, id: string): string {
  return `${declarationPath(slug, id)}/edit`;
}

export function declarationHistoryPath(slug: string, id: string): string {
  return `${declarationPath(slug, id)}/history`;
}

/** The amendment form, for one paragraph (to replace or delete it) or for a new paragraph in a section. */
export function newAmendmentPath(slug: string, id: string, target: { paragraphId: string } | { sectionId: string }): string {
  const query = 'paragraphId' in target ? `paragraph=${encodeURIComponent(target.paragraphId)}` : `section=${encodeURIComponent(target.sectionId)}`;
  return `${declarationPath(slug, id)}/amendments/new?${query}`;
}

export function amendmentPath(slug: string, id: string, amendmentId: string): string {
  return `${declarationPath(slug, id)}/amendments/${encodeURIComponent(amendmentId)}`;
}

export function decidingPath(slug: string, id: string): string {
  return `${declarationPath(slug, id)}/deciding`;
}

export function endorsementsPath(slug: string, id: string): string {
  return `${declarationPath(slug, id)}/endorsements`;
}
