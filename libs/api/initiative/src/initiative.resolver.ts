import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ActorService, type Caller, RequirePermission, type RequestContext, ValidInput } from '@pakt/api-access';
import { ActionField, Organisation, Person, Region } from '@pakt/api-alliance';
import { DEFAULT_PAGE_SIZE, type Page } from '@pakt/api-database';
import { Indicator } from '@pakt/api-indicator';
import { PageArgs, Recommendation } from '@pakt/api-recommendation';
import {
  availableInitiativeStatuses,
  isMilestoneOverdue,
  isReportStale,
  mayEditInitiative,
  mayReportOnInitiative,
  nextReportDue,
  toLocalDate,
  type InitiativeStanding,
  type InitiativeStatus,
} from '@pakt/domain';
import { LocalDateResolver } from 'graphql-scalars';
import {
  Initiative,
  InitiativeIndicator,
  InitiativeIndicatorValue,
  InitiativeMilestone,
  InitiativeProgressReport,
  InitiativePublication,
  InitiativeReminder,
  InitiativeStatusChange,
  ReportingRound,
} from './entities';
import { InitiativeEditingService } from './initiative-editing.service';
import { InitiativeImportService } from './import-export/initiative-import.service';
import { InitiativeService } from './initiative.service';
import { InitiativeStatusEnum } from './graphql-enums';
import {
  AddInitiativeIndicatorInput,
  AddInitiativeMilestoneInput,
  ChangeInitiativeStatusInput,
  CreateInitiativeInput,
  FileProgressReportInput,
  ImportInitiativesInput,
  InitiativeDashboardArgs,
  InitiativesArgs,
  OpenReportingRoundInput,
  UpdateInitiativeIndicatorInput,
  UpdateInitiativeInput,
  UpdateInitiativeMilestoneInput,
} from './inputs';
import { InitiativeLoaderRegistry } from './loaders';
import { InitiativeConnection, InitiativeDashboard, InitiativeImportReport, InitiativeProgressReportConnection } from './models';
import { ReportingService } from './reporting/reporting.service';

// Thin: arguments and the caller in, service calls out. Which alliance the caller may act in, and
// whether they represent an initiative's organisations, the services decide once the object is
// loaded; relation fields go through the request's DataLoaders.

/** The row behind a relation field; the foreign key guarantees it, a miss means it was deleted during this request. */
function present<T>(row: T | null, what: string): T {
  if (row === null) throw new Error(`${what} is gone`);
  return row;
}

async function callerOf(actors: ActorService, context: RequestContext): Promise<Caller> {
  return { actor: await actors.of(context), req: context.req };
}

@Resolver(() => Initiative)
export class InitiativeResolver {
  constructor(
    private readonly reading: InitiativeService,
    private readonly editing: InitiativeEditingService,
    private readonly importing: InitiativeImportService,
    private readonly loaders: InitiativeLoaderRegistry,
    private readonly actors: ActorService,
  ) {}

  @Query(() => Initiative, { nullable: true, description: 'The initiative, or null when there is none or the caller may not read the register' })
  @RequirePermission('initiative.read')
  async initiative(@Args('id', { type: () => ID }) id: string, @Context() context: RequestContext): Promise<Initiative | null> {
    return this.reading.find(id, await this.actors.of(context));
  }

  @Query(() => InitiativeConnection, { description: 'The register, by name; filters combine' })
  @RequirePermission('initiative.read')
  async initiatives(@Args(ValidInput) args: InitiativesArgs, @Context() context: RequestContext): Promise<Page<Initiative>> {
    return this.reading.page(args, await this.actors.of(context));
  }

  @Query(() => InitiativeDashboard, { description: 'The secretariat’s overview of the (filtered) register' })
  @RequirePermission('initiative.manage')
  async initiativeDashboard(@Args(ValidInput) args: InitiativeDashboardArgs, @Context() context: RequestContext): Promise<InitiativeDashboard> {
    return this.reading.dashboard(args, await this.actors.of(context));
  }

  @Mutation(() => Initiative, { description: 'Enters an initiative into the register (secretariat)' })
  @RequirePermission('initiative.manage')
  async createInitiative(@Args('input', ValidInput) input: CreateInitiativeInput, @Context() context: RequestContext): Promise<Initiative> {
    return this.editing.create(input, await callerOf(this.actors, context));
  }

