import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '@ledger/shared-api';
import { WORK_ITEM_KINDS, WorkItemKind } from './work-items';

export const WorkItemKindEnum = Object.fromEntries(WORK_ITEM_KINDS.map((kind) => [kind, kind])) as { [K in WorkItemKind]: K };
registerEnumType(WorkItemKindEnum, { name: 'WorkItemKind' });

@ObjectType('WorkItem', { description: 'Something the signed-in user has to act on' })
export class WorkItemType {
  @Field(() => WorkItemKindEnum) kind!: WorkItemKind;
  @Field() title!: string;
  @Field(() => ID, { description: 'The procurement, person, risk, lesson or contract the item is about' }) subjectId!: string;
  @Field(() => DateScalar, { nullable: true, description: 'When it falls due; null when nothing sets a date (a review waiting for the committee)' }) dueOn!:
    string | null;
  @Field({ description: 'Its due date has passed (UK calendar)' }) overdue!: boolean;
}
