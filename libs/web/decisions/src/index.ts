import './decisions.css';

export { decisionsMessages } from './messages';
export { ballotPath, ballotsPath, bodyBallotsPath, newBallotPath } from './paths';
