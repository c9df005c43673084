import { Scalar, CustomScalar } from '@nestjs/graphql';
import { GraphQLError, Kind, ValueNode } from 'graphql';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date (YYYY-MM-DD), without time or zone: start dates, course dates, review dates. */
export function parseIsoDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) {
    throw new GraphQLError(`"${String(value)}" is not a date: use YYYY-MM-DD`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError(`"${value}" is not a real calendar date`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

@Scalar('Date')
export class DateScalar implements CustomScalar<string, string> {
  description = 'A calendar date, YYYY-MM-DD';

  parseValue(value: unknown): string {
    return parseIsoDate(value);
  }

  serialize(value: unknown): string {
    return typeof value === 'string' ? value.slice(0, 10) : (value as Date).toISOString().slice(0, 10);
  }

  parseLiteral(ast: ValueNode): string {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('A Date is written as a string, YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseIsoDate(ast.value);
  }
}
