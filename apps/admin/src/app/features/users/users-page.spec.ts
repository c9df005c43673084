import { ADMIN_USER, AUDITOR_USER, queueAnswers, sentRequest } from '../../../testing/fetch-stub';
import { PageHarness } from '../../../testing/page-harness';
import type { UserAccount } from './users-data';

const URL = '/users';

const account = (overrides: Partial<UserAccount> = {}): UserAccount => ({
  id: 'user-9',
  email: 'sam@example.gov.uk',
  displayName: 'Sam Patel',
  roles: ['STAFF'],
  disabled: false,
  erased: false,
  ...overrides,
});

const ME = account({ id: ADMIN_USER.id, email: ADMIN_USER.email, displayName: ADMIN_USER.displayName, roles: ['ADMIN'] });
const SAM = account();
const GONE = account({ id: 'user-10', email: 'left@example.gov.uk', displayName: 'Jo Left', disabled: true });

const rowFor = (page: PageHarness, id: string) => page.one(`tr[data-user-id="${id}"]`);
const actionsIn = (row: HTMLElement) => [...row.querySelectorAll('td.actions button')].map((b) => b.childNodes[0].textContent?.trim());

describe('UsersPage', () => {
  it('lists every account with its roles and status, and what may be done to it', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, { data: { users: [ME, SAM, GONE] } });

    expect(page.text('h1')).toBe('Users');
    const cells = [...rowFor(page, 'user-9').querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim());
    expect(cells.slice(0, 4)).toEqual(['Sam Patel', 'sam@example.gov.uk', 'Staff', 'Active']);
    expect(rowFor(page, 'user-10').textContent).toContain('Disabled');
    expect(rowFor(page, ME.id).textContent).toContain('(you)');
    expect(actionsIn(rowFor(page, 'user-9'))).toEqual(['Change roles', 'Reset password', 'Disable']);
    // An administrator's own password changes on "Change my password", proving the current one.
    expect(actionsIn(rowFor(page, ME.id))).toEqual(['Change roles', 'Disable']);
    // A disabled account may only be enabled again; an erased one is closed for good.
    expect(actionsIn(rowFor(page, 'user-10'))).toEqual(['Enable']);
  });

  it('creates a user with the roles ticked', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, { data: { users: [ME] } });
    await page.click('Create a user');

    page.fill('Email address', ' new@example.gov.uk ');
    page.fill('Name', 'Nia Brown');
    page.field('HR lead – keeps the establishment, skills matrix and training register').click();
    page.fill('First password', 'correct horse battery');
    queueAnswers(
      { data: { createUser: account({ id: 'user-11', email: 'new@example.gov.uk', displayName: 'Nia Brown', roles: ['HR_LEAD'] }) } },
      { data: { users: [ME] } },
    );
    await page.submit('Create a user');

    const sent = sentRequest(page.fetch, 2);
    expect(sent.query).toContain('mutation CreateUser');
    expect(sent.variables).toEqual(
      expect.objectContaining({
        email: 'new@example.gov.uk',
        displayName: 'Nia Brown',
        password: 'correct horse battery',
        roles: ['HR_LEAD'],
      }),
    );
    expect(page.text('[role=status]')).toContain('Nia Brown (new@example.gov.uk) was created.');
  });

  it('asks for a role and a long enough password before sending anything', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, { data: { users: [ME] } });
    await page.click('Create a user');

    page.fill('Email address', 'new@example.gov.uk');
    page.fill('Name', 'Nia Brown');
    page.fill('First password', 'short');
    await page.submit('Create a user');

    expect(page.text('form')).toContain('Choose at least one role.');
    expect(page.text('form')).toContain('Enter a password of at least 12 characters.');
    expect(page.fetch).toHaveBeenCalledTimes(2);
  });

  it('changes roles starting from the current ones, and shows the last-administrator refusal as the API says it', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, { data: { users: [ME, SAM] } });
    await page.click('Change roles for Administrator');

    expect(page.field('Admin – manages users and their roles').checked).toBe(true);
    page.field('Admin – manages users and their roles').click();
    page.field('Auditor – reads everything, changes nothing').click();
    const refusal =
      'This is the last active administrator: taking ADMIN away would leave nobody to manage users. Make someone else an administrator first';
    queueAnswers({ errors: [{ message: refusal, extensions: { code: 'RULE_VIOLATION' } }] });
    await page.submit('Change roles: Administrator');

    expect(sentRequest(page.fetch, 2).variables).toEqual({ userId: ME.id, roles: ['AUDITOR'] });
    // As the API says it, with the role named as people name it (Admin, not ADMIN).
    expect(page.text('form [role=alert]')).toContain(refusal.replace('ADMIN', 'Admin'));
    expect(page.text('form [role=alert]')).toContain('The user was not given new roles');
  });

  it('resets another user’s password and disables an account with its reason', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, { data: { users: [ME, SAM] } });
    await page.click('Reset password for Sam Patel');
    page.fill('New password', 'another long password');
    queueAnswers({ data: { resetUserPassword: SAM } }, { data: { users: [ME, SAM] } });
    await page.submit('Reset password: Sam Patel');

    expect(sentRequest(page.fetch, 2).variables).toEqual({ userId: 'user-9', newPassword: 'another long password' });
    expect(page.text('[role=status]')).toBe('Sam Patel was given a new password.');

    await page.click('Disable for Sam Patel');
    page.fill('Reason', 'Left the authority');
    queueAnswers({ data: { disableUser: { ...SAM, disabled: true } } }, { data: { users: [ME, { ...SAM, disabled: true }] } });
    await page.submit('Disable: Sam Patel');

    expect(sentRequest(page.fetch, 4).variables).toEqual(expect.objectContaining({ userId: 'user-9', reason: 'Left the authority' }));
    expect(rowFor(page, 'user-9').textContent).toContain('Disabled');
  });

  it('enables a disabled account again, with the reason', async () => {
    const page = await PageHarness.open(URL, ADMIN_USER, { data: { users: [ME, GONE] } });
    await page.click('Enable for Jo Left');
    page.fill('Reason', 'Back from secondment');
    queueAnswers({ data: { enableUser: { ...GONE, disabled: false } } }, { data: { users: [ME, { ...GONE, disabled: false }] } });
    await page.submit('Enable: Jo Left');

    expect(sentRequest(page.fetch, 2).query).toContain('mutation EnableUser');
    expect(sentRequest(page.fetch, 2).variables).toEqual(expect.objectContaining({ userId: 'user-10', reason: 'Back from secondment' }));
    expect(rowFor(page, 'user-10').textContent).toContain('Active');
    expect(page.text('[role=status]')).toBe('Jo Left was enabled: they can sign in again.');
  });

  it('tells a non-administrator that only an administrator manages users, and asks the API nothing', async () => {
    const page = await PageHarness.open(URL, AUDITOR_USER);

    expect(page.text('main')).toContain('Only an administrator manages users.');
    expect(page.fetch).toHaveBeenCalledTimes(1);
  });
});
