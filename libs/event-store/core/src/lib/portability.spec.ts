import { InvalidInputError } from '@ledger/domain-kernel';
import { commandMetadata } from '../testing';
import { InMemoryEventStore } from './in-memory-event-store';
import { assertLogFitsStore, unstorableTextAt, unstorableTextIn } from './portability';

describe('one alphabet on every store', () => {
  it('names NUL characters and lone surrogates, and accepts every other character, emoji included', () => {
    expect(unstorableTextIn('before\u0000after')).toBe('a NUL character');
    expect(unstorableTextIn('jo\uD800')).toBe('half of a Unicode character (a lone surrogate)');
    expect(unstorableTextIn('\uDC00')).toBe('half of a Unicode character (a lone surrogate)');
    expect(unstorableTextIn('Zoë \u{1F600} \t\n')).toBeUndefined();
    expect(unstorableTextAt({ a: [{ b: 'x\u0000' }] }, 'data')).toEqual({ path: 'data.a.0.b', problem: 'a NUL character' });
    expect(unstorableTextAt({ ['k\u0000']: 1 }, 'data')?.problem).toBe('a NUL character in a field name');
  });

  it('refuses a log holding such text for PostgreSQL and EventStoreDB, naming the event, and lets SQLite take it', async () => {
    const store = new InMemoryEventStore();
    await store.append('note-1', [{ type: 'NoteRecorded', data: { text: 'fine' } }], { expectedRevision: 0, command: commandMetadata() });
    await store.append('note-1', [{ type: 'NoteRecorded', data: { text: 'bad\u0000' } }], { expectedRevision: 1, command: commandMetadata() });
    const events = await store.readAll();
    expect(() => assertLogFitsStore(events, 'sqlite')).not.toThrow();
    expect(() => assertLogFitsStore(events, 'postgres')).toThrow(InvalidInputError);
    expect(() => assertLogFitsStore(events, 'eventstoredb')).toThrow(
      'The event at position 2 (stream "note-1", revision 2, NoteRecorded) holds a NUL character in data.text, which EventStoreDB cannot store',
    );
  });
});
