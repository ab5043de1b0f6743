import { ActionField, Organisation, Region } from '@pakt/api-alliance';
import { Recommendation } from '@pakt/api-recommendation';
import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Initiative } from './initiative.entity';

// The sets an initiative keeps besides its own columns. Each row goes with its initiative; what it
// names (organisations, action fields, regions, recommendations) is not deleted while named here.

/** A partner organisation of a joint initiative. */
@Entity({ name: 'initiative_partner' })
@Index('IDX_initiative_partner_organisation_id', ['organisationId'])
export class InitiativePartner {
  @PrimaryColumn({ name: 'initiative_id', type: 'uuid', primaryKeyConstraintName: 'PK_initiative_partner' })
  initiativeId!: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid', primaryKeyConstraintName: 'PK_initiative_partner' })
  organisationId!: string;

  @ManyToOne(() => Initiative, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'FK_initiative_partner_initiative' })
  initiative?: Relation<Initiative>;

  @ManyToOne(() => Organisation)
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_initiative_partner_organisation' })
  organisation?: Relation<Organisation>;
}

/** An action field the initiative works in. */
@Entity({ name: 'initiative_action_field' })
@Index('IDX_initiative_action_field_action_field_id', ['actionFieldId'])
export class InitiativeActionField {
  @PrimaryColumn({ name: 'initiative_id', type: 'uuid', primaryKeyConstraintName: 'PK_initiative_action_field' })
  initiativeId!: string;

  @PrimaryColumn({ name: 'action_field_id', type: 'uuid', primaryKeyConstraintName: 'PK_initiative_action_field' })
  actionFieldId!: string;

  @ManyToOne(() => Initiative, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'FK_initiative_action_field_initiative' })
  initiative?: Relation<Initiative>;

  @ManyToOne(() => ActionField)
  @JoinColumn({ name: 'action_field_id', foreignKeyConstraintName: 'FK_initiative_action_field_action_field' })
  actionField?: Relation<ActionField>;
}

/** A region the initiative serves. */
@Entity({ name: 'initiative_region' })
@Index('IDX_initiative_region_region_id', ['regionId'])
export class InitiativeRegion {
  @PrimaryColumn({ name: 'initiative_id', type: 'uuid', primaryKeyConstraintName: 'PK_initiative_region' })
  initiativeId!: string;

  @PrimaryColumn({ name: 'region_id', type: 'uuid', primaryKeyConstraintName: 'PK_initiative_region' })
  regionId!: string;

  @ManyToOne(() => Initiative, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'FK_initiative_region_initiative' })
  initiative?: Relation<Initiative>;

  @ManyToOne(() => Region)
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'FK_initiative_region_region' })
  region?: Relation<Region>;
}

/** A recommendation of the plan the initiative implements. */
@Entity({ name: 'initiative_recommendation' })
@Index('IDX_initiative_recommendation_recommendation_id', ['recommendationId'])
export class InitiativeRecommendation {
  @PrimaryColumn({ name: 'initiative_id', type: 'uuid', primaryKeyConstraintName: 'PK_initiative_recommendation' })
  initiativeId!: string;

  @PrimaryColumn({ name: 'recommendation_id', type: 'uuid', primaryKeyConstraintName: 'PK_initiative_recommendation' })
  recommendationId!: string;

  @ManyToOne(() => Initiative, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'FK_initiative_recommendation_initiative' })
  initiative?: Relation<Initiative>;

  @ManyToOne(() => Recommendation)
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_initiative_recommendation_recommendation' })
  recommendation?: Relation<Recommendation>;
}
