import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import type { BallotEventsSubscription as BallotEventResult } from '@pakt/web-data';
import { BallotEventsSubscription } from '../graphql/queries';

export type BallotEvent = BallotEventResult['ballotEvents'];

/**
 * Follows a body's ballots live (or one of them, with ballotId): each event — opened, the running
 * count after votes, closed, cancelled — goes to onEvent as it arrives over graphql-ws.
 */
export function useBallotEvents(bodyId: string | null, ballotId: string | null, onEvent: (event: BallotEvent) => void): void {
  const [{ data }] = useSubscription({
    query: BallotEventsSubscription,
    variables: { bodyId: bodyId ?? '', ballotId },
    pause: bodyId === null,
  });
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });
  const event = data?.ballotEvents;
  useEffect(() => {
    if (event) handler.current(event);
  }, [event]);
}
