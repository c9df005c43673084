import { ArgsType, Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsArray, IsBoolean, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

@ObjectType('RecordedEvent')
export class RecordedEventType {
  @Field({ description: 'Global position in the log (a string: it can exceed 2^53)' }) position!: string;
  @Field() streamId!: string;
  @Field(() => Int) revision!: number;
  @Field() type!: string;
  @Field(() => GraphQLISODateTime) recordedAt!: Date;
  @Field(() => ID, { nullable: true }) actorId!: string | null;
  @Field(() => [String]) actorRoles!: string[];
  @Field(() => ID) commandId!: string;
  @Field(() => ID, { nullable: true }) correlationId!: string | null;
  @Field(() => ID, { nullable: true }) causationId!: string | null;
  @Field(() => Int) schemaVersion!: number;
  @Field({ description: 'The event data as JSON; personal data opened, or null for erased people' }) data!: string;
  /** Resolved by the app from the users (identity): see RecordedEventActorResolver. */
  actorName?: string | null;
  @Field() prevHash!: string;
  @Field() hash!: string;
}

@ObjectType('EventPage')
export class EventPageType {
  @Field(() => [RecordedEventType]) events!: RecordedEventType[];
  @Field(() => String, { nullable: true, description: 'Pass as `from` for the next page; null at the end of the log' }) nextFrom!: string | null;
}

@ObjectType('LogCheckpoint', { description: 'A signed statement that the first treeSize events of the log have this Merkle root (ADR 0018)' })
export class LogCheckpointType {
  @Field(() => Int) treeSize!: number;
  @Field({ description: 'RFC 6962 Merkle root over the hashes of the events covered, hex' }) rootHash!: string;
  @Field(() => GraphQLISODateTime) signedAt!: Date;
  @Field({ description: 'The signing key: the first 16 hex digits of sha256 over its public key' }) keyId!: string;
  @Field({ description: 'interval, on-demand, strategy-pack or audit-export' }) reason!: string;
}

@ObjectType('AuditVerification')
export class AuditVerificationType {
  @Field() ok!: boolean;
  @Field(() => Int) eventsChecked!: number;
  @Field(() => String, { nullable: true }) firstBrokenPosition!: string | null;
  @Field(() => String, { nullable: true, description: 'What is wrong at the first broken position' }) reason!: string | null;
  @Field(() => GraphQLISODateTime) checkedAt!: Date;
  @Field(() => Int, { description: 'Signed checkpoints in the log that checked out: signature, root and every event they cover' }) checkpointsChecked!: number;
  @Field(() => LogCheckpointType, { nullable: true, description: 'The newest checkpoint that checked out' }) latestCheckpoint!: LogCheckpointType | null;
  @Field(() => Int, { description: 'Events after the newest checkpoint, covered by the hash chains only until the next one is signed' })
  eventsAfterLatestCheckpoint!: number;
}

@ObjectType('SignedLogCheckpoint')
export class SignedLogCheckpointType extends LogCheckpointType {
  @Field({ description: 'Base64 Ed25519 signature over the canonical JSON of the statement' }) signature!: string;
  @Field({ description: 'False when nothing was appended since the newest checkpoint, which is returned instead' }) recorded!: boolean;
  @Field({ description: 'The public key that verifies it (PEM): what an auditor keeps' }) publicKey!: string;
}

@ArgsType()
export class DecisionHistoryArgs {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() streamId?: string;
  @Field(() => String, { nullable: true, description: 'A cursor: a position to read from (nextFrom of the previous page)' })
  @IsOptional()
  @IsString()
  from?: string;
  @Field(() => Int, { nullable: true, description: '1 to 1000, default 100' }) @IsOptional() @IsInt() @Min(1) @Max(1000) limit?: number;
  @Field(() => String, { nullable: true, description: 'A whole context or aggregate kind, e.g. "procurement-"' })
  @IsOptional()
  @IsString()
  streamPrefix?: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @IsString({ each: true }) types?: string[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() actorId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() correlationId?: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() since?: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() until?: Date;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Newest first: the page and its nextFrom walk back towards the start of the log' })
  @IsOptional()
  @IsBoolean()
  newestFirst?: boolean;
}
