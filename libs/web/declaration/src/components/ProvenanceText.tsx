import { WordDiff } from '@pakt/web-ui';
import { useDeclarationMessages } from '../messages';

export interface ProvenanceRun {
  readonly operation: 'EQUAL' | 'INSERT' | 'DELETE';
  readonly text: string;
  readonly amendmentId: string | null;
}

export interface AmendmentLabel {
  readonly id: string;
  readonly number: number;
  readonly author: string;
}

/**
 * A paragraph of the consolidated text: the drafting team's words plain, what an accepted
 * amendment inserted underlined and what it struck through crossed out, each change marked
 * with the amendment that produced it ("Ä 3", and in full for screen readers and on hover).
 */
export function ProvenanceText({ runs, amendments }: { runs: readonly ProvenanceRun[]; amendments: readonly AmendmentLabel[] }) {
  const { t } = useDeclarationMessages();
  return (
    <WordDiff
      segments={runs.map((run) => {
        const amendment = run.amendmentId ? amendments.find((candidate) => candidate.id === run.amendmentId) : undefined;
        if (run.operation === 'EQUAL' || !amendment) return { operation: run.operation, text: run.text };
        return {
          operation: run.operation,
          text: run.text,
          source: {
            marker: t('reader.marker', { number: amendment.number }),
            name: t('reader.provenance', { number: amendment.number, author: amendment.author }),
          },
        };
      })}
    />
  );
}
