import { ComponentFixture, TestBed } from '@angular/core/testing';

import { answerSignInSettingsInOrder, queueAnswers, sentRequest, stubFetch } from '../../../testing/fetch-stub';
import { appConfig } from '../../app.config';
import { TokenStore } from '../../core/auth/token-store';
import { RoleMappingPanel } from './role-mapping-panel';

const MAPPABLE = ['HR_LEAD', 'PROCUREMENT_LEAD', 'COMMITTEE_MEMBER', 'AUDITOR', 'STAFF', 'CONTRACT_MANAGER'];
const settings = (overrides: Record<string, unknown> = {}) => ({
  providerConfigured: true,
  providerName: 'Example Council',
  roleClaim: 'groups',
  roleMappingRevision: 2,
  localPasswordsAdministratorsOnly: false,
  mappableRoles: MAPPABLE,
  roleMapping: [{ group: 'ledger-risk', roles: ['AUDITOR', 'STAFF'] }],
  ...overrides,
});

describe('RoleMappingPanel', () => {
  let fixture: ComponentFixture<RoleMappingPanel>;
  let fetch: jest.Mock;
  const root = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) => (root().querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    }
  };
  const open = async (...answers: object[]) => {
    sessionStorage.clear();
    TestBed.configureTestingModule({ providers: appConfig.providers });
    TestBed.inject(TokenStore).set('valid');
    fetch = stubFetch(...answers);
    answerSignInSettingsInOrder();
    fixture = TestBed.createComponent(RoleMappingPanel);
    await settle();
  };
  const button = (label: string) =>
    [...root().querySelectorAll('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').trim().startsWith(label)) as HTMLButtonElement;

  it('shows the provider, the recorded mapping and the password setting', async () => {
    await open({ data: { signInSettings: settings() } });
    expect(sentRequest(fetch).query).toContain('signInSettings');
    expect(text('[data-provider]')).toBe('On: people sign in with Example Council');
    expect(text('tr[data-group="ledger-risk"] td')).toBe('Auditor, Staff');
    expect(root().querySelector<HTMLInputElement>('[data-administrators-only]')?.checked).toBe(false);
    // ADMIN is never offered: the provider never gives it.
    expect(root().querySelector('[data-role="ADMIN"]')).toBeNull();
  });

  it('says how to turn single sign-on on when no provider is configured', async () => {
    await open({
      data: {
        signInSettings: settings({
          providerConfigured: false,
          providerName: null,
          roleClaim: null,
          roleMapping: [],
          roleMappingRevision: 0,
        }),
      },
    });
    expect(text('[data-provider]')).toContain('Off: set OIDC_ISSUER');
    expect(text('[data-empty-mapping]')).toBe('No group gives a role yet.');
  });

  it('maps a group to the roles ticked, stating the revision the change is based on', async () => {
    await open({ data: { signInSettings: settings() } });
    const group = root().querySelector<HTMLInputElement>('#mapping-group') as HTMLInputElement;
    group.value = ' ledger-procurement ';
    group.dispatchEvent(new Event('input'));
    root().querySelector<HTMLInputElement>('[data-role="PROCUREMENT_LEAD"]')?.click();
    queueAnswers({
      data: {
        setRoleMappingEntry: settings({
          roleMappingRevision: 3,
          roleMapping: [
            { group: 'ledger-procurement', roles: ['PROCUREMENT_LEAD'] },
            { group: 'ledger-risk', roles: ['AUDITOR', 'STAFF'] },
          ],
        }),
      },
    });
    button('Save mapping').click();
    await settle();
    expect(sentRequest(fetch, 1).variables).toEqual({ group: 'ledger-procurement', roles: ['PROCUREMENT_LEAD'], expectedRevision: 2 });
    expect(text('tr[data-group="ledger-procurement"] td')).toBe('Procurement lead');
    expect(text('[role=status][aria-live=polite]')).toBe('Mapping saved.');
  });

  it('shows the API’s refusal in plain words and keeps the form as it was', async () => {
    await open({ data: { signInSettings: settings() } });
    queueAnswers({ errors: [{ message: 'A group name must not be empty', extensions: { code: 'BAD_USER_INPUT' } }] });
    root().querySelector<HTMLInputElement>('[data-role="STAFF"]')?.click();
    button('Save mapping').click();
    await settle();
    expect(text('[role=alert]')).toContain('A group name must not be empty');
    expect(root().querySelector<HTMLInputElement>('[data-role="STAFF"]')?.checked).toBe(true);
  });

  it('removes an entry', async () => {
    await open({ data: { signInSettings: settings() } });
    queueAnswers({ data: { removeRoleMappingEntry: settings({ roleMapping: [], roleMappingRevision: 3 }) } });
    button('Remove').click();
    await settle();
    expect(sentRequest(fetch, 1).variables).toEqual({ group: 'ledger-risk', expectedRevision: 2 });
    expect(text('[data-empty-mapping]')).toBe('No group gives a role yet.');
  });

  it('keeps password sign-in for administrators only', async () => {
    await open({ data: { signInSettings: settings() } });
    root().querySelector<HTMLInputElement>('[data-administrators-only]')?.click();
    queueAnswers({ data: { setLocalPasswordPolicy: settings({ localPasswordsAdministratorsOnly: true }) } });
    button('Save password setting').click();
    await settle();
    expect(sentRequest(fetch, 1).variables).toEqual({ administratorsOnly: true });
    expect(root().querySelector<HTMLInputElement>('[data-administrators-only]')?.checked).toBe(true);
    expect(text('[role=status][aria-live=polite]')).toBe('Password sign-in is now for administrators only.');
  });
});
