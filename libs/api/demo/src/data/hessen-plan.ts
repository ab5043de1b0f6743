import type { HessenActionField, HessenOrganisation } from './hessen';
import { hessenInitiatives } from './hessen-initiatives';
import type { Instant, SeedIndicator, SeedPlan, SeedRecommendation, SeedWorkspace } from './seed-types';

// The Hessen alliance's work: the IWAK shortage forecast, the focus groups' recommendations in
// every state of the workflow, and the first Bündnisplan, from the press releases in
// /work/shared/seeds (000: the plan and its parts; 001: the forecast for 2028 and the initiatives).
// The people are the fictional members of hessen.ts; every recommendation's authors and reviewers
// sat in its focus group at the time. Moments are UTC.

type Recommendation = SeedRecommendation<HessenOrganisation, HessenActionField>;

export const SHORTAGE = 'Fachkräfteengpass in Hessen (Prognose)';
export const SHORTAGE_SHARE = 'Fachkräfteengpass in Hessen nach Qualifikation (Anteil)';

const DIGITAL = 'Fokusgruppe Digitaler Wandel und Handwerk';
const YOUTH = 'Fokusgruppe Kinder- und Jugendhilfe';
const INTERNATIONAL = 'Fokusgruppe Internationalisierung und Vielfalt';
const CARE = 'Fokusgruppe Pflege und Gesundheit';

/** The day the steering board's chair signed the first plan, completing its approval. */
export const PLAN_V1_APPROVED_AT: Instant = '2021-05-12T08:30Z';
/** What the plan's approval writes on each ADOPT transition (RecommendationAdoptionService). */
const ADOPTED_IN_V1 = 'Bündnisplan, Version 1';

// Only the values for 2028 are from the source (001: "ca. 200.000 … rund 135.000 … knapp 67.000");
// the years before are an illustrative ramp that keeps 000's "über 100.000 bis 2026". Insgesamt is
// the sum of the two levels.
const vocational = [27_000, 29_500, 37_500, 51_500, 73_000, 101_000, 135_000];
const academic = [13_000, 14_000, 18_000, 25_500, 36_000, 50_000, 66_800];
const YEARS = [2022, 2023, 2024, 2025, 2026, 2027, 2028];
const byYear = (values: number[]) => YEARS.map((year, index) => [year, values[index]!] as const);
const share = (part: number[]) => part.map((value, index) => Math.round((value / (vocational[index]! + academic[index]!)) * 1000) / 10);

const indicators: SeedIndicator[] = [
  {
    name: SHORTAGE,
    unit: 'Personen',
    description:
      'Prognostizierte Zahl der fehlenden Fachkräfte in Hessen nach Qualifikationsniveau. Nur die Werte für 2028 ' +
      'stammen aus der Quelle (gemeinsame Abschlusserklärung: ca. 200.000 fehlende Fachkräfte, rund 135.000 mit ' +
      'Berufsausbildung und knapp 67.000 mit akademischem Abschluss); die Werte der Jahre davor sind zur ' +
      'Veranschaulichung interpoliert und folgen dem Bündnisplan (über 100.000 fehlende Fachkräfte bis 2026).',
    source: 'Institut für Wirtschaft, Arbeit und Kultur (IWAK) der Goethe-Universität Frankfurt am Main',
    enteredAt: '2021-03-01T09:00Z',
    series: [
      { name: 'Insgesamt', values: byYear(vocational.map((value, index) => value + academic[index]!)) },
      { name: 'Berufliche Ausbildung', values: byYear(vocational) },
      { name: 'Akademisch', values: byYear(academic) },
    ],
  },
  {
    name: SHORTAGE_SHARE,
    unit: '%',
    description:
      'Anteile der beiden Qualifikationsniveaus am prognostizierten Fachkräfteengpass, berechnet aus der ' +
      'IWAK-Prognose (gerundet auf eine Nachkommastelle). 2028 entfallen rund zwei Drittel des Engpasses auf ' +
      'Fachkräfte mit Berufsausbildung.',
    source: 'Berechnet aus der IWAK-Prognose (Fachkräfteengpass in Hessen)',
    enteredAt: '2021-03-01T09:05Z',
    series: [
      { name: 'Berufliche Ausbildung', values: byYear(share(vocational)) },
      { name: 'Akademisch', values: byYear(share(academic)) },
    ],
  },
];

// ───────── Fokusgruppe Digitaler Wandel und Handwerk (the demo accounts' group) ─────────

