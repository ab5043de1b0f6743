import { hessenDeclaration } from './hessen-declaration';
import { hessenWorkspace } from './hessen-plan';
import { defineAlliance, seats, type SeedActionField, type SeedOrganisation, type SeedRegion } from './seed-types';

// "Neues Bündnis Fachkräftesicherung Hessen", from the press releases in /work/shared/seeds
// (000, 001, 002). Organisations are the kinds the documents name; the people are fictional.

const organisations = {
  hmsi: { name: 'Hessisches Ministerium für Soziales und Integration', shortName: 'HMSI', kind: 'MINISTRY' },
  hmwevw: { name: 'Hessisches Ministerium für Wirtschaft, Energie, Verkehr und Wohnen', shortName: 'HMWEVW', kind: 'MINISTRY' },
  hkm: { name: 'Hessisches Kultusministerium', shortName: 'HKM', kind: 'MINISTRY' },
  hmwk: { name: 'Hessisches Ministerium für Wissenschaft und Kunst', shortName: 'HMWK', kind: 'MINISTRY' },
  rd: { name: 'Regionaldirektion Hessen der Bundesagentur für Arbeit', shortName: 'RD Hessen', kind: 'EMPLOYMENT_AGENCY' },
  ihk: { name: 'Arbeitsgemeinschaft hessischer Industrie- und Handelskammern', shortName: 'AG hessischer IHKs', kind: 'CHAMBER' },
  hwk: { name: 'Arbeitsgemeinschaft der Hessischen Handwerkskammern', shortName: 'AGH', kind: 'CHAMBER' },
  hwkFrm: { name: 'Handwerkskammer Frankfurt-Rhein-Main', kind: 'CHAMBER' },
  lak: { name: 'Landesärztekammer Hessen', kind: 'CHAMBER' },
  dgb: { name: 'DGB Bezirk Hessen-Thüringen', shortName: 'DGB', kind: 'UNION' },
  verdi: { name: 'ver.di Landesbezirk Hessen', shortName: 'ver.di', kind: 'UNION' },
  gew: { name: 'GEW Landesverband Hessen', shortName: 'GEW', kind: 'UNION' },
  igm: { name: 'IG Metall Bezirk Mitte', shortName: 'IG Metall', kind: 'UNION' },
  vhu: { name: 'Vereinigung der hessischen Unternehmerverbände', shortName: 'VhU', kind: 'EMPLOYER_ASSOCIATION' },
  hkg: { name: 'Hessische Krankenhausgesellschaft', shortName: 'HKG', kind: 'EMPLOYER_ASSOCIATION' },
  bpa: { name: 'bpa – Bundesverband privater Anbieter sozialer Dienste, Landesgruppe Hessen', shortName: 'bpa Hessen', kind: 'EMPLOYER_ASSOCIATION' },
  staedtetag: { name: 'Hessischer Städtetag', kind: 'MUNICIPAL_ASSOCIATION' },
  landkreistag: { name: 'Hessischer Landkreistag', kind: 'MUNICIPAL_ASSOCIATION' },
  hsgb: { name: 'Hessischer Städte- und Gemeindebund', shortName: 'HSGB', kind: 'MUNICIPAL_ASSOCIATION' },
  iwak: {
    name: 'Institut für Wirtschaft, Arbeit und Kultur (IWAK) der Goethe-Universität Frankfurt am Main',
    shortName: 'IWAK',
    kind: 'UNIVERSITY_RESEARCH',
  },
  khu: { name: 'Konferenz Hessischer Universitätspräsidien', shortName: 'KHU', kind: 'UNIVERSITY_RESEARCH' },
  hda: { name: 'Hochschule Darmstadt', shortName: 'h_da', kind: 'UNIVERSITY_RESEARCH' },
  fraUas: { name: 'Frankfurt University of Applied Sciences', shortName: 'Frankfurt UAS', kind: 'UNIVERSITY_RESEARCH' },
  hsFulda: { name: 'Hochschule Fulda', kind: 'UNIVERSITY_RESEARCH' },
  liga: { name: 'Liga der Freien Wohlfahrtspflege in Hessen', shortName: 'Liga Hessen', kind: 'WELFARE_ASSOCIATION' },
  diakonie: { name: 'Diakonie Hessen', kind: 'WELFARE_ASSOCIATION' },
  paritaet: { name: 'Der Paritätische Hessen', kind: 'WELFARE_ASSOCIATION' },
  awo: { name: 'AWO Bezirksverband Hessen-Süd', kind: 'WELFARE_ASSOCIATION' },
  caritas: { name: 'Caritasverband für die Diözese Limburg', kind: 'WELFARE_ASSOCIATION' },
  wfgWerraMeissner: { name: 'Wirtschaftsförderungsgesellschaft Werra-Meißner-Kreis mbH', kind: 'OTHER' },
  wfgHersfeldRotenburg: { name: 'Wirtschaftsförderungsgesellschaft für den Landkreis Hersfeld-Rotenburg mbH', kind: 'OTHER' },
} satisfies Record<string, SeedOrganisation>;

