import { Field, ID, ObjectType } from '@nestjs/graphql';

/** A person as every context shows them: the workforce context owns them, others refer to them. */
@ObjectType('StaffMember')
export class StaffMemberType {
  @Field(() => ID) id!: string;
  @Field({ description: 'The name, or "Erased person" once their personal data was erased' }) displayName!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
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