const digital: Recommendation[] = [
  {
    key: 'mint-berufsorientierung',
    focusGroup: DIGITAL,
    actionField: 'digital',
    revisions: [
      {
        at: '2020-12-08T10:00Z',
        by: 'Oliver Frank',
        set: {
          title: 'Berufsorientierung für MINT- und Handwerksberufe an allen weiterführenden Schulen',
          problem:
            'In den Bau- und Handwerksberufen und in der IT-Branche bestehen schon heute deutliche Engpässe. Viele ' +
            'Jugendliche kennen die Ausbildungsberufe dieser Branchen kaum; Praktika finden oft zu spät und ohne Bezug ' +
            'zum Unterricht statt.',
          measure:
            'Die MINT-Aktionslinie des Landes wird um ein verbindliches Angebot zur Berufsorientierung ergänzt: Jede ' +
            'weiterführende Schule vereinbart mit Kammern und Betrieben der Region mindestens ein Praxisprojekt je ' +
            'Schuljahr in den Jahrgangsstufen 7 bis 9. Die Kammern stellen Ausbildungsbotschafterinnen und ' +
            '-botschafter, die Agenturen für Arbeit begleiten mit der Berufsberatung.',
          expectedEffect:
            'Mehr Bewerbungen auf Ausbildungsplätze in MINT- und Handwerksberufen und weniger unbesetzte Ausbildungsstellen.',
          timeFrame: 'Ab dem Schuljahr 2021/22, landesweit bis 2023',
          costNotes: null,
          addresseeOrganisations: ['hkm', 'ihk', 'hwk', 'rd'],
          addresseeKinds: [],
          citedIndicators: [SHORTAGE],
        },
      },
      {
        at: '2021-01-19T15:20Z',
        by: 'Sandra Pohl',
        set: {
          measure:
            'Die MINT-Aktionslinie des Landes wird um ein verbindliches Angebot zur Berufsorientierung ergänzt: Jede ' +
            'weiterführende Schule vereinbart mit Kammern und Betrieben der Region mindestens ein Praxisprojekt je ' +
            'Schuljahr in den Jahrgangsstufen 7 bis 9. Die Kammern stellen Ausbildungsbotschafterinnen und ' +
            '-botschafter, die Agenturen für Arbeit begleiten mit der Berufsberatung. Mädchen und junge Frauen ' +
            'werden mit eigenen Formaten wie Werkstatttagen im Handwerk besonders angesprochen.',
          costNotes:
            'Die Ausbildungsbotschafterinnen und -botschafter tragen die Kammern; Sachmittel für Praxisprojekte rund ' +
            '400.000 Euro jährlich aus Landesmitteln.',
        },
      },
      {
        at: '2021-02-02T16:45Z',
        by: 'Oliver Frank',
        set: {
          expectedEffect:
            'Mehr Bewerbungen auf Ausbildungsplätze in MINT- und Handwerksberufen, weniger unbesetzte ' +
            'Ausbildungsstellen und weniger Ausbildungsabbrüche, weil Jugendliche ihren Beruf vorher kennengelernt haben.',
        },
      },
    ],
    transitions: [
      { at: '2021-02-04T09:10Z', action: 'SUBMIT', by: 'Oliver Frank', comment: 'Mit den Anmerkungen aus der Sitzung vom 2. Februar überarbeitet.' },
      { at: '2021-02-25T11:00Z', action: 'APPROVE', by: 'Dr. Frieder Haas', comment: 'In der Sitzung der Fokusgruppe am 25. Februar einvernehmlich beschlossen.' },
      { at: PLAN_V1_APPROVED_AT, action: 'ADOPT', by: null, comment: ADOPTED_IN_V1 },
    ],
    threads: [
      {
        at: '2021-01-12T08:30Z',
        by: 'Dr. Ines Busch',
        body: 'Zur Begründung passt die IWAK-Prognose: Der größte Teil des Engpasses betrifft Fachkräfte mit Berufsausbildung. Ich würde sie als Indikator verknüpfen.',
        replies: [{ at: '2021-01-12T10:05Z', by: 'Oliver Frank', body: 'Danke, ist verknüpft.' }],
        resolved: { at: '2021-01-20T07:50Z', by: 'Oliver Frank' },
      },
      {
        at: '2021-01-21T13:15Z',
        by: 'Kerstin Wolff',
        body: 'Die Praxisprojekte sollten auch die Berufsschulen einbeziehen, damit der Übergang in die Ausbildung gleich mitgedacht wird.',
        replies: [{ at: '2021-01-22T09:00Z', by: 'Markus Vogt', body: 'Das Kultusministerium nimmt das in die Umsetzung der MINT-Aktionslinie auf.' }],
      },
    ],
    supporters: [
      { person: 'Monika Lange', at: '2021-01-20T10:00Z' },
      { person: 'Kerstin Wolff', at: '2021-01-21T13:20Z' },
      { person: 'Yusuf Demir', at: '2021-01-25T08:40Z' },
      { person: 'Markus Vogt', at: '2021-02-01T15:00Z' },
    ],
  },
  {
    key: 'weiterbildungsverbuende',
    focusGroup: DIGITAL,
    actionField: 'digital',
    revisions: [
      {
        at: '2020-12-15T14:00Z',
        by: 'Kerstin Wolff',
        set: {
          title: 'Weiterbildungsverbünde für die digitale Transformation in kleinen und mittleren Betrieben',
          problem:
            'Kleine und mittlere Betriebe haben selten eine eigene Personalentwicklung. Die Digitalisierung verändert ' +
            'Tätigkeiten schneller, als Beschäftigte sich nebenbei weiterbilden können; vorhandene Förderangebote ' +
            'werden kaum genutzt.',
          measure:
            'In jeder Region entsteht ein Weiterbildungsverbund aus Betrieben, Kammern, Gewerkschaften und ' +
            'Bildungsträgern. Eine Verbundkoordination ermittelt den Qualifizierungsbedarf, bündelt Kurse für mehrere ' +
            'Betriebe und berät zur Förderung nach dem Qualifizierungschancengesetz.',
          expectedEffect:
            'Beschäftigte bleiben beschäftigungsfähig; Betriebe nutzen die vorhandene Förderung und decken ihren ' +
            'Fachkräftebedarf aus dem eigenen Personal.',
          timeFrame: '2021 bis 2024',
          costNotes: null,
          addresseeOrganisations: ['rd', 'hmwevw', 'ihk', 'igm'],
          addresseeKinds: [],
          citedIndicators: [SHORTAGE],
        },
      },
      {
        at: '2021-01-11T09:30Z',
        by: 'Daniel Schreiber',
        set: {
          costNotes: 'Verbundkoordination je Region rund 120.000 Euro jährlich; eine Kofinanzierung aus ESF-Mitteln ist zu prüfen.',
          addresseeOrganisations: ['rd', 'hmwevw', 'ihk', 'igm', 'vhu'],
          addresseeKinds: ['COMPANY'],
        },
      },
      {
        at: '2021-01-26T11:10Z',
        by: 'Yusuf Demir',
        set: {
          measure:
            'In jeder Region entsteht ein Weiterbildungsverbund aus Betrieben, Kammern, Gewerkschaften und ' +
            'Bildungsträgern. Eine Verbundkoordination ermittelt den Qualifizierungsbedarf, bündelt Kurse für mehrere ' +
            'Betriebe und berät zu den Förderleistungen der Agenturen für Arbeit nach dem Qualifizierungschancengesetz ' +
            'und dem Arbeit-von-morgen-Gesetz.',
        },
      },
      {
        at: '2021-02-22T10:00Z',
        by: 'Kerstin Wolff',
        set: {
          timeFrame: '2021 bis 2024, danach getragen von Beiträgen der beteiligten Betriebe',
          expectedEffect:
            'Beschäftigte bleiben beschäftigungsfähig; Betriebe nutzen die vorhandene Förderung und decken ihren ' +
            'Fachkräftebedarf aus dem eigenen Personal. Nach der Anschubfinanzierung tragen die Betriebe die Verbünde ' +
            'selbst weiter.',
        },
      },
    ],
    transitions: [
      { at: '2021-02-08T12:00Z', action: 'SUBMIT', by: 'Kerstin Wolff' },
      {
        at: '2021-02-15T16:30Z',
        action: 'RETURN',
        by: 'Monika Lange',
        comment: 'Bitte ergänzen, wie die Verbünde nach dem Ende der Anschubfinanzierung weiterarbeiten.',
      },
      { at: '2021-02-23T08:15Z', action: 'SUBMIT', by: 'Kerstin Wolff', comment: 'Verstetigung ergänzt.' },
      { at: '2021-03-11T11:30Z', action: 'APPROVE', by: 'Dr. Frieder Haas' },
      { at: PLAN_V1_APPROVED_AT, action: 'ADOPT', by: null, comment: ADOPTED_IN_V1 },
    ],
    threads: [
      {
        at: '2021-01-11T09:40Z',
        by: 'Daniel Schreiber',
        body: 'Aus Sicht der Arbeitgeber sollten die Verbünde an bestehende Strukturen der Kammern andocken, statt neue zu schaffen.',
        replies: [
          {
            at: '2021-01-11T14:20Z',
            by: 'Kerstin Wolff',
            body: 'Einverstanden: Die Koordination kann bei einer Kammer oder einem Bildungsträger liegen, das entscheidet die Region.',
          },
        ],
      },
    ],
    supporters: [
      { person: 'Oliver Frank', at: '2021-01-12T08:00Z' },
      { person: 'Sandra Pohl', at: '2021-01-13T09:00Z' },
      { person: 'Prof. Dr. Lena Bauer', at: '2021-02-24T10:00Z' },
    ],
  },
  {
    key: 'duales-studium',
    focusGroup: DIGITAL,
    actionField: 'digital',
    revisions: [
      {
        at: '2025-09-02T13:00Z',
        by: 'Prof. Dr. Lena Bauer',
        set: {
          title: 'Duales Studium in Informatik und Ingenieurwissenschaften ausbauen',
          problem:
            'Die IWAK-Prognose erwartet bis 2028 knapp 67.000 fehlende akademische Fachkräfte. In der Informatik und ' +
            'den Ingenieurwissenschaften können viele Betriebe, vor allem außerhalb des Rhein-Main-Gebiets, offene ' +
            'Stellen nicht besetzen; Absolventinnen und Absolventen ziehen häufig in die Ballungsräume.',
          measure:
            'Hochschulen für angewandte Wissenschaften bieten in Informatik und den Ingenieurwissenschaften zusätzliche ' +
            'duale Studienplätze an, bevorzugt mit Praxispartnern im ländlichen Raum. Die Kammern gewinnen ' +
            'Praxispartner und beraten Betriebe zu Kooperationsverträgen; das Land fördert den Aufbau der Studiengänge.',
          expectedEffect:
            'Mehr akademisch qualifizierte Fachkräfte, die schon während des Studiums an einen Betrieb gebunden sind ' +
            'und in der Region bleiben.',
          timeFrame: 'Ab dem Wintersemester 2026/27',
          costNotes: 'Anschubfinanzierung der Studiengangsentwicklung rund 1,5 Mio. Euro über drei Jahre aus Landesmitteln.',
          addresseeOrganisations: ['hmwk', 'hda', 'ihk', 'hwk'],
          addresseeKinds: ['COMPANY'],
          citedIndicators: [SHORTAGE, SHORTAGE_SHARE],
        },
      },
      {
        at: '2025-09-16T07:45Z',
        by: 'Oliver Frank',
        set: {
          expectedEffect:
            'Mehr akademisch qualifizierte Fachkräfte, die schon während des Studiums an einen Betrieb gebunden sind ' +
            'und in der Region bleiben. Ziel sind 300 zusätzliche duale Studienplätze bis 2028.',
        },
      },
    ],
    transitions: [
      { at: '2025-09-18T10:00Z', action: 'SUBMIT', by: 'Prof. Dr. Lena Bauer' },
      {
        at: '2025-10-07T14:30Z',
        action: 'APPROVE',
        by: 'Monika Lange',
        comment: 'In der Sitzung vom 7. Oktober beschlossen; ein Vorschlag für die Fortschreibung des Bündnisplans.',
      },
    ],
    threads: [
      {
        at: '2025-09-10T12:00Z',
        by: 'Markus Vogt',
        body: 'Sollten wir die beruflichen Gymnasien als Zugang zum dualen Studium ausdrücklich nennen?',
        replies: [
          {
            at: '2025-09-11T08:30Z',
            by: 'Prof. Dr. Lena Bauer',
            body: 'Gute Idee für die Umsetzung; für die Empfehlung selbst reicht der allgemeine Hochschulzugang.',
          },
        ],
      },
    ],
    supporters: [
      { person: 'Oliver Frank', at: '2025-09-16T07:50Z' },
      { person: 'Daniel Schreiber', at: '2025-09-17T09:00Z' },
      { person: 'Yusuf Demir', at: '2025-09-22T11:15Z' },
    ],
  },
  {
    key: 'ausbildungsverbuende-laendlich',
    focusGroup: DIGITAL,
    actionField: 'digital',
    revisions: [
      {
        at: '2026-09-29T09:00Z',
        by: 'Tanja Graf',
        set: {
          title: 'Ausbildungsverbünde im ländlichen Handwerk mit Mobilitätsangebot',
          problem:
            'In ländlichen Kreisen wie dem Werra-Meißner-Kreis bleiben Ausbildungsplätze im Handwerk unbesetzt, weil ' +
            'Jugendliche Betrieb und Berufsschule ohne eigenes Auto kaum erreichen. Kleine Betriebe können zudem nicht ' +
            'alle Ausbildungsinhalte selbst vermitteln.',
          measure:
            'Betriebe eines Landkreises schließen sich zu Ausbildungsverbünden zusammen und teilen sich die Vermittlung ' +
            'einzelner Ausbildungsinhalte. Ein Mobilitätszuschuss (Deutschlandticket, Zuschuss zum Führerschein) ' +
            'erleichtert den Weg zu Betrieb und Berufsschule. Die Wirtschaftsförderungen der Kreise koordinieren die Verbünde.',
          expectedEffect: 'Mehr besetzte Ausbildungsplätze im ländlichen Raum und weniger Abbrüche wegen langer Wege.',
          timeFrame: 'Erprobung 2027 in zwei Landkreisen, danach landesweit',
          costNotes: 'Mobilitätszuschuss bis 1.000 Euro je Auszubildender oder Auszubildendem und Jahr.',
          addresseeOrganisations: ['hwk', 'wfgWerraMeissner', 'hmwevw'],
          addresseeKinds: ['MUNICIPAL_ASSOCIATION'],
          citedIndicators: [SHORTAGE],
        },
      },
      {
        at: '2026-10-06T15:10Z',
        by: 'Oliver Frank',
        set: {
          measure:
            'Betriebe eines Landkreises schließen sich zu Ausbildungsverbünden zusammen und teilen sich die Vermittlung ' +
            'einzelner Ausbildungsinhalte. Ein Mobilitätszuschuss (Deutschlandticket, Zuschuss zum Führerschein) ' +
            'erleichtert den Weg zu Betrieb und Berufsschule. Die Wirtschaftsförderungen der Kreise koordinieren die ' +
            'Verbünde; das Land fördert sie im Rahmen der Stärkung der ländlichen Räume.',
        },
      },
    ],
    transitions: [{ at: '2026-10-08T08:00Z', action: 'SUBMIT', by: 'Tanja Graf' }],
    threads: [
      {
        at: '2026-10-12T10:20Z',
        by: 'Patrick Horn',
        body: 'Gilt das auch für Städte am Rand der Ballungsräume? Dort fehlen ebenfalls Busverbindungen zu den Gewerbegebieten.',
        replies: [
          {
            at: '2026-10-13T07:55Z',
            by: 'Tanja Graf',
            body: 'Die Erprobung konzentriert sich auf zwei ländliche Kreise; danach können Städte mit ähnlicher Lage einsteigen.',
          },
        ],
      },
    ],
    supporters: [
      { person: 'Oliver Frank', at: '2026-10-06T15:15Z' },
      { person: 'Sandra Pohl', at: '2026-10-09T09:30Z' },
    ],
  },
  {
    key: 'lernortkooperation',
    focusGroup: DIGITAL,
    actionField: 'digital',
    revisions: [
      {
        at: '2026-06-10T12:30Z',
        by: 'Oliver Frank',
        set: {
          title: 'Digitale Lernortkooperation zwischen beruflichen Schulen und Ausbildungsbetrieben',
          problem:
            'Berufsschule und Betrieb stimmen Ausbildungsinhalte kaum ab. Auszubildende arbeiten im Betrieb mit ' +
            'digitaler Technik, die in der Schule noch nicht vorkommt – und umgekehrt.',
          measure:
            'Berufliche Schulen und Betriebe nutzen eine gemeinsame digitale Lernplattform, auf der Lernaufträge, ' +
            'Ausbildungsnachweise und Rückmeldungen ausgetauscht werden. Lehrkräfte erhalten Betriebspraktika, ' +
            'Ausbilderinnen und Ausbilder Fortbildungen zur Plattform.',
          expectedEffect: 'Besser abgestimmte Ausbildung, mehr Prüfungserfolge und eine attraktivere duale Ausbildung in digitalen Berufen.',
          timeFrame: 'Ab 2027',
          costNotes: null,
          addresseeOrganisations: ['hkm', 'ihk'],
          addresseeKinds: [],
          citedIndicators: [],
        },
      },
      {
        at: '2026-06-24T09:05Z',
        by: 'Markus Vogt',
        set: {
          measure:
            'Berufliche Schulen und Betriebe nutzen das Schulportal Hessen als gemeinsame Lernplattform, auf der ' +
            'Lernaufträge, Ausbildungsnachweise und Rückmeldungen ausgetauscht werden. Lehrkräfte erhalten ' +
            'Betriebspraktika, Ausbilderinnen und Ausbilder Fortbildungen zur Plattform.',
        },
      },
    ],
    transitions: [
      { at: '2026-07-01T08:00Z', action: 'SUBMIT', by: 'Oliver Frank' },
      {
        at: '2026-07-15T13:40Z',
        action: 'RETURN',
        by: 'Monika Lange',
        comment:
          'Bitte konkretisieren, wer den Betrieben den Zugang zur Plattform bereitstellt und was das kostet. Außerdem ' +
          'fehlt das Handwerk als Adressat.',
      },
    ],
    threads: [
      {
        at: '2026-07-16T08:10Z',
        by: 'Sandra Pohl',
        body: 'Die Handwerkskammer Frankfurt-Rhein-Main hat Erfahrung mit digitalen Ausbildungsnachweisen; wir bringen uns gern ein.',
        replies: [{ at: '2026-07-16T11:25Z', by: 'Oliver Frank', body: 'Danke, ich nehme das Handwerk bei der Überarbeitung auf.' }],
      },
    ],
    supporters: [{ person: 'Markus Vogt', at: '2026-06-24T09:10Z' }],
  },
  {
    key: 'teilqualifizierung',
    focusGroup: DIGITAL,
    actionField: 'digital',
    revisions: [
      {
        at: '2026-10-20T14:00Z',
        by: 'Sandra Pohl',
        set: {
          title: 'Teilqualifizierungen für An- und Ungelernte im Handwerk',
          problem:
            'Viele Beschäftigte ohne Berufsabschluss arbeiten seit Jahren in Handwerksbetrieben. Eine vollständige ' +
            'Umschulung ist für sie neben Beruf und Familie kaum zu schaffen.',
          measure: '',
          expectedEffect: '',
          timeFrame: '',
          costNotes: null,
          addresseeOrganisations: ['hwk'],
          addresseeKinds: [],
          citedIndicators: [],
        },
      },
      {
        at: '2026-11-03T10:30Z',
        by: 'Oliver Frank',
        set: {
          measure:
            'Die Handwerkskammern bieten zertifizierte Teilqualifizierungen in Modulen an, die schrittweise zur ' +
            'Externenprüfung führen. Die Agenturen für Arbeit fördern die Teilnahme; Betriebe stellen Beschäftigte für ' +
            'die Module frei.',
          addresseeOrganisations: ['hwk', 'rd'],
        },
      },
    ],
    transitions: [],
    threads: [
      {
        at: '2026-11-04T09:00Z',
        by: 'Yusuf Demir',
        body: 'Die Agenturen können die Module über die Weiterbildungsförderung für Beschäftigte finanzieren. Ich schreibe einen Absatz zu den Kosten.',
      },
    ],
  },
  {
    key: 'aufstiegspraemie',
    focusGroup: DIGITAL,
    actionField: 'digital',
    revisions: [
      {
        at: '2022-03-03T11:00Z',
        by: 'Daniel Schreiber',
        set: {
          title: 'Aufstiegsprämie für Meisterinnen und Meister verdoppeln',
          problem:
            'Die Zahl der Meisterprüfungen im Handwerk stagniert; zugleich fehlen Nachfolgerinnen und Nachfolger für ' +
            'die Betriebe der Baby-Boomer-Generation.',
          measure:
            'Das Land verdoppelt die Prämie für bestandene Meisterprüfungen und zahlt sie auch für gleichwertige ' +
            'Fortbildungsabschlüsse in Industrie und Handel.',
          expectedEffect: 'Mehr Fortbildungsabschlüsse und mehr Betriebsübernahmen.',
          timeFrame: 'Ab dem Haushaltsjahr 2023',
          costNotes: 'Mehrkosten rund 8 Mio. Euro jährlich.',
          addresseeOrganisations: ['hmwevw'],
          addresseeKinds: [],
          citedIndicators: [],
        },
      },
    ],
    transitions: [
      { at: '2022-03-10T09:00Z', action: 'SUBMIT', by: 'Daniel Schreiber' },
      {
        at: '2022-04-07T15:00Z',
        action: 'REJECT',
        by: 'Dr. Frieder Haas',
        comment:
          'Die Fokusgruppe sieht dafür keine Mehrheit: Die Prämie ist bereits Teil der Landesförderung, und über ihre ' +
          'Höhe entscheidet der Haushaltsgesetzgeber. Wir konzentrieren uns auf Empfehlungen, die die Bündnispartner ' +
          'selbst umsetzen können.',
      },
    ],
    threads: [
      {
        at: '2022-03-14T10:00Z',
        by: 'Kerstin Wolff',
        body: 'Eine höhere Prämie allein löst das Nachfolgeproblem nicht; wichtiger wären Beratung und Übergabebörsen.',
        replies: [
          { at: '2022-03-14T16:30Z', by: 'Daniel Schreiber', body: 'Beides schließt sich nicht aus, aber ich nehme die Börsen gern in einen neuen Vorschlag auf.' },
        ],
      },
    ],
    supporters: [{ person: 'Sandra Pohl', at: '2022-03-11T08:00Z' }],
  },
  {
    key: 'it-fachkraefteportal',
    focusGroup: DIGITAL,
    actionField: 'digital',
    revisions: [
      {
        at: '2023-05-08T13:00Z',
        by: 'Patrick Horn',
        set: {
          title: 'Eigenes Fachkräfteportal für IT-Berufe in Hessen',
          problem: 'Stellenangebote und Weiterbildungen für IT-Fachkräfte sind auf viele Portale verteilt.',
          measure: 'Das Bündnis betreibt ein eigenes Portal mit IT-Stellen, Weiterbildungen und Ansprechpersonen in den Kommunen.',
          expectedEffect: 'IT-Fachkräfte finden schneller passende Angebote in Hessen.',
          timeFrame: '2024',
          costNotes: null,
          addresseeOrganisations: ['staedtetag', 'hmwevw'],
          addresseeKinds: [],
          citedIndicators: [],
        },
      },
    ],
    transitions: [
      { at: '2023-05-15T08:30Z', action: 'SUBMIT', by: 'Patrick Horn' },
      {
        at: '2023-06-01T12:00Z',
        action: 'WITHDRAW',
        by: 'Patrick Horn',
        comment: 'Zurückgezogen: Die Jobbörse der Bundesagentur bündelt IT-Stellen bereits; ein eigenes Portal würde Angebote doppeln.',
      },
    ],
    threads: [
      {
        at: '2023-05-22T09:15Z',
        by: 'Yusuf Demir',
        body: 'Die Jobbörse der Bundesagentur für Arbeit kann IT-Stellen in Hessen schon heute gebündelt anzeigen. Brauchen wir ein zweites Portal?',
        replies: [{ at: '2023-05-31T17:00Z', by: 'Patrick Horn', body: 'Nein, dann ziehe ich den Vorschlag zurück.' }],
        resolved: { at: '2023-06-01T12:05Z', by: 'Patrick Horn' },
      },
    ],
  },
];

