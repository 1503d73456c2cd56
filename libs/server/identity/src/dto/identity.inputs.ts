import { Field, InputType, Int } from '@nestjs/graphql';
import { GenderEnum, LocaleEnum } from '../identity.enums';

@InputType('SignUpInput')
export class SignUpInput {
  @Field()
  displayName: string;

  @Field()
  email: string;

  @Field()
  password: string;

  @Field(() => LocaleEnum, { defaultValue: LocaleEnum.fr })
  locale: LocaleEnum;

  @Field({ description: 'The person says they are 15 or older (French digital majority).' })
  over15: boolean;
}

@InputType('ChildAccountInput', {
  description: 'A parent opens an account for a child of their household.',
})
export class ChildAccountInput {
  @Field({ description: 'The password the child will use (the parent gives it to them).' })
  password: string;

  @Field({ description: 'The parent agrees, as the law asks for children under 15.' })
  parentalConsent: boolean;
}

@InputType('LogInInput')
export class LogInInput {
  @Field({ description: 'Email address, or the login printed at the desk.' })
  identifier: string;

  @Field()
  password: string;
}

@InputType('ProfileInput')
export class ProfileInput {
  @Field()
  displayName: string;

  @Field(() => LocaleEnum)
  locale: LocaleEnum;
}

@InputType('ChangePasswordInput')
export class ChangePasswordInput {
  @Field()
  currentPassword: string;

  @Field()
  newPassword: string;
}

@InputType('ResetPasswordInput')
export class ResetPasswordInput {
  @Field({ description: 'The token of the link received by email.' })
  token: string;

  @Field()
  newPassword: string;
}

@InputType('ActivateAccountInput')
export class ActivateAccountInput {
  @Field()
  login: string;

  @Field({ description: 'The one-time code printed at the desk.' })
  code: string;

  @Field()
  password: string;
}

@InputType('DocumentVersionsInput', {
  description: 'The versions of the texts the person read and accepts.',
})
export class DocumentVersionsInput {
  @Field(() => Int)
  charterVersion: number;

  @Field(() => Int)
  privacyNoticeVersion: number;
}

@InputType('DeskConsentInput', {
  description:
    'Ticked by the staff member: the resident is here, and agrees that staff act for them.',
})
export class DeskConsentInput {
  @Field()
  residentPresent: boolean;

  @Field()
  residentAgrees: boolean;
}

@InputType('DeskAccountInput')
export class DeskAccountInput {
  @Field()
  displayName: string;

  @Field(() => LocaleEnum, { defaultValue: LocaleEnum.fr })
  locale: LocaleEnum;

  @Field(() => String, { nullable: true })
  email?: string | null;
}

@InputType('HouseholdInput')
export class HouseholdInput {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  postalCode?: string | null;
}

@InputType('ChildInput')
export class ChildInput {
  @Field()
  firstName: string;

  @Field(() => Int)
  birthYear: number;

  @Field(() => GenderEnum, { nullable: true })
  gender?: GenderEnum | null;
}

@InputType('HouseholdMemberDetailsInput', {
  description: 'Optional details of a household member (both may be left empty for an adult).',
})
export class HouseholdMemberDetailsInput {
  @Field(() => Int, { nullable: true })
  birthYear?: number | null;

  @Field(() => GenderEnum, { nullable: true })
  gender?: GenderEnum | null;
}
