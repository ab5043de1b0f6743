import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ActorService, type Caller, RequirePermission, type RequestContext, ValidInput } from '@pakt/api-access';
import { Alliance } from '@pakt/api-alliance';
import { type IndicatorObservationValue, indicatorSeriesOf } from '@pakt/domain';
import { Indicator, IndicatorObservation } from './entities';
import { IndicatorEditingService } from './indicator-editing.service';
import { IndicatorImportReport } from './indicator.models';
import { IndicatorService } from './indicator.service';
import { CreateIndicatorInput, ImportIndicatorCsvInput, SetIndicatorObservationsInput, UpdateIndicatorInput } from './inputs';
import { IndicatorLoaderRegistry } from './loaders';

/**
 * An indicator as other features may hand it over: a plan version approved long ago shows the
 * values frozen then (`frozen`), not today's.
 */
type IndicatorParent = Indicator & { frozen?: { series: string[]; observations: IndicatorObservationValue[] } };

@Resolver(() => Indicator)
export class IndicatorResolver {
  constructor(
    private readonly indicators: IndicatorService,
    private readonly editing: IndicatorEditingService,
    private readonly loaders: IndicatorLoaderRegistry,
    private readonly actors: ActorService,
  ) {}

  @Query(() => Indicator, { nullable: true, description: 'Null when it does not exist or the caller may not read its alliance' })
  @RequirePermission('alliance.read')
  async indicator(@Args('id', { type: () => ID }) id: string, @Context() context: RequestContext): Promise<Indicator | null> {
    return this.indicators.find(id, await this.actors.of(context));
  }

  @ResolveField(() => [String], { description: 'Series names in the order of their position, e.g. Insgesamt, Berufliche Ausbildung, Akademisch' })
  async series(@Parent() indicator: IndicatorParent, @Context() context: object): Promise<string[]> {
    if (indicator.frozen) return indicator.frozen.series;
    return indicatorSeriesOf(await this.loaders.for(context).observations.load(indicator.id));
  }

  @ResolveField(() => [IndicatorObservation], { description: 'Ordered by series position, then period' })
  async observations(@Parent() indicator: IndicatorParent, @Context() context: object): Promise<IndicatorObservationValue[]> {
    if (indicator.frozen) return indicator.frozen.observations;
    return this.loaders.for(context).observations.load(indicator.id);
  }

  @ResolveField(() => Date)
  updatedAt(@Parent() indicator: Indicator): Date {
    return indicator.updatedAt;
  }

  @Mutation(() => Indicator)
  @RequirePermission('indicator.manage')
  async createIndicator(@Args('input', ValidInput) input: CreateIndicatorInput, @Context() context: RequestContext): Promise<Indicator> {
    return this.editing.create(input, await this.caller(context));
  }

  @Mutation(() => Indicator)
  @RequirePermission('indicator.manage')
  async updateIndicator(@Args('input', ValidInput) input: UpdateIndicatorInput, @Context() context: RequestContext): Promise<Indicator> {
    return this.editing.update(input, await this.caller(context));
  }

  @Mutation(() => Indicator, { description: 'Replaces all observations (hand entry)' })
  @RequirePermission('indicator.manage')
  async setIndicatorObservations(
    @Args('input', ValidInput) input: SetIndicatorObservationsInput,
    @Context() context: RequestContext,
  ): Promise<Indicator> {
    return this.editing.setObservations(input, await this.caller(context));
  }

  @Mutation(() => IndicatorImportReport, {
    description: "Reads a CSV file; unless dryRun, its values replace the indicator's observations. All or nothing.",
  })
  @RequirePermission('indicator.manage')
  async importIndicatorCsv(
    @Args('input', ValidInput) input: ImportIndicatorCsvInput,
    @Context() context: RequestContext,
  ): Promise<IndicatorImportReport> {
    return this.editing.importCsv(input, await this.caller(context));
  }

  private async caller(context: RequestContext): Promise<Caller> {
    return { actor: await this.actors.of(context), req: context.req };
  }
}

/** Alliance.indicators: whoever reads the alliance reads its indicators. */
@Resolver(() => Alliance)
export class AllianceIndicatorsResolver {
  constructor(private readonly loaders: IndicatorLoaderRegistry) {}

  @ResolveField(() => [Indicator], { description: 'Ordered by name' })
  indicators(@Parent() alliance: Alliance, @Context() context: object): Promise<Indicator[]> {
    return this.loaders.for(context).ofAlliance.load(alliance.id);
  }
}
