/** What initiative tracking needs from the app's configuration (apps/api's Environment). */
export interface InitiativeSettings {
  /** The address people open Pakt at, without a trailing slash; links in reminder mails start with it. */
  publicUrl: string;
  /** How often the reminder job looks for due reports, in minutes; 0 turns it off (INITIATIVE_REMINDER_INTERVAL_MINUTES). */
  reminderIntervalMinutes: number;
}

export const INITIATIVE_SETTINGS = Symbol('INITIATIVE_SETTINGS');

/** Where the web shows an initiative; reminder mails link there. */
export function initiativePath(allianceSlug: string, initiativeId: string): string {
  return `/alliances/${encodeURIComponent(allianceSlug)}/initiatives/${initiativeId}`;
}
