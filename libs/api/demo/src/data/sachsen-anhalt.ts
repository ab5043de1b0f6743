import { defineAlliance, seats, type SeedActionField, type SeedOrganisation } from './seed-types';

// Sachsen-Anhalt's "Fachkräftesicherungspakt", from the press release in /work/shared/seeds/003:
// six strategic priorities, each followed by a working group. The people and the dates of their
// memberships are fictional; the document names neither.

const organisations = {
  ms: { name: 'Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung', shortName: 'MS', kind: 'MINISTRY' },
  mw: { name: 'Ministerium für Wirtschaft, Tourismus, Landwirtschaft und Forsten', shortName: 'MW', kind: 'MINISTRY' },
  mb: { name: 'Ministerium für Bildung', shortName: 'MB', kind: 'MINISTRY' },
  mwu: { name: 'Ministerium für Wissenschaft, Energie, Klimaschutz und Umwelt', shortName: 'MWU', kind: 'MINISTRY' },
  rd: { name: 'Regionaldirektion Sachsen-Anhalt-Thüringen der Bundesagentur für Arbeit', shortName: 'RD SAT', kind: 'EMPLOYMENT_AGENCY' },
  ihkMd: { name: 'IHK Magdeburg', kind: 'CHAMBER' },
  ihkHalle: { name: 'IHK Halle-Dessau', kind: 'CHAMBER' },
  hwkMd: { name: 'Handwerkskammer Magdeburg', kind: 'CHAMBER' },
  hwkHalle: { name: 'Handwerkskammer Halle (Saale)', kind: 'CHAMBER' },
  dgb: { name: 'DGB Sachsen-Anhalt', shortName: 'DGB', kind: 'UNION' },
  verdi: { name: 'ver.di Landesbezirk Sachsen, Sachsen-Anhalt, Thüringen', shortName: 'ver.di', kind: 'UNION' },
  awsa: { name: 'Arbeitgeber- und Wirtschaftsverbände Sachsen-Anhalt', shortName: 'AWSA', kind: 'EMPLOYER_ASSOCIATION' },
  landkreistag: { name: 'Landkreistag Sachsen-Anhalt', kind: 'MUNICIPAL_ASSOCIATION' },
  sgsa: { name: 'Städte- und Gemeindebund Sachsen-Anhalt', kind: 'MUNICIPAL_ASSOCIATION' },
  lrk: { name: 'Landesrektorenkonferenz Sachsen-Anhalt', kind: 'UNIVERSITY_RESEARCH' },
  hsMagdeburg: { name: 'Hochschule Magdeburg-Stendal', kind: 'UNIVERSITY_RESEARCH' },
  zukunftszentrum: { name: 'Zukunftszentrum Digitale Arbeit Sachsen-Anhalt', kind: 'OTHER' },
} satisfies Record<string, SeedOrganisation>;

const actionFields = {
  training: {
    title: 'Berufsausbildung stärken',
    description:
      'Praxisnahe Berufsorientierung, eine Ausbildungsinitiative mit Migrantenorganisationen, weniger vorzeitige ' +
      'Vertragslösungen; die Ausbildungsplattform hallo-beruf.de wird mit den Kammern fortgesetzt.',
  },
  integration: {
    title: 'Arbeitsmarktintegration fördern',
    description:
      'Zugewanderte nachhaltig in Ausbildung und qualifizierte Beschäftigung bringen, besonders ausländische Frauen in ' +
      'MINT-Berufen; Anerkennungsberatung, Sprachförderung und Qualifizierung verzahnen.',
  },
  qualification: {
    title: 'Qualifizierung gestalten',
    description:
      'Weiterbildungsagenturen beraten aus einer Hand; gezielte Qualifizierung für Menschen mit Behinderung, ' +
      'Langzeitarbeitslose, Pendler und Zugewanderte.',
  },
  founding: {
    title: 'Gründungen und Unternehmensnachfolgen erleichtern',
    description: 'Unbürokratische Verfahren, gezielte Förderung und niedrigschwellige Beratung; junge Menschen für die Selbstständigkeit gewinnen.',
  },
  digital: {
    title: 'Digitalisierung der Arbeitswelt unterstützen',
    description: 'Unternehmen und Beschäftigte in der digitalen Transformation begleiten, etwa durch das Zukunftszentrum Digitale Arbeit Sachsen-Anhalt.',
  },
  permeability: {
    title: 'Mehr Durchlässigkeit zwischen beruflicher und akademischer Bildung erreichen',
    description:
      'Duale und hybride Studienangebote ausbauen, Studienzweifelnde für die berufliche Bildung ansprechen, den ' +
      'Berufseinstieg internationaler Studierender fördern.',
  },
} satisfies Record<string, SeedActionField>;

