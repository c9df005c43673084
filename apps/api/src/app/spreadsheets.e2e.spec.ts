import { readTable, writeTables } from '@ledger/shared-api';
import { TestLedger, codeOf, startTestLedger } from '../testing/test-ledger';

const csv = (lines: string[]) => Buffer.from(lines.join('\n') + '\n');

describe('workforce spreadsheets over authenticated HTTP (SQLite)', () => {
  let ledger: TestLedger;
  let admin: string;
  const ids: Record<string, string> = {};

  const upload = async (kind: string, content: Buffer, fileName: string, token: string | undefined, dryRun = false) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(content)]), fileName);
    const response = await fetch(`${ledger.url}/api/workforce/imports/${kind}${dryRun ? '?dryRun=true' : ''}`, {
      method: 'POST',
      body: form,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const download = async (path: string, token: string | undefined) => {
    const response = await fetch(`${ledger.url}/api/workforce/exports/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: response.status, type: response.headers.get('content-type'), body: Buffer.from(await response.arrayBuffer()) };
  };

  beforeAll(async () => {
    ledger = await startTestLedger('sqlite');
    admin = await ledger.adminToken();
    for (const [key, name, email] of [
      ['jo', 'Jo Bloggs', 'jo@example.gov.uk'],
      ['sam', 'Sam Osei', 'sam@example.gov.uk'],
    ]) {
      const r = await ledger.gql(
        'mutation($i: RegisterStaffMemberInput!) { registerStaffMember(input: $i) { id } }',
        { i: { displayName: name, email, jobTitle: 'Procurement Officer', department: 'Procurement' } },
        admin,
      );
      ids[key] = r.data?.registerStaffMember.id;
    }
    const competency = await ledger.gql(
      'mutation($i: DefineCompetencyInput!) { defineCompetency(input: $i) { id } }',
      { i: { name: 'Contract management', category: 'Contract management', levelDescriptors: ['0', '1', '2', '3', '4'] } },
      admin,
    );
    ids['cm'] = competency.data?.defineCompetency.id;
    await ledger.gql('mutation($i: SetRequirementInput!) { setRequirement(input: $i) { id } }', { i: { jobTitle: 'Procurement Officer', competencyId: ids['cm'], requiredLevel: 3 } }, admin);
    const course = await ledger.gql(
      'mutation($i: AddCourseInput!) { addCourse(input: $i) { id } }',
      { i: { title: 'Contract Management Foundation', provider: 'GCC', competencyIds: [ids['cm']], validityMonths: 24, levels: [{ competencyId: ids['cm'], raisesTo: 2 }] } },
      admin,
    );
    ids['course'] = course.data?.addCourse.id;
  });
  afterAll(async () => ledger?.close());

  const skillsFile = (rows: string[]) => csv(['Email,Competency,Level,Evidence', ...rows]);

  it('dry-runs an import with a bad row: names the line and the reason, writes nothing', async () => {
    const before = await ledger.head();
    const file = skillsFile(['jo@example.gov.uk,Contract management,2,Observed on the fleet tender', 'nobody@example.gov.uk,Contract management,2,x', 'sam@example.gov.uk,Contract management,7,Too high']);
    const { status, body } = await upload('skills-matrix', file, 'skills.csv', admin, true);
    expect(status).toBe(200);
    expect(body).toMatchObject({ dryRun: true, rowsRead: 3, applied: 0 });
    expect(body.errors).toEqual([
      { line: 3, code: 'NOT_FOUND', message: 'No staff member with email "nobody@example.gov.uk"' },
      { line: 4, code: 'BAD_USER_INPUT', message: 'level must be a whole number from 0 to 4' },
    ]);
    expect(await ledger.head()).toBe(before);
  });

  it('refuses the whole import when any row is invalid (422), then imports the corrected file once', async () => {
    const before = await ledger.head();
    const bad = await upload('skills-matrix', skillsFile(['jo@example.gov.uk,Contract management,2,Observed', 'sam@example.gov.uk,Unknown skill,1,x']), 'skills.csv', admin);
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([{ line: 3, code: 'NOT_FOUND', message: 'No competency named "Unknown skill"' }]);
    expect(await ledger.head()).toBe(before);

    const good = skillsFile(['jo@example.gov.uk,Contract management,2,Observed on the fleet tender', 'SAM@example.gov.uk,contract MANAGEMENT,1,Self-assessment checked by manager']);
    const applied = await upload('skills-matrix', good, 'skills.csv', admin);
    expect(applied.body).toMatchObject({ applied: 2, alreadyApplied: 0, errors: [] });
    const matrix = await ledger.gql('{ skillsMatrix { rows { staffMember { id } cells { level requiredLevel gap } } } }', {}, admin);
    const row = (id: string) => matrix.data?.skillsMatrix.rows.find((r: any) => r.staffMember.id === id).cells[0];
    expect(row(ids['jo'])).toEqual({ level: 2, requiredLevel: 3, gap: 1 });
    expect(row(ids['sam'])).toEqual({ level: 1, requiredLevel: 3, gap: 2 });

    const afterFirst = await ledger.head();
    const again = await upload('skills-matrix', good, 'skills.csv', admin);
    expect(again.body).toMatchObject({ applied: 0, alreadyApplied: 2, errors: [] });
    expect(await ledger.head()).toBe(afterFirst);
  });

  it('refuses an import whose rows repeat word for word (case aside), naming both lines, and records nothing', async () => {
    const before = await ledger.head();
    const repeated = skillsFile([
      'jo@example.gov.uk,Contract management,3,Repeated by a copy-paste slip',
      'sam@example.gov.uk,Contract management,2,Peer review',
      'JO@example.gov.uk,contract management,3,Repeated by a copy-paste slip',
    ]);
    const answer = await upload('skills-matrix', repeated, 'skills.csv', admin);
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual([{ line: 4, code: 'BAD_USER_INPUT', message: 'Line 4 repeats line 2 exactly: remove the repeat' }]);
    expect(await ledger.head()).toBe(before);
  });

  it('imports training records from XLSX: a completion with evidence sets expiry and raises the level', async () => {
    const xlsx = await writeTables(
      [{ name: 'Training', columns: ['Email', 'Course', 'Status', 'Date', 'Evidence'], rows: [['sam@example.gov.uk', 'Contract Management Foundation', 'Completed', '2026-01-10', 'Certificate CMF-1']] }],
      'xlsx',
    );
    const { body } = await upload('training-records', xlsx, 'training.xlsx', admin);
    expect(body).toMatchObject({ applied: 1, errors: [] });
    const register = await ledger.gql('query($s: ID) { trainingRegister(staffMemberId: $s) { status completedOn expiresOn } }', { s: ids['sam'] }, admin);
    expect(register.data?.trainingRegister).toEqual([{ status: 'COMPLETED', completedOn: '2026-01-10', expiresOn: '2028-01-10' }]);
    const matrix = await ledger.gql('query($s: ID) { skillsMatrix(staffMemberId: $s) { rows { cells { level history { source } } } } }', { s: ids['sam'] }, admin);
    expect(matrix.data?.skillsMatrix.rows[0].cells[0]).toEqual({ level: 2, history: [{ source: 'ASSESSMENT' }, { source: 'TRAINING' }] });
  });

  it('exports the matrix to XLSX with an importable assessments sheet, and the register to CSV', async () => {
    const xlsx = await download('skills-matrix?format=xlsx', admin);
    expect(xlsx.status).toBe(200);
    expect(xlsx.type).toContain('spreadsheetml');
    const rows = await readTable(xlsx.body, 'xlsx');
    expect(rows.map((r) => [r.values['name'], r.values['contract_management_level'], r.values['contract_management_gap']])).toEqual([
      ['Jo Bloggs', '2', '1'],
      ['Sam Osei', '2', '1'],
    ]);
    const register = await download('training-register?format=csv', admin);
    expect(register.type).toContain('text/csv');
    const lines = (await readTable(register.body, 'csv')).map((r) => r.values);
    expect(lines).toEqual([expect.objectContaining({ name: 'Sam Osei', course: 'Contract Management Foundation', status: 'COMPLETED', expires_on: '2028-01-10' })]);
  });

  it('exports as at an instant, and shows erased people without their personal data', async () => {
    const beforeErasure = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await ledger.gql('mutation($s: ID!) { erasePersonalData(staffMemberId: $s, reason: "Left; retention period over") { erased } }', { s: ids['jo'] }, admin);
    const csvExport = await download(`skills-matrix?format=csv&asOf=${encodeURIComponent(beforeErasure)}`, admin);
    const text = csvExport.body.toString('utf8');
    expect(text).not.toContain('Jo Bloggs');
    expect(text).not.toContain('jo@example.gov.uk');
    expect(text).toContain('Erased person');
    expect(text).toContain('Sam Osei');
  });

  it('lets readers export and only HR writers import; no token is 401', async () => {
    const auditor = await ledger.tokenFor('AUDITOR');
    expect((await download('establishment?format=csv', auditor)).status).toBe(200);
    const procurement = await ledger.tokenFor('PROCUREMENT_LEAD');
    const before = await ledger.head();
    const refused = await upload('skills-matrix', skillsFile(['sam@example.gov.uk,Contract management,4,x']), 'skills.csv', procurement);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
    expect(await ledger.head()).toBe(before);
    expect((await download('skills-matrix', undefined)).status).toBe(401);
    const committee = await ledger.tokenFor('COMMITTEE_MEMBER');
    expect(codeOf(await ledger.gql('{ establishment { filledFte } }', {}, committee))).toBe('FORBIDDEN');
  });

  it('refuses a cell holding a NUL character (which PostgreSQL cannot store), naming line and column, on every store', async () => {
    const before = await ledger.head();
    const answer = await upload('skills-matrix', skillsFile(['sam@example.gov.uk,Contract management,2,Observed\u0000on site', 'sam@example.gov.uk,Contract management,3,Peer review']), 'skills.csv', admin);
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual([{ line: 2, code: 'BAD_USER_INPUT', message: 'Column "evidence" holds a NUL character: remove it' }]);
    expect(await ledger.head()).toBe(before);
  });

  it('imports 10,000 rows about one person while /health keeps answering', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `sam@example.gov.uk,Contract management,${i % 5},Observed at review ${i}`);
    let importing = true;
    let answered = 0;
    const polling = (async () => {
      while (importing) {
        const response = await fetch(`${ledger.url}/health`);
        await response.arrayBuffer();
        if (response.ok) answered += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const before = await ledger.head();
    const { status, body } = await upload('skills-matrix', skillsFile(rows), 'big.csv', admin);
    importing = false;
    await polling;
    expect(status).toBe(200);
    expect(body).toMatchObject({ rowsRead: 10_000, applied: 10_000, errors: [] });
    expect(await ledger.head()).toBe(before + 10_000n);
    // An import that held the event loop throughout would let /health answer once or twice, before and after.
    expect(answered).toBeGreaterThanOrEqual(20);
    const matrix = await ledger.gql('query($s: ID) { skillsMatrix(staffMemberId: $s) { rows { cells { level } } } }', { s: ids['sam'] }, admin);
    expect(matrix.data?.skillsMatrix.rows[0].cells[0].level).toBe(9_999 % 5);
  }, 180_000);

  it('answers a file that is neither CSV nor XLSX with BAD_USER_INPUT', async () => {
    const { status, body } = await upload('skills-matrix', Buffer.from('hello'), 'notes.txt', admin);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
