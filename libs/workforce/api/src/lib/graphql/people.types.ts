import { Field, ID, InputType } from '@nestjs/graphql';
export { StaffMemberType } from '@ledger/shared-api';
import { IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';
import { StaffMemberRequest } from '@ledger/workforce-domain';

@InputType('RegisterStaffMemberInput')
export class RegisterStaffMemberInput implements Omit<Extract<StaffMemberRequest, { type: 'RegisterStaffMember' }>, 'type' | 'staffMemberId'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field() @IsString() @MaxLength(200) displayName!: string;
  @Field() @IsEmail({}, { message: 'email must be an email address' }) email!: string;
  @Field() @IsString() @MaxLength(200) jobTitle!: string;
  @Field() @IsString() @MaxLength(200) department!: string;
}

@InputType('ChangeStaffMemberDetailsInput')
export class ChangeStaffMemberDetailsInput implements Omit<Extract<StaffMemberRequest, { type: 'ChangeStaffMemberDetails' }>, 'type'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() @MaxLength(100) staffMemberId!: string;
  @Field(() => String, { nullable: true, description: 'Only the fields given change; the old values stay in the history' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  displayName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail({}, { message: 'email must be an email address' }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'A new job title re-targets the required levels of the skills matrix' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  jobTitle?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) department?: string | null;
  @Field({ description: 'Why, for the record (a promotion, a move, a new name)' }) @IsString() @MaxLength(2000) reason!: string;
}