const { chair, deputy, secretariat, member } = seats<keyof typeof organisations>();

const since = '2024-03-01';

export const sachsenAnhalt = defineAlliance<keyof typeof organisations, keyof typeof actionFields>({
  slug: 'sachsen-anhalt',
  name: 'Fachkräftesicherungspakt Sachsen-Anhalt',
  shortName: 'Fachkräftesicherungspakt',
  description:
    'Arbeitsministerium, Arbeitgeberverbände, Gewerkschaften, Kammern, Kommunale Spitzenverbände, Hochschulen, ' +
    'Bundesagentur für Arbeit und Landesressorts vereinbaren eine gemeinsame Fachkräftestrategie mit sechs ' +
    'strategischen Schwerpunkten, die jeweils eine Arbeitsgruppe begleitet.',
  state: 'Sachsen-Anhalt',
  organisations,
  accounts: [{ email: 'sekretariat@sachsen-anhalt.example.org', person: 'Paul Winkler', allianceRoles: ['SECRETARIAT'] }],
  actionFields,
  regions: [
    { name: 'Sachsen-Anhalt', kind: 'STATE', code: '15' },
    { name: 'Dessau-Roßlau', kind: 'INDEPENDENT_CITY', code: '15001' },
    { name: 'Halle (Saale)', kind: 'INDEPENDENT_CITY', code: '15002' },
    { name: 'Magdeburg', kind: 'INDEPENDENT_CITY', code: '15003' },
    { name: 'Altmarkkreis Salzwedel', kind: 'DISTRICT', code: '15081' },
    { name: 'Landkreis Anhalt-Bitterfeld', kind: 'DISTRICT', code: '15082' },
    { name: 'Landkreis Börde', kind: 'DISTRICT', code: '15083' },
    { name: 'Burgenlandkreis', kind: 'DISTRICT', code: '15084' },
    { name: 'Landkreis Harz', kind: 'DISTRICT', code: '15085' },
    { name: 'Landkreis Jerichower Land', kind: 'DISTRICT', code: '15086' },
    { name: 'Landkreis Mansfeld-Südharz', kind: 'DISTRICT', code: '15087' },
    { name: 'Saalekreis', kind: 'DISTRICT', code: '15088' },
    { name: 'Salzlandkreis', kind: 'DISTRICT', code: '15089' },
    { name: 'Landkreis Stendal', kind: 'DISTRICT', code: '15090' },
    { name: 'Landkreis Wittenberg', kind: 'DISTRICT', code: '15091' },
  ],
  bodies: [
    {
      name: 'Steuerungskreis',
      kind: 'STEERING_BOARD',
      description: 'Die Partner des Fachkräftesicherungspaktes unter Leitung des Ministeriums für Arbeit, Soziales, Gesundheit und Gleichstellung.',
      since,
      actionFields: ['training', 'integration', 'qualification', 'founding', 'digital', 'permeability'],
      memberships: [
        chair('Dr. Annette Brückner', 'ms'),
        deputy('Uwe Reinhardt', 'rd'),
        secretariat('Paul Winkler', 'ms'),
        member('Dr. Klaus Hentschel', 'mw'),
        member('Silke Ebeling', 'mb'),
        member('Prof. Dr. Norbert Kahl', 'mwu'),
        member('Cornelia Stolze', 'ihkMd'),
        member('Ronny Baumgarten', 'ihkHalle'),
        member('Andreas Tietz', 'hwkMd'),
        member('Manuela Fiedler', 'hwkHalle'),
        member('Steffen Kunze', 'dgb'),
        member('Dr. Birgit Rösler', 'awsa'),
        member('Heiko Naumann', 'landkreistag'),
        member('Kathleen Pieper', 'sgsa'),
        member('Prof. Dr. Ingrid Lehnert', 'lrk'),
      ],
    },
    {
      name: 'Arbeitsgruppe Berufsausbildung',
      kind: 'FOCUS_GROUP',
      since,
      actionFields: ['training'],
      memberships: [
        chair('Cornelia Stolze', 'ihkMd'),
        deputy('Sven Hollmann', 'dgb'),
        member('Jens Ullrich', 'hwkHalle'),
        member('Silke Ebeling', 'mb'),
        member('Marco Lindner', 'rd'),
        member('Yvonne Krug', 'awsa'),
      ],
    },
    {
      name: 'Arbeitsgruppe Arbeitsmarktintegration',
      kind: 'FOCUS_GROUP',
      since,
      actionFields: ['integration'],
      memberships: [
        chair('Uwe Reinhardt', 'rd'),
        deputy('Daria Kowalczyk', 'ms'),
        member('Heiko Naumann', 'landkreistag'),
        member('Ronny Baumgarten', 'ihkHalle'),
        member('Tatjana Engelhardt', 'verdi'),
        member('Prof. Dr. Samir Nasser', 'hsMagdeburg'),
      ],
    },
    {
      name: 'Arbeitsgruppe Qualifizierung',
      kind: 'FOCUS_GROUP',
      since,
      actionFields: ['qualification'],
      memberships: [
        chair('Paul Winkler', 'ms'),
        deputy('Steffen Kunze', 'dgb'),
        member('Andreas Tietz', 'hwkMd'),
        member('Marco Lindner', 'rd'),
        member('Kathleen Pieper', 'sgsa'),
        member('Dr. Birgit Rösler', 'awsa'),
      ],
    },
    {
      name: 'Arbeitsgruppe Gründungen und Unternehmensnachfolge',
      kind: 'FOCUS_GROUP',
      since,
      actionFields: ['founding'],
      memberships: [
        chair('Dr. Klaus Hentschel', 'mw'),
        deputy('Manuela Fiedler', 'hwkHalle'),
        member('Cornelia Stolze', 'ihkMd'),
        member('Yvonne Krug', 'awsa'),
        member('Prof. Dr. Samir Nasser', 'hsMagdeburg'),
      ],
    },
    {
      name: 'Arbeitsgruppe Digitalisierung der Arbeitswelt',
      kind: 'FOCUS_GROUP',
      since,
      actionFields: ['digital'],
      memberships: [
        chair('Dr. Franziska Wendt', 'zukunftszentrum'),
        deputy('Tatjana Engelhardt', 'verdi'),
        member('Ronny Baumgarten', 'ihkHalle'),
        member('Dr. Klaus Hentschel', 'mw'),
        member('Sven Hollmann', 'dgb'),
      ],
    },
    {
      name: 'Arbeitsgruppe Durchlässigkeit beruflicher und akademischer Bildung',
      kind: 'FOCUS_GROUP',
      since,
      actionFields: ['permeability'],
      memberships: [
        chair('Prof. Dr. Ingrid Lehnert', 'lrk'),
        deputy('Jens Ullrich', 'hwkHalle'),
        member('Prof. Dr. Norbert Kahl', 'mwu'),
        member('Silke Ebeling', 'mb'),
        member('Prof. Dr. Samir Nasser', 'hsMagdeburg'),
      ],
    },
  ],
});
