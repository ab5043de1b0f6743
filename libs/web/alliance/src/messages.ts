import type { OrganisationKind } from '@pakt/domain';
import { createTranslationHook, defineMessages } from '@pakt/web-ui';

const de = {
  list: {
    title: 'Bündnisse',
    intro: 'Fachkräftebündnisse, die in Pakt zusammenarbeiten.',
    empty: 'Es sind noch keine Bündnisse angelegt.',
    state: 'Bundesland',
    constitutedOn: 'Konstituiert am',
  },
  overview: {
    allAlliances: 'Alle Bündnisse',
    state: 'Bundesland',
    constitutedOn: 'Konstituiert am',
    regions: 'Regionen',
    steeringBoard: 'Dachgremium',
    noSteeringBoard: 'Das Dachgremium ist noch nicht eingerichtet.',
    chair: 'Vorsitz',
    deputyChair: 'Stellvertretender Vorsitz',
    vacant: 'nicht besetzt',
    members: 'Mitglieder',
    focusGroups: 'Fokusgruppen',
    noFocusGroups: 'Es gibt noch keine Fokusgruppen.',
    actionFields: 'Handlungsfelder',
    noActionFields: 'Noch kein Handlungsfeld zugeordnet.',
    organisations: 'Bündnispartner',
    noOrganisations: 'Es sind noch keine Organisationen eingetragen.',
    organisationCount_one: '{{count}} Organisation',
    organisationCount_other: '{{count}} Organisationen',
  },
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
  } satisfies Record<OrganisationKind, string>,
};

const en = {
  list: {
    title: 'Alliances',
    intro: 'Skilled-labour alliances working together in Pakt.',
    empty: 'No alliances have been set up yet.',
    state: 'Federal state',
    constitutedOn: 'Constituted on',
  },
  overview: {
    allAlliances: 'All alliances',
    state: 'Federal state',
    constitutedOn: 'Constituted on',
    regions: 'Regions',
    steeringBoard: 'Steering board',
    noSteeringBoard: 'The steering board has not been set up yet.',
    chair: 'Chair',
    deputyChair: 'Deputy chair',
    vacant: 'vacant',
    members: 'Members',
    focusGroups: 'Focus groups',
    noFocusGroups: 'There are no focus groups yet.',
    actionFields: 'Action fields',
    noActionFields: 'No action field assigned yet.',
    organisations: 'Partner organisations',
    noOrganisations: 'No organisations have been added yet.',
    organisationCount_one: '{{count}} organisation',
    organisationCount_other: '{{count}} organisations',
  },
  organisationKinds: {
    MINISTRY: 'Ministries',
    EMPLOYMENT_AGENCY: 'Federal Employment Agency',
    CHAMBER: 'Chambers',
    UNION: 'Trade unions',
    EMPLOYER_ASSOCIATION: "Employers' associations",
    MUNICIPAL_ASSOCIATION: 'Municipal associations',
    UNIVERSITY_RESEARCH: 'Universities and research',
    WELFARE_ASSOCIATION: 'Welfare associations',
    COMPANY: 'Companies',
    OTHER: 'Other organisations',
  },
};

export const allianceMessages = defineMessages('alliance', de, en);
export const useAllianceMessages = createTranslationHook(allianceMessages);
