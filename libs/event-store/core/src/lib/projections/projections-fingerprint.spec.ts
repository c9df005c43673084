import { Projection } from './projection';
import { projectionsFingerprint } from './projections-fingerprint';

const tally: Projection = {
  name: 'tally',
  version: 1,
  collections: ['tallies'],
  handles: ['Counted', 'Cleared'],
  async apply(event, tx) {
    tx.put('tallies', 'total', { events: 1 });
  },
};
const other: Projection = { ...tally, name: 'other', collections: ['others'] };

describe('projectionsFingerprint', () => {
  const base = projectionsFingerprint([tally, other]);

  it('depends on the projections and their versions, not on their order', () => {
    expect(projectionsFingerprint([other, tally])).toBe(base);
    expect(projectionsFingerprint([tally, { ...other, version: 2 }])).not.toBe(base);
    expect(projectionsFingerprint([tally])).not.toBe(base);
    expect(projectionsFingerprint([tally, { ...other, name: 'renamed' }])).not.toBe(base);
  });

  it('changes with the collections a projection writes and the events it handles', () => {
    expect(projectionsFingerprint([tally, { ...other, collections: ['others', 'more'] }])).not.toBe(base);
    expect(projectionsFingerprint([tally, { ...other, handles: ['Counted'] }])).not.toBe(base);
    expect(projectionsFingerprint([tally, { ...other, handles: ['Cleared', 'Counted'] }])).toBe(base);
  });

  it('does not read the code: only the version says the output changed', () => {
    const rewritten: Projection = { ...other, async apply(event, tx) { tx.put('others', 'total', { events: 2 }); } };
    expect(projectionsFingerprint([tally, rewritten])).toBe(base);
  });
});
