import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';

@ObjectType('StaffMember')
export class StaffMemberType {
  @Field(() => ID) id!: string;
  @Field({ description: 'The name, or "Erased person" once their personal data was erased' }) displayName!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field() jobTitle!: string;
  @Field() department!: string;
  @Field({ description: 'True once the personal data was erased: name and email are gone for good' }) erased!: boolean;
}

@InputType('RegisterStaffMemberInput')
export class RegisterStaffMemberInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field() @IsString() @MaxLength(200) displayName!: string;
  @Field() @IsEmail({}, { message: 'email must be an email address' }) email!: string;
  @Field() @IsString() @MaxLength(200) jobTitle!: string;
  @Field() @IsString() @MaxLength(200) department!: string;
}
