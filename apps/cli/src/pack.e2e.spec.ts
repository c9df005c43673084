import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyDemoStore } from './testing/demo-store';

// `ledger pack <year>` as a process against the demo store (SQLite; the GraphQL suite covers PostgreSQL).
const cli = join(__dirname, '../../../dist/apps/cli/main.js');
const YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric' }).format(new Date()));
const PRINTED = /Strategy update pack (\d{4}): sha256 ([0-9a-f]{64}) at log position (\d+) \(cut-off ([^)]+)\)/;

describe('ledger pack: the strategy update pack from the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-pack-'));
  const baseEnv = { PATH: process.env['PATH'], JWT_SECRET: 'x'.repeat(40), SQLITE_PATH: join(dir, 'demo.sqlite') };
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [cli, ...args], { env: { ...baseEnv, ...env }, encoding: 'utf8', timeout: 120_000 });
  const printed = (stdout: string) => {
    const [, year, sha256, position, cutOff] = PRINTED.exec(stdout) ?? [];
    return { year, sha256, position, cutOff };
  };

  beforeAll(() => {
    // `ledger demo` once per run, copied here (its own checks: cli.e2e, checkpoints, contracts-import).
    copyDemoStore(cli, dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the pack as .md, .html, .xlsx, .docx and .pdf and prints its sha256 and log position', () => {
    const out = join(dir, 'out');
    const result = run(['pack', String(YEAR), '--out', out]);
    expect(result.status).toBe(0);
    const { sha256, position, cutOff } = printed(result.stdout);
    expect(sha256).toBeDefined();
    const base = join(out, `strategy-update-pack-${YEAR}-${sha256.slice(0, 12)}`);
    for (const extension of ['md', 'html', 'xlsx', 'docx', 'pdf']) expect(existsSync(`${base}.${extension}`)).toBe(true);
    const markdown = readFileSync(`${base}.md`);
    expect(createHash('sha256').update(markdown).digest('hex')).toBe(sha256);
    expect(markdown.toString()).toContain(`Log position: ${position}`);
    // The cut-off printed by the CLI is the instant; the paper says it as a UK date and time.
    const uk = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', ...options }).format(new Date(cutOff));
    const ukCutOff = `${uk({ day: 'numeric', month: 'long', year: 'numeric' })}, ${uk({ hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })} UK time`;
    expect(markdown.toString()).toContain(`Cut-off: ${ukCutOff}`);
    // The demo's baseline: last year assessed at 1.8, this year not re-assessed, so carried forward like for like.
    expect(markdown.toString()).toContain(`NPS maturity: 1.8 out of 5 across 5 areas (0 re-assessed in ${YEAR}, 5 not re-assessed and carried forward)`);
    expect(markdown.toString()).toContain('Raise Engaging senior managers from Developing to its target of Mature');
    expect(markdown.toString()).toContain('Strategic risks: 5 open');
    expect(readFileSync(`${base}.pdf`).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('prints the same pack when nothing changed, and the log still verifies', () => {
    const first = printed(run(['pack', String(YEAR), '--out', join(dir, 'out')]).stdout);
    const second = printed(run(['pack', String(YEAR), '--out', join(dir, 'again')]).stdout);
    expect(second).toEqual(first);
    expect(readFileSync(join(dir, 'again', `strategy-update-pack-${YEAR}-${first.sha256.slice(0, 12)}.md`))).toEqual(
      readFileSync(join(dir, 'out', `strategy-update-pack-${YEAR}-${first.sha256.slice(0, 12)}.md`)),
    );
    expect(run(['verify']).status).toBe(0);
  });

  it('reviews a past year at 31 December 23:59:59 UK time', () => {
    const past = printed(run(['pack', String(YEAR - 1), '--out', join(dir, 'past')]).stdout);
    expect(past.cutOff).toBe(`${YEAR - 1}-12-31T23:59:59.000Z`);
  });

  it('refuses what is not a year (exit 4) and a year not started', () => {
    const bad = run(['pack', '20x6', '--out', join(dir, 'bad')]);
    expect(bad.status).toBe(4);
    expect(bad.stderr).toMatch(/BAD_USER_INPUT: "20x6" is not a year/);
    const future = run(['pack', String(YEAR + 1), '--out', join(dir, 'bad')]);
    expect(future.status).toBe(4);
    expect(future.stderr).toMatch(/RULE_VIOLATION: .*has not started/);
  });

  it("writes every procurement's OCDS release package, and one procurement's to stdout, NOT_FOUND for an unknown one", () => {
    const out = join(dir, 'ocds');
    const exported = run(['ocds', 'export', out], { OCDS_PREFIX: 'ocds-t3st42', LEDGER_AUTHORITY_NAME: 'Example Borough Council' });
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    const files = readdirSync(out);
    expect(files.length).toBeGreaterThan(0);
    expect(exported.stdout).toContain(`Wrote ${files.length} OCDS release package`);
    const [file] = files;
    const pkg = JSON.parse(readFileSync(join(out, file), 'utf8'));
    const ocid = file.replace(/\.json$/, '');
    expect(ocid).toMatch(/^ocds-t3st42-/);
    expect(new Set(pkg.releases.map((r: { ocid: string }) => r.ocid))).toEqual(new Set([ocid]));
    expect(pkg.publisher).toEqual({ name: 'Example Borough Council' });
    // `ledger ocds <procurementId>`: the same bytes on stdout.
    const printed = run(['ocds', ocid.slice('ocds-t3st42-'.length)], { OCDS_PREFIX: 'ocds-t3st42', LEDGER_AUTHORITY_NAME: 'Example Borough Council' });
    expect(printed.status).toBe(0);
    expect(printed.stdout).toBe(readFileSync(join(out, file), 'utf8'));
    // `--as-of`: the record as it stood then; before the demo's first event there is no procurement at all.
    const early = run(['ocds', 'export', join(dir, 'ocds-2000'), '--as-of', '2000-01-01T00:00:00Z']);
    expect(early.status).toBe(0);
    expect(early.stdout).toContain('Wrote 0 OCDS release packages');
    const unknown = run(['ocds', '00000000-0000-4000-a000-000000000000']);
    expect(unknown.status).toBe(4);
    expect(unknown.stderr).toMatch(/NOT_FOUND/);
  });
});