  @Mutation(() => Initiative, { description: 'Changes the content (secretariat, lead organisation’s representatives)' })
  @RequirePermission('initiative.contribute')
  async updateInitiative(@Args('input', ValidInput) input: UpdateInitiativeInput, @Context() context: RequestContext): Promise<Initiative> {
    return this.editing.update(input, await callerOf(this.actors, context));
  }

  @Mutation(() => Initiative, { description: 'A dated status change with a note (secretariat, lead organisation’s representatives)' })
  @RequirePermission('initiative.contribute')
  async changeInitiativeStatus(@Args('input', ValidInput) input: ChangeInitiativeStatusInput, @Context() context: RequestContext): Promise<Initiative> {
    return this.editing.changeStatus(input, await callerOf(this.actors, context));
  }

  @Mutation(() => InitiativeMilestone, { description: 'Adds a milestone (secretariat, lead organisation’s representatives)' })
  @RequirePermission('initiative.contribute')
  async addInitiativeMilestone(@Args('input', ValidInput) input: AddInitiativeMilestoneInput, @Context() context: RequestContext): Promise<InitiativeMilestone> {
    return this.editing.addMilestone(input, await callerOf(this.actors, context));
  }

  @Mutation(() => InitiativeMilestone, { description: 'Changes a milestone or marks it done (or open again)' })
  @RequirePermission('initiative.contribute')
  async updateInitiativeMilestone(
    @Args('input', ValidInput) input: UpdateInitiativeMilestoneInput,
    @Context() context: RequestContext,
  ): Promise<InitiativeMilestone> {
    return this.editing.updateMilestone(input, await callerOf(this.actors, context));
  }

  @Mutation(() => Initiative, { description: 'Removes a milestone; answers its initiative' })
  @RequirePermission('initiative.contribute')
  async removeInitiativeMilestone(@Args('id', { type: () => ID }) id: string, @Context() context: RequestContext): Promise<Initiative> {
    return this.editing.removeMilestone(id, await callerOf(this.actors, context));
  }

  @Mutation(() => InitiativeProgressReport, { description: 'Files a progress report (secretariat, representatives of the lead and partner organisations)' })
  @RequirePermission('initiative.contribute')
  async fileProgressReport(@Args('input', ValidInput) input: FileProgressReportInput, @Context() context: RequestContext): Promise<InitiativeProgressReport> {
    return this.editing.fileReport(input, await callerOf(this.actors, context));
  }

  @Mutation(() => InitiativeIndicator, { description: 'Adds an indicator with baseline and target' })
  @RequirePermission('initiative.contribute')
  async addInitiativeIndicator(@Args('input', ValidInput) input: AddInitiativeIndicatorInput, @Context() context: RequestContext): Promise<InitiativeIndicator> {
    return this.editing.addIndicator(input, await callerOf(this.actors, context));
  }

  @Mutation(() => InitiativeIndicator)
  @RequirePermission('initiative.contribute')
  async updateInitiativeIndicator(
    @Args('input', ValidInput) input: UpdateInitiativeIndicatorInput,
    @Context() context: RequestContext,
  ): Promise<InitiativeIndicator> {
    return this.editing.updateIndicator(input, await callerOf(this.actors, context));
  }

  @Mutation(() => InitiativeImportReport, { description: 'Imports a register file (CSV or XLSX): every row or none' })
  @RequirePermission('initiative.manage')
  async importInitiatives(@Args('input', ValidInput) input: ImportInitiativesInput, @Context() context: RequestContext): Promise<InitiativeImportReport> {
    return this.importing.import(input, await callerOf(this.actors, context));
  }

  @ResolveField(() => Organisation)
  async leadOrganisation(@Parent() initiative: Initiative, @Context() context: object): Promise<Organisation> {
    return present(await this.loaders.for(context).organisation.load(initiative.leadOrganisationId), `Lead of ${initiative.id}`);
  }

  @ResolveField(() => [Organisation], { description: 'By name' })
  async partnerOrganisations(@Parent() initiative: Initiative, @Context() context: object): Promise<Organisation[]> {
    const rows = await this.loaders.for(context).partners.load(initiative.id);
    return rows.flatMap((row) => row.organisation ?? []).sort((a, b) => a.name.localeCompare(b.name, 'de'));
  }

