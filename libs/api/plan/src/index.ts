export { PlanModule } from './plan.module';
export * from './entities';
export { PlanVersionStateEnum, SignOffRoleEnum } from './graphql-enums';