// ───────── Fokusgruppe Kinder- und Jugendhilfe ─────────

const youth: Recommendation[] = [
  {
    key: 'pia-ausbau',
    focusGroup: YOUTH,
    actionField: 'youth',
    revisions: [
      {
        at: '2020-12-10T09:30Z',
        by: 'Melanie Jung',
        set: {
          title: 'Praxisintegrierte vergütete Ausbildung zur Erzieherin und zum Erzieher ausbauen',
          problem:
            'In Kitas und in der Jugendhilfe fehlen Erzieherinnen und Erzieher; der Rechtsanspruch auf Betreuung und ' +
            'der Ausbau der Ganztagsangebote erhöhen den Bedarf weiter. Die vollzeitschulische Ausbildung ist ' +
            'unvergütet und schreckt gerade Quereinsteigende ab.',
          measure:
            'Die praxisintegrierte vergütete Ausbildung (PiA) wird an allen Fachschulen für Sozialpädagogik angeboten. ' +
            'Träger erhalten im Landesprogramm Fachkräfteoffensive Erzieherinnen und Erzieher einen Zuschuss zur ' +
            'Ausbildungsvergütung und zur Praxisanleitung.',
          expectedEffect:
            'Mehr Ausbildungsanfängerinnen und -anfänger, auch aus dem Quereinstieg, und eine engere Bindung an den Träger.',
          timeFrame: '2021 bis 2025',
          costNotes: 'Zuschuss je Ausbildungsplatz und Jahr aus Landesmitteln im Rahmen der Fachkräfteoffensive.',
          addresseeOrganisations: ['hmsi', 'hkm', 'liga', 'staedtetag', 'landkreistag'],
          addresseeKinds: [],
          citedIndicators: [SHORTAGE],
        },
      },
      {
        at: '2021-01-14T15:00Z',
        by: 'Elif Yıldız',
        set: {
          measure:
            'Die praxisintegrierte vergütete Ausbildung (PiA) wird an allen Fachschulen für Sozialpädagogik angeboten. ' +
            'Träger erhalten im Landesprogramm Fachkräfteoffensive Erzieherinnen und Erzieher einen Zuschuss zur ' +
            'Ausbildungsvergütung und zur Praxisanleitung. Praxisanleiterinnen und -anleiter erhalten dafür feste ' +
            'Zeitanteile, die im Personalschlüssel berücksichtigt werden.',
        },
      },
    ],
    transitions: [
      { at: '2021-01-28T10:00Z', action: 'SUBMIT', by: 'Melanie Jung' },
      { at: '2021-02-18T12:30Z', action: 'APPROVE', by: 'Birgit Krämer', comment: 'Einstimmig beschlossen.' },
      { at: PLAN_V1_APPROVED_AT, action: 'ADOPT', by: null, comment: ADOPTED_IN_V1 },
    ],
    threads: [
      {
        at: '2021-01-05T11:00Z',
        by: 'Christina Ludwig',
        body: 'Die Landkreise als Träger brauchen Planungssicherheit über 2025 hinaus.',
        replies: [
          {
            at: '2021-01-06T08:20Z',
            by: 'Melanie Jung',
            body: 'Ist notiert; die Verstetigung sollte die Fortschreibung des Bündnisplans aufgreifen.',
          },
        ],
        resolved: { at: '2021-01-15T09:00Z', by: 'Melanie Jung' },
      },
    ],
    supporters: [
      { person: 'Thomas Kaiser', at: '2021-01-15T10:00Z' },
      { person: 'Nicole Berger', at: '2021-01-18T14:00Z' },
      { person: 'Frank Simon', at: '2021-01-19T09:30Z' },
      { person: 'Ralf Schuster', at: '2021-01-27T16:00Z' },
      { person: 'Sebastian Arnold', at: '2021-01-27T16:45Z' },
    ],
  },
  {
    key: 'quereinstieg-kita',
    focusGroup: YOUTH,
    actionField: 'youth',
    revisions: [
      {
        at: '2021-01-07T13:00Z',
        by: 'Dr. Julia Franke',
        set: {
          title: 'Quereinstieg in die Kindertagesbetreuung berufsbegleitend qualifizieren',
          problem:
            'Menschen mit verwandten Berufen – etwa aus der Heilerziehungspflege, der Sozialassistenz oder dem Lehramt – ' +
            'würden gern in Kitas arbeiten, finden aber keinen klaren Weg zur Anerkennung als Fachkraft.',
          measure:
            'Ein landesweit einheitliches, modulares Programm qualifiziert Quereinsteigende berufsbegleitend bis zur ' +
            'Anerkennung als Fachkraft. Hochschulen und Fachschulen bieten die Module an; die Träger stellen ' +
            'Mentorinnen und Mentoren.',
          expectedEffect: 'Zusätzliche Fachkräfte aus verwandten Berufen, die rasch im Gruppendienst mitarbeiten.',
          timeFrame: 'Ab 2022',
          costNotes: null,
          addresseeOrganisations: ['hmsi', 'fraUas', 'paritaet', 'diakonie'],
          addresseeKinds: [],
          citedIndicators: [],
        },
      },
      {
        at: '2021-02-04T10:15Z',
        by: 'Thomas Kaiser',
        set: {
          costNotes: 'Entwicklung der Module einmalig rund 250.000 Euro; die Freistellung der Mentorinnen und Mentoren tragen die Träger.',
          addresseeKinds: ['WELFARE_ASSOCIATION'],
        },
      },
      {
        at: '2021-03-01T09:40Z',
        by: 'Dr. Julia Franke',
        set: {
          measure:
            'Ein landesweit einheitliches, modulares Programm qualifiziert Quereinsteigende berufsbegleitend bis zur ' +
            'Anerkennung als Fachkraft. Hochschulen und Fachschulen bieten die Module an; die Träger stellen ' +
            'Mentorinnen und Mentoren. Die Module sind mit dem Fachkräftekatalog des Hessischen Kinder- und ' +
            'Jugendhilfegesetzbuchs abgestimmt.',
        },
      },
    ],
    transitions: [
      { at: '2021-02-09T08:00Z', action: 'SUBMIT', by: 'Dr. Julia Franke' },
      {
        at: '2021-02-18T12:45Z',
        action: 'RETURN',
        by: 'Ralf Schuster',
        comment: 'Bitte klären, wie die Anerkennung mit dem Fachkräftekatalog des Landes zusammenpasst.',
      },
      { at: '2021-03-02T08:00Z', action: 'SUBMIT', by: 'Dr. Julia Franke', comment: 'Abgleich mit dem Fachkräftekatalog ergänzt.' },
      { at: '2021-03-18T13:00Z', action: 'APPROVE', by: 'Birgit Krämer' },
      { at: PLAN_V1_APPROVED_AT, action: 'ADOPT', by: null, comment: ADOPTED_IN_V1 },
    ],
    supporters: [
      { person: 'Anja Dietrich', at: '2021-02-05T09:00Z' },
      { person: 'Melanie Jung', at: '2021-03-03T10:00Z' },
    ],
  },
  {
    key: 'fachkraeftecamps-jugendhilfe',
    focusGroup: YOUTH,
    actionField: 'youth',
    revisions: [
      {
        at: '2024-02-06T10:00Z',
        by: 'Nicole Berger',
        set: {
          title: 'Fachkräftecamps für die Kinder- und Jugendhilfe in allen Regierungsbezirken',
          problem:
            'Die ersten Fachkräftecamps haben junge Menschen für soziale Berufe begeistert, fanden aber nur an wenigen ' +
            'Orten statt. In Nord- und Osthessen erreichen sie kaum Interessierte.',
          measure:
            'Fachkräftecamps – mehrtägige Kennenlern- und Praxisformate in Einrichtungen der Kinder- und Jugendhilfe – ' +
            'finden in jedem Regierungsbezirk mindestens zweimal im Jahr statt. Freie und öffentliche Träger ' +
            'organisieren sie gemeinsam mit den Agenturen für Arbeit.',
          expectedEffect: 'Mehr Bewerbungen für Ausbildung und Studium in sozialen Berufen, vor allem in ländlichen Regionen.',
          timeFrame: '2025 bis 2027',
          costNotes: 'Je Camp rund 15.000 Euro aus Landesmitteln und Eigenanteilen der Träger.',
          addresseeOrganisations: ['hmsi', 'liga', 'landkreistag', 'rd'],
          addresseeKinds: [],
          citedIndicators: [SHORTAGE],
        },
      },
      {
        at: '2024-02-20T14:30Z',
        by: 'Sebastian Arnold',
        set: {
          measure:
            'Fachkräftecamps – mehrtägige Kennenlern- und Praxisformate in Einrichtungen der Kinder- und Jugendhilfe – ' +
            'finden in jedem Regierungsbezirk mindestens zweimal im Jahr statt. Freie und öffentliche Träger ' +
            'organisieren sie gemeinsam mit den Agenturen für Arbeit und den Beschäftigtenvertretungen, damit die ' +
            'Camps den Arbeitsalltag realistisch zeigen.',
        },
      },
    ],
    transitions: [
      { at: '2024-03-05T09:00Z', action: 'SUBMIT', by: 'Nicole Berger' },
      { at: '2024-03-21T11:00Z', action: 'APPROVE', by: 'Ralf Schuster', comment: 'Beschlossen; Vorschlag für die Fortschreibung des Bündnisplans.' },
    ],
    supporters: [
      { person: 'Melanie Jung', at: '2024-02-21T08:00Z' },
      { person: 'Thomas Kaiser', at: '2024-02-22T12:00Z' },
    ],
  },
  {
    key: 'multiprofessionelle-teams',
    focusGroup: YOUTH,
    actionField: 'youth',
    revisions: [
      {
        at: '2026-10-14T08:45Z',
        by: 'Elif Yıldız',
        set: {
          title: 'Multiprofessionelle Teams in Kitas ermöglichen',
          problem:
            'Erzieherinnen und Erzieher übernehmen zunehmend Aufgaben in Sprachförderung, Inklusion und ' +
            'Elternarbeit, für die andere Berufe ebenso qualifiziert sind. Der Fachkräftekatalog lässt diese Berufe ' +
            'nur eng begrenzt zu.',
          measure:
            'Der Fachkräftekatalog wird so geöffnet, dass Kitas einen festen Anteil ihres Personals mit anderen ' +
            'pädagogischen, therapeutischen und pflegerischen Berufen besetzen können, begleitet von einer ' +
            'Einarbeitung in die Kita-Pädagogik.',
          expectedEffect: 'Entlastung der pädagogischen Fachkräfte und zusätzliche Bewerberinnen und Bewerber aus anderen Berufen.',
          timeFrame: 'Ab dem Kita-Jahr 2027/28',
          costNotes: null,
          addresseeOrganisations: ['hmsi'],
          addresseeKinds: ['MUNICIPAL_ASSOCIATION', 'WELFARE_ASSOCIATION'],
          citedIndicators: [],
        },
      },
      {
        at: '2026-10-22T13:20Z',
        by: 'Anja Dietrich',
        set: {
          measure:
            'Der Fachkräftekatalog wird so geöffnet, dass Kitas bis zu 20 Prozent ihres Personals mit anderen ' +
            'pädagogischen, therapeutischen und pflegerischen Berufen besetzen können, begleitet von einer ' +
            'Einarbeitung in die Kita-Pädagogik.',
        },
      },
    ],
    transitions: [{ at: '2026-10-27T09:00Z', action: 'SUBMIT', by: 'Elif Yıldız' }],
    threads: [
      {
        at: '2026-10-28T10:30Z',
        by: 'Sebastian Arnold',
        body: 'Das darf nicht zulasten der Fachkraftquote gehen. Wie stellen wir sicher, dass die Öffnung keine Absenkung der Standards wird?',
        replies: [
          {
            at: '2026-10-28T14:10Z',
            by: 'Elif Yıldız',
            body: 'Dafür stehen die Obergrenze von 20 Prozent und die verpflichtende Einarbeitung in der Maßnahme. Die Fachkraftquote bleibt unberührt.',
            editedAt: '2026-10-28T14:25Z',
          },
          { at: '2026-10-29T08:00Z', by: 'Ralf Schuster', body: 'Wir besprechen das in der nächsten Sitzung der Fokusgruppe.' },
        ],
      },
    ],
    supporters: [{ person: 'Anja Dietrich', at: '2026-10-22T13:25Z' }],
  },
];