  @ResolveField(() => [ActionField], { description: 'In the alliance’s order' })
  async actionFields(@Parent() initiative: Initiative, @Context() context: object): Promise<ActionField[]> {
    const rows = await this.loaders.for(context).actionFields.load(initiative.id);
    return rows.flatMap((row) => row.actionField ?? []).sort((a, b) => a.position - b.position);
  }

  @ResolveField(() => [Region], { description: 'By name' })
  async regions(@Parent() initiative: Initiative, @Context() context: object): Promise<Region[]> {
    const rows = await this.loaders.for(context).regions.load(initiative.id);
    return rows.flatMap((row) => row.region ?? []).sort((a, b) => a.name.localeCompare(b.name, 'de'));
  }

  @ResolveField(() => [Recommendation], { description: 'The plan’s recommendations it implements, by title' })
  async recommendations(@Parent() initiative: Initiative, @Context() context: object): Promise<Recommendation[]> {
    const rows = await this.loaders.for(context).recommendations.load(initiative.id);
    return rows.flatMap((row) => row.recommendation ?? []).sort((a, b) => a.title.localeCompare(b.title, 'de'));
  }

  @ResolveField(() => [Indicator], {
    description: 'Traceability: the indicators its recommendations cite, by name (indicators → recommendations → initiative → progress)',
  })
  citedIndicators(@Parent() initiative: Initiative, @Context() context: object): Promise<Indicator[]> {
    return this.loaders.for(context).tracedIndicators.load(initiative.id);
  }

  @ResolveField(() => [InitiativeMilestone], { description: 'By due date' })
  milestones(@Parent() initiative: Initiative, @Context() context: object): Promise<InitiativeMilestone[]> {
    return this.loaders.for(context).milestones.load(initiative.id);
  }

  @ResolveField(() => Int, { description: 'Milestones not done whose due date has passed' })
  async overdueMilestoneCount(@Parent() initiative: Initiative, @Context() context: object): Promise<number> {
    const today = toLocalDate(new Date());
    return (await this.loaders.for(context).milestones.load(initiative.id)).filter((milestone) => isMilestoneOverdue(milestone, today)).length;
  }

  @ResolveField(() => [InitiativeIndicator], { description: 'In the order they were added' })
  indicators(@Parent() initiative: Initiative, @Context() context: object): Promise<InitiativeIndicator[]> {
    return this.loaders.for(context).indicators.load(initiative.id);
  }

  @ResolveField(() => InitiativeProgressReportConnection, { description: 'Newest first' })
  progressReports(
    @Parent() initiative: Initiative,
    @Args(ValidInput) args: PageArgs,
  ): Promise<Page<InitiativeProgressReport>> {
    return this.reading.reports(initiative, args.first ?? DEFAULT_PAGE_SIZE, args.after);
  }

  @ResolveField(() => [InitiativeStatusChange], { description: 'The timeline, oldest first; the first entry is its entry into the register' })
  statusHistory(@Parent() initiative: Initiative, @Context() context: object): Promise<InitiativeStatusChange[]> {
    return this.loaders.for(context).statusChanges.load(initiative.id);
  }

  @ResolveField(() => LocalDateResolver, { nullable: true, description: 'When the next report is due by the reporting cycle; null unless RUNNING' })
  nextReportDue(@Parent() initiative: Initiative): string | null {
    return nextReportDue(initiative, initiative.lastReportOn);
  }

