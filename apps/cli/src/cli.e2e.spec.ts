import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';

// Runs the built CLI (`nx run cli:build`, a dependency of this test target) as a real process.
const workspace = join(__dirname, '../../..');
const cli = join(workspace, 'dist/apps/cli/main.js');

describe('ledger CLI against a real SQLite store', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const run = (args: string[], extraEnv: NodeJS.ProcessEnv = {}, input?: string) =>
    spawnSync(process.execPath, [cli, ...args], { env: { ...env, ...extraEnv }, encoding: 'utf8', input, timeout: 60_000 });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-cli-'));
    env = { PATH: process.env['PATH'], SQLITE_PATH: join(dir, 'ledger.sqlite'), JWT_SECRET: 'x'.repeat(40) };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates and lists users, then verifies the log it wrote', () => {
    const created = run(['users', 'create', '--email', 'Hr.Lead@Example.gov.uk', '--name', 'Harriet Reid', '--role', 'HR_LEAD', 'STAFF'], {}, 'a long enough passphrase\n');
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(/Created hr.lead@example.gov.uk \(HR_LEAD, STAFF\)/);

    const listed = run(['users', 'list']);
    expect(listed.stdout).toContain('hr.lead@example.gov.uk\tHarriet Reid\tHR_LEAD,STAFF\tactive');

    const verified = run(['verify']);
    expect(verified.status).toBe(0);
    // The registration and the claim on its email (ADR 0021).
    expect(verified.stdout).toMatch(/OK: 2 events checked/);
  });

  it('erases a user: listed as an erased user, and neither name nor email left in the store file', () => {
    run(['users', 'create', '--email', 'Olu.Contractor@Example.gov.uk', '--name', 'Olumide Contractor', '--role', 'STAFF'], { LEDGER_PASSWORD: 'a long enough passphrase' });
    const erased = run(['users', 'erase', 'olu.contractor@example.gov.uk', '--reason', 'Contract ended']);
    expect(erased.stderr).toBe('');
    expect(erased.stdout).toMatch(/Erased the personal data of user \S+/);
    const listed = run(['users', 'list']).stdout;
    expect(listed).toMatch(/^\tErased user\tSTAFF\terased\t\S+$/m);
    expect(listed).not.toMatch(/olumide|contractor/i);
    const bytes = readFileSync(env['SQLITE_PATH'] as string).toString('latin1') + readWal();
    expect(bytes).not.toMatch(/olumide|contractor/i);
    expect(run(['users', 'erase', 'olu.contractor@example.gov.uk', '--reason', 'again']).stderr).toMatch(/NOT_FOUND/);
  });

  const readWal = () => {
    try {
      return readFileSync(`${env['SQLITE_PATH']}-wal`).toString('latin1');
    } catch {
      return '';
    }
  };

  it('refuses a weak password with BAD_USER_INPUT, exit code 4, and writes nothing', () => {
    const refused = run(['users', 'create', '--email', 'a@example.gov.uk', '--name', 'A', '--role', 'STAFF'], { LEDGER_PASSWORD: 'short' });
    expect(refused.status).toBe(4);
    expect(refused.stderr).toMatch(/BAD_USER_INPUT: A password needs at least 12 characters/);
    expect(run(['users', 'list']).stdout).toContain('No users yet');
  });

  it('names the first broken position when a stored event was altered, with exit code 3', () => {
    for (const email of ['one@example.gov.uk', 'two@example.gov.uk']) {
      run(['users', 'create', '--email', email, '--name', 'X', '--role', 'STAFF'], { LEDGER_PASSWORD: 'a long enough passphrase' });
    }
    const db = new Database(env['SQLITE_PATH'] as string);
    db.prepare("UPDATE events SET data = json_set(data, '$.roles', json('[\"ADMIN\"]')) WHERE position = 2").run();
    db.close();
    const verified = run(['verify']);
    expect(verified.status).toBe(3);
    expect(verified.stdout).toMatch(/BROKEN at position 2: .*altered/);
  });

  it('verifies on worker threads when asked (a long log by default), naming an altered event as the walk in-process does', () => {
    for (const email of ['one@example.gov.uk', 'two@example.gov.uk']) {
      run(['users', 'create', '--email', email, '--name', 'X', '--role', 'STAFF'], { LEDGER_PASSWORD: 'a long enough passphrase' });
    }
    const intact = run(['verify', '--threads', '2']);
    expect(intact.status).toBe(0);
    expect(intact.stdout).toMatch(/OK: 4 events checked/);
    const db = new Database(env['SQLITE_PATH'] as string);
    db.prepare("UPDATE events SET data = json_set(data, '$.displayName', 'Someone else') WHERE position = 3").run();
    db.close();
    const onThreads = run(['verify', '--threads', '2']);
    expect(onThreads.status).toBe(3);
    expect(onThreads.stdout).toMatch(/BROKEN at position 3: .*altered/);
    expect(onThreads.stdout).toBe(run(['verify', '--threads', '0']).stdout);
    expect(run(['verify', '--threads', 'many']).stderr).toMatch(/BAD_USER_INPUT: --threads must be a number/);
  });

  it('reports a bad configuration by name with exit code 2', () => {
    const result = run(['verify'], { EVENT_STORE: 'oracle' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/EVENT_STORE must be sqlite, postgres or eventstoredb/);
  });
});

