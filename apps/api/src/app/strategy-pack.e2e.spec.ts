import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ukDateOf, ukLongDate } from '@ledger/shared-domain';
import { StrategyPackService } from '@ledger/strategy-pack';
import { STORES_UNDER_TEST, TestLedger, USER_PASSWORD, codeOf, startTestLedger } from '../testing/test-ledger';
import { ukDaysFromToday, ukToday, ukYear } from '../testing/uk-dates';

/**
 * The annual strategy update pack: gathered from every register as at the review's cut-off and a
 * recorded log position, rendered as Markdown (hashed), HTML, XLSX, DOCX and PDF, and on the
 * record as a StrategyUpdatePackGenerated event. Rebuilding at the recorded position gives the
 * same Markdown and hash, whatever was recorded since.
 */
const PACK = 'year cutOff generatedAt generatedBy position sha256 markdown verified downloads { format url contentType }';
const Q = {
  generate: `mutation($year: Int!) { generateStrategyUpdatePack(year: $year) { ${PACK} } }`,
  latest: `query($year: Int!) { strategyUpdatePack(year: $year) { ${PACK} } }`,
  history: 'query($year: Int!) { strategyUpdatePackHistory(year: $year) { position sha256 generatedBy } }',
  commentary: 'mutation($input: RecordPackCommentaryInput!) { recordPackCommentary(input: $input) { section number title text } }',
  assess: 'mutation($input: AssessMaturityInput!) { assessMaturity(input: $input) { overallScore } }',
  addItem: 'mutation($input: AddActionPlanItemInput!) { addActionPlanItem(input: $input) { id } }',
  progress: 'mutation($input: RecordActionProgressInput!) { recordActionProgress(input: $input) { id } }',
  staff: 'mutation($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id } }',
  propose: 'mutation($input: ProposePostInput!) { proposePost(input: $input) { id revision } }',
  decidePost: 'mutation($input: DecidePostInput!) { decidePost(input: $input) { id } }',
  fill: 'mutation($input: FillPostInput!) { fillPost(input: $input) { id } }',
  competency: 'mutation($input: DefineCompetencyInput!) { defineCompetency(input: $input) { id } }',
  requirement: 'mutation($input: SetRequirementInput!) { setRequirement(input: $input) { id } }',
  course: 'mutation($input: AddCourseInput!) { addCourse(input: $input) { id } }',
  outcome: 'mutation($input: RecordTrainingOutcomeInput!) { recordTrainingOutcome(input: $input) { id } }',
  procurement: 'mutation($input: RegisterProcurementInput!) { registerProcurement(input: $input) { id } }',
  request: 'mutation($input: RequestGatewayReviewInput!) { requestGatewayReview(input: $input) { id } }',
  decide: 'mutation($input: RecordGatewayDecisionInput!) { recordGatewayDecision(input: $input) { id } }',
  lesson: 'mutation($input: RecordLessonInput!) { recordLesson(input: $input) { id } }',
  action: 'mutation($input: AssignLessonActionInput!) { assignLessonAction(input: $input) { id } }',
  risk: 'mutation($input: IdentifyRiskInput!) { identifyRisk(input: $input) { id } }',
  review: 'mutation($input: ReviewRiskInput!) { reviewRisk(input: $input) { id } }',
  award: 'mutation($input: AwardContractInput!) { awardContract(input: $input) { id } }',
  vary: 'mutation($input: VaryContractInput!) { varyContract(input: $input) { variations { id status } } }',
  approve: 'mutation($input: DecideContractVariationInput!) { approveContractVariation(input: $input) { currentValue } }',
  assign: 'mutation($input: ContractManagerInput!) { assignContractManager(input: $input) { id } }',
  addKpi: 'mutation($input: AddKpiInput!) { addKpi(input: $input) { kpis { id } } }',
  reportKpi: 'mutation($input: ReportKpiInput!) { reportKpi(input: $input) { id } }',
  saving: 'mutation($input: RecordSavingOrBenefitInput!) { recordSavingOrBenefit(input: $input) { id } }',
  measure: 'mutation($input: DefineSocialValueMeasureInput!) { defineSocialValueMeasure(input: $input) { id } }',
  commit: 'mutation($input: CommitSocialValueInput!) { commitSocialValue(input: $input) { socialValueCommitments { id } } }',
  deliver: 'mutation($input: ReportSocialValueDeliveryInput!) { reportSocialValueDelivery(input: $input) { id } }',
  registers: '{ establishment { filledFte approvedFte proposedFte } skillsMatrix { rows { cells { gap } } } gatewayLog { id outcome } risks { id } lessons { id actions { status overdue } } }',
};
const inDays = ukDaysFromToday;

