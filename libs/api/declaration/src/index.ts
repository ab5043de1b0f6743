export { DeclarationModule } from './declaration.module';
export * from './entities';
