import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Indicator } from './entities';

@ObjectType({ description: 'What an import read (dryRun) or saved' })
export class IndicatorImportReport {
  @Field(() => Indicator, { description: 'As stored now: unchanged after a dry run' })
  indicator!: Indicator;

  @Field(() => Int, { description: 'Rows of values in the file' })
  rowCount!: number;

  @Field(() => [String], { description: "The file's series in the order of their first row" })
  series!: string[];

  @Field({ description: 'False for a dry run' })
  saved!: boolean;
}
