import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import { type BallotEventsSubscription as BallotEventResult, onSubscriptionsReconnected } from '@pakt/web-data';
import { BallotEventsSubscription } from '../graphql/queries';

export type BallotEvent = BallotEventResult['ballotEvents'];

/**
 * Follows a body's ballots live (or one of them, with ballotId): each event — opened, the running
 * count after votes, closed, cancelled — goes to onEvent as it arrives over graphql-ws. Events
 * can be missed while the connection is down or the tab sleeps; onMissed is called when it is
 * back and when the page is shown again, to read the current state.
 */
export function useBallotEvents(
  bodyId: string | null,
  ballotId: string | null,
  onEvent: (event: BallotEvent) => void,
  onMissed: () => void,
): void {
  const [{ data }] = useSubscription({
    query: BallotEventsSubscription,
    variables: { bodyId: bodyId ?? '', ballotId },
    pause: bodyId === null,
  });
  const handlers = useRef({ onEvent, onMissed });
  useEffect(() => {
    handlers.current = { onEvent, onMissed };
  });
  const event = data?.ballotEvents;
  useEffect(() => {
    if (event) handlers.current.onEvent(event);
  }, [event]);
  useEffect(() => {
    const missed = () => handlers.current.onMissed();
    const shown = () => {
      if (document.visibilityState === 'visible') missed();
    };
    const stop = onSubscriptionsReconnected(missed);
    document.addEventListener('visibilitychange', shown);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', shown);
    };
  }, []);
}