describe('ledger workforce spreadsheets against a real SQLite store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-cli-sheets-'));
  const env = { PATH: process.env['PATH'], SQLITE_PATH: join(dir, 'ledger.sqlite'), JWT_SECRET: 'x'.repeat(40) };
  const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { env, encoding: 'utf8', timeout: 60_000 });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the demo into an empty store only', () => {
    expect(run(['demo']).status).toBe(0);
    const again = run(['demo']);
    expect(again.status).toBe(4);
    expect(again.stderr).toMatch(/RULE_VIOLATION: The store is not empty/);
  });

  it('dry-runs, refuses and then imports a skills CSV, and exports the matrix', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'Email,Competency,Level,Evidence\nofficer@demo.ledger.example,Social value,2,Workshop\nofficer@demo.ledger.example,Social value,9,Typo\n');
    const dry = run(['workforce', 'import', 'skills-matrix', bad, '--dry-run']);
    expect(dry.status).toBe(4);
    expect(dry.stdout).toContain('line 3: BAD_USER_INPUT: level must be a whole number from 0 to 4');
    expect(dry.stdout).toContain('Nothing was written');

    const good = join(dir, 'good.csv');
    writeFileSync(good, 'Email,Competency,Level,Evidence\nofficer@demo.ledger.example,Social value,2,Workshop\n');
    const imported = run(['workforce', 'import', 'skills-matrix', good]);
    expect(imported.stdout).toContain('Imported: 1 rows read, 0 refused, 1 applied');

    const out = join(dir, 'matrix.csv');
    expect(run(['registers', 'export', 'skills-matrix', out]).status).toBe(0);
    const matrix = readFileSync(out, 'utf8');
    expect(matrix).toContain('Social value (level)');
    expect(matrix).toMatch(/"Sam Osei","officer@demo\.ledger\.example","Procurement Officer","Procurement",/);
    expect(run(['verify']).stdout).toMatch(/^OK: \d+ events checked/);
  });

  it('exports the governance registers, as at an instant too', () => {
    const risks = join(dir, 'risks.csv');
    const done = run(['registers', 'export', 'risk-register', risks]);
    expect(done.stdout).toContain(`Wrote the risk-register to ${risks}`);
    expect(readFileSync(risks, 'utf8')).toContain('Modern slavery in outsourced cleaning and facilities supply chains');
    const past = join(dir, 'gateway-2020.xlsx');
    expect(run(['registers', 'export', 'gateway-log', past, '--as-of', '2020-01-01T00:00:00Z']).status).toBe(0);
    const unknown = run(['registers', 'export', 'payroll', join(dir, 'x.csv')]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Allowed choices are establishment, skills-matrix, training-register, gateway-log, lessons-log, risk-register/);
  });

  it('exports the contracts register: the CSV its register, the workbook every sheet, as at an instant too', async () => {
    const csvFile = join(dir, 'contracts.csv');
    const done = run(['registers', 'export', 'contracts-register', csvFile]);
    expect(done.stdout).toContain(`Wrote the contracts-register to ${csvFile}`);
    const csv = readFileSync(csvFile, 'utf8');
    expect(csv.startsWith('"Contract reference","Title","Supplier","Procurement reference",')).toBe(true);
    // The demo's adult skills contract, its manager by name only.
    expect(csv).toMatch(/"Fenland Skills Partnership Ltd",.*,438500,/);
    expect(csv).not.toMatch(/@demo\.ledger\.example/);

    const xlsxFile = join(dir, 'contracts.xlsx');
    expect(run(['registers', 'export', 'contracts-register', xlsxFile]).status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxFile);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Contracts register', 'Variations', 'KPI reports', 'Social value commitments', 'Social value deliveries', 'Savings and benefits']);
    expect(workbook.getWorksheet('Variations')?.rowCount).toBeGreaterThan(1);

    const past = join(dir, 'contracts-2020.csv');
    expect(run(['registers', 'export', 'contracts-register', past, '--as-of', '2020-01-01T00:00:00Z']).status).toBe(0);
    expect(readFileSync(past, 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('answers the social value FOI questions from the record, and refuses a year that is no year', () => {
    const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date()).slice(0, 4);
    const out = join(dir, 'foi.csv');
    const done = run(['registers', 'social-value-foi', out, '--year', year]);
    expect(done.stdout).toContain(`Wrote the social value FOI answers for ${year} to ${out}`);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('"Question","Asked","Answer from the record","Figures"\n1,')).toBe(true);
    expect(csv).toContain('Not held in the ledger');
    // The demo's skills matrix has a "Social value" competency (question 9).
    expect(csv).toContain('Competencies in the skills matrix: Social value');
    expect(run(['registers', 'social-value-foi', join(dir, 'foi.xlsx'), '--year', year, '--as-of', '2020-01-01T00:00:00Z']).status).toBe(0);
    const bad = run(['registers', 'social-value-foi', out, '--year', 'next']);
    expect(bad.status).toBe(4);
    expect(bad.stderr).toContain('BAD_USER_INPUT: year must be a year from 2000 to 2100');
  });
});
