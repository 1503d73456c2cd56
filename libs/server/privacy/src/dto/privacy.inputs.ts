import { Field, InputType } from '@nestjs/graphql';

@InputType('ErasureAtDeskInput', {
  description: 'Desk: a resident who is here asks to delete their account.',
})
export class ErasureAtDeskInput {
  @Field({ description: 'Why, in a few words (kept in the record of the erasure).' })
  reason: string;

  @Field({ description: 'The resident is here, in person.' })
  residentPresent: boolean;

  @Field({ description: 'The resident asked for it and agrees.' })
  residentAgrees: boolean;
}
