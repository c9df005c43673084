import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { InvalidInputError } from '@ledger/event-store-core';

function messagesOf(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => [
    ...Object.values(error.constraints ?? {}).map((message) => (prefix ? `${prefix}.${message}` : message)),
    ...messagesOf(error.children ?? [], prefix ? `${prefix}.${error.property}` : error.property),
  ]);
}

/** A UTF-16 surrogate without its pair: not text, and validators that decode it throw URIError. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string in `value` that is not well-formed Unicode, if any. */
export function malformedTextAt(value: unknown, path = 'input', depth = 0): string | undefined {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : undefined;
  // Input is plain data (JSON, GraphQL arguments): never walk into objects such as the request.
  if (value === null || typeof value !== 'object' || depth > 20 || !isPlainData(value)) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = malformedTextAt(item, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function isPlainData(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === Array.prototype || prototype === null;
}

/** Refuses malformed text before class-validator sees it; then validates as Nest's pipe does. */
class LedgerValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Custom parameters (the request, the actor) are the server's own objects, not input.
    const malformed = metadata.type === 'custom' ? undefined : malformedTextAt(value, metadata.data ?? 'input');
    if (malformed) throw new InvalidInputError(`${malformed} is not valid text: it holds half of a Unicode character`, { field: malformed });
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
