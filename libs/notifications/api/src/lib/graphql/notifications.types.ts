import { ArgsType, Field, GraphQLISODateTime, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

@ObjectType('ReminderPreferences', { description: 'Which reminders the signed-in user receives by email (when the installation sends mail)' })
export class ReminderPreferencesType {
  @Field({ description: 'A daily digest of what is due or overdue in their work queue' }) dailyDigest!: boolean;
  @Field({ description: 'A message as soon as a gateway review awaits their decision' }) decisionRequests!: boolean;
  @Field({ description: 'Whether this installation sends mail at all (SMTP_URL is set)' }) mailEnabled!: boolean;
}

@InputType('ReminderPreferencesInput')
export class ReminderPreferencesInput {
  @IsBoolean() @Field() dailyDigest!: boolean;
  @IsBoolean() @Field() decisionRequests!: boolean;
}

@ObjectType('MailFailure', { description: 'The last message the relay refused or could not take' })
export class MailFailureType {
  @Field(() => GraphQLISODateTime) at!: Date;
  @Field({ description: 'DAILY_DIGEST, DECISION_REQUEST or TEST_MESSAGE' }) kind!: string;
  @Field() subject!: string;
  @Field({ description: "The relay's answer, or why it could not be reached" }) reason!: string;
}

@ObjectType('MailDeliveries', { description: 'Messages the ledger sent or tried to send since it began: reminders and test messages' })
export class MailDeliveriesType {
  @Field(() => Int) sent!: number;
  @Field(() => Int) failed!: number;
  @Field(() => Int, { description: 'Claimed with no outcome yet: being sent, or left by a server that stopped mid-send' }) pending!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastSentAt!: Date | null;
  @Field(() => MailFailureType, { nullable: true }) lastFailure!: MailFailureType | null;
}

@ObjectType('MailSettings', { description: 'How this installation sends mail (read from its environment; never a password or user name)' })
export class MailSettingsType {
  @Field({ description: 'Whether SMTP_URL and MAIL_FROM are set: without them nothing is sent' }) configured!: boolean;
  @Field(() => String, { nullable: true, description: 'MAIL_FROM: the sender of every message' }) from!: string | null;
  @Field(() => String, { nullable: true, description: 'The relay host from SMTP_URL' }) smtpHost!: string | null;
  @Field(() => Int, { nullable: true, description: 'The relay port from SMTP_URL (its default when the URL names none)' }) smtpPort!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the connection is TLS from the start (smtps://); otherwise STARTTLS when the relay offers it' })
  secure!: boolean | null;
  @Field(() => String, { nullable: true, description: 'REMINDER_DIGEST_TIME: when the daily digest is sent, UK time (HH:MM)' }) digestTime!: string | null;
  @Field(() => String, { nullable: true, description: 'PUBLIC_URL: the base of every link in a message' }) publicUrl!: string | null;
  @Field(() => Int, { description: 'Seconds an administrator waits between two test messages' }) testMessageIntervalSeconds!: number;
  @Field(() => MailDeliveriesType) deliveries!: MailDeliveriesType;
}

export enum TestMessageStatus {
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(TestMessageStatus, { name: 'TestMessageStatus', description: 'Whether the relay accepted the test message' });

@ObjectType('TestMessageResult', { description: 'What became of a test message; either way it is recorded' })
export class TestMessageResultType {
  @Field(() => TestMessageStatus) status!: TestMessageStatus;
  @Field({ description: 'The address it was sent to' }) to!: string;
  @Field(() => String, { nullable: true, description: "The relay's message id, when it accepted the message" }) messageId!: string | null;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true, description: "The relay's answer when it refused, or why it could not be reached" }) reason!: string | null;
  @Field({ description: 'The stream the message is recorded in (test-message-<id>)' }) streamId!: string;
}

@ArgsType()
export class SendTestMessageArgs {
  @IsOptional()
  @IsString()
  @MaxLength(254)
  @Field(() => String, { nullable: true, description: 'The address to send to; the signed-in administrator’s own when omitted' })
  to?: string | null;
}
