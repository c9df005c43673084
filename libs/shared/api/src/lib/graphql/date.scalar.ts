import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The dates a governance record can mean: start dates, course dates, reviews, due dates. */
export const DATE_RANGE = { earliest: '1900-01-01', latest: '2100-12-31' } as const;

/** A calendar date (YYYY-MM-DD), without time or zone: start dates, course dates, review dates. */
export function parseIsoDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) {
    throw new GraphQLError(`"${String(value)}" is not a date: use YYYY-MM-DD`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError(`"${value}" is not a real calendar date`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (value < DATE_RANGE.earliest || value > DATE_RANGE.latest) {
    throw new GraphQLError(`"${value}" is outside the dates a record can mean (${DATE_RANGE.earliest} to ${DATE_RANGE.latest})`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

/** The contract's `Date` scalar; use as `@Field(() => DateScalar)`. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD',
  parseValue: parseIsoDate,
  serialize: (value) => (typeof value === 'string' ? value.slice(0, 10) : (value as Date).toISOString().slice(0, 10)),
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('A Date is written as a string, YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseIsoDate(ast.value);
  },
});
