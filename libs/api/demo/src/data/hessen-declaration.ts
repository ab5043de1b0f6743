import type { SeedDeclaration } from './seed-types';

// The final declaration (Abschlusserklärung) of the Neues Bündnis Fachkräftesicherung Hessen,
// adopted by the steering board at its last meeting of the legislative period, as the ministry's
// press release reports it (seeds/001). The draft is that text before the amendments; the
// amendments are the kind of changes the partners made on the way there.

export const hessenDeclaration: SeedDeclaration<
  | 'hmsi'
  | 'rd'
  | 'ihk'
  | 'hwk'
  | 'dgb'
  | 'verdi'
  | 'vhu'
  | 'staedtetag'
  | 'liga'
  | 'hkg'
  | 'iwak'
  | 'khu'
> = {
  title: 'Gemeinsame Erklärung des Neuen Bündnis Fachkräftesicherung Hessen',
  body: 'Dachgremium',
  preamble:
    'Das Neue Bündnis Fachkräftesicherung Hessen hat sich am 22. September 2020 konstituiert. Ihm gehören Spitzenvertreterinnen und ' +
    '-vertreter aus Wirtschaft, Verwaltung und Gesellschaft an. Zum Ende der Legislaturperiode ziehen die Bündnispartner gemeinsam Bilanz.',
  sections: [
    {
      heading: 'Ausgangslage',
      paragraphs: [
        'Prognosen zufolge werden allein in Hessen bis zum Jahr 2028 rund 200.000 Fachkräfte fehlen: rund 135.000 Personen mit ' +
          'Berufsausbildung und knapp 67.000 mit akademischem Abschluss.',
        'Hessen ist ein starker Standort. Für seine Zukunfts- und Wettbewerbsfähigkeit ist die Sicherung des Personalbedarfs ein ' +
          'entscheidender Faktor. Wirtschaft, Verwaltung und Gesellschaft können nur mit einer ausreichenden Zahl kompetenter Arbeits-, ' +
          'Fach- und Führungskräfte sowie wettbewerbsfähiger Arbeitgeber funktionsfähig bleiben.',
      ],
    },
    {
      heading: 'Was erreicht wurde',
      paragraphs: [
        'Dank der konzertierten und kontinuierlichen Arbeit zur Sicherung des Personalbedarfs ist Hessen handlungsfähig und mit einem ' +
          'klugen Maßnahmenmix und einer umfassenden, agilen Gesamtstrategie aus Bildung und Internationalisierung sowie attraktiven ' +
          'Arbeitsplätzen zukunftsfähig ausgestattet.',
        'Mit dem Neuen Bündnis Fachkräftesicherung im HMSI ist eine funktionsfähige Plattform für dauerhaften Dialog, starke Vernetzung ' +
          'und kontinuierliche Koordination und Kooperation geschaffen worden. Das Zusammenwirken verschiedener Wirtschaftsbereiche hat ' +
          'sich als zielführend und zukunftsorientiert erwiesen.',
        'Dank der Zusammenarbeit der im Bündnisplan aufgeführten Institutionen und Organisationen ist ein Maßnahmenpaket an Einzel- und ' +
          'Gemeinschaftsinitiativen geschnürt worden, beispielsweise das Landesprogramm Fachkräfteoffensive Erzieherinnen und Erzieher, ' +
          'die MINT-Aktionslinie, das WELCOMECENTER Hessen, das Pflegequalifizierungszentrum Hessen, die Fachkräftecamps in Gesundheit, ' +
          'Pflege und Kinder- und Jugendhilfe, Intensivklassen an beruflichen Schulen, das Förderinstrument „Sozialwirtschaft integriert“ ' +
          'sowie das Duale Studium und die Stärkung der ländlichen Räume.',
      ],
    },
    {
      heading: 'Was zu tun bleibt',
      paragraphs: [
        'Neben der Ausschöpfung von Inlandspotenzialen, beispielsweise durch Aktivierung und Entwicklung von Fachkräften, ist Hessen ' +
          'auch künftig auf die Gewinnung internationaler Fach- und Arbeitskräfte angewiesen.',
        'Es gilt, die gemeinsamen Maßnahmen und verabredeten Initiativen konsequent umzusetzen.',
      ],
    },
  ],
  draftedBy: 'Katrin Vogel',
  draftingTeam: ['Prof. Dr. Ulrike Sommer'],
  amendments: [
    {
      author: 'Dr. Sabine Kessler',
      reason: 'Die Arbeitsmarktpolitik der Arbeitsagenturen und Jobcenter ist ein eigener Pfeiler der Gesamtstrategie.',
      proposedOn: '2023-10-25',
      change: { kind: 'REPLACE', section: 1, paragraph: 0, wording: { from: 'aus Bildung und Internationalisierung', to: 'aus Bildung, potenzialorientierter Arbeitsmarktpolitik und Internationalisierung' } },
      outcome: { state: 'ACCEPTED', decision: 'TAKEOVER', note: 'Vom Redaktionsteam übernommen.', on: '2023-11-02' },
      supporters: ['Dr. Matthias Brandt', 'Stefan Wagner'],
    },
    {
      author: 'Renate Schubert',
      reason: 'Fachkräfte gewinnt und hält, wer gute Arbeit bietet: das gehört in die Bilanz.',
      proposedOn: '2023-10-26',
      change: { kind: 'REPLACE', section: 1, paragraph: 0, wording: { from: 'attraktiven Arbeitsplätzen', to: 'attraktiven Arbeitsplätzen mit guten Arbeitsbedingungen' } },
      outcome: { state: 'ACCEPTED', decision: 'BALLOT', note: 'Angenommen: 12 Ja, 2 Nein, 3 Enthaltungen (einfache Mehrheit).', on: '2023-11-22' },
      supporters: ['Michael Krüger', 'Gabriele Fuchs'],
      comments: [{ author: 'Dr. Carsten Ziegler', body: 'Die Arbeitgeber tragen das mit, wenn es nicht als Kritik an den Betrieben gelesen wird.' }],
    },
    {
      author: 'Dr. Carsten Ziegler',
      reason: 'Die Weiterbildung der Beschäftigten ist in den Betrieben der wichtigste Hebel.',
      proposedOn: '2023-10-27',
      change: { kind: 'REPLACE', section: 1, paragraph: 0, wording: { from: 'aus Bildung und Internationalisierung', to: 'aus Bildung, Weiterbildung und Internationalisierung' } },
      outcome: { state: 'LAPSED' },
    },
    {
      author: 'Michael Krüger',
      reason: 'Die Erklärung soll der neuen Landesregierung einen klaren Auftrag mitgeben.',
      proposedOn: '2023-10-30',
      change: {
        kind: 'REPLACE',
        section: 2,
        paragraph: 1,
        wording: {
          from: 'konsequent umzusetzen.',
          to: 'konsequent umzusetzen. Die neue Landesregierung muss diese Aufgabe weiter intensiv bearbeiten.',
        },
      },
      outcome: {
        state: 'ACCEPTED',
        decision: 'TAKEOVER',
        note: 'Vom Redaktionsteam in geänderter Fassung übernommen.',
        on: '2023-11-08',
        modified: {
          from: 'konsequent umzusetzen.',
          to:
            'konsequent umzusetzen und sie bei Bedarf neu zu justieren. Die neue Landesregierung muss diese Aufgabe weiter intensiv ' +
            'bearbeiten; ein Ausruhen auf dem in dieser Legislaturperiode Erreichten darf nicht folgen.',
        },
      },
      supporters: ['Renate Schubert'],
    },
    {
      author: 'Prof. Dr. Anne Winter',
      reason: 'Die Hochschulen bilden die 67.000 akademischen Fachkräfte aus; ihr Beitrag fehlt.',
      proposedOn: '2023-10-31',
      change: {
        kind: 'INSERT',
        section: 1,
        after: 2,
        text: 'Die hessischen Hochschulen haben mit dualen und berufsbegleitenden Studiengängen neue Wege in akademische Fachberufe geöffnet.',
      },
      outcome: { state: 'REJECTED', note: 'Abgelehnt: 5 Ja, 9 Nein, 3 Enthaltungen (einfache Mehrheit verfehlt).', on: '2023-11-22' },
    },
    {
      author: 'Stefan Wagner',
      reason: 'Der Absatz wiederholt, was die Präambel sagt.',
      proposedOn: '2023-10-31',
      change: { kind: 'DELETE', section: 1, paragraph: 1 },
      outcome: { state: 'WITHDRAWN' },
    },
  ],
  adoptedOn: '2023-11-22',
  finalVote: 'Angenommen: 16 Ja, 0 Nein, 1 Enthaltung; Quorum erreicht (17 von 17 Stimmberechtigten anwesend).',
  endorsements: [
    { organisation: 'hmsi', by: 'Tobias Lindner', state: 'ENDORSED', on: '2023-11-22' },
    { organisation: 'rd', by: 'Dr. Sabine Kessler', state: 'ENDORSED', on: '2023-11-23' },
    { organisation: 'ihk', by: 'Stefan Wagner', state: 'ENDORSED', on: '2023-11-24' },
    { organisation: 'hwk', by: 'Bernd Hofmann', state: 'ENDORSED', on: '2023-11-24' },
    {
      organisation: 'dgb',
      by: 'Renate Schubert',
      state: 'ENDORSED_WITH_RESERVATION',
      reservation: 'Der DGB erwartet, dass gute Arbeitsbedingungen und Tarifbindung in den Engpassberufen verbindlich Teil der Umsetzung werden.',
      on: '2023-11-27',
    },
    { organisation: 'verdi', by: 'Michael Krüger', state: 'ENDORSED', on: '2023-11-27' },
    { organisation: 'vhu', by: 'Dr. Carsten Ziegler', state: 'ENDORSED', on: '2023-11-28' },
    { organisation: 'staedtetag', by: 'Martina Roth', state: 'ENDORSED', on: '2023-11-29' },
    { organisation: 'liga', by: 'Gabriele Fuchs', state: 'ENDORSED', on: '2023-11-30' },
    { organisation: 'iwak', by: 'Prof. Dr. Ulrike Sommer', state: 'ENDORSED', on: '2023-11-30' },
    { organisation: 'khu', by: 'Prof. Dr. Anne Winter', state: 'DECLINED', on: '2023-12-04' },
    { organisation: 'hkg', by: 'Dr. Thomas Engel', state: 'ENDORSED', on: '2023-12-05' },
  ],
};
