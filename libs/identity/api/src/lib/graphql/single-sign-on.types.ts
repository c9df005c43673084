import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { ROLES, Role } from '@ledger/shared-domain';
import { RoleEnum } from '@ledger/shared-api';

@ObjectType('SingleSignOn', { description: 'What the sign-in page needs to offer single sign-on (ADR 0033); public' })
export class SingleSignOnType {
  @Field({ description: 'True when an OpenID provider is configured (OIDC_ISSUER)' }) enabled!: boolean;
  @Field(() => String, { nullable: true, description: 'The provider’s name for the button "Sign in with …"; null when single sign-on is off' })
  providerName!: string | null;
  @Field(() => String, { nullable: true, description: 'Where the browser starts the sign-in (GET); null when single sign-on is off' })
  loginPath!: string | null;
}

@ObjectType('RoleMappingEntry', { description: 'A provider group (or app role) and the ledger roles it gives' })
export class RoleMappingEntryType {
  @Field({ description: 'The claim value as the provider sends it (a group name or object id, or an app role)' }) group!: string;
  @Field(() => [RoleEnum]) roles!: Role[];
}

@ObjectType('SignInSettings', { description: 'Single sign-on and local passwords, as configured and as recorded (ADR 0033)' })
export class SignInSettingsType {
  @Field({ description: 'True when an OpenID provider is configured (OIDC_ISSUER)' }) providerConfigured!: boolean;
  @Field(() => String, { nullable: true }) providerName!: string | null;
  @Field(() => String, { nullable: true, description: 'The claim the role mapping reads (OIDC_ROLE_CLAIM), e.g. groups or roles' }) roleClaim!: string | null;
  @Field(() => [RoleMappingEntryType], { description: 'The recorded role mapping, by group' }) roleMapping!: RoleMappingEntryType[];
  @Field(() => Int, { description: 'The role mapping’s revision: pass it as expectedRevision to change it safely' }) roleMappingRevision!: number;
  @Field({ description: 'True when only users holding ADMIN may sign in with a password (break-glass)' }) localPasswordsAdministratorsOnly!: boolean;
  @Field(() => [RoleEnum], { description: 'The roles a mapping entry may give: every role but ADMIN' }) mappableRoles!: Role[];
}

@ObjectType('SignOutResult')
export class SignOutResultType {
  @Field({ description: 'Always true: every session of the account has ended' }) signedOut!: boolean;
  @Field(() => String, { nullable: true, description: 'Where the browser may go to sign out at the identity provider too; null without one' })
  providerSignOutUrl!: string | null;
}

@ArgsType()
export class SetRoleMappingEntryArgs {
  @Field() @IsString() @MaxLength(256) group!: string;
  @Field(() => [RoleEnum]) @IsArray() @IsIn(ROLES, { each: true }) roles!: Role[];
  @Field(() => Int, { nullable: true, description: 'The revision the change was based on (roleMappingRevision): a stale one is a CONFLICT' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedRevision?: number;
}

@ArgsType()
export class RemoveRoleMappingEntryArgs {
  @Field() @IsString() @MaxLength(256) group!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) expectedRevision?: number;
}

@ArgsType()
export class SetLocalPasswordPolicyArgs {
  @Field({ description: 'True: only users holding ADMIN sign in with a password; everyone else through the provider' }) @IsBoolean() administratorsOnly!: boolean;
}

@ArgsType()
export class CompleteSingleSignOnArgs {
  @Field({ description: 'The one-time code from the /login/sso#handoff=… fragment' }) @IsString() @MaxLength(4000) handoff!: string;
}