// ───────── Fokusgruppe Internationalisierung und Vielfalt ─────────

const international: Recommendation[] = [
  {
    key: 'welcomecenter',
    focusGroup: INTERNATIONAL,
    actionField: 'international',
    revisions: [
      {
        at: '2020-12-17T10:00Z',
        by: 'Mehmet Aydın',
        set: {
          title: 'WELCOMECENTER Hessen als zentrale Anlaufstelle für internationale Fachkräfte',
          problem:
            'Internationale Fachkräfte und die Betriebe, die sie einstellen wollen, müssen sich zu Visum, Anerkennung, ' +
            'Wohnungssuche und Spracherwerb an viele Stellen wenden. Das schreckt vor allem kleine Betriebe ab.',
          measure:
            'Das WELCOMECENTER Hessen wird zur zentralen Anlaufstelle ausgebaut: Es berät internationale Fachkräfte ' +
            'und Betriebe mehrsprachig aus einer Hand, lotst durch Visum und Anerkennung und vermittelt an Sprachkurse ' +
            'und regionale Willkommensangebote.',
          expectedEffect: 'Internationale Fachkräfte werden schneller eingestellt und bleiben eher in Hessen.',
          timeFrame: 'Ab 2021, dauerhaft',
          costNotes: 'Landesförderung; der Ausbau um weitere Beratungskräfte kostet rund 600.000 Euro jährlich.',
          addresseeOrganisations: ['hmsi', 'hmwevw', 'ihk', 'rd'],
          addresseeKinds: [],
          citedIndicators: [SHORTAGE],
        },
      },
      {
        at: '2021-01-20T12:00Z',
        by: 'Svetlana Morozova',
        set: {
          measure:
            'Das WELCOMECENTER Hessen wird zur zentralen Anlaufstelle ausgebaut: Es berät internationale Fachkräfte, ' +
            'ihre Familien und Betriebe mehrsprachig aus einer Hand, lotst durch Visum und Anerkennung und vermittelt ' +
            'an Sprachkurse, Kitas und Schulen sowie regionale Willkommensangebote.',
        },
      },
    ],
    transitions: [
      { at: '2021-02-03T09:00Z', action: 'SUBMIT', by: 'Mehmet Aydın' },
      { at: '2021-02-24T14:00Z', action: 'APPROVE', by: 'Dr. Aylin Kaya', comment: 'Einstimmig beschlossen.' },
      { at: PLAN_V1_APPROVED_AT, action: 'ADOPT', by: null, comment: ADOPTED_IN_V1 },
    ],
    threads: [
      {
        at: '2021-01-19T16:00Z',
        by: 'Svetlana Morozova',
        body: 'Fachkräfte kommen selten allein. Ohne Beratung für die Familien verlieren wir viele nach dem ersten Jahr.',
        replies: [{ at: '2021-01-20T08:30Z', by: 'Mehmet Aydın', body: 'Einverstanden, bitte direkt in die Maßnahme schreiben.' }],
        resolved: { at: '2021-01-20T12:05Z', by: 'Svetlana Morozova' },
      },
    ],
    supporters: [
      { person: 'Jan Hoffmann', at: '2021-01-21T09:00Z' },
      { person: 'Karin Weber', at: '2021-01-21T11:30Z' },
      { person: 'Ahmad Rahimi', at: '2021-01-25T10:00Z' },
      { person: 'Dr. Rania Haddad', at: '2021-02-01T15:00Z' },
    ],
  },
  {
    key: 'intensivklassen',
    focusGroup: INTERNATIONAL,
    actionField: 'international',
    revisions: [
      {
        at: '2021-01-13T09:00Z',
        by: 'Ahmad Rahimi',
        set: {
          title: 'Intensivklassen an beruflichen Schulen für neu zugewanderte junge Menschen',
          problem:
            'Neu zugewanderte Jugendliche und junge Erwachsene haben oft das Zeug zu einer Ausbildung, scheitern aber ' +
            'an der Sprache oder finden nach dem Sprachkurs keinen Anschluss.',
          measure:
            'Berufliche Schulen richten Intensivklassen ein, die Deutsch mit Berufsorientierung und Praktika verbinden. ' +
            'Kammern und Betriebe bieten Praktikumsplätze; Beratungsstellen begleiten den Übergang in die Ausbildung.',
          expectedEffect: 'Mehr junge Zugewanderte beginnen eine Ausbildung und schließen sie ab.',
          timeFrame: 'Ab dem Schuljahr 2021/22',
          costNotes: null,
          addresseeOrganisations: ['hkm', 'ihk', 'hwk'],
          addresseeKinds: ['WELFARE_ASSOCIATION'],
          citedIndicators: [],
        },
      },
      {
        at: '2021-02-10T13:30Z',
        by: 'Karin Weber',
        set: {
          expectedEffect:
            'Mehr junge Zugewanderte beginnen eine Ausbildung und schließen sie ab. Ziel: Mindestens 40 Prozent der ' +
            'Schülerinnen und Schüler gehen nach zwei Jahren in eine Ausbildung über.',
        },
      },
    ],
    transitions: [
      { at: '2021-02-16T10:00Z', action: 'SUBMIT', by: 'Ahmad Rahimi' },
      { at: '2021-03-04T15:00Z', action: 'APPROVE', by: 'Holger Schmitt' },
      { at: PLAN_V1_APPROVED_AT, action: 'ADOPT', by: null, comment: ADOPTED_IN_V1 },
    ],
    supporters: [
      { person: 'Claudia Böhm', at: '2021-02-11T09:00Z' },
      { person: 'Anke Meyer', at: '2021-02-12T10:00Z' },
    ],
  },
  {
    key: 'anerkennung-beschleunigen',
    focusGroup: INTERNATIONAL,
    actionField: 'international',
    revisions: [
      {
        at: '2025-11-04T10:00Z',
        by: 'Dr. Rania Haddad',
        set: {
          title: 'Anerkennungsverfahren beschleunigen: digitale Antragsstrecke und feste Fristen',
          problem:
            'Die Anerkennung ausländischer Berufsabschlüsse dauert oft viele Monate. In dieser Zeit nehmen Fachkräfte ' +
            'Angebote in anderen Ländern an.',
          measure:
            'Alle zuständigen Stellen in Hessen bieten eine gemeinsame digitale Antragsstrecke an; Unterlagen werden ' +
            'einmal hochgeladen und von allen Beteiligten genutzt. Für vollständige Anträge gilt eine Bearbeitungsfrist ' +
            'von acht Wochen.',
          expectedEffect: 'Kürzere Verfahren und weniger abgebrochene Anerkennungen.',
          timeFrame: '2026 bis 2027',
          costNotes: null,
          addresseeOrganisations: ['hmsi', 'hmwk', 'ihk', 'hwk'],
          addresseeKinds: [],
          citedIndicators: [SHORTAGE],
        },
      },
      {
        at: '2026-01-14T11:00Z',
        by: 'Marion Krause',
        set: {
          costNotes: 'Entwicklung der Antragsstrecke rund 2 Mio. Euro; die Mitnutzung einer Plattform des Bundes ist zu prüfen.',
        },
      },
    ],
    transitions: [
      { at: '2025-11-20T09:30Z', action: 'SUBMIT', by: 'Dr. Rania Haddad' },
      {
        at: '2025-12-09T15:00Z',
        action: 'RETURN',
        by: 'Dr. Aylin Kaya',
        comment:
          'Eine Frist von acht Wochen können die Bündnispartner nicht allein zusagen. Bitte mit den zuständigen Stellen ' +
          'klären, welche Frist realistisch ist, und die Kosten der Antragsstrecke schätzen.',
      },
    ],
    threads: [
      {
        at: '2025-12-10T09:00Z',
        by: 'Jan Hoffmann',
        body: 'Die Betriebe wünschen sich vor allem eine feste Ansprechperson, die den Stand des Verfahrens kennt.',
        replies: [{ at: '2025-12-11T13:00Z', by: 'Dr. Rania Haddad', body: 'Guter Punkt, das nehme ich in die Überarbeitung auf.' }],
      },
    ],
    supporters: [{ person: 'Marion Krause', at: '2026-01-14T11:05Z' }],
  },
  {
    key: 'sprachfoerderung-betrieb',
    focusGroup: INTERNATIONAL,
    actionField: 'international',
    revisions: [
      {
        at: '2026-11-10T14:00Z',
        by: 'Svetlana Morozova',
        set: {
          title: 'Berufsbezogene Sprachförderung im Betrieb',
          problem:
            'Viele internationale Beschäftigte kommen über das Sprachniveau B1 nicht hinaus, weil Kurse abends und ' +
            'fern vom Arbeitsplatz stattfinden. Das erschwert Weiterbildung und Aufstieg.',
          measure:
            'Betriebe bieten berufsbezogene Deutschkurse während der Arbeitszeit an, in Gruppen mehrerer Betriebe einer ' +
            'Region. Die Kurse werden über die Berufssprachkurse des Bundes gefördert.',
          expectedEffect: 'Bessere Verständigung im Arbeitsalltag und mehr Teilnahme an Weiterbildung.',
          timeFrame: 'Ab 2027',
          costNotes: null,
          addresseeOrganisations: ['vhu', 'dgb'],
          addresseeKinds: ['COMPANY'],
          citedIndicators: [],
        },
      },
    ],
    transitions: [],
  },
];

