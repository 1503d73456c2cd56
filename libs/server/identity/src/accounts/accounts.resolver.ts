import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  CurrentViewer,
  Public,
  SignedIn,
  type GraphqlContext,
  type Viewer,
} from '@palier/server-core';
import { MeDto } from '../dto/account.dto';
import {
  ActivateAccountInput,
  ChangePasswordInput,
  LogInInput,
  ProfileInput,
  ResetPasswordInput,
  SignUpInput,
} from '../dto/identity.inputs';
import { AccountsService } from './accounts.service';
import { MeService } from './me.service';

@Resolver(() => MeDto)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly meService: MeService,
  ) {}

  @Public()
  @Query(() => MeDto, {
    nullable: true,
    description: 'The logged-in person, or null for a visitor.',
  })
  me(@CurrentViewer() viewer: Viewer | undefined): Promise<MeDto> | null {
    return viewer ? this.meService.me(viewer.accountId) : null;
  }

  @Public()
  @Mutation(() => MeDto, { description: 'Create an account with an email address, and log in.' })
  async signUp(
    @Args('input') input: SignUpInput,
    @Context() { req, res }: GraphqlContext,
  ): Promise<MeDto> {
    return this.meService.me(await this.accounts.signUp(input, req, res));
  }

  @Public()
  @Mutation(() => MeDto, {
    description: 'Log in with an email address or a login, and a password.',
  })
  async logIn(
    @Args('input') input: LogInInput,
    @Context() { req, res }: GraphqlContext,
  ): Promise<MeDto> {
    return this.meService.me(await this.accounts.logIn(input, req, res));
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Log out of this device.' })
  logOut(@CurrentViewer() viewer: Viewer, @Context() { res }: GraphqlContext): Promise<boolean> {
    return this.accounts.logOut(viewer, res);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Log out of every device.' })
  logOutEverywhere(
    @CurrentViewer() viewer: Viewer,
    @Context() { res }: GraphqlContext,
  ): Promise<boolean> {
    return this.accounts.logOutEverywhere(viewer, res);
  }

  @SignedIn()
  @Mutation(() => MeDto, { description: 'Change my display name and language.' })
  async updateProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ProfileInput,
  ): Promise<MeDto> {
    await this.accounts.updateProfile(viewer, input);
    return this.meService.me(viewer.accountId);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Change my password (my other devices are logged out).' })
  changePassword(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ChangePasswordInput,
  ): Promise<boolean> {
    return this.accounts.changePassword(viewer, input);
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Email a reset link if the address has an account (always answers true).',
  })
  requestPasswordReset(
    @Args('email') email: string,
    @Context() { req }: GraphqlContext,
  ): Promise<boolean> {
    return this.accounts.requestPasswordReset(email, req);
  }

  @Public()
  @Mutation(() => MeDto, {
    description: 'Choose a new password with the emailed link, and log in.',
  })
  async resetPassword(
    @Args('input') input: ResetPasswordInput,
    @Context() { req, res }: GraphqlContext,
  ): Promise<MeDto> {
    return this.meService.me(await this.accounts.resetPassword(input, req, res));
  }

  @Public()
  @Mutation(() => MeDto, {
    description: 'Activate an account made at the desk with its printed code, and log in.',
  })
  async activateAccount(
    @Args('input') input: ActivateAccountInput,
    @Context() { req, res }: GraphqlContext,
  ): Promise<MeDto> {
    return this.meService.me(await this.accounts.activate(input, req, res));
  }
}
