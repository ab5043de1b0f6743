import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@pakt/api-database';
import { Person } from '../entities';

@ObjectType('PersonConnection', { description: 'People of an alliance by name, a page at a time' })
export class PersonConnection extends Connection(Person, 'Person') {}