// ───────── Fokusgruppe Pflege und Gesundheit (chair changed hands on 1 April 2022) ─────────

const care: Recommendation[] = [
  {
    key: 'pflegequalifizierungszentrum',
    focusGroup: CARE,
    actionField: 'care',
    revisions: [
      {
        at: '2020-12-03T13:00Z',
        by: 'Petra Kühn',
        set: {
          title: 'Pflegequalifizierungszentrum Hessen für die Anerkennung internationaler Pflegekräfte',
          problem:
            'Pflegekräfte mit ausländischem Abschluss warten lange auf ihre Anerkennung und arbeiten währenddessen ' +
            'unter ihrer Qualifikation. Anpassungslehrgänge und Kurse zur Vorbereitung auf die Kenntnisprüfung gibt es ' +
            'zu wenige, und sie sind regional sehr ungleich verteilt.',
          measure:
            'Ein landesweites Pflegequalifizierungszentrum bündelt Anpassungsqualifizierungen, die Vorbereitung auf die ' +
            'Kenntnisprüfung und berufsbezogene Sprachkurse. Es arbeitet mit Pflegeschulen und Einrichtungen in allen ' +
            'Regierungsbezirken zusammen und berät Einrichtungen zur Einarbeitung.',
          expectedEffect:
            'Schnellere Anerkennung und ein früherer Einsatz als Pflegefachkraft; Entlastung der Teams in ' +
            'Krankenhäusern und Pflegeeinrichtungen.',
          timeFrame: 'Aufbau 2021, Regelbetrieb ab 2022',
          costNotes: 'Landesförderung für Aufbau und Betrieb; Teilnahmeentgelte über Förderprogramme der Agenturen für Arbeit.',
          addresseeOrganisations: ['hmsi', 'hkg', 'bpa', 'rd'],
          addresseeKinds: ['WELFARE_ASSOCIATION'],
          citedIndicators: [SHORTAGE],
        },
      },
      {
        at: '2021-01-21T09:20Z',
        by: 'Ralf Günther',
        set: {
          costNotes:
            'Landesförderung für Aufbau und Betrieb; Teilnahmeentgelte über Bildungsgutscheine der Agenturen für Arbeit ' +
            'und der Jobcenter.',
          measure:
            'Ein landesweites Pflegequalifizierungszentrum bündelt Anpassungsqualifizierungen, die Vorbereitung auf die ' +
            'Kenntnisprüfung und berufsbezogene Sprachkurse. Es arbeitet mit Pflegeschulen und Einrichtungen in allen ' +
            'Regierungsbezirken zusammen und berät Einrichtungen zur Einarbeitung. Während der Anerkennung werden die ' +
            'Pflegekräfte nach Tarif oder kirchlichen Arbeitsvertragsrichtlinien vergütet.',
        },
      },
    ],
    transitions: [
      { at: '2021-01-26T10:00Z', action: 'SUBMIT', by: 'Petra Kühn' },
      { at: '2021-02-16T13:00Z', action: 'APPROVE', by: 'Dr. Wolfgang Richter', comment: 'Mit großer Mehrheit beschlossen.' },
      { at: PLAN_V1_APPROVED_AT, action: 'ADOPT', by: null, comment: ADOPTED_IN_V1 },
    ],
    threads: [
      {
        at: '2021-01-12T15:00Z',
        by: 'Dirk Walter',
        body: 'Die Zeit bis zur Anerkennung darf nicht zu Lohndumping führen. Die Vergütung sollte in der Maßnahme stehen.',
        replies: [
          { at: '2021-01-13T09:10Z', by: 'Ute Zimmermann', body: 'Unterstützt. Vergütung nach Tarif oder Arbeitsvertragsrichtlinien ist für unsere Mitglieder ohnehin Standard.' },
          { at: '2021-01-21T09:25Z', by: 'Ralf Günther', body: 'Ist ergänzt.' },
        ],
        resolved: { at: '2021-01-21T10:00Z', by: 'Petra Kühn' },
      },
    ],
    supporters: [
      { person: 'Kathrin Schäfer', at: '2021-01-22T08:00Z' },
      { person: 'Ute Zimmermann', at: '2021-01-22T09:00Z' },
      { person: 'Dr. Stefanie Möller', at: '2021-01-22T12:00Z' },
      { person: 'Nadine Kraus', at: '2021-01-25T10:30Z' },
      { person: 'Gerhard Peters', at: '2021-01-25T11:00Z' },
    ],
  },
  {
    key: 'sozialwirtschaft-integriert',
    focusGroup: CARE,
    actionField: 'care',
    revisions: [
      {
        at: '2021-01-19T10:00Z',
        by: 'Hans-Peter Maurer',
        set: {
          title: 'Sozialwirtschaft integriert: Geflüchtete für Pflege- und Sozialberufe gewinnen',
          problem:
            'Viele Geflüchtete interessieren sich für Pflege- und Sozialberufe, scheitern aber an fehlenden ' +
            'Sprachkenntnissen, fehlender Begleitung oder einem unsicheren Aufenthaltsstatus.',
          measure:
            'Mit dem Förderinstrument „Sozialwirtschaft integriert“ finanziert das Land Projekte der ' +
            'Wohlfahrtsverbände, die Geflüchtete mit Sprachförderung, Einstiegsqualifizierung und Begleitung in eine ' +
            'Ausbildung in der Pflege oder in sozialen Berufen führen.',
          expectedEffect: 'Zusätzliche Auszubildende in der Pflege und eine stabile Integration in Arbeit.',
          timeFrame: '2021 bis 2024',
          costNotes: 'Landes- und ESF-Mittel; Eigenanteil der Träger.',
          addresseeOrganisations: ['hmsi', 'liga', 'awo', 'caritas', 'diakonie'],
          addresseeKinds: [],
          citedIndicators: [],
        },
      },
    ],
    transitions: [
      { at: '2021-02-02T09:00Z', action: 'SUBMIT', by: 'Hans-Peter Maurer' },
      { at: '2021-03-09T10:30Z', action: 'APPROVE', by: 'Kathrin Schäfer' },
      { at: PLAN_V1_APPROVED_AT, action: 'ADOPT', by: null, comment: ADOPTED_IN_V1 },
    ],
    supporters: [
      { person: 'Gerhard Peters', at: '2021-01-20T09:00Z' },
      { person: 'Nadine Kraus', at: '2021-01-20T10:00Z' },
    ],
  },
  {
    key: 'springerpools',
    focusGroup: CARE,
    actionField: 'care',
    revisions: [
      {
        at: '2024-05-14T08:00Z',
        by: 'Ute Zimmermann',
        set: {
          title: 'Verlässliche Dienstpläne durch Springerpools in der Langzeitpflege',
          problem:
            'Kurzfristiges Einspringen aus dem Frei ist einer der häufigsten Gründe, warum Pflegekräfte ihre Stunden ' +
            'reduzieren oder den Beruf verlassen.',
          measure:
            'Pflegeeinrichtungen bilden – allein oder im Verbund – Springerpools aus Pflegekräften, die vertraglich ' +
            'für Ausfälle eingeplant sind und dafür eine Zulage erhalten. Die Pflegekassen refinanzieren die Pools in ' +
            'den Pflegesatzverhandlungen.',
          expectedEffect: 'Verlässliche freie Tage, weniger Teilzeit aus Überlastung und ein längerer Verbleib im Beruf.',
          timeFrame: '2025 bis 2027',
          costNotes: 'Refinanzierung über die Pflegesätze; Beratung der Einrichtungen aus Landesmitteln.',
          addresseeOrganisations: ['bpa', 'verdi', 'diakonie'],
          addresseeKinds: ['EMPLOYER_ASSOCIATION'],
          citedIndicators: [],
        },
      },
      {
        at: '2024-05-28T12:00Z',
        by: 'Dirk Walter',
        set: {
          measure:
            'Pflegeeinrichtungen bilden – allein oder im Verbund – Springerpools aus Pflegekräften, die vertraglich ' +
            'für Ausfälle eingeplant sind und dafür eine Zulage erhalten. Die Pools werden mit den ' +
            'Interessenvertretungen der Beschäftigten vereinbart. Die Pflegekassen refinanzieren die Pools in den ' +
            'Pflegesatzverhandlungen.',
        },
      },
      {
        at: '2024-07-02T09:30Z',
        by: 'Ute Zimmermann',
        set: {
          measure:
            'Pflegeeinrichtungen bilden – allein oder im Verbund – Springerpools aus Pflegekräften, die vertraglich ' +
            'für Ausfälle eingeplant sind und dafür eine Zulage erhalten. Die Pools werden mit den ' +
            'Interessenvertretungen der Beschäftigten vereinbart. Das Land wirbt bei den Landesverbänden der ' +
            'Pflegekassen dafür, die Pools in den Pflegesatzverhandlungen zu refinanzieren.',
          addresseeOrganisations: ['hmsi', 'bpa', 'verdi', 'diakonie'],
        },
      },
    ],
    transitions: [
      { at: '2024-06-04T08:00Z', action: 'SUBMIT', by: 'Ute Zimmermann' },
      {
        at: '2024-06-20T14:00Z',
        action: 'RETURN',
        by: 'Dr. Miriam Albrecht',
        comment: 'Die Pflegekassen sind nicht im Bündnis vertreten. Bitte benennen, wer im Bündnis die Refinanzierung mit ihnen verhandelt.',
      },
      { at: '2024-07-03T08:00Z', action: 'SUBMIT', by: 'Ute Zimmermann' },
      { at: '2024-07-18T12:00Z', action: 'APPROVE', by: 'Dr. Miriam Albrecht' },
    ],
    supporters: [
      { person: 'Dirk Walter', at: '2024-05-28T12:05Z' },
      { person: 'Petra Kühn', at: '2024-05-29T08:00Z' },
      { person: 'Sabine Lehmann', at: '2024-07-04T09:00Z' },
    ],
  },
  {
    key: 'anwerbepraemie',
    focusGroup: CARE,
    actionField: 'care',
    revisions: [
      {
        at: '2023-02-07T09:00Z',
        by: 'Sabine Lehmann',
        set: {
          title: 'Landesweite Anwerbeprämie für Pflegekräfte aus dem Ausland',
          problem:
            'Kreiskliniken und Pflegeeinrichtungen im ländlichen Raum stehen bei der Anwerbung internationaler ' +
            'Pflegekräfte im Wettbewerb mit großen Trägern und anderen Bundesländern.',
          measure: 'Das Land zahlt Einrichtungen für jede aus dem Ausland angeworbene Pflegefachkraft eine Prämie von 5.000 Euro.',
          expectedEffect: 'Mehr internationale Pflegekräfte in ländlichen Einrichtungen.',
          timeFrame: 'Ab 2024',
          costNotes: 'Bei 2.000 Anwerbungen im Jahr rund 10 Mio. Euro.',
          addresseeOrganisations: ['hmsi'],
          addresseeKinds: [],
          citedIndicators: [SHORTAGE],
        },
      },
    ],
    transitions: [
      { at: '2023-02-14T09:00Z', action: 'SUBMIT', by: 'Sabine Lehmann' },
      {
        at: '2023-03-02T15:30Z',
        action: 'REJECT',
        by: 'Dr. Miriam Albrecht',
        comment:
          'Abgelehnt: Eine Prämie je Anwerbung setzt falsche Anreize und widerspricht den Grundsätzen fairer ' +
          'Anwerbung nach dem Verhaltenskodex der WHO. Die Fokusgruppe empfiehlt stattdessen die Beratung durch das ' +
          'WELCOMECENTER Hessen und das Pflegequalifizierungszentrum.',
      },
    ],
    threads: [
      {
        at: '2023-02-16T10:00Z',
        by: 'Dr. Stefanie Möller',
        body: 'Wenn überhaupt, sollte eine Förderung an gute Einarbeitung und die Anerkennung gebunden sein, nicht an die Anwerbung.',
        replies: [{ at: '2023-02-17T08:30Z', by: 'Sabine Lehmann', body: 'Das wäre ein Kompromiss; ich überlege eine neue Fassung.' }],
      },
    ],
    supporters: [{ person: 'Hans-Peter Maurer', at: '2023-02-15T11:00Z' }],
  },
  {
    key: 'pflegeausbildung-abbrueche',
    focusGroup: CARE,
    actionField: 'care',
    revisions: [
      {
        at: '2026-09-15T11:00Z',
        by: 'Prof. Dr. Tim Ebert',
        set: {
          title: 'Ausbildungsabbrüche in der generalistischen Pflegeausbildung senken',
          problem:
            'Ein erheblicher Teil der Auszubildenden in der Pflege bricht die Ausbildung ab, häufig im ersten Jahr und ' +
            'nach belastenden Praxiseinsätzen.',
          measure:
            'Pflegeschulen und Träger führen eine verbindliche Praxisbegleitung im ersten Ausbildungsjahr ein und ' +
            'bieten bei Schwierigkeiten früh Lernbegleitung und Sprachförderung an.',
          expectedEffect: 'Weniger Abbrüche und mehr Pflegefachkräfte aus jedem Ausbildungsjahrgang.',
          timeFrame: 'Ab dem Ausbildungsjahr 2027',
          costNotes: null,
          addresseeOrganisations: ['hkg', 'bpa', 'liga'],
          addresseeKinds: [],
          citedIndicators: [SHORTAGE],
        },
      },
      {
        at: '2026-10-01T08:15Z',
        by: 'Nadine Kraus',
        set: {
          measure:
            'Pflegeschulen und Träger führen eine verbindliche Praxisbegleitung im ersten Ausbildungsjahr ein, bieten ' +
            'bei Schwierigkeiten früh Lernbegleitung und Sprachförderung an und werten die Gründe für Abbrüche ' +
            'gemeinsam aus.',
        },
      },
    ],
    transitions: [],
  },
];

