import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { ADMIN_USER, AUDITOR_USER, STAFF_USER, stubFetch } from '../../../testing/fetch-stub';
import { appConfig } from '../../app.config';
import { TokenStore } from '../../core/auth/token-store';

describe('Shell', () => {
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  async function signedInAs(user: object, url = '/'): Promise<void> {
    sessionStorage.clear();
    TestBed.configureTestingModule({ providers: appConfig.providers });
    TestBed.inject(TokenStore).set('valid');
    stubFetch({ data: { me: user } });
    harness = await RouterTestingHarness.create(url);
    await harness.fixture.whenStable();
    page = harness.fixture.nativeElement as HTMLElement;
  }

  const text = (selector: string) => page.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

  it('shows the product, the user and their roles in the banner', async () => {
    await signedInAs({ ...ADMIN_USER, roles: ['ADMIN', 'AUDITOR'] });

    const banner = text('header');
    expect(banner).toContain('Governance Ledger');
    expect(banner).toContain('Administrator');
    const roles = [...page.querySelectorAll('[aria-label="Your roles"] li')].map((li) => li.getAttribute('data-role'));
    expect(roles).toEqual(['ADMIN', 'AUDITOR']);
    const labels = [...page.querySelectorAll('[aria-label="Your roles"] li')].map((li) => li.textContent?.trim());
    expect(labels).toEqual(['Admin', 'Auditor']);
  });

  it('welcomes the user on Home with what their roles let them do', async () => {
    await signedInAs({ ...ADMIN_USER, displayName: 'Priya Shah', roles: ['HR_LEAD', 'STAFF'] });

    expect(text('main h1')).toBe('Welcome, Priya Shah');
    const headings = [...page.querySelectorAll('main h3')].map((h) => h.textContent?.trim());
    expect(headings).toEqual(['As HR lead', 'As Staff']);
    expect(text('main')).toContain('Keep the skills matrix');
    expect(text('main')).not.toContain('gateway process');
  });

  it('lists every area in the side navigation and marks the current page', async () => {
    await signedInAs(ADMIN_USER);

    const links = [...page.querySelectorAll('nav[aria-label=Main] a')].map((a) => a.textContent?.trim());
    expect(links).toEqual([
      'Home',
      'Establishment',
      'Skills matrix',
      'Training register',
      'Gateway decisions',
      'Lessons learned',
      'Strategic risks',
      'Contracts',
      'Social value',
      'Annual review',
      'Audit',
      'Users',
      'Settings',
    ]);
    expect(text('nav [aria-current=page]')).toBe('Home');
  });

  it('shows Users to administrators only, and Change my password to everyone', async () => {
    await signedInAs(AUDITOR_USER);

    const links = [...page.querySelectorAll('nav[aria-label=Main] a')].map((a) => a.textContent?.trim());
    expect(links).not.toContain('Users');
    expect(page.querySelector('header a[href="/account/password"]')?.textContent?.trim()).toBe('Change my password');
  });

  it('offers no Change my password to an account made through single sign-on (it has no password here)', async () => {
    await signedInAs({ ...STAFF_USER, hasLocalPassword: false });

    expect(page.querySelector('header a[href="/account/password"]')).toBeNull();
    expect(page.querySelector('header a[href="/account"]')?.textContent?.trim()).toBe('My account');
  });

  it('shows a member of staff only their training and the lessons log, Home first', async () => {
    await signedInAs(STAFF_USER);

    const links = [...page.querySelectorAll('nav[aria-label=Main] a')].map((a) => a.textContent?.trim());
    expect(links).toEqual(['Home', 'Training register', 'Lessons learned']);
    expect(text('nav .group-label')).toBe('Workforce');
  });

  it('tells someone who opens a page their roles do not allow that they have no access, and asks the API nothing', async () => {
    const fetch = stubFetch({ data: { me: STAFF_USER } });
    sessionStorage.clear();
    TestBed.configureTestingModule({ providers: appConfig.providers });
    TestBed.inject(TokenStore).set('valid');
    harness = await RouterTestingHarness.create('/gateway/proc-1');
    await harness.fixture.whenStable();
    page = harness.fixture.nativeElement as HTMLElement;

    expect(text('main h1')).toBe('Gateway decisions');
    const paragraphs = [...page.querySelectorAll('main [role=note] p')].map((p) => p.textContent?.replace(/\s+/g, ' ').trim());
    expect(paragraphs).toEqual([
      'You do not have access to this page.',
      'It is for people with the roles Procurement lead, Gateway committee member, Auditor and Admin. Your role is Staff.',
      'If your work needs it, ask an administrator for one of those roles.',
    ]);
    expect(page.querySelector<HTMLAnchorElement>('main a[href="/"]')?.textContent?.trim()).toBe('Go to your home page');
    expect(fetch).toHaveBeenCalledTimes(1);

    stubFetch({ data: { lessons: [], lessonsDue: [], procurements: null } });
    await TestBed.inject(Router).navigateByUrl('/lessons');
    await harness.fixture.whenStable();

    expect(text('main h1')).toBe('Lessons learned');
    expect(page.querySelector('main [role=note]')).toBeNull();
  });

  it('opens the annual review, which is no longer a placeholder', async () => {
    await signedInAs(ADMIN_USER);

    stubFetch({
      data: {
        maturityAssessment: { year: 2026, overallScore: 0, previousOverallScore: 1.8, overallMovement: null, areas: [] },
        maturityAreas: [],
        actionPlan: [],
        strategyUpdatePack: null,
        packCommentary: [],
      },
    });
    const link = [...page.querySelectorAll<HTMLAnchorElement>('nav a')].find((a) => a.textContent?.trim() === 'Annual review');
    link?.click();
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/annual-review');
    expect(text('main h1')).toBe('Annual review');
    expect(text('main')).not.toContain('Arrives with');
    expect(text('main h2')).toContain('Maturity assessment');
    expect(text('nav [aria-current=page]')).toBe('Annual review');
  });

  it('opens the built governance pages, and sends the old placeholder paths to them', async () => {
    await signedInAs({ ...ADMIN_USER, roles: ['PROCUREMENT_LEAD'] });

    expect(text('main')).toContain('Run procurements through the gateway process.');
    expect(text('main')).toContain('Gateway decisions Keep lessons learned');
    expect(text('main')).toContain('Strategic risks Own the annual review');
    expect(text('main')).toContain('Own the annual review and the strategy update pack. Annual review');
    expect(text('main')).not.toContain('arrives with');

    stubFetch({ data: { lessons: [], lessonsDue: [], procurements: [] } }, { data: { staffMembers: [] } });
    await TestBed.inject(Router).navigateByUrl('/lessons-learned');
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/lessons');
    expect(text('main h1')).toBe('Lessons learned');
    expect(text('main')).not.toContain('Arrives with');
    expect(text('nav [aria-current=page]')).toBe('Lessons learned');
  });

  it('opens the built workforce pages, not placeholders, and says so on Home', async () => {
    await signedInAs({ ...ADMIN_USER, roles: ['HR_LEAD'] });

    expect(text('main')).toContain('Keep the establishment');
    expect(text('main')).not.toContain('arrives with the workforce release');

    stubFetch({ data: { skillsMatrix: { competencies: [], rows: [] } } });
    const link = [...page.querySelectorAll<HTMLAnchorElement>('nav a')].find((a) => a.textContent?.trim() === 'Skills matrix');
    link?.click();
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/workforce/skills-matrix');
    expect(text('main h1')).toBe('Skills matrix');
    expect(text('main')).not.toContain('Arrives with');
    expect(text('nav [aria-current=page]')).toBe('Skills matrix');
  });

  it('opens the audit page, not a placeholder, and says so on Home', async () => {
    await signedInAs({ ...AUDITOR_USER });

    expect(text('main')).toContain('verify nothing was altered. Read-only. Audit');
    expect(text('main')).not.toContain('arrives with the audit release');

    stubFetch({ data: { procurements: [], staffMembers: [] } });
    const link = [...page.querySelectorAll<HTMLAnchorElement>('nav a')].find((a) => a.textContent?.trim() === 'Audit');
    link?.click();
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/audit');
    expect(text('main h1')).toBe('Audit');
    expect(text('main')).not.toContain('Arrives with');
    expect(text('main h2')).toBe('Verify the record');
  });

  it('signs out: forgets the token and returns to the login page', async () => {
    await signedInAs(ADMIN_USER);

    const signOut = [...page.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Sign out');
    signOut?.click();
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/login');
    expect(sessionStorage.getItem('governance-ledger.token')).toBeNull();
    expect(page.querySelector('header')).toBeNull();
  });
});
