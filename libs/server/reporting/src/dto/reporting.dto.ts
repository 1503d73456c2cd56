import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ReportRowStateEnum {
  shown = 'shown',
  small = 'small',
  masked = 'masked',
}
registerEnumType(ReportRowStateEnum, {
  name: 'ReportRowState',
  description:
    'shown; small: fewer than 5 people, written "< 5"; masked: hidden so that a small row cannot be worked out from the total.',
});

@ObjectType('ReportColumn')
export class ReportColumnDto {
  @Field({ description: 'Stable key (participants, attendances, appointments…).' })
  key: string;

  @Field({ description: 'French heading (as in the exports).' })
  label: string;
}

@ObjectType('ReportRow')
export class ReportRowDto {
  @Field({ description: 'Stable key: a month (YYYY-MM), an age band, an id, a postal code…' })
  key: string;

  @Field({ description: 'French label (as in the exports).' })
  label: string;

  @Field(() => ReportRowStateEnum)
  state: ReportRowStateEnum;

  @Field(() => [Float], {
    nullable: 'items',
    description: 'One value a column; null when the row is hidden or a rate has no base.',
  })
  values: (number | null)[];
}

@ObjectType('ReportTable')
export class ReportTableDto {
  @Field()
  key: string;

  @Field()
  title: string;

  @Field({ description: 'Heading of the rows’ column (and sheet name in the ODS file).' })
  heading: string;

  @Field(() => [ReportColumnDto])
  columns: ReportColumnDto[];

  @Field(() => Int, { description: 'The column the chart draws.' })
  chartColumn: number;

  @Field(() => [ReportRowDto])
  rows: ReportRowDto[];

  @Field(() => ReportRowDto, { nullable: true })
  total: ReportRowDto | null;
}

@ObjectType('ReportingDashboard', {
  description: 'The staff’s figures of a period, with the small-cells rule applied.',
})
export class ReportingDashboardDto {
  @Field({ description: 'First day, YYYY-MM-DD in the community’s zone.' })
  from: string;

  @Field({ description: 'Last day (included).' })
  to: string;

  @Field()
  timeZone: string;

  @Field(() => Int, { description: 'Rows of fewer people than this are hidden.' })
  smallGroup: number;

  @Field(() => [ReportTableDto])
  tables: ReportTableDto[];
}
