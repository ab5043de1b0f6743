import type { AmendmentKind, AmendmentState, DeclarationPhase, EndorsementState } from '@pakt/domain';

/** Every label of the exported declaration and synopsis, in German (the default) and English. */
export interface DeclarationExportMessages {
  declaration: string;
  synopsis: string;
  adoptedOn: (date: string) => string;
  notAdopted: (phase: string) => string;
  finalVote: (result: string) => string;
  phases: Record<DeclarationPhase, string>;
  contents: string;
  preamble: string;
  endorsements: string;
  endorsementHeader: [string, string, string, string];
  endorsementStates: Record<EndorsementState, string>;
  noEndorsements: string;
  reservationOf: (organisation: string) => string;
  synopsisHeader: [string, string, string, string];
  paragraph: (number: number) => string;
  newParagraph: string;
  deleted: string;
  amendmentLine: (number: number, kind: string, author: string) => string;
  amendmentRef: (number: number) => string;
  kinds: Record<AmendmentKind, string>;
  states: Record<AmendmentState, string>;
  reason: string;
  modified: string;
  noAmendments: string;
  dateLocale: string;
}

export const EXPORT_MESSAGES: Record<'de' | 'en', DeclarationExportMessages> = {
  de: {
    declaration: 'Gemeinsame Erklärung',
    synopsis: 'Synopse der Änderungsanträge',
    adoptedOn: (date) => `Beschlossen am ${date}`,
    notAdopted: (phase) => `Noch nicht beschlossen (${phase})`,
    finalVote: (result) => `Schlussabstimmung: ${result}`,
    phases: { DRAFTING: 'Entwurf', AMENDMENTS: 'Änderungsphase', DECIDING: 'Beschlussphase', FINAL_VOTE: 'Schlussabstimmung', ADOPTED: 'beschlossen' },
    contents: 'Inhalt',
    preamble: 'Präambel',
    endorsements: 'Mitzeichnungen',
    endorsementHeader: ['Organisation', 'Antwort', 'Datum', 'Vorbehalt'],
    endorsementStates: {
      PENDING: 'noch keine Antwort',
      ENDORSED: 'mitgezeichnet',
      ENDORSED_WITH_RESERVATION: 'mitgezeichnet mit Vorbehalt',
      DECLINED: 'abgelehnt',
    },
    noEndorsements: 'Noch keine Organisation hat geantwortet.',
    reservationOf: (organisation) => `Vorbehalt: ${organisation}`,
    synopsisHeader: ['Entwurf', 'Änderungsanträge', 'Beschluss', 'Beschlossene Fassung'],
    paragraph: (number) => `Absatz ${number}`,
    newParagraph: '(neuer Absatz)',
    deleted: '(gestrichen)',
    amendmentLine: (number, kind, author) => `Ä ${number} (${kind}, ${author})`,
    amendmentRef: (number) => `Ä ${number}`,
    kinds: { REPLACE: 'Neufassung', INSERT: 'Einfügung', DELETE: 'Streichung' },
    states: {
      PROPOSED: 'offen',
      NEEDS_NEW_VERSION: 'neue Fassung nötig',
      IN_BALLOT: 'in Abstimmung',
      ACCEPTED: 'angenommen',
      REJECTED: 'abgelehnt',
      WITHDRAWN: 'zurückgezogen',
      LAPSED: 'erledigt',
    },
    reason: 'Begründung',
    modified: 'übernommen in geänderter Fassung',
    noAmendments: '—',
    dateLocale: 'de-DE',
  },
  en: {
    declaration: 'Joint declaration',
    synopsis: 'Synopsis of the amendments',
    adoptedOn: (date) => `Adopted on ${date}`,
    notAdopted: (phase) => `Not adopted yet (${phase})`,
    finalVote: (result) => `Final vote: ${result}`,
    phases: { DRAFTING: 'drafting', AMENDMENTS: 'amendment phase', DECIDING: 'deciding', FINAL_VOTE: 'final vote', ADOPTED: 'adopted' },
    contents: 'Contents',
    preamble: 'Preamble',
    endorsements: 'Endorsements',
    endorsementHeader: ['Organisation', 'Answer', 'Date', 'Reservation'],
    endorsementStates: {
      PENDING: 'no answer yet',
      ENDORSED: 'endorsed',
      ENDORSED_WITH_RESERVATION: 'endorsed with a reservation',
      DECLINED: 'declined',
    },
    noEndorsements: 'No organisation has answered yet.',
    reservationOf: (organisation) => `Reservation: ${organisation}`,
    synopsisHeader: ['Draft', 'Amendments', 'Decision', 'Adopted wording'],
    paragraph: (number) => `Paragraph ${number}`,
    newParagraph: '(new paragraph)',
    deleted: '(deleted)',
    amendmentLine: (number, kind, author) => `A ${number} (${kind}, ${author})`,
    amendmentRef: (number) => `A ${number}`,
    kinds: { REPLACE: 'new wording', INSERT: 'insertion', DELETE: 'deletion' },
    states: {
      PROPOSED: 'open',
      NEEDS_NEW_VERSION: 'needs a new version',
      IN_BALLOT: 'being voted on',
      ACCEPTED: 'accepted',
      REJECTED: 'rejected',
      WITHDRAWN: 'withdrawn',
      LAPSED: 'lapsed',
    },
    reason: 'Reason',
    modified: 'taken over in a modified wording',
    noAmendments: '—',
    dateLocale: 'en-GB',
  },
};
