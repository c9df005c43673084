import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { IsArray, IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ROLES, Role } from '@ledger/shared-domain';
import { RoleEnum } from '@ledger/shared-api';
import { ChangeUserRoles, DisableUser, EnableUser, EraseUserPersonalData, UserRequest } from '@ledger/identity-domain';

/** What createUser asks for: the registration with its password, before the handler hashes it. */
type RegisterUserRequest = Extract<UserRequest, { type: 'RegisterUser' }>;

@ObjectType('User')
export class UserType {
  @Field(() => ID) id!: string;
  @Field({ description: 'The sign-in email; empty once the account’s personal data was erased' }) email!: string;
  @Field({ description: 'The name, or "Erased user" once the account’s personal data was erased' }) displayName!: string;
  @Field(() => [RoleEnum]) roles!: Role[];
  @Field({ description: 'A disabled user can no longer sign in' }) disabled!: boolean;
  @Field({ description: 'True once the account’s personal data was erased: name and email are gone for good and it is disabled' }) erased!: boolean;
  @Field({
    description:
      'False for an account made through single sign-on and never given a password here: it signs in through the identity provider, which manages its password, and has none to change',
  })
  hasLocalPassword!: boolean;
}

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field({ description: 'A signed JWT: send it as "Authorization: Bearer <token>"' }) token!: string;
  @Field(() => UserType) user!: UserType;
}

@ArgsType()
export class LoginArgs {
  @Field() @IsString() @MaxLength(254) email!: string;
  @Field() @IsString() @MaxLength(256) password!: string;
}

@ArgsType()
export class CreateUserArgs implements Omit<RegisterUserRequest, 'type' | 'userId'> {
  @Field(() => ID, { nullable: true, description: 'Makes a retry idempotent' }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field() @IsEmail({}, { message: 'email must be an email address' }) email!: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) displayName!: string;
  @Field() @IsString() password!: string;
  @Field(() => [RoleEnum]) @IsArray() @IsIn(ROLES, { each: true }) roles!: Role[];
}

@ArgsType()
export class DisableUserArgs implements Omit<DisableUser, 'type' | 'otherActiveAdministrators'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() userId!: string;
  @Field() @IsString() @MinLength(1) @MaxLength(500) reason!: string;
}

@ArgsType()
export class EnableUserArgs implements Omit<EnableUser, 'type'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() userId!: string;
  @Field() @IsString() @MinLength(1) @MaxLength(500) reason!: string;
}

@ArgsType()
export class ChangeOwnPasswordArgs {
  @Field() @IsString() @MaxLength(256) currentPassword!: string;
  @Field() @IsString() @MaxLength(256) newPassword!: string;
}

@ArgsType()
export class ResetUserPasswordArgs {
  @Field(() => ID) @IsString() @MaxLength(100) userId!: string;
  @Field() @IsString() @MaxLength(256) newPassword!: string;
}

@ArgsType()
export class ChangeUserRolesArgs implements Omit<ChangeUserRoles, 'type' | 'otherActiveAdministrators'> {
  @Field(() => ID) @IsString() @MaxLength(100) userId!: string;
  @Field(() => [RoleEnum]) @IsArray() @IsIn(ROLES, { each: true }) roles!: Role[];
}

@ArgsType()
export class EraseUserPersonalDataArgs implements Omit<EraseUserPersonalData, 'type'> {
  @Field(() => ID, { nullable: true, description: 'Makes a retry idempotent' }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() @MaxLength(100) userId!: string;
  @Field() @IsString() @MinLength(1) @MaxLength(2000) reason!: string;
}
