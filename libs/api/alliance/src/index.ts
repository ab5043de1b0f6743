export { AllianceModule } from './alliance.module';
export * from './entities';
export { MembershipRoleEnum } from './graphql-enums';
