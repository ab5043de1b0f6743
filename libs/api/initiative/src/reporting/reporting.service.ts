import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessPolicy, type Actor, BadUserInputError, type Caller, findOr404, NotFoundError } from '@pakt/api-access';
import { actingPerson, Person } from '@pakt/api-alliance';
import { auditActorOf, AuditService } from '@pakt/api-audit';
import { toLocalDate } from '@pakt/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Initiative, InitiativePublication, InitiativeReminder, ReportingRound } from '../entities';
import { initiativeSummaries } from '../import-export/register-entries';
import type { OpenReportingRoundInput } from '../inputs';
import { ReminderService } from './reminder.service';

/** How many initiatives a round asks, and which of them have not reported since it opened. */
export interface RoundStanding {
  asked: number;
  missing: Initiative[];
}

/**
 * Reporting rounds (the secretariat asks every running initiative for a report by a date, and sees
 * who has not reported), the reminders of the viewer, and the published list of initiatives.
 */
@Injectable()
export class ReportingService {
  private readonly standings = new WeakMap<ReportingRound, Promise<RoundStanding>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly reminderJob: ReminderService,
    private readonly audit: AuditService,
  ) {}

  async rounds(allianceId: string, actor: Actor | null): Promise<ReportingRound[]> {
    this.policy.assertMay(actor, 'initiative.manage', { allianceId });
    return this.dataSource.manager.find(ReportingRound, { where: { allianceId }, order: { openedAt: 'DESC', id: 'ASC' } });
  }

  /** Opens the round, then reminds the lead organisations of the initiatives it asks (after the round is committed). */
  async openRound(input: OpenReportingRoundInput, caller: Caller): Promise<ReportingRound> {
    const round = await this.dataSource.transaction(async (manager) => {
      this.policy.assertMay(caller.actor, 'initiative.manage', { allianceId: input.allianceId });
      if (input.dueOn < toLocalDate(new Date())) throw new BadUserInputError('Please check your input.', { dueOn: 'The due date cannot be in the past.' });
      const person = await actingPerson(manager, caller.actor, input.allianceId);
      const opened = await manager.save(manager.create(ReportingRound, { allianceId: input.allianceId, title: input.title.trim(), dueOn: input.dueOn, openedByPersonId: person.id }));
      const asked = await manager.query<Array<{ initiative_id: string }>>(
        `INSERT INTO reporting_round_initiative (round_id, initiative_id)
         SELECT $1, i.id FROM initiative i WHERE i.alliance_id = $2 AND i.status = 'RUNNING'
         RETURNING initiative_id`,
        [opened.id, input.allianceId],
      );
      await this.audit.record(
        {
          ...auditActorOf(caller.req),
          action: 'initiative.roundOpened',
          allianceId: input.allianceId,
          objectType: 'ReportingRound',
          objectId: opened.id,
          details: { title: opened.title, dueOn: opened.dueOn, asked: asked.length },
        },
        manager,
      );
      return opened;
    });
    await this.reminderJob.run({ allianceId: input.allianceId });
    return round;
  }

  /** Asked and missing of a round, once per round object (both fields of a round share it). */
  roundStanding(round: ReportingRound): Promise<RoundStanding> {
    let standing = this.standings.get(round);
    if (!standing) {
      standing = this.loadStanding(round);
      this.standings.set(round, standing);
    }
    return standing;
  }

  private async loadStanding(round: ReportingRound): Promise<RoundStanding> {
    const [count] = await this.dataSource.query<Array<{ asked: number }>>(`SELECT count(*)::int AS asked FROM reporting_round_initiative WHERE round_id = $1`, [
      round.id,
    ]);
    const missing = await this.dataSource
      .getRepository(Initiative)
      .createQueryBuilder('i')
      .innerJoin('reporting_round_initiative', 'ri', 'ri.initiative_id = i.id AND ri.round_id = :roundId', { roundId: round.id })
      .where('NOT EXISTS (SELECT 1 FROM initiative_progress_report p WHERE p.initiative_id = i.id AND p.created_at >= :openedAt)', { openedAt: round.openedAt })
      .orderBy('i.name', 'ASC')
      .getMany();
    return { asked: count?.asked ?? 0, missing };
  }

  async roundTitle(roundId: string): Promise<string | null> {
    return (await this.dataSource.manager.findOneBy(ReportingRound, { id: roundId }))?.title ?? null;
  }

  /** The viewer's reminders not yet answered or dismissed, for initiatives still running; soonest due first. */
  async reminders(allianceId: string, actor: Actor | null): Promise<InitiativeReminder[]> {
    this.policy.assertMay(actor, 'initiative.contribute', { allianceId });
    const person = await this.dataSource.manager.findOneBy(Person, { accountId: actor.accountId, allianceId });
    if (!person) return [];
    return this.dataSource
      .getRepository(InitiativeReminder)
      .createQueryBuilder('r')
      .innerJoin(Initiative, 'i', "i.id = r.initiative_id AND i.status = 'RUNNING'")
      .where('r.person_id = :personId AND r.dismissed_at IS NULL', { personId: person.id })
      .orderBy('r.due_on', 'ASC')
      .addOrderBy('i.name', 'ASC')
      .getMany();
  }

  /** Hides one of the caller's reminders; someone else's is NOT_FOUND. */
  dismiss(id: string, caller: Caller): Promise<InitiativeReminder> {
    return this.dataSource.transaction(async (manager) => {
      const reminder = await findOr404(manager, InitiativeReminder, id);
      this.policy.assertMay(caller.actor, 'initiative.contribute', { allianceId: reminder.allianceId });
      const person = await actingPerson(manager, caller.actor, reminder.allianceId);
      if (reminder.personId !== person.id) throw new NotFoundError();
      if (reminder.dismissedAt === null) await manager.update(InitiativeReminder, { id }, { dismissedAt: () => 'now()' });
      return manager.findOneByOrFail(InitiativeReminder, { id });
    });
  }

  /** The latest published list, for everyone in the alliance. */
  async publication(allianceId: string, actor: Actor | null): Promise<InitiativePublication | null> {
    this.policy.assertMay(actor, 'alliance.read', { allianceId });
    return this.dataSource.manager.findOne(InitiativePublication, { where: { allianceId }, order: { publishedAt: 'DESC', id: 'DESC' } });
  }

  /** Freezes the register's list and status as it is now into a new publication. */
  publish(allianceId: string, caller: Caller): Promise<InitiativePublication> {
    return this.dataSource.transaction(async (manager) => {
      this.policy.assertMay(caller.actor, 'initiative.manage', { allianceId });
      const person = await actingPerson(manager, caller.actor, allianceId);
      const entries = await publishedEntries(manager, allianceId);
      const publication = await manager.save(manager.create(InitiativePublication, { allianceId, publishedByPersonId: person.id, entries }));
      await this.audit.record(
        {
          ...auditActorOf(caller.req),
          action: 'initiative.published',
          allianceId,
          objectType: 'InitiativePublication',
          objectId: publication.id,
          details: { count: entries.length },
        },
        manager,
      );
      return publication;
    });
  }
}

async function publishedEntries(manager: EntityManager, allianceId: string): Promise<InitiativePublication['entries']> {
  return initiativeSummaries(manager, await manager.find(Initiative, { where: { allianceId }, order: { name: 'ASC', id: 'ASC' } }));
}
