import { Field, FieldMiddleware, ID, ObjectType } from '@nestjs/graphql';
import { mayDo } from '@ledger/shared-domain';
import type { LedgerRequest } from '../auth/request';

/**
 * Least personal data: a staff member's email reaches only the roles that need it (the
 * `readStaffEmails` permission) and the person themselves; everyone else gets null.
 */
export const emailForPermittedReaders: FieldMiddleware = async ({ context }, next) => {
  const email: unknown = await next();
  const actor = (context as { req?: LedgerRequest } | undefined)?.req?.actor;
  if (typeof email !== 'string' || !actor) return null;
  if (mayDo(actor.roles, 'readStaffEmails')) return email;
  return actor.email !== undefined && actor.email.toLowerCase() === email.toLowerCase() ? email : null;
};

/** A person as every context shows them: the workforce context owns them, others refer to them. */
@ObjectType('StaffMember')
export class StaffMemberType {
  @Field(() => ID) id!: string;
  @Field({ description: 'The name, or "Erased person" once their personal data was erased' }) displayName!: string;
  @Field(() => String, { nullable: true, middleware: [emailForPermittedReaders], description: 'Shown to HR, administrators and auditors, and to the person themselves; null for everyone else' })
  email!: string | null;
  @Field() jobTitle!: string;
  @Field() department!: string;
  @Field({ description: 'True once the personal data was erased: name and email are gone for good' }) erased!: boolean;
}

/** A person in a read model: name and email still sealed with the person's key. */
export interface PersonDoc {
  [key: string]: unknown;
  id: string;
  displayName: string;
  email: string;
  jobTitle: string;
  department: string;
  erased: boolean;
}
