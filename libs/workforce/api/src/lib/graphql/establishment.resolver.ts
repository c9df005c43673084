import { Args, GraphQLISODateTime, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Actor, CurrentActor, Roles, commandMetadataFor, newAggregateId } from '@ledger/shared-api';
import { PostRequest } from '@ledger/workforce-domain';
import { WorkforceQueries } from '../read/workforce-queries';
import { PostCommandMessage } from '../write/messages';
import { DecidePostInput, EstablishmentType, FillPostInput, PostType, ProposePostInput, VacatePostInput, WithdrawPostInput } from './establishment.types';
import { WORKFORCE_READERS, WORKFORCE_WRITERS } from './roles';

@Resolver(() => PostType)
export class EstablishmentResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: WorkforceQueries,
  ) {}

  @Roles(...WORKFORCE_READERS)
  @Query(() => EstablishmentType, { description: 'Posts with their status and holders, and the FTE totals' })
  establishment(@Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf?: Date): Promise<EstablishmentType> {
    return this.queries.establishment(asOf);
  }

  @Roles(...WORKFORCE_READERS)
  @Query(() => PostType, { nullable: true })
  async post(@Args('id', { type: () => ID }) id: string, @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf?: Date) {
    return (await this.queries.post(id, asOf)) ?? null;
  }

  @Roles(...WORKFORCE_WRITERS)
  @Mutation(() => PostType, { description: 'Proposes a new post; approval to recruit comes with decidePost' })
  proposePost(@CurrentActor() actor: Actor, @Args('input') input: ProposePostInput): Promise<PostType> {
    const { commandId, ...post } = input;
    const postId = newAggregateId('post', commandId);
    return this.send(actor, postId, { type: 'ProposePost', postId, ...post }, { commandId });
  }

  @Roles(...WORKFORCE_WRITERS)
  @Mutation(() => PostType, { description: 'Approves or rejects a proposed post, with the reason (funding, approval to recruit)' })
  decidePost(@CurrentActor() actor: Actor, @Args('input') input: DecidePostInput): Promise<PostType> {
    const { commandId, postId, expectedRevision, ...decision } = input;
    return this.send(actor, postId, { type: 'DecidePost', ...decision }, { commandId, expectedRevision });
  }

  @Roles(...WORKFORCE_WRITERS)
  @Mutation(() => PostType)
  fillPost(@CurrentActor() actor: Actor, @Args('input') input: FillPostInput): Promise<PostType> {
    const { commandId, postId, expectedRevision, ...filling } = input;
    return this.send(actor, postId, { type: 'FillPost', ...filling }, { commandId, expectedRevision });
  }

  @Roles(...WORKFORCE_WRITERS)
  @Mutation(() => PostType, { description: 'The holder left: the post stays approved and becomes vacant' })
  vacatePost(@CurrentActor() actor: Actor, @Args('input') input: VacatePostInput): Promise<PostType> {
    const { commandId, postId, expectedRevision, ...vacancy } = input;
    return this.send(actor, postId, { type: 'VacatePost', ...vacancy }, { commandId, expectedRevision });
  }

  @Roles(...WORKFORCE_WRITERS)
  @Mutation(() => PostType, { description: 'Removes a post that is not filled from the establishment' })
  withdrawPost(@CurrentActor() actor: Actor, @Args('input') input: WithdrawPostInput): Promise<PostType> {
    const { commandId, postId, expectedRevision, ...withdrawal } = input;
    return this.send(actor, postId, { type: 'WithdrawPost', ...withdrawal }, { commandId, expectedRevision });
  }

  private async send(actor: Actor, postId: string, command: PostRequest, input: { commandId?: string; expectedRevision?: number | null }): Promise<PostType> {
    await this.commands.execute(
      new PostCommandMessage(postId, command, commandMetadataFor(actor, { commandId: input.commandId }), input.expectedRevision ?? undefined),
    );
    return (await this.queries.post(postId)) as PostType;
  }
}
