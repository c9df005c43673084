import { InvalidInputError } from '@ledger/event-store-core';
import { ledgerValidationPipe, malformedTextAt } from './validation.pipe';

describe('malformed text at the edge', () => {
  it('finds a lone surrogate anywhere in plain input and names where', () => {
    expect(malformedTextAt({ input: { email: 'jo\uD800@x.gov.uk' } })).toBe('input.input.email');
    expect(malformedTextAt({ names: ['ok', '\uDC00'] })).toBe('input.names.1');
    expect(malformedTextAt({ emoji: 'fine \u{1F600}', text: 'plain' })).toBeUndefined();
  });

  it('finds a NUL character, which PostgreSQL cannot store, so no store takes it', () => {
    expect(malformedTextAt({ input: { evidence: 'Observed\u0000' } })).toBe('input.input.evidence');
    expect(malformedTextAt({ input: { tags: ['a', 'b\u0000c'] } })).toBe('input.input.tags.1');
  });

  it('never walks into objects that are not plain data, such as a request with cycles', () => {
    class Request {
      self = this;
      headers = { host: '\uD800' };
    }
    expect(malformedTextAt(new Request())).toBeUndefined();
  });

  it('refuses such input with BAD_USER_INPUT before validation, and leaves custom parameters alone', async () => {
    const pipe = ledgerValidationPipe();
    await expect(pipe.transform({ email: 'jo\uD800@x.gov.uk' }, { type: 'body', data: 'input' })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(pipe.transform({ email: 'jo\uD800@x.gov.uk' }, { type: 'custom' })).resolves.toEqual({ email: 'jo\uD800@x.gov.uk' });
    await expect(pipe.transform({ name: 'Jo\u0000' }, { type: 'body', data: 'input' })).rejects.toThrow('input.name is not valid text: it holds a NUL character');
  });
});
