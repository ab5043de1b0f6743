import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, AccessPolicy, BadUserInputError, NotFoundError } from '@pakt/api-access';
import { decodeCursor, type Page, pageOf } from '@pakt/api-database';
import { DataSource } from 'typeorm';
import { Alliance, Person } from '../entities';
import type { PeopleArgs } from './inputs';

/** The people of an alliance for its secretariat: by name, searchable by name and e-mail, a page at a time. */
@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async page(args: PeopleArgs, actor: Actor | null): Promise<Page<Person>> {
    if (!(await this.dataSource.manager.existsBy(Alliance, { id: args.allianceId }))) throw new NotFoundError();
    this.policy.assertMay(actor, 'alliance.administer', { allianceId: args.allianceId });
    const after = args.after ? decodeCursor(args.after, 2) : null;
    if (args.after && after === null) throw new BadUserInputError('Please check your input.', { after: 'This is not a cursor of this list.' });

    const matching = this.dataSource
      .createQueryBuilder(Person, 'person')
      .leftJoin('account', 'account', 'account.id = person.account_id')
      .where('person.alliance_id = :allianceId', { allianceId: args.allianceId });
    const search = args.search?.trim();
    if (search) {
      matching.andWhere('(person.display_name ILIKE :pattern OR account.email ILIKE :pattern)', { pattern: `%${escapeLike(search)}%` });
    }
    const totalCount = await matching.clone().getCount();
    if (after) matching.andWhere('(person.display_name, person.id) > (:name, CAST(:id AS uuid))', { name: after[0], id: after[1] });
    const rows = await matching
      .orderBy('person.display_name', 'ASC')
      .addOrderBy('person.id', 'ASC')
      .limit(args.first + 1)
      .getMany();
    return pageOf(rows, args.first, totalCount, (person) => [person.displayName, person.id]);
  }
}

/** A search text matches itself: % and _ are no wildcards for the person typing them. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