const actionFields = {
  digital: {
    title: 'Fachkräftesicherung im digitalen Wandel und im Handwerk',
    description: 'Engpässe in den Bau- und Handwerksberufen und in der IT-Branche; Qualifizierung für die digitale Arbeitswelt.',
  },
  youth: {
    title: 'Fachkräftesicherung in der Kinder- und Jugendhilfe',
    description: 'Erzieherinnen und Erzieher gewinnen und halten, u. a. mit der Fachkräfteoffensive Erzieherinnen und Erzieher.',
  },
  international: {
    title: 'Fachkräftesicherung im Kontext Internationalisierung und Vielfalt',
    description: 'Internationale Fach- und Arbeitskräfte gewinnen und integrieren, u. a. mit dem WELCOMECENTER Hessen.',
  },
  care: {
    title: 'Fachkräftesicherung in Pflege und Gesundheit',
    description: 'Pflege- und Gesundheitsberufe stärken, u. a. mit dem Pflegequalifizierungszentrum Hessen.',
  },
} satisfies Record<string, SeedActionField>;

export type HessenOrganisation = keyof typeof organisations;
export type HessenActionField = keyof typeof actionFields;

const { chair, deputy, secretariat, member, observer } = seats<keyof typeof organisations>();

// The scientific institute supplies data and indicators to every group.
const iwakAnalyst = () => member('Dr. Ines Busch', 'iwak');

const regions: SeedRegion[] = [
  { name: 'Hessen', kind: 'STATE', code: '06' },
  // Regierungsbezirk Darmstadt
  { name: 'Darmstadt', kind: 'INDEPENDENT_CITY', code: '06411' },
  { name: 'Frankfurt am Main', kind: 'INDEPENDENT_CITY', code: '06412' },
  { name: 'Offenbach am Main', kind: 'INDEPENDENT_CITY', code: '06413' },
  { name: 'Wiesbaden', kind: 'INDEPENDENT_CITY', code: '06414' },
  { name: 'Kreis Bergstraße', kind: 'DISTRICT', code: '06431' },
  { name: 'Landkreis Darmstadt-Dieburg', kind: 'DISTRICT', code: '06432' },
  { name: 'Kreis Groß-Gerau', kind: 'DISTRICT', code: '06433' },
  { name: 'Hochtaunuskreis', kind: 'DISTRICT', code: '06434' },
  { name: 'Main-Kinzig-Kreis', kind: 'DISTRICT', code: '06435' },
  { name: 'Main-Taunus-Kreis', kind: 'DISTRICT', code: '06436' },
  { name: 'Odenwaldkreis', kind: 'DISTRICT', code: '06437' },
  { name: 'Kreis Offenbach', kind: 'DISTRICT', code: '06438' },
  { name: 'Rheingau-Taunus-Kreis', kind: 'DISTRICT', code: '06439' },
  { name: 'Wetteraukreis', kind: 'DISTRICT', code: '06440' },
  // Regierungsbezirk Gießen
  { name: 'Landkreis Gießen', kind: 'DISTRICT', code: '06531' },
  { name: 'Lahn-Dill-Kreis', kind: 'DISTRICT', code: '06532' },
  { name: 'Landkreis Limburg-Weilburg', kind: 'DISTRICT', code: '06533' },
  { name: 'Landkreis Marburg-Biedenkopf', kind: 'DISTRICT', code: '06534' },
  { name: 'Vogelsbergkreis', kind: 'DISTRICT', code: '06535' },
  // Regierungsbezirk Kassel
  { name: 'Kassel', kind: 'INDEPENDENT_CITY', code: '06611' },
  { name: 'Landkreis Fulda', kind: 'DISTRICT', code: '06631' },
  { name: 'Landkreis Hersfeld-Rotenburg', kind: 'DISTRICT', code: '06632' },
  { name: 'Landkreis Kassel', kind: 'DISTRICT', code: '06633' },
  { name: 'Schwalm-Eder-Kreis', kind: 'DISTRICT', code: '06634' },
  { name: 'Landkreis Waldeck-Frankenberg', kind: 'DISTRICT', code: '06635' },
  { name: 'Werra-Meißner-Kreis', kind: 'DISTRICT', code: '06636' },
];