interface Pack {
  year: number;
  cutOff: string;
  generatedAt: string;
  generatedBy: string;
  position: string;
  sha256: string;
  markdown: string;
  verified: boolean;
  downloads: { format: string; url: string; contentType: string }[];
}

describe.each(STORES_UNDER_TEST)('strategy update pack on %s', (store) => {
  const year = ukYear();
  let ledger: TestLedger;
  let admin: string;
  let lead: string;
  let leadId: string;
  let first: Pack;
  const people: string[] = [];
  const ok = (query: string, variables: Record<string, unknown> = {}, token = admin) => ledger.ok(query, variables, token);
  const download = async (url: string, token?: string) => {
    const response = await fetch(`${ledger.url}${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: response.status, type: response.headers.get('content-type'), disposition: response.headers.get('content-disposition'), body: Buffer.from(await response.arrayBuffer()) };
  };
  const identifyRisk = (title: string) => ok(Q.risk, { input: { title, category: 'GDPR', likelihood: 2, impact: 4, reviewEveryMonths: 3 } });

  beforeAll(async () => {
    ledger = await startTestLedger(store);
    admin = await ledger.adminToken();
    lead = await ledger.tokenFor('PROCUREMENT_LEAD', 'lee.lead@example.gov.uk', 'Lee Lead');
    leadId = (await ok('{ me { id } }', {}, lead)).id;

    // Workforce: three people, one post filled and one proposed; a requirement and a completion.
    for (const [name, jobTitle] of [['Ama Mensah', 'Procurement Officer'], ['Ben Hughes', 'Director of Finance'], ['Cat Doyle', 'Monitoring Officer']]) {
      people.push((await ok(Q.staff, { input: { displayName: name, email: `${name.split(' ')[0].toLowerCase()}@example.gov.uk`, jobTitle, department: 'Corporate Services' } })).id);
    }
    const post = await ok(Q.propose, { input: { title: 'Procurement Officer', fte: 1, justification: 'Strategy 3.3', targetYear: year } });
    await ok(Q.decidePost, { input: { postId: post.id, approve: true, reason: 'Funded' } });
    await ok(Q.fill, { input: { postId: post.id, staffMemberId: people[0], startDate: ukToday() } });
    await ok(Q.propose, { input: { title: 'Contracts Manager', fte: 0.5, justification: 'Strategy 3.3', targetYear: year + 1 } });
    const competency = (await ok(Q.competency, { input: { name: 'Contract law basics', category: 'Law', levelDescriptors: ['None', 'Aware', 'Practitioner', 'Skilled', 'Expert'] } })).id;
    await ok(Q.requirement, { input: { jobTitle: 'Procurement Officer', competencyId: competency, requiredLevel: 3 } });
    const course = (await ok(Q.course, { input: { title: 'Contract Law Basics', provider: 'CIPS', competencyIds: [competency], levels: [{ competencyId: competency, raisesTo: 1 }] } })).id;
    await ok(Q.outcome, { input: { staffMemberId: people[0], courseId: course, status: 'COMPLETED', date: ukToday(), evidence: 'Certificate 17' } });

    // Governance: a decision at G2, a lesson with an open action, a risk reviewed.
    const procurement = (await ok(Q.procurement, { input: { title: 'Fleet vans', estimatedValue: 150_000, riskLevel: 'LOW', politicalInterest: false } })).id;
    const reviewId = (await ok(Q.request, { input: { procurementId: procurement, gateway: 'G2_PROCUREMENT_STRATEGY', summary: 'Mini-competition' } })).id;
    await ok(Q.decide, { input: { reviewId, outcome: 'DEFERRED', conditions: [], rationale: 'No market engagement yet', committeeMemberIds: people } });
    const lessonId = (await ok(Q.lesson, { input: { title: 'Market engagement came too late', whatHappened: 'Two bids', recommendation: 'Engage earlier' } })).id;
    await ok(Q.action, { input: { lessonId, description: 'Update the template', ownerStaffMemberId: people[0], dueDate: inDays(30), target: 'TEMPLATE' } });
    const riskId = (await identifyRisk('Supplier data breach')).id;
    await ok(Q.review, { input: { riskId, likelihood: 1, impact: 4, notes: 'Questionnaire returned' } });

    // Contracts (strategy 3.9/3.10): a £300k contract with social value weighted, varied, reported on,
    // with a saving and social value behind its pro rata expectation; a second lot without social value.
    const highways = (await ok(Q.procurement, { input: { title: 'Highways maintenance', estimatedValue: 300_000, riskLevel: 'LOW', politicalInterest: false } })).id;
    for (const gateway of ['G2_PROCUREMENT_STRATEGY', 'G3_AWARD']) {
      const review = (await ok(Q.request, { input: { procurementId: highways, gateway, summary: `${gateway} papers` } })).id;
      await ok(Q.decide, { input: { reviewId: review, outcome: 'APPROVED', conditions: [], rationale: 'Meets the criteria', committeeMemberIds: people } });
    }
    const term = { startDate: `${year - 1}-01-01`, endDate: `${year + 1}-12-31`, extensionMonthsAvailable: 0 };
    const contractId = (await ok(Q.award, { input: { procurementId: highways, supplierName: 'Acme Highways Ltd', awardedValue: 300_000, ...term, socialValueWeightingPercent: 10 } }, lead)).id;
    await ok(Q.award, { input: { procurementId: highways, supplierName: 'Lot 2 Surfacing Ltd', awardedValue: 50_000, ...term, socialValueWeightingPercent: 0 } }, lead);
    await ok(Q.vary, { input: { contractId, description: 'Extra gully cleaning', valueChange: 20_000, reason: 'Flooding' } }, lead);
    const pending = (await ok(Q.vary, { input: { contractId, description: 'Two more depots', valueChange: 50_000, reason: 'Scope extended' } }, lead)).variations[1];
    expect(pending.status).toBe('PENDING');
    expect((await ok(Q.approve, { input: { contractId, variationId: pending.id } }, lead)).currentValue).toBe(370_000);
    await ok(Q.assign, { input: { contractId, staffMemberId: people[1] } }, lead);
    const kpiId = (await ok(Q.addKpi, { input: { contractId, name: 'Repairs on time', target: '95% within 24 hours' } }, lead)).kpis[0].id;
    await ok(Q.reportKpi, { input: { contractId, kpiId, period: `${year}-Q1`, rating: 'AMBER', note: 'Two late repairs' } }, lead);
    await ok(Q.saving, { input: { contractId, kind: 'SAVING', stage: 'COMMITTED', amount: 12_000, period: `${year}-Q1`, note: 'Rates below the framework' } }, lead);
    await ok(Q.saving, { input: { contractId, kind: 'SAVING', stage: 'DELIVERED', amount: 4_000, period: `${year}-Q1`, note: 'First invoices' } }, lead);
    const measureId = (await ok(Q.measure, { input: { theme: 'Tackling economic inequality', outcome: 'Apprenticeships for local people', unit: 'apprenticeship weeks', proxyValuePerUnit: 250 } }, lead)).id;
    const commitmentId = (await ok(Q.commit, { input: { contractId, measureId, committedQuantity: 40 } }, lead)).socialValueCommitments[0].id;
    await ok(Q.deliver, { input: { contractId, commitmentId, period: `${year}-Q1`, quantity: 10, evidence: 'Payroll extract' } }, lead);

    // Strategy: last year's baseline and this year's assessment, an action plan item.
    for (const [y, area, level] of [
      [year - 1, 'Developing talent', 'MINIMUM'],
      [year - 1, 'Engaging senior managers', 'DEVELOPING'],
      [year, 'Developing talent', 'DEVELOPING'],
      [year, 'Engaging senior managers', 'MATURE'],
    ] as const) {
      await ok(Q.assess, { input: { year: y, area, level, target: 'MATURE', evidence: `${area} evidence ${y}` } }, lead);
    }
    const item = (await ok(Q.addItem, { input: { area: 'Developing talent', description: 'Create a skills matrix', targetYear: year, targetLevel: 'DEVELOPING' } }, lead)).id;
    await ok(Q.progress, { input: { itemId: item, percent: 100, note: 'Matrix in the ledger' } }, lead);
  });
  afterAll(async () => ledger?.close());

  it('generates the pack at the log head, with the numbers the registers show, and records it', async () => {
    const answer = await ledger.gql(Q.registers, {}, admin);
    expect(answer.errors).toBeUndefined();
    const registers = answer.data as any;
    const before = await ledger.head();
    first = await ok(Q.generate, { year }, lead);
    expect(first).toMatchObject({ year, position: before.toString(), generatedBy: leadId, verified: true });
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Date.parse(first.cutOff)).toBeLessThanOrEqual(Date.parse(first.generatedAt));
    const [event] = await ledger.stores.eventStore.readStream(`strategy-pack-${year}`);
    expect(event).toMatchObject({
      type: 'StrategyUpdatePackGenerated',
      data: { year, cutOff: first.cutOff, position: first.position, sha256: first.sha256, generatedBy: leadId, authorityName: 'The contracting authority' },
    });
    // A signed checkpoint follows every new pack and covers it (ADR 0018).
    const log = await ledger.stores.eventStore.readAll();
    expect(log.at(-1)).toMatchObject({ streamId: 'log-checkpoints', data: { reason: 'strategy-pack', treeSize: log.length - 1 } });
    expect(log.at(-2)).toMatchObject({ type: 'StrategyUpdatePackGenerated' });

    const md = first.markdown;
    expect(md.startsWith(`# The contracting authority: strategy update pack ${year}\n`)).toBe(true);
    expect(md).toContain(`Cut-off: ${ukLongDate(ukDateOf(new Date(first.cutOff)))}, `);
    expect(md).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(md).toContain(`Log position: ${first.position}`);
    const { establishment: e } = registers;
    expect([e.filledFte, e.approvedFte, e.proposedFte]).toEqual([1, 1, 0.5]);
    expect(md).toContain(`Establishment: ${e.filledFte} of ${e.approvedFte} approved FTE filled; ${e.proposedFte} FTE proposed`);
    const gap = registers.skillsMatrix.rows.flatMap((r: { cells: { gap: number }[] }) => r.cells).reduce((sum: number, c: { gap: number }) => sum + c.gap, 0);
    expect(gap).toBe(2);
    // The requirement was set this year: the matrix measured nothing on 1 January, so there is no "from 0".
    expect(md).toContain(`Skills gaps: total gap ${gap} across 1 cell at the cut-off; the matrix did not exist at the start of the year`);
    expect(md).toContain('Training: 1 course completion by 1 person in the year');
    expect(md).toContain(`Gateway decisions taken in the year: ${registers.gatewayLog.length}`);
    expect(md).toContain('| Deferred | 1 |');
    expect(md).toContain('| Fleet vans | Procurement strategy gateway (G2) | Deferred | No |');
    expect(registers.lessons[0].actions).toEqual([{ status: 'OPEN', overdue: false }]);
    expect(md).toContain('Actions open: 1; closed: 0; overdue: 0');
    expect(md).toContain(`Strategic risks: ${registers.risks.length} open, 0 of them high or very high; reviews overdue at the cut-off: 0`);
    expect(md).toContain(`NPS maturity: 2.5 out of 5 across 2 areas (2 re-assessed in ${year}, 0 not re-assessed and carried forward); over the same 2 areas 2.5 against 1.5 at the end of ${year - 1} (+1.0)`);
    expect(md).toContain(`| Enablers | Developing talent | Developing | 2 | Mature | Minimum | +1 | In ${year} |`);
    expect(md).toContain('| Developing talent | Create a skills matrix |');
    expect(md).toContain('| 100% | Matrix in the ledger |');
    expect(md).toContain(`The risk register held no risks at 31 December ${year - 1}: the register did not exist then`);
    for (const chart of ['NPS maturity by area', 'Training completions by quarter', 'Skills coverage by competency', 'Gateway decisions by outcome', 'Open risks by impact and likelihood', 'Social value committed and delivered by contract'])
      expect(md).toContain(chart);
    // No personal data in the pack: erasing a person must never change a recorded pack.
    expect(md).not.toMatch(/Ama|Mensah|example\.gov\.uk/);
  });

  it('shows social value and contract management (strategy 3.9 and 3.10) in the Markdown and the workbook', async () => {
    const md = first.markdown;
    expect(md).toContain('Contracts: 2 awarded in the year (£350,000), 2 active at the cut-off');
    expect(md).toContain("Social value on the year's awards: £10,000 committed, £2,500 delivered");
    expect(md).toContain('## 3.8 Managing contracts');
    expect(md).toContain('## 3.10 Creating social value');
    expect(md).toContain('- Contracts awarded in the year: 2, awarded value £350,000');
    expect(md).toContain('- Active contracts at the cut-off: 2, current value £420,000; with a contract manager assigned: 1');
    expect(md).toContain("- Variations recorded in the year: 2, of which 1 over the policy threshold needed the procurement lead's approval");
    expect(md).toContain("- KPI reports for the year's quarters: Green 0, Amber 1, Red 0");
    expect(md).toContain('1 of 2 weighted it in evaluation (average weighting 10%); committed £10,000, delivered £2,500');
    expect(md).toContain('| Effective | 1 | £20,000 |\n| Pending | 0 | £0 |\n| Approved | 1 | £50,000 |');
    expect(md).toContain('| Saving | £12,000 | £4,000 | £4,000 |');
    expect(md).toContain('| Highways maintenance | Acme Highways Ltd | £10,000 | £2,500 |');
    expect(md).toMatch(/\| \d{1,2} [A-Z][a-z]+ \d{4} \| Highways maintenance \| Acme Highways Ltd \| Active \| £300,000 \| £370,000 \|/);
    expect(md).toContain('| Highways maintenance | Acme Highways Ltd | 10% | £10,000 | £2,500 | Yes |');
    expect(md).toContain('| Highways maintenance | Lot 2 Surfacing Ltd | 0% | £0 | £0 | No |');
    const xlsx = await download(first.downloads.find((d) => d.format === 'xlsx')?.url ?? '', lead);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const summary = (workbook.getWorksheet('Summary') as ExcelJS.Worksheet).getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : row));
    expect(summary).toContainEqual(["Social value delivered on the year's awards (GBP)", 2_500]);
    const contracts = workbook.getWorksheet('Contracts') as ExcelJS.Worksheet;
    expect((contracts.getRow(2).values as unknown[]).slice(2)).toEqual(['Highways maintenance', 'Acme Highways Ltd', 'ACTIVE', 300_000, 370_000, 10, 10_000, 2_500, 'yes']);
  });

  it('serves every download with its content type; the Markdown is the hashed text', async () => {
    const expected: Record<string, RegExp> = {
      markdown: /^text\/markdown/,
      html: /^text\/html/,
      xlsx: /spreadsheetml/,
      docx: /wordprocessingml/,
      pdf: /^application\/pdf/,
    };
    expect(first.downloads.map((d) => d.format)).toEqual(Object.keys(expected));
    for (const { format, url } of first.downloads) {
      expect(url).toMatch(new RegExp(`^/api/strategy/packs/${year}/${first.sha256}\\.(md|html|xlsx|docx|pdf)$`));
      const answer = await download(url, lead);
      expect(answer.status).toBe(200);
      expect(answer.type).toMatch(expected[format]);
      expect(answer.disposition).toContain(`strategy-update-pack-${year}-${first.sha256.slice(0, 12)}`);
      if (format === 'markdown') expect(answer.body.toString('utf8')).toBe(first.markdown);
      if (format === 'html') expect(answer.body.toString('utf8')).toContain('Establishment: 1 of 1 approved FTE filled');
      if (format === 'pdf') expect(answer.body.subarray(0, 5).toString()).toBe('%PDF-');
      if (format === 'docx' || format === 'xlsx') expect(answer.body.subarray(0, 2).toString()).toBe('PK');
    }
  });

  it('refuses a download without a token, for an unknown pack or format', async () => {
    const md = first.downloads[0].url;
    expect((await download(md)).status).toBe(401);
    expect((await download(md.replace(first.sha256, 'f'.repeat(64)), lead)).status).toBe(404);
    expect((await download(md.replace(/\.md$/, '.exe'), lead)).status).toBe(400);
    expect((await download(`/api/strategy/packs/${year - 1}/${first.sha256}.md`, lead)).status).toBe(404);
  });

  it('gives the same pack when asked again or regenerated with nothing new: same position, same sha256, nothing recorded', async () => {
    const before = await ledger.head();
    expect(await ok(Q.latest, { year }, lead)).toEqual(first);
    expect(await ok(Q.generate, { year }, lead)).toEqual(first);
    expect(await ledger.head()).toBe(before);
    expect(await ok(Q.history, { year }, lead)).toEqual([{ position: first.position, sha256: first.sha256, generatedBy: leadId }]);
  });

  it('after new events, records a new pack at a new position with a new hash; the first still rebuilds identically', async () => {
    await identifyRisk('Fraudulent change of bank details');
    const second: Pack = await ok(Q.generate, { year }, lead);
    expect(BigInt(second.position)).toBeGreaterThan(BigInt(first.position));
    expect(second.sha256).not.toBe(first.sha256);
    expect(second.markdown).toContain('Strategic risks: 2 open');
    expect(await ok(Q.latest, { year }, lead)).toEqual(second);
    expect((await ok(Q.history, { year }, lead)).map((p: { sha256: string }) => p.sha256)).toEqual([first.sha256, second.sha256]);
    const again = await download(first.downloads[0].url, lead);
    expect(again.body.toString('utf8')).toBe(first.markdown);
  });

  it('holds no personal data: erasing a person changes neither the recorded pack nor a new one', async () => {
    const latest: Pack = await ok(Q.latest, { year }, lead);
    await ok('mutation($id: ID!) { erasePersonalData(staffMemberId: $id, reason: "Left the authority") { erased } }', { id: people[0] });
    expect(await ok(Q.latest, { year }, lead)).toEqual(latest);
    const before = await ledger.head();
    expect(await ok(Q.generate, { year }, lead)).toEqual(latest);
    expect(await ledger.head()).toBe(before);
  });

  it('rebuilds from the events at or before the recorded position only, even those recorded before a later cut-off', async () => {
    const service = ledger.app.get(StrategyPackService);
    const rebuilt = await service.build(year, new Date(first.cutOff), BigInt(first.position), { name: 'The contracting authority' });
    expect(rebuilt.markdown).toBe(first.markdown);
    expect(rebuilt.sha256).toBe(first.sha256);
    const later = new Date();
    expect((await service.build(year, later, BigInt(first.position))).data.risks.total).toBe(1);
    expect((await service.build(year, later, await ledger.head())).data.risks.total).toBe(2);
  });

  it('reviews a past year as at 31 December 23:59:59 UK time: nothing recorded since shows', async () => {
    const past: Pack = await ok(Q.generate, { year: year - 1 }, lead);
    expect(past.cutOff).toBe(`${year - 1}-12-31T23:59:59.000Z`);
    expect(past.markdown).toContain(`Cut-off: 31 December ${year - 1}, 23:59:59 UK time`);
    expect(past.markdown).toContain('NPS maturity: no area assessed by the cut-off');
    expect(past.markdown).toContain('Strategic risks: 0 open');
    expect(past.markdown).toContain('Contracts: 0 awarded in the year (£0), 0 active at the cut-off');
  });

  it('shows the procurement lead’s commentary recorded by the pack’s position in its section; a pack recorded earlier keeps its own', async () => {
    const before: Pack = await ok(Q.latest, { year }, lead);
    const sections = await ok(Q.commentary, { input: { year, section: 'strategic-risk', text: 'The bank details fraud risk is new this year.' } }, lead);
    expect(sections.find((s: { section: string }) => s.section === 'strategic-risk')).toEqual({ section: 'strategic-risk', number: '3.9', title: 'Managing strategic risk', text: 'The bank details fraud risk is new this year.' });
    const [event] = (await ledger.stores.eventStore.readStream(`strategy-pack-${year}`)).filter((e) => e.type === 'PackCommentaryRecorded');
    expect(event).toMatchObject({ streamId: `strategy-pack-${year}`, data: { year, section: 'strategic-risk', recordedBy: leadId } });
    const commented: Pack = await ok(Q.generate, { year }, lead);
    expect(BigInt(commented.position)).toBeGreaterThan(BigInt(before.position));
    const risk = commented.markdown.slice(commented.markdown.indexOf('## 3.9 Managing strategic risk'), commented.markdown.indexOf('## 3.10'));
    expect(risk).toContain('### Commentary from the procurement lead\n\nThe bank details fraud risk is new this year.');
    const rebuiltBefore = await download(before.downloads[0].url, lead);
    expect(rebuiltBefore.body.toString('utf8')).toBe(before.markdown);
    expect(codeOf(await ledger.gql(Q.commentary, { input: { year, section: '3.9', text: 'x' } }, lead))).toBe('BAD_USER_INPUT');
    expect(codeOf(await ledger.gql(Q.commentary, { input: { year, section: 'strategic-risk', text: 'x' } }, await ledger.tokenFor('AUDITOR', 'ann.auditor@example.gov.uk', 'Ann Auditor')))).toBe('FORBIDDEN');
  });

  it('refuses a year that has not started (RULE_VIOLATION) or is no year (BAD_USER_INPUT), recording nothing', async () => {
    const before = await ledger.head();
    expect(codeOf(await ledger.gql(Q.generate, { year: year + 1 }, lead))).toBe('RULE_VIOLATION');
    expect(codeOf(await ledger.gql(Q.generate, { year: 1850 }, lead))).toBe('BAD_USER_INPUT');
    expect(await ledger.head()).toBe(before);
    expect(await ok(Q.latest, { year: year + 1 }, lead)).toBeNull();
  });

  it('records the authority’s name and logo on the pack: changing the configuration changes new packs only', async () => {
    const earlier: Pack = await ok(Q.latest, { year }, lead);
    const logoFile = join(mkdtempSync(join(tmpdir(), 'ledger-logo-')), 'logo.svg');
    writeFileSync(logoFile, '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
    ledger = await ledger.restart({ LEDGER_AUTHORITY_NAME: 'Fenland Combined Authority', LEDGER_AUTHORITY_LOGO: logoFile });
    lead = await ledger.loginAs('lee.lead@example.gov.uk', USER_PASSWORD);

    const branded: Pack = await ok(Q.generate, { year }, lead);
    expect(branded.markdown.startsWith(`# Fenland Combined Authority: strategy update pack ${year}\n`)).toBe(true);
    const event = (await ledger.stores.eventStore.readStream(`strategy-pack-${year}`)).at(-1);
    expect(event).toMatchObject({ type: 'StrategyUpdatePackGenerated', data: { authorityName: 'Fenland Combined Authority', logo: { mediaType: 'image/svg+xml', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } } });
    // The earlier pack names the authority as it was recorded, whatever the configuration says now.
    const again = await download(earlier.downloads[0].url, lead);
    expect(again.status).toBe(200);
    expect(again.body.toString('utf8')).toBe(earlier.markdown);
  });
});
