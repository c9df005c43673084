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
