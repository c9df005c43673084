import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PackDownload')
export class PackDownloadType {
  @Field({ description: 'markdown, html, xlsx, docx or pdf' }) format!: string;
  @Field({ description: 'Relative to the API’s base URL; GET it with the same bearer token' }) url!: string;
  @Field() contentType!: string;
}

@ObjectType('StrategyUpdatePackRecord', { description: 'A generated pack as recorded: what identifies its content, not the content' })
export class StrategyUpdatePackRecordType {
  @Field(() => Int) year!: number;
  @Field(() => GraphQLISODateTime, { description: '31 December 23:59:59 UK time, or the generation time while the year ran' }) cutOff!: Date;
  @Field({ description: 'Global log position the pack was generated at' }) position!: string;
  @Field() sha256!: string;
  @Field(() => GraphQLISODateTime) generatedAt!: Date;
  @Field(() => ID, { description: 'The user who generated it' }) generatedBy!: string;
  @Field(() => [PackDownloadType]) downloads!: PackDownloadType[];
}

@ObjectType('StrategyUpdatePack', { description: 'The annual review for the board, rebuilt from the log at the position it was generated at' })
export class StrategyUpdatePackType extends StrategyUpdatePackRecordType {
  @Field({ description: 'The pack as Markdown; sha256 is its hash' }) markdown!: string;
  @Field({ description: 'The Markdown rebuilt now hashes to the recorded sha256' }) verified!: boolean;
}
