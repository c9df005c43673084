import { Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@ledger/shared-api';
import { WorkQueueGatherer } from './work-queue.gatherer';
import { WorkItemType } from './work-queue.types';

@Resolver(() => WorkItemType)
export class MyWorkResolver {
  constructor(private readonly queue: WorkQueueGatherer) {}

  // Every signed-in user has a queue (possibly empty): what is in it follows from their roles and their staff record.
  @Query(() => [WorkItemType], {
    description: 'What the signed-in user has to do, by their roles and, for staff, their own training and actions: overdue first, then by due date',
  })
  myWork(@CurrentActor() actor: Actor): Promise<WorkItemType[]> {
    return this.queue.itemsFor(actor);
  }
}
