export { AllianceModule } from './alliance.module';
export * from './entities';
