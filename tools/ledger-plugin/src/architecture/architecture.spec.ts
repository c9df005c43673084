import { join } from 'node:path';
import { checkArchitecture, contextsOf } from './check-architecture';

const workspaceRoot = join(__dirname, '..', '..', '..', '..');

describe('the architecture of this workspace', () => {
  it('finds the bounded contexts (libs/<ctx> with domain/ and api/)', () => {
    expect(contextsOf(workspaceRoot)).toEqual(expect.arrayContaining(['gateway', 'identity', 'lessons', 'risk', 'strategy', 'workforce']));
  });

  it('has every context in the house shape, and domain libraries that import only the domain kernel and each other', () => {
    expect(checkArchitecture(workspaceRoot)).toEqual([]);
  });
});
