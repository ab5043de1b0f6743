import './declaration.css';

export { declarationMessages } from './messages';
export { declarationsPath, declarationPath } from './paths';