  @ResolveField(() => Boolean, { description: 'RUNNING without a progress report for more than 90 days' })
  reportStale(@Parent() initiative: Initiative): boolean {
    return isReportStale(initiative, initiative.lastReportOn, toLocalDate(new Date()));
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may change content, status, milestones and indicators' })
  async viewerMayEdit(@Parent() initiative: Initiative, @Context() context: RequestContext): Promise<boolean> {
    const actor = await this.actors.of(context);
    return actor !== null && mayEditInitiative(actor.grants, initiative, await this.standing(initiative, context));
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may file a progress report' })
  async viewerMayReport(@Parent() initiative: Initiative, @Context() context: RequestContext): Promise<boolean> {
    const actor = await this.actors.of(context);
    return actor !== null && mayReportOnInitiative(actor.grants, initiative, await this.standing(initiative, context));
  }

  @ResolveField(() => [InitiativeStatusEnum], { description: 'The statuses the viewer may change it to now' })
  async viewerStatuses(@Parent() initiative: Initiative, @Context() context: RequestContext): Promise<InitiativeStatus[]> {
    const actor = await this.actors.of(context);
    return actor === null ? [] : availableInitiativeStatuses(actor.grants, initiative, await this.standing(initiative, context));
  }

  @ResolveField(() => Date)
  createdAt(@Parent() initiative: Initiative): Date {
    return initiative.createdAt;
  }

  @ResolveField(() => Date)
  updatedAt(@Parent() initiative: Initiative): Date {
    return initiative.updatedAt;
  }

  private async standing(initiative: Initiative, context: RequestContext): Promise<InitiativeStanding> {
    const actor = await this.actors.of(context);
    const loaders = this.loaders.for(context);
    const represented = actor === null ? null : await loaders.represented.load(`${actor.accountId}/${initiative.allianceId}`);
    if (represented === null || represented.organisationIds.length === 0) return { representsLead: false, representsPartner: false };
    const partners = await loaders.partners.load(initiative.id);
    return {
      representsLead: represented.organisationIds.includes(initiative.leadOrganisationId),
      representsPartner: partners.some((partner) => represented.organisationIds.includes(partner.organisationId)),
    };
  }
}

@Resolver(() => InitiativeMilestone)
export class InitiativeMilestoneResolver {
  @ResolveField(() => Boolean, { description: 'Not done and past its due date' })
  overdue(@Parent() milestone: InitiativeMilestone): boolean {
    return isMilestoneOverdue(milestone, toLocalDate(new Date()));
  }
}

@Resolver(() => InitiativeProgressReport)
export class InitiativeProgressReportResolver {
  constructor(private readonly loaders: InitiativeLoaderRegistry) {}

  @ResolveField(() => Person, { nullable: true, description: 'Null for reports that came with the demo data' })
  author(@Parent() report: InitiativeProgressReport, @Context() context: object): Promise<Person | null> {
    return report.authorPersonId === null ? Promise.resolve(null) : this.loaders.for(context).person.load(report.authorPersonId);
  }

  @ResolveField(() => [InitiativeIndicatorValue], { description: 'The indicator values it gave' })
  indicatorValues(@Parent() report: InitiativeProgressReport, @Context() context: object): Promise<InitiativeIndicatorValue[]> {
    return this.loaders.for(context).reportValues.load(report.id);
  }
}

@Resolver(() => InitiativeIndicator)
export class InitiativeIndicatorResolver {
  constructor(private readonly loaders: InitiativeLoaderRegistry) {}

  @ResolveField(() => [InitiativeIndicatorValue], { description: 'Measured values over time, oldest first' })
  values(@Parent() indicator: InitiativeIndicator, @Context() context: object): Promise<InitiativeIndicatorValue[]> {
    return this.loaders.for(context).indicatorValues.load(indicator.id);
  }
}

@Resolver(() => InitiativeIndicatorValue)
export class InitiativeIndicatorValueResolver {
  @ResolveField(() => ID)
  indicatorId(@Parent() value: InitiativeIndicatorValue): string {
    return value.indicatorId;
  }
}

@Resolver(() => InitiativeStatusChange)
export class InitiativeStatusChangeResolver {
  constructor(private readonly loaders: InitiativeLoaderRegistry) {}

  @ResolveField(() => Person, { nullable: true, description: 'Null for entries that came with the demo data' })
  actor(@Parent() change: InitiativeStatusChange, @Context() context: object): Promise<Person | null> {
    return change.actorPersonId === null ? Promise.resolve(null) : this.loaders.for(context).person.load(change.actorPersonId);
  }
}

@Resolver(() => ReportingRound)
export class ReportingRoundResolver {
  constructor(
    private readonly reporting: ReportingService,
    private readonly loaders: InitiativeLoaderRegistry,
    private readonly actors: ActorService,
  ) {}

  @Query(() => [ReportingRound], { description: 'The alliance’s reporting rounds, newest first (secretariat)' })
  @RequirePermission('initiative.manage')
  async reportingRounds(@Args('allianceId', { type: () => ID }) allianceId: string, @Context() context: RequestContext): Promise<ReportingRound[]> {
    return this.reporting.rounds(allianceId, await this.actors.of(context));
  }

  @Mutation(() => ReportingRound, { description: 'Asks every RUNNING initiative for a report by a date; their lead organisations are reminded' })
  @RequirePermission('initiative.manage')
  async openReportingRound(@Args('input', ValidInput) input: OpenReportingRoundInput, @Context() context: RequestContext): Promise<ReportingRound> {
    return this.reporting.openRound(input, await callerOf(this.actors, context));
  }

  @ResolveField(() => Person)
  async openedBy(@Parent() round: ReportingRound, @Context() context: object): Promise<Person> {
    return present(await this.loaders.for(context).person.load(round.openedByPersonId), `Opener of round ${round.id}`);
  }

  @ResolveField(() => Int, { description: 'How many initiatives it asks' })
  async askedCount(@Parent() round: ReportingRound): Promise<number> {
    return (await this.reporting.roundStanding(round)).asked;
  }

  @ResolveField(() => [Initiative], { description: 'Who has not reported since the round opened, by name' })
  async missing(@Parent() round: ReportingRound): Promise<Initiative[]> {
    return (await this.reporting.roundStanding(round)).missing;
  }
}

@Resolver(() => InitiativeReminder)
export class InitiativeReminderResolver {
  constructor(
    private readonly reporting: ReportingService,
    private readonly loaders: InitiativeLoaderRegistry,
    private readonly actors: ActorService,
  ) {}

  @Query(() => [InitiativeReminder], { description: 'The viewer’s open reminders: reports due for initiatives their organisation leads' })
  @RequirePermission('initiative.contribute')
  async initiativeReminders(@Args('allianceId', { type: () => ID }) allianceId: string, @Context() context: RequestContext): Promise<InitiativeReminder[]> {
    return this.reporting.reminders(allianceId, await this.actors.of(context));
  }

  @Mutation(() => InitiativeReminder, { description: 'Hides one of the viewer’s reminders' })
  @RequirePermission('initiative.contribute')
  async dismissInitiativeReminder(@Args('id', { type: () => ID }) id: string, @Context() context: RequestContext): Promise<InitiativeReminder> {
    return this.reporting.dismiss(id, await callerOf(this.actors, context));
  }

  @ResolveField(() => Initiative)
  async initiative(@Parent() reminder: InitiativeReminder, @Context() context: object): Promise<Initiative> {
    return present(await this.loaders.for(context).initiative.load(reminder.initiativeId), `Initiative of reminder ${reminder.id}`);
  }

  @ResolveField(() => String, { nullable: true, description: 'The title of the reporting round that asked; null when the reporting cycle did' })
  async roundTitle(@Parent() reminder: InitiativeReminder): Promise<string | null> {
    return reminder.roundId === null ? null : this.reporting.roundTitle(reminder.roundId);
  }
}

@Resolver(() => InitiativePublication)
export class InitiativePublicationResolver {
  constructor(
    private readonly reporting: ReportingService,
    private readonly loaders: InitiativeLoaderRegistry,
    private readonly actors: ActorService,
  ) {}

  @Query(() => InitiativePublication, { nullable: true, description: 'The list of initiatives the secretariat published last; null before the first' })
  @RequirePermission('alliance.read')
  async initiativePublication(
    @Args('allianceId', { type: () => ID }) allianceId: string,
    @Context() context: RequestContext,
  ): Promise<InitiativePublication | null> {
    return this.reporting.publication(allianceId, await this.actors.of(context));
  }

  @Mutation(() => InitiativePublication, { description: 'Publishes the register’s current list and status for partners and observers (secretariat)' })
  @RequirePermission('initiative.manage')
  async publishInitiatives(@Args('allianceId', { type: () => ID }) allianceId: string, @Context() context: RequestContext): Promise<InitiativePublication> {
    return this.reporting.publish(allianceId, await callerOf(this.actors, context));
  }

  @ResolveField(() => Person)
  async publishedBy(@Parent() publication: InitiativePublication, @Context() context: object): Promise<Person> {
    return present(await this.loaders.for(context).person.load(publication.publishedByPersonId), `Publisher of ${publication.id}`);
  }
}
