import { composeMail, type Mail } from '@pakt/api-identity';

export interface ReminderMailFacts {
  to: string;
  displayName: string;
  allianceName: string;
  initiativeName: string;
  dueOn: string;
  roundTitle: string | null;
  link: string;
}

function germanDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}

/** The reminder that a progress report is due, German first, English below. */
export function reminderMail(facts: ReminderMailFacts): Mail {
  const [year, month, day] = facts.dueOn.split('-');
  const english = `${day}/${month}/${year}`;
  return composeMail(
    facts.to,
    `Fortschrittsbericht fällig: ${facts.initiativeName} / Progress report due`,
    facts.link,
    [
      `Guten Tag ${facts.displayName},`,
      '',
      facts.roundTitle === null
        ? `für die Initiative „${facts.initiativeName}“ im Bündnis „${facts.allianceName}“ ist bis zum ${germanDate(facts.dueOn)} ein Fortschrittsbericht fällig.`
        : `die Geschäftsstelle des Bündnisses „${facts.allianceName}“ bittet in der Berichtsrunde „${facts.roundTitle}“ bis zum ${germanDate(facts.dueOn)} um einen Fortschrittsbericht zur Initiative „${facts.initiativeName}“.`,
      'Sie erhalten diese Nachricht, weil Sie die federführende Organisation vertreten. Hier berichten Sie:',
    ],
    [
      `Hello ${facts.displayName},`,
      '',
      facts.roundTitle === null
        ? `a progress report on the initiative "${facts.initiativeName}" of the alliance "${facts.allianceName}" is due by ${english}.`
        : `the secretariat of the alliance "${facts.allianceName}" asks in the reporting round "${facts.roundTitle}" for a progress report on the initiative "${facts.initiativeName}" by ${english}.`,
      'You receive this because you represent the lead organisation. Report here:',
    ],
  );
}