const SITUATION_ASSESSMENT = [
  'Fachkräfte zu sichern hat für Hessen als Wirtschafts-, Technologie-, Innovations-, Arbeits-, Bildungs- und ' +
    'Lebensstandort besondere Bedeutung. Die Verfügbarkeit von Arbeits-, Fach- und Führungskräften in Wirtschaft und ' +
    'Verwaltung ist eine zentrale Voraussetzung dafür, dass Wirtschaft, Verwaltung und Gesellschaft funktionieren, ' +
    'und damit ein wichtiger Erfolgsfaktor für den Wohlstand und das soziale Miteinander in Hessen.',
  'Der demografische Wandel, das Ausscheiden der Generation der Baby-Boomer und die fehlende Zuwanderung ' +
    'qualifizierter Fachkräfte aus dem Ausland machen sich bereits auf dem Arbeitsmarkt bemerkbar. Engpässe bestehen ' +
    'seit geraumer Zeit vor allem in der Pflege, in den Bau- und Handwerksberufen und in der IT-Branche; weitere ' +
    'Branchen werden folgen. Der hessische Arbeitsmarkt hat die Krise des vergangenen Jahres weitgehend überwunden, ' +
    'die Nachfrage nach Fachkräften ist hoch, und das Erwerbspersonenpotenzial schrumpft.',
  'Das Institut für Wirtschaft, Arbeit und Kultur (IWAK) der Goethe-Universität Frankfurt am Main liefert dem ' +
    'Bündnis die Daten und Indikatoren für diese Standortbestimmung und schreibt sie fort. Nach seiner Prognose fehlen ' +
    'in Hessen bis 2026 über 100.000 Fachkräfte und bis 2028 rund 200.000: etwa 135.000 Personen mit ' +
    'Berufsausbildung und knapp 67.000 mit akademischem Abschluss. Rund zwei Drittel des Engpasses betreffen damit ' +
    'beruflich qualifizierte Fachkräfte.',
  'Die Bündnispartner bekennen sich zu einer demografie-, digitalisierungs- und diversitätsorientierten, ' +
    'nachhaltigen Fachkräftesicherung. Mehr als 150 Teilnehmerinnen und Teilnehmer haben in vier Fokusgruppen ' +
    'Handlungsempfehlungen für die Handlungsfelder Digitaler Wandel und Handwerk, Kinder- und Jugendhilfe, ' +
    'Internationalisierung und Vielfalt sowie Pflege und Gesundheit erarbeitet.',
].join('\n\n');

