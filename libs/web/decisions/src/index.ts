import './decisions.css';

export { decisionsRoutes } from './routes';
export { decisionsMessages } from './messages';
export { ballotPath, ballotsPath, bodyBallotsPath, newBallotPath } from './paths';
