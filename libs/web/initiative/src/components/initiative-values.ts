import type { InitiativeKind, ReportingCycle } from '@pakt/domain';

/** What the register's form holds: an initiative's content as the inputs take it. */
export interface InitiativeValues {
  readonly name: string;
  readonly description: string;
  readonly kind: InitiativeKind;
  readonly leadOrganisationId: string;
  readonly partnerOrganisationIds: readonly string[];
  readonly actionFieldIds: readonly string[];
  readonly recommendationIds: readonly string[];
  readonly regionIds: readonly string[];
  /** One target group per line. */
  readonly targetGroups: string;
  readonly startOn: string;
  readonly endOn: string;
  readonly fundingNotes: string;
  readonly reportingCycle: ReportingCycle;
}

export type InitiativeField = keyof InitiativeValues;

/** Every field in the order the form shows them (an error summary lists them so). */
export const INITIATIVE_FIELDS: readonly InitiativeField[] = [
  'name',
  'description',
  'kind',
  'leadOrganisationId',
  'partnerOrganisationIds',
  'actionFieldIds',
  'recommendationIds',
  'regionIds',
  'targetGroups',
  'startOn',
  'endOn',
  'reportingCycle',
  'fundingNotes',
];

export const EMPTY_INITIATIVE: InitiativeValues = {
  name: '',
  description: '',
  kind: 'SINGLE',
  leadOrganisationId: '',
  partnerOrganisationIds: [],
  actionFieldIds: [],
  recommendationIds: [],
  regionIds: [],
  targetGroups: '',
  startOn: '',
  endOn: '',
  fundingNotes: '',
  reportingCycle: 'QUARTERLY',
};

/** The form's field an api problem names ("partnerOrganisationIds.1" → partnerOrganisationIds), if any. */
export function fieldOfProblem(name: string): InitiativeField | null {
  const base = name.split('.')[0] ?? '';
  return (INITIATIVE_FIELDS as readonly string[]).includes(base) ? (base as InitiativeField) : null;
}

/** The values as the api's create and update inputs take them: empty texts are null, a SINGLE initiative has no partners. */
export function inputOf(values: InitiativeValues) {
  return {
    name: values.name.trim(),
    description: values.description.trim(),
    kind: values.kind,
    leadOrganisationId: values.leadOrganisationId,
    partnerOrganisationIds: values.kind === 'JOINT' ? [...values.partnerOrganisationIds] : [],
    actionFieldIds: [...values.actionFieldIds],
    recommendationIds: [...values.recommendationIds],
    regionIds: [...values.regionIds],
    targetGroups: values.targetGroups
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    startOn: values.startOn,
    endOn: values.endOn === '' ? null : values.endOn,
    fundingNotes: values.fundingNotes.trim() === '' ? null : values.fundingNotes.trim(),
    reportingCycle: values.reportingCycle,
  };
}
