export { DeclarationModule } from './declaration.module';
export * from './entities';
export { EndorsementService } from './endorsement.service';
