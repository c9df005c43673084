import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsNumber, IsOptional, IsString, MaxLength } from 'class-validator';
import { DateScalar } from '@ledger/shared-api';
import { PostRequest } from '@ledger/workforce-domain';

/** The fields of a post command that a mutation's input carries. */
type PostInputOf<T extends PostRequest['type'], Resolved extends string = never> = Omit<Extract<PostRequest, { type: T }>, 'type' | Resolved>;
import { StaffMemberType } from './people.types';

export enum PostStatusEnum {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  FILLED = 'FILLED',
  VACANT = 'VACANT',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(PostStatusEnum, { name: 'PostStatus' });

@ObjectType('Post')
export class PostType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => Float) fte!: number;
  @Field(() => PostStatusEnum) status!: PostStatusEnum;
  @Field(() => String, { nullable: true }) justification!: string | null;
  @Field(() => Int) targetYear!: number;
  @Field(() => StaffMemberType, { nullable: true }) holder!: StaffMemberType | null;
  @Field(() => DateScalar, { nullable: true, description: 'When the holder started' }) startDate!: string | null;
  @Field(() => String, { nullable: true, description: 'Why the post was approved or rejected' }) decisionReason!: string | null;
  @Field(() => Int, { description: 'The post stream version: send it back as expectedRevision' }) revision!: number;
}

@ObjectType('Establishment')
export class EstablishmentType {
  @Field(() => [PostType]) posts!: PostType[];
  @Field(() => Float, { description: 'FTE of filled posts' }) filledFte!: number;
  @Field(() => Float, { description: 'FTE of posts approved to exist: approved, filled or vacant' }) approvedFte!: number;
  @Field(() => Float, { description: 'FTE of posts proposed and awaiting a decision' }) proposedFte!: number;
  @Field(() => Float, { description: 'FTE of approved posts without a holder (approved or vacant)' }) vacantFte!: number;
}

@InputType('ProposePostInput')
export class ProposePostInput implements PostInputOf<'ProposePost', 'postId'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field() @IsString() title!: string;
  @Field(() => Float) @IsNumber() fte!: number;
  @Field() @IsString() justification!: string;
  @Field(() => Int) @IsInt() targetYear!: number;
}

@InputType('DecidePostInput')
export class DecidePostInput implements PostInputOf<'DecidePost'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() postId!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() expectedRevision?: number;
  @Field() @IsBoolean() approve!: boolean;
  @Field() @IsString() reason!: string;
}

@InputType('FillPostInput')
export class FillPostInput implements PostInputOf<'FillPost'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() postId!: string;
  @Field(() => ID) @IsString() staffMemberId!: string;
  @Field(() => DateScalar) startDate!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() expectedRevision?: number;
}

@InputType('VacatePostInput')
export class VacatePostInput implements PostInputOf<'VacatePost'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() postId!: string;
  @Field(() => DateScalar) endDate!: string;
  @Field() @IsString() reason!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() expectedRevision?: number;
}

@InputType('WithdrawPostInput')
export class WithdrawPostInput implements PostInputOf<'WithdrawPost'> {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) commandId?: string;
  @Field(() => ID) @IsString() postId!: string;
  @Field() @IsString() reason!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() expectedRevision?: number;
}