const INITIATIVES = [
  'Die Bündnispartner setzen die Handlungsempfehlungen in Einzel- und Gemeinschaftsinitiativen um, unter anderem:',
  'Landesprogramm Fachkräfteoffensive Erzieherinnen und Erzieher: mehr Ausbildungsplätze und Wege in den Quereinstieg für die Kinder- und Jugendhilfe.',
  'MINT-Aktionslinie: Berufsorientierung und Nachwuchsgewinnung in MINT- und Handwerksberufen.',
  'WELCOMECENTER Hessen: Beratung internationaler Fachkräfte, ihrer Familien und der Betriebe aus einer Hand.',
  'Pflegequalifizierungszentrum Hessen: Anerkennung und Anpassungsqualifizierung internationaler Pflegekräfte.',
  'Fachkräftecamps in Gesundheit, Pflege und Kinder- und Jugendhilfe: Einblicke in soziale Berufe für junge Menschen.',
  'Intensivklassen an beruflichen Schulen: Sprache, Berufsorientierung und Praktika für neu Zugewanderte.',
  'Förderinstrument „Sozialwirtschaft integriert“: Wege in Pflege- und Sozialberufe für Geflüchtete.',
  'Duales Studium: Hochschulstudium und betriebliche Praxis verbinden.',
  'Stärkung der ländlichen Räume: Fachkräftesicherung auch außerhalb der Ballungsräume.',
].join('\n\n');

