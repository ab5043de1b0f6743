import type { InitiativeStatus, OrganisationKind, PlanVersionState, SignOffRole } from '@pakt/domain';

/**
 * Every label of the exported plan, in German (the default) and English. The organisation kinds
 * say what the web's alliance messages say (an api library cannot import web code).
 */
export interface ExportMessages {
  subtitle: (number: number) => string;
  draftMark: string;
  states: Record<PlanVersionState, string>;
  approvedOn: (date: string) => string;
  submittedOn: (date: string) => string;
  signedBy: (role: string, name: string, date: string) => string;
  roles: Record<SignOffRole, string>;
  contents: string;
  situationAssessment: string;
  recommendations: string;
  initiatives: string;
  commitments: string;
  nothingYet: string;
  noRecommendations: string;
  focusGroup: string;
  addressees: string;
  timeFrame: string;
  costs: string;
  effect: string;
  problem: string;
  measure: string;
  approved: string;
  approvedByOn: (name: string, date: string) => string;
  none: string;
  chartDescription: (name: string, unit: string, series: string) => string;
  organisationKinds: Record<OrganisationKind, string>;
  initiativeStatus: string;
  initiativeStatuses: Record<InitiativeStatus, string>;
  leadOrganisation: string;
  partners: string;
  actionFields: string;
  period: string;
  periodOf: (start: string, end: string | null) => string;
  progress: string;
  dateLocale: string;
  numberLocale: string;
}

export const EXPORT_MESSAGES: Record<'de' | 'en', ExportMessages> = {
  de: {
    subtitle: (number) => `Bündnisplan, Version ${number}`,
    draftMark: 'Entwurf',
    states: { DRAFT: 'Entwurf', SUBMITTED: 'Entwurf (zur Unterzeichnung eingereicht)', APPROVED: 'Beschlossen' },
    approvedOn: (date) => `Beschlossen am ${date}`,
    submittedOn: (date) => `Eingereicht am ${date}`,
    signedBy: (role, name, date) => `Unterzeichnet von ${name} (${role}) am ${date}`,
    roles: { CHAIR: 'Vorsitz des Dachgremiums', DEPUTY_CHAIR: 'Stellvertretender Vorsitz des Dachgremiums' },
    contents: 'Inhalt',
    situationAssessment: 'Standortbestimmung',
    recommendations: 'Handlungsempfehlungen',
    initiatives: 'Initiativen',
    commitments: 'Selbstverpflichtung',
    nothingYet: 'Noch keine Angaben.',
    noRecommendations: 'Diese Version enthält noch keine Handlungsempfehlungen.',
    focusGroup: 'Fokusgruppe',
    addressees: 'Adressaten',
    timeFrame: 'Zeitrahmen',
    costs: 'Kosten',
    effect: 'Erwartete Wirkung',
    problem: 'Ausgangslage',
    measure: 'Maßnahme',
    approved: 'Freigegeben',
    approvedByOn: (name, date) => `am ${date} von ${name}`,
    none: 'keine Angabe',
    chartDescription: (name, unit, series) => `${name} (${unit}). ${series}`,
    organisationKinds: {
      MINISTRY: 'Ministerien',
      EMPLOYMENT_AGENCY: 'Bundesagentur für Arbeit',
      CHAMBER: 'Kammern',
      UNION: 'Gewerkschaften',
      EMPLOYER_ASSOCIATION: 'Arbeitgeberverbände',
      MUNICIPAL_ASSOCIATION: 'Kommunale Spitzenverbände',
      UNIVERSITY_RESEARCH: 'Hochschulen und Forschung',
      WELFARE_ASSOCIATION: 'Wohlfahrtsverbände',
      COMPANY: 'Unternehmen',
      OTHER: 'Weitere Organisationen',
    },
    initiativeStatus: 'Status',
    initiativeStatuses: { PLANNED: 'Geplant', RUNNING: 'Laufend', PAUSED: 'Pausiert', COMPLETED: 'Abgeschlossen', CANCELLED: 'Abgebrochen' },
    leadOrganisation: 'Federführung',
    partners: 'Partner',
    actionFields: 'Handlungsfelder',
    period: 'Zeitraum',
    periodOf: (start, end) => (end === null ? `seit ${start}` : `${start} bis ${end}`),
    progress: 'Fortschritt',
    dateLocale: 'de-DE',
    numberLocale: 'de-DE',
  },
  en: {
    subtitle: (number) => `Alliance plan, version ${number}`,
    draftMark: 'Draft',
    states: { DRAFT: 'Draft', SUBMITTED: 'Draft (submitted for sign-off)', APPROVED: 'Approved' },
    approvedOn: (date) => `Approved on ${date}`,
    submittedOn: (date) => `Submitted on ${date}`,
    signedBy: (role, name, date) => `Signed by ${name} (${role}) on ${date}`,
    roles: { CHAIR: 'Chair of the steering board', DEPUTY_CHAIR: 'Deputy chair of the steering board' },
    contents: 'Contents',
    situationAssessment: 'Situation assessment',
    recommendations: 'Recommendations',
    initiatives: 'Initiatives',
    commitments: 'Commitments',
    nothingYet: 'Nothing entered yet.',
    noRecommendations: 'This version contains no recommendations yet.',
    focusGroup: 'Focus group',
    addressees: 'Addressed to',
    timeFrame: 'Time frame',
    costs: 'Costs',
    effect: 'Expected effect',
    problem: 'Problem',
    measure: 'Measure',
    approved: 'Approved',
    approvedByOn: (name, date) => `on ${date} by ${name}`,
    none: 'not stated',
    chartDescription: (name, unit, series) => `${name} (${unit}). ${series}`,
    organisationKinds: {
      MINISTRY: 'Ministries',
      EMPLOYMENT_AGENCY: 'Federal Employment Agency',
      CHAMBER: 'Chambers',
      UNION: 'Trade unions',
      EMPLOYER_ASSOCIATION: 'Employer associations',
      MUNICIPAL_ASSOCIATION: 'Municipal associations',
      UNIVERSITY_RESEARCH: 'Universities and research',
      WELFARE_ASSOCIATION: 'Welfare associations',
      COMPANY: 'Companies',
      OTHER: 'Other organisations',
    },
    initiativeStatus: 'Status',
    initiativeStatuses: { PLANNED: 'Planned', RUNNING: 'Running', PAUSED: 'Paused', COMPLETED: 'Completed', CANCELLED: 'Cancelled' },
    leadOrganisation: 'Lead organisation',
    partners: 'Partners',
    actionFields: 'Action fields',
    period: 'Period',
    periodOf: (start, end) => (end === null ? `since ${start}` : `${start} to ${end}`),
    progress: 'Progress',
    dateLocale: 'en-GB',
    numberLocale: 'en-GB',
  },
};
