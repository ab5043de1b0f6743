import type { DocumentBlock, DocumentModel, DocumentSection } from '@pakt/api-documents';
import type { InitiativeStatus, OrganisationKind, PlanVersionState, SignOffRole } from '@pakt/domain';
import { EXPORT_MESSAGES, type ExportMessages } from './messages';

/** Everything the exported document shows, loaded by PlanExportService. */
export interface PlanDocumentData {
  allianceName: string;
  version: {
    number: number;
    state: PlanVersionState;
    title: string;
    situationAssessment: string;
    initiativesText: string;
    commitments: string;
    submittedAt: Date | null;
    approvedAt: Date | null;
  };
  signOffs: Array<{ role: SignOffRole; name: string; signedAt: Date }>;
  indicators: Array<{ name: string; unit: string; series: string[]; observations: Array<{ series: string; period: number; value: number }> }>;
  /** From the register: the initiatives that implement the version's recommendations, by name. */
  initiatives: Array<{
    name: string;
    status: InitiativeStatus;
    leadOrganisation: string;
    partnerOrganisations: string[];
    actionFields: string[];
    startOn: string;
    endOn: string | null;
    progressPercent: number | null;
  }>;
  /** In the alliance's order of action fields, empty ones left out. */
  sections: Array<{
    actionField: string;
    recommendations: Array<{
      title: string;
      focusGroup: string;
      problem: string;
      measure: string;
      expectedEffect: string;
      timeFrame: string;
      costNotes: string | null;
      addresseeOrganisations: string[];
      addresseeKinds: OrganisationKind[];
      approval: { by: string | null; at: Date } | null;
    }>;
  }>;
}

function paragraphs(text: string, empty: string): DocumentBlock[] {
  const parts = text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return (parts.length > 0 ? parts : [empty]).map((part) => ({ kind: 'paragraph', text: part }));
}

/** A chart per indicator: the periods as categories, a line per series, and the values as its text alternative. */
function chart(indicator: PlanDocumentData['indicators'][number], m: ExportMessages): DocumentBlock {
  const periods = [...new Set(indicator.observations.map((o) => o.period))].sort((a, b) => a - b);
  const number = new Intl.NumberFormat(m.numberLocale);
  const series = indicator.series.map((name) => ({
    name,
    values: periods.map((period) => indicator.observations.find((o) => o.series === name && o.period === period)?.value ?? null),
  }));
  const listed = series
    .map((line) => {
      const values = periods.flatMap((period, index) => {
        const value = line.values[index];
        return value === null || value === undefined ? [] : [`${period}: ${number.format(value)}`];
      });
      return `${line.name}: ${values.join(', ')}`;
    })
    .join('; ');
  return {
    kind: 'chart',
    title: indicator.name,
    unit: indicator.unit,
    categories: periods.map(String),
    series,
    description: m.chartDescription(indicator.name, indicator.unit, listed),
  };
}

/** The Bündnisplan version as a document: title page, contents, then its four parts. */
export function planDocument(data: PlanDocumentData, language: 'de' | 'en'): DocumentModel {
  const m = EXPORT_MESSAGES[language];
  const date = (value: Date) => value.toLocaleDateString(m.dateLocale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Berlin' });
  const { version } = data;
  const isoDate = (value: string) => date(new Date(`${value}T12:00:00Z`));
  const approved = version.state === 'APPROVED';
  const stateLine = approved && version.approvedAt ? m.approvedOn(date(version.approvedAt)) : m.states[version.state];
  const titlePageLines = [
    data.allianceName,
    stateLine,
    ...(!approved && version.submittedAt ? [m.submittedOn(date(version.submittedAt))] : []),
    ...data.signOffs.map((signOff) => m.signedBy(m.roles[signOff.role], signOff.name, date(signOff.signedAt))),
  ];

  const recommendationSections: DocumentSection[] = data.sections.map((section) => ({
    heading: section.actionField,
    blocks: [],
    subsections: section.recommendations.map((recommendation) => {
      const addressees = [
        ...recommendation.addresseeOrganisations,
        ...recommendation.addresseeKinds.map((kind) => m.organisationKinds[kind]),
      ];
      const approval = recommendation.approval;
      return {
        heading: recommendation.title,
        blocks: [
          {
            kind: 'facts',
            items: [
              { label: m.focusGroup, value: recommendation.focusGroup },
              { label: m.addressees, value: addressees.length > 0 ? addressees.join(', ') : m.none },
              { label: m.timeFrame, value: recommendation.timeFrame || m.none },
              { label: m.costs, value: recommendation.costNotes || m.none },
              { label: m.effect, value: recommendation.expectedEffect || m.none },
              ...(approval ? [{ label: m.approved, value: m.approvedByOn(approval.by ?? m.none, date(approval.at)) }] : []),
            ],
          },
          ...paragraphs(`${m.problem}: ${recommendation.problem}`, m.none),
          ...paragraphs(`${m.measure}: ${recommendation.measure}`, m.none),
        ],
      };
    }),
  }));

  const initiativeSections: DocumentSection[] = data.initiatives.map((initiative) => ({
    heading: initiative.name,
    blocks: [
      {
        kind: 'facts',
        items: [
          { label: m.initiativeStatus, value: m.initiativeStatuses[initiative.status] },
          { label: m.leadOrganisation, value: initiative.leadOrganisation },
          ...(initiative.partnerOrganisations.length > 0 ? [{ label: m.partners, value: initiative.partnerOrganisations.join(', ') }] : []),
          { label: m.actionFields, value: initiative.actionFields.join(', ') || m.none },
          { label: m.period, value: m.periodOf(isoDate(initiative.startOn), initiative.endOn === null ? null : isoDate(initiative.endOn)) },
          { label: m.progress, value: initiative.progressPercent === null ? m.none : `${initiative.progressPercent} %` },
        ],
      },
    ],
  }));

  return {
    language,
    title: version.title,
    subtitle: approved ? m.subtitle(version.number) : `${m.subtitle(version.number)} – ${m.draftMark}`,
    titlePageLines,
    tableOfContentsTitle: m.contents,
    sections: [
      {
        heading: m.situationAssessment,
        blocks: [...paragraphs(version.situationAssessment, m.nothingYet), ...data.indicators.map((indicator) => chart(indicator, m))],
      },
      {
        heading: m.recommendations,
        blocks: recommendationSections.length > 0 ? [] : [{ kind: 'paragraph', text: m.noRecommendations }],
        subsections: recommendationSections,
      },
      {
        heading: m.initiatives,
        blocks: data.initiatives.length > 0 && version.initiativesText.trim() === '' ? [] : paragraphs(version.initiativesText, m.nothingYet),
        ...(data.initiatives.length === 0 ? {} : { subsections: initiativeSections }),
      },
      { heading: m.commitments, blocks: paragraphs(version.commitments, m.nothingYet) },
    ],
  };
}
