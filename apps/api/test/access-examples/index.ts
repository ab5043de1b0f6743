import { administrationExamples } from './administration';
import { allianceExamples } from './alliance';
import { auditExamples } from './audit';
import { decisionsExamples } from './decisions';
import { declarationExamples } from './declaration';
import type { Examples } from './example';
import { identityExamples } from './identity';
import { indicatorExamples } from './indicator';
import { initiativeExamples } from './initiative';
import { planExamples } from './plan';
import { recommendationExamples } from './recommendation';
import { searchExamples } from './search';

export type { Example } from './example';

/**
 * One invocation of every Query, Mutation and Subscription, keyed as "Query.name", one file per feature. A new
 * operation fails the access matrix until it has an example; one that touches an alliance's
 * object names Hessen's.
 */
export const EXAMPLES: Examples = { ...allianceExamples, ...administrationExamples, ...identityExamples, ...auditExamples, ...searchExamples, ...planExamples, ...indicatorExamples, ...recommendationExamples, ...decisionsExamples, ...declarationExamples, ...initiativeExamples };
