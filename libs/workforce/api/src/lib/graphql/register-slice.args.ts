import { ArgsType, Field, Int } from '@nestjs/graphql';
import { InvalidInputError } from '@ledger/event-store-core';
import { RegisterSlice, registerPage } from '../read/register-page';

/** The optional paging and filter arguments of a large register (skills matrix, training register). */
@ArgsType()
export class RegisterSliceArgs {
  @Field(() => Int, { nullable: true, description: 'Rows to skip (default 0)' }) offset?: number | null;
  @Field(() => Int, { nullable: true, description: 'Rows to answer at most (each register names its default and maximum)' }) limit?: number | null;
  @Field(() => String, { nullable: true, description: 'Only people of this department (case-insensitive)' }) department?: string | null;
  @Field(() => String, { nullable: true, description: 'Only people with this job title (case-insensitive)' }) jobTitle?: string | null;
  @Field(() => String, { nullable: true, description: 'Only competencies of this category (the skills matrix columns; training records for courses that develop one)' })
  competencyCategory?: string | null;
}

const MAX_FILTER_LENGTH = 200;

/** The client's slice, checked: bad paging or an overlong filter is BAD_USER_INPUT naming the argument. */
export function sliceOf(args: RegisterSliceArgs | undefined, limits: { default: number; max: number }): RegisterSlice {
  const { offset, limit, department, jobTitle, competencyCategory } = args ?? {};
  for (const [field, value] of Object.entries({ department, jobTitle, competencyCategory })) {
    if (value != null && value.length > MAX_FILTER_LENGTH) throw new InvalidInputError(`${field} must be at most ${MAX_FILTER_LENGTH} characters`, { field });
  }
  return { page: registerPage(offset, limit, limits), filter: { department, jobTitle, competencyCategory } };
}
