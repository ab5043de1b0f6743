import { AmendmentComment, AmendmentSupport } from './amendment-discussion.entity';
import { Amendment } from './amendment.entity';
import { DeclarationDrafter } from './declaration-drafter.entity';
import { DeclarationRevision } from './declaration-revision.entity';
import { Declaration, type FinalVoteRecord } from './declaration.entity';
import { Endorsement } from './endorsement.entity';

export { Amendment, AmendmentComment, AmendmentSupport, Declaration, DeclarationDrafter, DeclarationRevision, Endorsement, type FinalVoteRecord };

/** Every table of declarations, for TypeOrmModule.forFeature. */
export const declarationEntities = [Declaration, DeclarationRevision, DeclarationDrafter, Amendment, AmendmentSupport, AmendmentComment, Endorsement];
