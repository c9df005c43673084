import { ValidationError, ValidationPipe } from '@nestjs/common';
import { InvalidInputError } from '@ledger/event-store-core';

function messagesOf(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => [
    ...Object.values(error.constraints ?? {}).map((message) => (prefix ? `${prefix}.${message}` : message)),
    ...messagesOf(error.children ?? [], prefix ? `${prefix}.${error.property}` : error.property),
  ]);
}

/** class-validator on every GraphQL input; failures become BAD_USER_INPUT naming the fields. */
export function ledgerValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) =>
      new InvalidInputError(messagesOf(errors).join('; '), { fields: errors.map((error) => error.property) }),
  });
}
