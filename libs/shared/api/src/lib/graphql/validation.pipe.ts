import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { InvalidInputError, unstorableTextAt } from '@ledger/event-store-core';

function messagesOf(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => [
    ...Object.values(error.constraints ?? {}).map((message) => (prefix ? `${prefix}.${message}` : message)),
    ...messagesOf(error.children ?? [], prefix ? `${prefix}.${error.property}` : error.property),
  ]);
}

/**
 * The path of the first string in `value` that is not text every store can hold (a NUL, or a
 * UTF-16 surrogate without its pair, which validators that decode it also choke on), if any.
 */
export function malformedTextAt(value: unknown, path = 'input'): string | undefined {
  return unstorableTextAt(value, path)?.path;
}

/** Refuses text no store can hold (NUL, lone surrogates) before class-validator sees it; then validates as Nest's pipe does. */
class LedgerValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Custom parameters (the request, the actor) are the server's own objects, not input.
    // One alphabet on every store: what SQLite would take but PostgreSQL refuses is refused here for all.
    const malformed = metadata.type === 'custom' ? undefined : unstorableTextAt(value, metadata.data ?? 'input');
    if (malformed) throw new InvalidInputError(`${malformed.path} is not valid text: it holds ${malformed.problem}`, { field: malformed.path });
    return super.transform(value, metadata);
  }
}

/** class-validator on every GraphQL input; failures become BAD_USER_INPUT naming the fields. */
export function ledgerValidationPipe(): ValidationPipe {
  return new LedgerValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) =>
      new InvalidInputError(messagesOf(errors).join('; '), { fields: errors.map((error) => error.property) }),
  });
}
