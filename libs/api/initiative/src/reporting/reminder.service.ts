import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Mailer } from '@pakt/api-identity';
import { REPORTING_CYCLE_MONTHS, toLocalDate, type LocalDate } from '@pakt/domain';
import { DataSource } from 'typeorm';
import { INITIATIVE_SETTINGS, type InitiativeSettings, initiativePath } from '../initiative-settings';
import { reminderMail } from './reminder-mail';

/** Reminders of the reporting cycle go out this many days before a report is due (and any time after, until it comes); a round reminds at once. */
export const REMINDER_LEAD_DAYS = 7;

/** The reporting cycle in months, in SQL, from the one table in @pakt/domain. */
const CYCLE_MONTHS_SQL = `CASE i.reporting_cycle ${Object.entries(REPORTING_CYCLE_MONTHS)
  .map(([cycle, months]) => `WHEN '${cycle}' THEN ${months}`)
  .join(' ')} END`;

export interface ReminderRunResult {
  created: number;
  mailed: number;
}

interface ClaimedReminder {
  id: string;
  email: string;
  display_name: string;
  initiative_id: string;
  initiative_name: string;
  alliance_name: string;
  alliance_slug: string;
  due_on: string;
  round_title: string | null;
}

/**
 * Finds reports that are due — by each RUNNING initiative's reporting cycle, and by open reporting
 * rounds the initiative has not answered — and reminds the current representatives of its lead
 * organisation: a reminder in the app and a mail. The INSERT … ON CONFLICT DO NOTHING is the
 * claim: only the process whose insert created a reminder mails it, so concurrent runs (two api
 * processes, the timer and a new round) never send a mail twice. A mail that fails stays
 * unmailed (mailed_at null) and is logged; the reminder still shows in the app.
 */
@Injectable()
export class ReminderService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('InitiativeReminders');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    @Inject(INITIATIVE_SETTINGS) private readonly settings: InitiativeSettings,
  ) {}

  onApplicationBootstrap(): void {
    if (this.settings.reminderIntervalMinutes <= 0) return;
    this.timer = setInterval(() => {
      this.run().catch((error: unknown) => this.logger.error(`Reminder run failed: ${String(error)}`));
    }, this.settings.reminderIntervalMinutes * 60_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** One run, for every alliance or one; `today` (Berlin's by default) decides what is due. */
  async run(options: { allianceId?: string; today?: LocalDate } = {}): Promise<ReminderRunResult> {
    const today = options.today ?? toLocalDate(new Date());
    const claimed = await this.dataSource.query<Array<{ id: string }>>(
      `WITH due AS (
         SELECT i.id AS initiative_id, i.alliance_id, i.lead_organisation_id,
                (coalesce(i.last_report_on, i.start_on) + make_interval(months => ${CYCLE_MONTHS_SQL}))::date AS due_on, NULL::uuid AS round_id
           FROM initiative i
          WHERE i.status = 'RUNNING' AND ($2::uuid IS NULL OR i.alliance_id = $2::uuid)
         UNION ALL
         SELECT i.id, i.alliance_id, i.lead_organisation_id, r.due_on, r.id
           FROM reporting_round r
           JOIN reporting_round_initiative ri ON ri.round_id = r.id
           JOIN initiative i ON i.id = ri.initiative_id
          WHERE i.status = 'RUNNING' AND ($2::uuid IS NULL OR r.alliance_id = $2::uuid)
            AND NOT EXISTS (SELECT 1 FROM initiative_progress_report p WHERE p.initiative_id = i.id AND p.created_at >= r.opened_at)
       )
       INSERT INTO initiative_reminder (alliance_id, initiative_id, person_id, due_on, round_id)
       SELECT DISTINCT ON (d.initiative_id, m.person_id, d.due_on) d.alliance_id, d.initiative_id, m.person_id, d.due_on, d.round_id
         FROM due d
         JOIN membership m ON m.organisation_id = d.lead_organisation_id AND m.since <= $1::date AND (m.until IS NULL OR m.until >= $1::date)
         JOIN person p ON p.id = m.person_id AND p.account_id IS NOT NULL
        WHERE d.round_id IS NOT NULL OR d.due_on <= $1::date + $3::int
        ORDER BY d.initiative_id, m.person_id, d.due_on, d.round_id NULLS LAST
       ON CONFLICT ON CONSTRAINT "UQ_initiative_reminder_initiative_person_due" DO NOTHING
       RETURNING id`,
      [today, options.allianceId ?? null, REMINDER_LEAD_DAYS],
    );
    if (claimed.length === 0) return { created: 0, mailed: 0 };
    const reminders = await this.dataSource.query<ClaimedReminder[]>(
      `SELECT r.id, a.email, p.display_name, i.id AS initiative_id, i.name AS initiative_name, al.name AS alliance_name, al.slug AS alliance_slug,
              r.due_on::text AS due_on, rr.title AS round_title
         FROM initiative_reminder r
         JOIN person p ON p.id = r.person_id
         JOIN account a ON a.id = p.account_id
         JOIN initiative i ON i.id = r.initiative_id
         JOIN alliance al ON al.id = r.alliance_id
         LEFT JOIN reporting_round rr ON rr.id = r.round_id
        WHERE r.id = ANY($1::uuid[])
        ORDER BY r.due_on, i.name, a.email`,
      [claimed.map((row) => row.id)],
    );
    let mailed = 0;
    for (const reminder of reminders) {
      try {
        await this.mailer.send(
          reminderMail({
            to: reminder.email,
            displayName: reminder.display_name,
            allianceName: reminder.alliance_name,
            initiativeName: reminder.initiative_name,
            dueOn: reminder.due_on,
            roundTitle: reminder.round_title,
            link: `${this.settings.publicUrl}${initiativePath(reminder.alliance_slug, reminder.initiative_id)}`,
          }),
        );
        await this.dataSource.query(`UPDATE initiative_reminder SET mailed_at = now() WHERE id = $1`, [reminder.id]);
        mailed++;
      } catch (error) {
        this.logger.error(`Reminder ${reminder.id} could not be mailed: ${String(error)}`);
      }
    }
    return { created: claimed.length, mailed };
  }
}
