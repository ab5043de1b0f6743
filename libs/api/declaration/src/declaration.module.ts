import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SignedInSessionGuard } from '@pakt/api-access';
import { DecisionsModule } from '@pakt/api-decisions';
import { AmendmentService } from './amendment.service';
import { DeclarationAccess } from './declaration-access';
import { DeclarationBallots } from './declaration-ballots.service';
import { AmendmentCommentResolver, AmendmentResolver, DeclarationResolver, EndorsementResolver } from './declaration.resolver';
import { DeclarationService } from './declaration.service';
import { EndorsementService } from './endorsement.service';
import { declarationEntities } from './entities';
import { DeclarationExportController } from './export/declaration-export.controller';
import { DeclarationExportService } from './export/declaration-export.service';
import { DeclarationLoaderRegistry } from './loaders';

/** Joint declarations: drafting, amendments with word diffs, merging, adoption by the final ballot, endorsements, exports. */
@Module({
  imports: [TypeOrmModule.forFeature(declarationEntities), DecisionsModule],
  controllers: [DeclarationExportController],
  providers: [
    DeclarationAccess,
    DeclarationService,
    AmendmentService,
    EndorsementService,
    DeclarationBallots,
    DeclarationExportService,
    DeclarationLoaderRegistry,
    SignedInSessionGuard,
    DeclarationResolver,
    AmendmentResolver,
    AmendmentCommentResolver,
    EndorsementResolver,
  ],
})
export class DeclarationModule {}
