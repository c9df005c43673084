import { createHash } from 'node:crypto';
import { hashEvent, hashEventWithMetadataJson, hashedContentReference, sealEvents, storedMetadata } from './hash-chain';

describe('hashEvent', () => {
  const event = {
    streamId: 'staff-s1',
    revision: 4,
    type: 'ProficiencyAssessed',
    data: { staffMemberId: 's1', competencyId: 'c1', level: 3, evidence: 'Observed "well"\n', courseId: null, nested: [{ b: 1, a: undefined }], skipped: undefined },
    metadata: {
      eventId: 'e',
      commandId: 'c',
      correlationId: 'r',
      causationId: 'k',
      actorId: 'a',
      actorRoles: ['ADMIN', 'STAFF'],
      recordedAt: '2026-11-30T10:00:00.000Z',
      schemaVersion: 1,
    },
  };

  it('hashes the same text as canonical JSON of the whole envelope, as every stored hash was computed', () => {
    const expected = (prev: string, e: Parameters<typeof hashEvent>[1]) => createHash('sha256').update(prev).update(hashedContentReference(e)).digest('hex');
    expect(hashEvent('0'.repeat(64), event)).toBe(expected('0'.repeat(64), event));
    const sparse = { ...event, data: undefined, metadata: { ...event.metadata, schemaVersion: undefined as unknown as number, actorRoles: [] } };
    expect(hashEvent('ab', sparse)).toBe(expected('ab', sparse));
    const odd = { ...event, data: { 'é': 1, e: [true, false, 'Zoë 🙂 \u2028'], Z: { y: 1, x: 2 } } };
    expect(hashEvent('ab', odd)).toBe(expected('ab', odd));
  });

  it('hashes the canonical text of fields of unexpected types too, as an altered or foreign event may carry them', () => {
    const expected = (prev: string, e: Parameters<typeof hashEvent>[1]) => createHash('sha256').update(prev).update(hashedContentReference(e)).digest('hex');
    const oddFields = [
      { ...event, metadata: { ...event.metadata, actorRoles: ['ADMIN', 7 as unknown as string] } },
      { ...event, metadata: { ...event.metadata, causationId: undefined as unknown as string, actorId: null as unknown as string } },
      { ...event, metadata: { ...event.metadata, actorRoles: 'ADMIN' as unknown as string[], schemaVersion: '1' as unknown as number } },
      { ...event, revision: '4' as unknown as number, streamId: 5 as unknown as string, type: { name: 'x' } as unknown as string },
      { ...event, data: null, metadata: { ...event.metadata, actorRoles: [] } },
    ];
    for (const odd of oddFields) expect(hashEvent('cd', odd)).toBe(expected('cd', odd));
    expect(new Set(oddFields.map((odd) => hashEvent('cd', odd))).size).toBe(oddFields.length);
  });
});

describe('storedMetadata', () => {
  const command = { commandId: 'c-1', correlationId: 'r-1', causationId: 'k-1', actorId: 'user-1', actorRoles: ['ADMIN', 'STAFF'], now: new Date('2026-11-30T10:00:00Z') };
  const sealed = (actorId = 'user-1') => sealEvents('thing-a', undefined, [{ type: 'ThingHappened', data: { b: 1, a: 'x' } }], { ...command, actorId })[0];

  it('cuts from the text sealEvents stores the metadata hashEvent hashes, and its two hashes', () => {
    for (const actorId of ['user-1', 'Zoë Ångström \u2028', '']) {
      const event = sealed(actorId);
      const cut = storedMetadata(JSON.stringify(event.metadata));
      expect(cut).toEqual({ json: expect.any(String), prevHash: event.metadata.prevHash, hash: event.metadata.hash });
      expect(hashEventWithMetadataJson(event.metadata.prevHash, event, cut?.json as string)).toBe(event.metadata.hash);
    }
  });

  it('leaves to the parser any text whose strings or numbers are not already canonical, or laid out otherwise', () => {
    const text = JSON.stringify(sealed().metadata);
    const others = [
      JSON.stringify(sealed('quote " and backslash \\').metadata),
      JSON.stringify(sealed('bell \u0007').metadata),
      JSON.stringify(sealed('emoji 🙂').metadata),
      text.replace('"actorId":"user-1"', '"actorId":"user\\u002d1"'),
      text.replace('"schemaVersion":1', '"schemaVersion":1.0'),
      text.replace('"schemaVersion":1', '"schemaVersion":01'),
      text.replace(',"actorId"', ', "actorId"'),
      text.replace('"hash":"', '"hash":"A'),
      `${text} `,
      JSON.stringify({ ...sealed().metadata, extra: 1 }),
    ];
    expect(storedMetadata(text)).toBeDefined();
    for (const other of others) expect(storedMetadata(other)).toBeUndefined();
  });
});
