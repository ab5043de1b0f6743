import { Person } from '@pakt/api-alliance';
import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Declaration } from './declaration.entity';

/** A member the chair named to the drafting team; the secretariat drafts by its role. */
@Entity({ name: 'declaration_drafter' })
@Index('IDX_declaration_drafter_person_id', ['personId'])
export class DeclarationDrafter {
  @PrimaryColumn({ name: 'declaration_id', type: 'uuid', primaryKeyConstraintName: 'PK_declaration_drafter' })
  declarationId!: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid', primaryKeyConstraintName: 'PK_declaration_drafter' })
  personId!: string;

  @ManyToOne(() => Declaration, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'declaration_id', foreignKeyConstraintName: 'FK_declaration_drafter_declaration' })
  declaration?: Relation<Declaration>;

  @ManyToOne(() => Person)
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_declaration_drafter_person' })
  person?: Relation<Person>;
}
