import type { RouteObject } from 'react-router';
import { BallotBodiesPage } from './pages/BallotBodiesPage';
import { BallotPage } from './pages/BallotPage';
import { BodyBallotsPage } from './pages/BodyBallotsPage';
import { NewBallotPage } from './pages/NewBallotPage';
import { BALLOT_ROUTE, BALLOTS_ROUTE, BODY_BALLOTS_ROUTE, NEW_BALLOT_ROUTE } from './paths';

/** Ballots, voting and results of the alliance's bodies; put them below <RequireSignIn />. */
export const decisionsRoutes: RouteObject[] = [
  { path: BALLOTS_ROUTE, element: <BallotBodiesPage /> },
  { path: BODY_BALLOTS_ROUTE, element: <BodyBallotsPage /> },
  { path: NEW_BALLOT_ROUTE, element: <NewBallotPage /> },
  { path: BALLOT_ROUTE, element: <BallotPage /> },
];
