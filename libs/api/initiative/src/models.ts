import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ActionField } from '@pakt/api-alliance';
import { Connection } from '@pakt/api-database';
import type { InitiativeStatus } from '@pakt/domain';
import { Initiative, InitiativeMilestone, InitiativeProgressReport } from './entities';
import { InitiativeStatusEnum } from './graphql-enums';

@ObjectType('InitiativeConnection')
export class InitiativeConnection extends Connection(Initiative, 'Initiative') {}

@ObjectType('InitiativeProgressReportConnection')
export class InitiativeProgressReportConnection extends Connection(InitiativeProgressReport, 'InitiativeProgressReport') {}

@ObjectType('InitiativeStatusCount')
export class InitiativeStatusCount {
  @Field(() => InitiativeStatusEnum) status!: InitiativeStatus;
  @Field(() => Int) count!: number;
}

@ObjectType('ProgressRollUp', { description: 'Mean progress: COMPLETED counts 100, CANCELLED not at all, an initiative without report 0' })
export class ProgressRollUpModel {
  @Field(() => Float, { nullable: true, description: 'Percent, one decimal; null when no initiative counts' }) percent!: number | null;
  @Field(() => Int, { description: 'How many initiatives count' }) counted!: number;
}

@ObjectType('ActionFieldInitiatives', { description: 'The initiatives of one action field by status, and their progress' })
export class ActionFieldInitiatives {
  @Field(() => ActionField) actionField!: ActionField;
  @Field(() => [InitiativeStatusCount], { description: 'Every status, in the order of the state machine, zeros included' }) byStatus!: InitiativeStatusCount[];
  @Field(() => Int) total!: number;
  @Field(() => ProgressRollUpModel) progress!: ProgressRollUpModel;
}

@ObjectType('InitiativeStatusPoint', { description: 'How many initiatives had each status at the end of a month' })
export class InitiativeStatusPoint {
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => [InitiativeStatusCount], { description: 'Every status, zeros included' }) byStatus!: InitiativeStatusCount[];
}

@ObjectType('OverdueMilestone')
export class OverdueMilestone {
  @Field(() => InitiativeMilestone) milestone!: InitiativeMilestone;
  @Field(() => Initiative) initiative!: Initiative;
  @Field(() => Int, { description: 'Days past its due date' }) daysOverdue!: number;
}

@ObjectType('StaleInitiative', { description: 'A running initiative without a progress report for more than 90 days' })
export class StaleInitiative {
  @Field(() => Initiative) initiative!: Initiative;
  @Field(() => Int, { description: 'Days since the last report, or since the start when there is none' }) daysWithoutReport!: number;
}

@ObjectType('InitiativeDashboard', { description: 'The secretariat’s overview of the (filtered) register' })
export class InitiativeDashboard {
  @Field(() => Int) total!: number;
  @Field(() => [InitiativeStatusCount], { description: 'Every status, zeros included' }) byStatus!: InitiativeStatusCount[];
  @Field(() => ProgressRollUpModel, { description: 'The alliance’s progress' }) progress!: ProgressRollUpModel;
  @Field(() => [ActionFieldInitiatives], { description: 'Every action field of the alliance, in its order' }) actionFields!: ActionFieldInitiatives[];
  @Field(() => Int) overdueMilestoneCount!: number;
  @Field(() => [OverdueMilestone], { description: 'Of open initiatives, longest overdue first; at most 100' }) overdueMilestones!: OverdueMilestone[];
  @Field(() => Int) staleCount!: number;
  @Field(() => [StaleInitiative], { description: 'Longest without report first; at most 100' }) stale!: StaleInitiative[];
  @Field(() => [InitiativeStatusPoint], { description: 'The last 12 months, oldest first' }) statusOverTime!: InitiativeStatusPoint[];
}

@ObjectType('InitiativeImportReport', { description: 'What an import read (dryRun) or saved' })
export class InitiativeImportReport {
  @Field(() => Int, { description: 'Rows of initiatives in the file' }) rowCount!: number;
  @Field(() => [String], { description: 'Their names, in file order' }) names!: string[];
  @Field({ description: 'False for a dry run' }) saved!: boolean;
}