export const hessen = defineAlliance<keyof typeof organisations, keyof typeof actionFields>({
  slug: 'hessen',
  name: 'Neues Bündnis Fachkräftesicherung Hessen',
  shortName: 'Bündnis Fachkräftesicherung',
  description:
    'Auf Initiative des Hessischen Ministeriums für Soziales und Integration gegründetes Bündnis zentraler Akteure aus ' +
    'Wirtschaft, Verwaltung und Gesellschaft. Es erarbeitet in vier Fokusgruppen Maßnahmen für die hessische ' +
    'Fachkräftesicherung und hat einen Bündnisplan mit Standortbestimmung, Handlungsempfehlungen sowie Einzel- und ' +
    'Gemeinschaftsinitiativen beschlossen.',
  state: 'Hessen',
  constitutedOn: '2020-09-22',
  organisations,
  actionFields,
  regions,
  // One account for each role, all in the steering board and the Digital group.
  accounts: [
    { email: 'sekretariat@hessen.example.org', person: 'Katrin Vogel', allianceRoles: ['SECRETARIAT'] },
    { email: 'vorsitz@hessen.example.org', person: 'Tobias Lindner' },
    { email: 'stellvertretung@hessen.example.org', person: 'Dr. Sabine Kessler' },
    { email: 'fokusgruppe-vorsitz@hessen.example.org', person: 'Dr. Frieder Haas' },
    { email: 'fokusgruppe-stellvertretung@hessen.example.org', person: 'Monika Lange' },
    { email: 'mitglied@hessen.example.org', person: 'Oliver Frank' },
    { email: 'beobachtung@hessen.example.org', person: 'Lea Hartmann' },
    // Members of the steering board on behalf of their organisations, for its ballots.
    { email: 'dachgremium-dgb@hessen.example.org', person: 'Renate Schubert' },
    { email: 'dachgremium-vhu@hessen.example.org', person: 'Dr. Carsten Ziegler' },
    { email: 'dachgremium-ihk@hessen.example.org', person: 'Stefan Wagner' },
  ],
  bodies: [
    {
      name: 'Dachgremium',
      kind: 'STEERING_BOARD',
      description:
        'Spitzenvertreterinnen und -vertreter der Bündnispartner; Vorsitz: Hessischer Minister für Soziales und Integration. ' +
        'Geschäftsstelle: Stabsstelle Fachkräftesicherung im HMSI.',
      since: '2020-09-22',
      actionFields: ['digital', 'youth', 'international', 'care'],
      memberships: [
        chair('Tobias Lindner', 'hmsi'),
        deputy('Dr. Sabine Kessler', 'rd'),
        secretariat('Katrin Vogel', 'hmsi'),
        member('Prof. Dr. Ulrike Sommer', 'iwak'),
        member('Dr. Matthias Brandt', 'hmwevw'),
        member('Andrea Neumann', 'hkm'),
        member('Dr. Henrik Lorenz', 'hmwk'),
        member('Stefan Wagner', 'ihk'),
        member('Bernd Hofmann', 'hwk'),
        member('Renate Schubert', 'dgb'),
        member('Michael Krüger', 'verdi'),
        member('Dr. Carsten Ziegler', 'vhu'),
        member('Martina Roth', 'staedtetag'),
        member('Jürgen Becker', 'landkreistag'),
        member('Heike Schwarz', 'hsgb'),
        member('Prof. Dr. Anne Winter', 'khu'),
        member('Gabriele Fuchs', 'liga'),
        member('Dr. Thomas Engel', 'hkg'),
      ],
    },
    {
      name: 'Fokusgruppe Digitaler Wandel und Handwerk',
      kind: 'FOCUS_GROUP',
      since: '2020-11-05',
      actionFields: ['digital'],
      memberships: [
        chair('Dr. Frieder Haas', 'hmwevw'),
        deputy('Monika Lange', 'hwk'),
        secretariat('Jana Seidel', 'hmsi'),
        member('Oliver Frank', 'ihk'),
        member('Sandra Pohl', 'hwkFrm'),
        member('Kerstin Wolff', 'igm'),
        member('Daniel Schreiber', 'vhu'),
        member('Yusuf Demir', 'rd'),
        member('Prof. Dr. Lena Bauer', 'hda'),
        member('Markus Vogt', 'hkm'),
        member('Patrick Horn', 'staedtetag'),
        member('Tanja Graf', 'wfgWerraMeissner'),
        iwakAnalyst(),
        // Follows the group's work for the neighbouring district before it joins.
        observer('Lea Hartmann', 'wfgHersfeldRotenburg', { since: '2023-01-15' }),
      ],
    },
    {
      name: 'Fokusgruppe Kinder- und Jugendhilfe',
      kind: 'FOCUS_GROUP',
      since: '2020-11-12',
      actionFields: ['youth'],
      memberships: [
        chair('Birgit Krämer', 'hmsi'),
        deputy('Ralf Schuster', 'liga'),
        secretariat('Jana Seidel', 'hmsi'),
        member('Nicole Berger', 'diakonie'),
        member('Thomas Kaiser', 'paritaet'),
        member('Elif Yıldız', 'gew'),
        member('Christina Ludwig', 'landkreistag'),
        member('Frank Simon', 'staedtetag'),
        member('Dr. Julia Franke', 'fraUas'),
        member('Anja Dietrich', 'hkm'),
        member('Sebastian Arnold', 'verdi'),
        member('Melanie Jung', 'awo'),
        iwakAnalyst(),
      ],
    },
    {
      name: 'Fokusgruppe Internationalisierung und Vielfalt',
      kind: 'FOCUS_GROUP',
      since: '2020-11-19',
      actionFields: ['international'],
      memberships: [
        chair('Dr. Aylin Kaya', 'hmsi'),
        deputy('Holger Schmitt', 'rd'),
        secretariat('Lukas Brandl', 'hmsi'),
        member('Mehmet Aydın', 'ihk'),
        member('Karin Weber', 'hwk'),
        member('Dr. Peter Schulze', 'hmwk'),
        member('Svetlana Morozova', 'paritaet'),
        member('Anke Meyer', 'dgb'),
        member('Jan Hoffmann', 'vhu'),
        member('Claudia Böhm', 'hsgb'),
        member('Ahmad Rahimi', 'caritas'),
        member('Marion Krause', 'hmwevw'),
        member('Dr. Rania Haddad', 'fraUas'),
        iwakAnalyst(),
      ],
    },
    {
      name: 'Fokusgruppe Pflege und Gesundheit',
      kind: 'FOCUS_GROUP',
      since: '2020-11-26',
      actionFields: ['care'],
      memberships: [
        // The chair changed hands in spring 2022.
        chair('Dr. Wolfgang Richter', 'hmsi', { until: '2022-03-31' }),
        chair('Dr. Miriam Albrecht', 'hmsi', { since: '2022-04-01' }),
        deputy('Kathrin Schäfer', 'hkg'),
        secretariat('Lukas Brandl', 'hmsi'),
        member('Ute Zimmermann', 'bpa'),
        member('Dirk Walter', 'verdi'),
        member('Petra Kühn', 'diakonie'),
        member('Dr. Stefanie Möller', 'lak'),
        member('Ralf Günther', 'rd'),
        member('Prof. Dr. Tim Ebert', 'hsFulda'),
        member('Sabine Lehmann', 'landkreistag'),
        member('Hans-Peter Maurer', 'awo'),
        member('Nadine Kraus', 'caritas'),
        member('Gerhard Peters', 'liga'),
        iwakAnalyst(),
      ],
    },
  ],
  workspace: hessenWorkspace,
  declaration: hessenDeclaration,
});
