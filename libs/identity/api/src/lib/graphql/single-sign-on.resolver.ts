import { Inject, Optional } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { LOCAL_PASSWORD_POLICY_STREAM_ID, MAPPABLE_ROLES, ROLE_MAPPING_STREAM_ID } from '@ledger/identity-domain';
import { Actor, CurrentActor, Public, Roles, commandMetadataFor, logSecurityEvent } from '@ledger/shared-api';
import { SignInSettings } from '../read/sign-in-settings';
import { OIDC_SETTINGS, OidcSettings } from '../sso/oidc-settings';
import { OidcRelyingParty } from '../sso/oidc-relying-party';
import { SignInHandoff } from '../sso/sign-in-handoff';
import { LocalPasswordPolicyCommandMessage, RoleMappingCommandMessage, UserCommandMessage } from '../write/messages';
import { AuthPayloadType } from './identity.types';
import {
  CompleteSingleSignOnArgs,
  RemoveRoleMappingEntryArgs,
  SetLocalPasswordPolicyArgs,
  SetRoleMappingEntryArgs,
  SignInSettingsType,
  SignOutResultType,
  SingleSignOnType,
} from './single-sign-on.types';
import { USER_ADMINS } from './roles';

/** Single sign-on (ADR 0033): what the sign-in page offers, the hand-off, signing out, and the administrators' settings. */
@Resolver()
export class SingleSignOnResolver {
  constructor(
    private readonly settings: SignInSettings,
    private readonly commands: CommandBus,
    private readonly handoff: SignInHandoff,
    @Optional() @Inject(OIDC_SETTINGS) private readonly oidc?: OidcSettings | null,
    @Optional() @Inject(OidcRelyingParty) private readonly relyingParty?: OidcRelyingParty,
  ) {}

  @Public()
  @Query(() => SingleSignOnType, { description: 'Whether the sign-in page offers single sign-on, and the provider’s name for its button' })
  singleSignOn(): SingleSignOnType {
    return { enabled: !!this.oidc, providerName: this.oidc?.providerName ?? null, loginPath: this.oidc ? '/api/auth/oidc/login' : null };
  }

  @Public()
  @Mutation(() => AuthPayloadType, {
    description: 'Exchanges the one-time code a single sign-on hands the admin UI (in the /login/sso fragment) for a session; a code works once, for 60 seconds',
  })
  completeSingleSignOn(@Args() { handoff }: CompleteSingleSignOnArgs): Promise<AuthPayloadType> {
    return this.handoff.redeem(handoff, new Date());
  }

  @Mutation(() => SignOutResultType, {
    description: 'Ends every session of the signed-in account at once (the token stops working); with single sign-on, also says where to sign out at the provider',
  })
  async signOut(@CurrentActor() actor: Actor): Promise<SignOutResultType> {
    await this.commands.execute(new UserCommandMessage(actor.userId, { type: 'SignOut', userId: actor.userId }, commandMetadataFor(actor)));
    logSecurityEvent({ event: 'signed-out', account: actor.userId });
    return { signedOut: true, providerSignOutUrl: (await this.relyingParty?.endSessionUrl()) ?? null };
  }

  @Roles(...USER_ADMINS)
  @Query(() => SignInSettingsType, { description: 'Single sign-on, the role mapping and the local-password policy (administrators)' })
  signInSettings(): Promise<SignInSettingsType> {
    return this.current();
  }

  @Roles(...USER_ADMINS)
  @Mutation(() => SignInSettingsType, { description: 'Sets the roles a provider group gives at each sign-in through the provider (never ADMIN)' })
  async setRoleMappingEntry(@CurrentActor() actor: Actor, @Args() { group, roles, expectedRevision }: SetRoleMappingEntryArgs): Promise<SignInSettingsType> {
    await this.commands.execute(new RoleMappingCommandMessage(ROLE_MAPPING_STREAM_ID, { type: 'SetRoleMappingEntry', group, roles }, commandMetadataFor(actor), expectedRevision));
    logSecurityEvent({ event: 'role-mapping-changed', group, roles, actor: actor.userId });
    return this.current();
  }

  @Roles(...USER_ADMINS)
  @Mutation(() => SignInSettingsType, { description: 'Removes a provider group from the role mapping' })
  async removeRoleMappingEntry(@CurrentActor() actor: Actor, @Args() { group, expectedRevision }: RemoveRoleMappingEntryArgs): Promise<SignInSettingsType> {
    await this.commands.execute(new RoleMappingCommandMessage(ROLE_MAPPING_STREAM_ID, { type: 'RemoveRoleMappingEntry', group }, commandMetadataFor(actor), expectedRevision));
    logSecurityEvent({ event: 'role-mapping-changed', group, roles: [], actor: actor.userId });
    return this.current();
  }

  @Roles(...USER_ADMINS)
  @Mutation(() => SignInSettingsType, { description: 'Keeps password sign-in for administrators only (break-glass), or gives it back to everyone' })
  async setLocalPasswordPolicy(@CurrentActor() actor: Actor, @Args() { administratorsOnly }: SetLocalPasswordPolicyArgs): Promise<SignInSettingsType> {
    await this.commands.execute(
      new LocalPasswordPolicyCommandMessage(LOCAL_PASSWORD_POLICY_STREAM_ID, { type: 'SetLocalPasswordPolicy', administratorsOnly }, commandMetadataFor(actor)),
    );
    logSecurityEvent({ event: 'local-password-policy-changed', administratorsOnly, actor: actor.userId });
    return this.current();
  }

  private async current(): Promise<SignInSettingsType> {
    const [mapping, policy] = await Promise.all([this.settings.roleMapping(), this.settings.localPasswordPolicy()]);
    return {
      providerConfigured: !!this.oidc,
      providerName: this.oidc?.providerName ?? null,
      roleClaim: this.oidc?.roleClaim ?? null,
      roleMapping: Object.entries(mapping.state.entries)
        .map(([group, roles]) => ({ group, roles }))
        .sort((a, b) => a.group.localeCompare(b.group)),
      roleMappingRevision: mapping.revision,
      localPasswordsAdministratorsOnly: policy.administratorsOnly,
      mappableRoles: [...MAPPABLE_ROLES],
    };
  }
}
