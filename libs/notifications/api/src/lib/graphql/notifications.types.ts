import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';

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
