import type { DocumentBlock, DocumentModel, DocumentSection } from '@pakt/api-documents';
import {
  type AmendmentKind,
  type AmendmentState,
  type DeclarationPhase,
  type DeclarationText,
  type EndorsementState,
  visibleParagraphs,
} from '@pakt/domain';
import { EXPORT_MESSAGES, type DeclarationExportMessages } from './messages';

/** Everything the exported declaration and its synopsis show, loaded by DeclarationExportService. */
export interface DeclarationDocumentData {
  allianceName: string;
  bodyName: string;
  title: string;
  phase: DeclarationPhase;
  adoptedAt: Date | null;
  finalVoteResult: string | null;
  content: DeclarationText;
  /** The drafting team's last text before the amendments: the synopsis's first column. */
  draft: DeclarationText;
  endorsements: Array<{ organisation: string; state: EndorsementState; answeredAt: Date | null; reservation: string | null }>;
  amendments: Array<{
    id: string;
    number: number;
    kind: AmendmentKind;
    sectionKey: string;
    paragraphKey: string | null;
    afterParagraphKey: string | null;
    author: string;
    proposedText: string;
    reason: string;
    state: AmendmentState;
    takenOverText: string | null;
    decisionNote: string | null;
  }>;
}

type Language = 'de' | 'en';
type Amendment = DeclarationDocumentData['amendments'][number];

function formatDate(date: Date, m: DeclarationExportMessages): string {
  return new Intl.DateTimeFormat(m.dateLocale, { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(date);
}

function titlePage(data: DeclarationDocumentData, m: DeclarationExportMessages): string[] {
  const lines = [data.allianceName, data.bodyName];
  lines.push(data.adoptedAt ? m.adoptedOn(formatDate(data.adoptedAt, m)) : m.notAdopted(m.phases[data.phase]));
  if (data.finalVoteResult) lines.push(m.finalVote(data.finalVoteResult));
  return lines;
}

const paragraph = (text: string): DocumentBlock => ({ kind: 'paragraph', text });

/** The declaration as adopted (or as it stands), then the partner organisations' answers with their reservations. */
export function declarationDocument(data: DeclarationDocumentData, language: Language): DocumentModel {
  const m = EXPORT_MESSAGES[language];
  const sections: DocumentSection[] = [];
  if (data.content.preamble.trim() !== '') sections.push({ heading: m.preamble, blocks: [paragraph(data.content.preamble)] });
  for (const section of data.content.sections) {
    sections.push({ heading: section.heading, blocks: visibleParagraphs(section).map((p) => paragraph(p.text)) });
  }
  const answered = data.endorsements.filter((endorsement) => endorsement.state !== 'PENDING');
  const endorsementBlocks: DocumentBlock[] =
    data.endorsements.length === 0
      ? [paragraph(m.noEndorsements)]
      : [
          {
            kind: 'table',
            header: [...m.endorsementHeader],
            rows: data.endorsements.map((endorsement) => [
              endorsement.organisation,
              m.endorsementStates[endorsement.state],
              endorsement.answeredAt ? formatDate(endorsement.answeredAt, m) : '—',
              endorsement.reservation ?? '',
            ]),
          },
        ];
  if (data.endorsements.length > 0 && answered.length === 0) endorsementBlocks.unshift(paragraph(m.noEndorsements));
  const reservations = data.endorsements.flatMap((endorsement) =>
    endorsement.reservation ? [{ heading: m.reservationOf(endorsement.organisation), blocks: [paragraph(endorsement.reservation)] }] : [],
  );
  sections.push({ heading: m.endorsements, blocks: endorsementBlocks, subsections: reservations });
  return { language, title: data.title, subtitle: m.declaration, titlePageLines: titlePage(data, m), tableOfContentsTitle: m.contents, sections };
}

/** Paragraph by paragraph: the draft, the amendments to it, the decision on each, and the wording that resulted. */
export function synopsisDocument(data: DeclarationDocumentData, language: Language): DocumentModel {
  const m = EXPORT_MESSAGES[language];
  const draftText = new Map(data.draft.sections.flatMap((section) => section.paragraphs.map((p) => [p.key, p.text] as const)));
  const describe = (amendment: Amendment) =>
    [
      m.amendmentLine(amendment.number, m.kinds[amendment.kind], amendment.author),
      amendment.kind === 'DELETE' ? '' : amendment.proposedText,
      `${m.reason}: ${amendment.reason}`,
    ]
      .filter((line) => line !== '')
      .join('\n');
  const decide = (amendment: Amendment) =>
    [
      `${m.amendmentRef(amendment.number)}: ${m.states[amendment.state]}`,
      amendment.takenOverText !== null ? `${m.modified}: ${amendment.takenOverText}` : '',
      amendment.decisionNote ?? '',
    ]
      .filter((line) => line !== '')
      .join('\n');
  const sections: DocumentSection[] = data.content.sections.map((section) => {
    const merged = new Set(section.paragraphs.map((p) => p.key));
    // An insertion not (yet) merged is listed beside the paragraph it would follow.
    const pendingInsert = (amendment: Amendment, after: string | null) =>
      amendment.kind === 'INSERT' && !merged.has(amendment.id) && amendment.afterParagraphKey === after;
    const concerning = (key: string | null) =>
      data.amendments.filter(
        (amendment) =>
          amendment.sectionKey === section.key &&
          (pendingInsert(amendment, key) || (key !== null && (amendment.paragraphKey === key || amendment.id === key))),
      );
    const row = (draft: string, amendments: Amendment[], result: string) => [
      draft,
      amendments.length === 0 ? m.noAmendments : amendments.map(describe).join('\n\n'),
      amendments.length === 0 ? m.noAmendments : amendments.map(decide).join('\n\n'),
      result,
    ];
    const rows: string[][] = [];
    const atStart = concerning(null);
    if (atStart.length > 0) rows.push(row(m.newParagraph, atStart, m.noAmendments));
    for (const p of section.paragraphs) {
      rows.push(row(draftText.get(p.key) ?? m.newParagraph, concerning(p.key), p.deletedBy !== null ? m.deleted : p.text));
    }
    return { heading: section.heading, blocks: [{ kind: 'table', header: [...m.synopsisHeader], rows }] };
  });
  return { language, title: data.title, subtitle: m.synopsis, titlePageLines: titlePage(data, m), tableOfContentsTitle: m.contents, sections };
}