const COMMITMENTS = [
  'Die im Neuen Bündnis Fachkräftesicherung Hessen vertretenen Organisationen verpflichten sich, die gemeinsame Arbeit ' +
    'an der gesamtgesellschaftlichen Zukunftsaufgabe der hessischen Fachkräftesicherung fortzuführen. Sie setzen die ' +
    'Handlungsempfehlungen dieses Plans in ihrem Verantwortungsbereich um, berichten dem Dachgremium regelmäßig über den ' +
    'Stand und justieren die vereinbarten Maßnahmen bei Bedarf nach.',
  'Das IWAK schreibt die Daten und Indikatoren fort, damit alle Bündnisbeteiligten auf einer gemeinsamen ' +
    'Informationsbasis arbeiten. Die Geschäftsstelle im Hessischen Ministerium für Soziales und Integration ' +
    'koordiniert den Dialog, die Vernetzung und die Zusammenarbeit der Bündnispartner.',
].join('\n\n');

const plan: SeedPlan = {
  versions: [
    {
      title: 'Bündnisplan zur Stärkung der Fachkräftebasis Hessen',
      situationAssessment: SITUATION_ASSESSMENT,
      initiativesText: INITIATIVES,
      commitments: COMMITMENTS,
      createdAt: '2021-03-22T09:00Z',
      submittedAt: '2021-05-03T08:00Z',
      indicators: [SHORTAGE],
      recommendations: [
        'mint-berufsorientierung',
        'weiterbildungsverbuende',
        'pia-ausbau',
        'quereinstieg-kita',
        'welcomecenter',
        'intensivklassen',
        'pflegequalifizierungszentrum',
        'sozialwirtschaft-integriert',
      ],
      signOffs: [
        { role: 'DEPUTY_CHAIR', person: 'Dr. Sabine Kessler', at: '2021-05-10T14:00Z' },
        { role: 'CHAIR', person: 'Tobias Lindner', at: PLAN_V1_APPROVED_AT },
      ],
    },
  ],
};

export const hessenWorkspace: SeedWorkspace<HessenOrganisation, HessenActionField> = {
  indicators,
  recommendations: [...digital, ...youth, ...international, ...care],
  plan,
  initiatives: hessenInitiatives,
};
