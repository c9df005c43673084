import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// The read side is layered (read model and snapshot store ports, projection, unit of work, in-memory
// stores, runner, as-of folding, snapshot maintenance), each file importing only from below. A cycle
// brings back the tangle where the port imported the runner through the snapshots: this walks the
// relative imports (type-only ones too) of the files here and of everything they reach.
const here = __dirname;

function relativeImportsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/gms)].map((match) => match[1]);
  return specifiers.map((specifier) => {
    const target = resolve(dirname(file), specifier);
    for (const candidate of [`${target}.ts`, join(target, 'index.ts')]) {
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // not this one
      }
    }
    throw new Error(`${relative(here, file)} imports ${specifier}, which is not a file here`);
  });
}

function findCycle(roots: readonly string[], importsOf: (file: string) => string[]): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === 'done') return undefined;
    if (state.get(file) === 'visiting') return [...path.slice(path.indexOf(file)), file];
    state.set(file, 'visiting');
    path.push(file);
    for (const target of importsOf(file)) {
      const cycle = visit(target);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(file, 'done');
    return undefined;
  };
  for (const root of roots) {
    const cycle = visit(root);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('the projections folder', () => {
  const files = readdirSync(here)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))
    .map((name) => join(here, name));

  it('has no import cycle', () => {
    const cycle = findCycle(files, relativeImportsOf);
    expect(cycle?.map((file) => relative(here, file)).join(' -> ')).toBeUndefined();
  });

  it('notices a cycle when there is one', () => {
    // The read side as it was: the port reached the runner through the snapshots.
    const imports: Record<string, string[]> = {
      'read-model-store': ['snapshots'],
      snapshots: ['projection-runner', 'projection'],
      'projection-runner': ['projection', 'in-memory-read-model-store'],
      'in-memory-read-model-store': ['read-model-store', 'snapshots'],
      projection: [],
    };
    expect(findCycle(['projection', 'read-model-store'], (file) => imports[file])).toEqual([
      'read-model-store',
      'snapshots',
      'projection-runner',
      'in-memory-read-model-store',
      'read-model-store',
    ]);
  });
});
