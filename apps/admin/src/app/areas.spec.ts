import { PERMISSIONS, type Role } from '@ledger/shared-domain';

import { AREAS, NAVIGATION, areaOfUrl, mayOpen, navigationFor } from './areas';
import { ROLE_GUIDE } from './features/home/role-guide';

/** The page titles a role's navigation lists, groups opened up. */
const titlesFor = (roles: readonly Role[]) =>
  navigationFor(roles).flatMap((entry) =>
    entry.kind === 'link' ? [entry.label] : [`${entry.label}:`, ...entry.links.map((a) => a.title)],
  );

const ROLES = Object.keys(ROLE_GUIDE) as Role[];

describe('role-aware navigation', () => {
  it('takes every area’s audience from the shared permissions map: the roles that may read what the page asks for', () => {
    expect(AREAS.establishment.audience).toBe(PERMISSIONS.readWorkforce);
    expect(AREAS.skillsMatrix.audience).toBe(PERMISSIONS.readWorkforce);
    expect(AREAS.trainingRegister.audience).toEqual([...PERMISSIONS.readWorkforce, 'STAFF']);
    expect(AREAS.gatewayDecisions.audience).toBe(PERMISSIONS.readGateway);
    expect(AREAS.lessonsLearned.audience).toBe(PERMISSIONS.readLessons);
    expect(AREAS.strategicRisks.audience).toBe(PERMISSIONS.readRisks);
    expect(AREAS.annualReview.audience).toBe(PERMISSIONS.readStrategy);
    expect(AREAS.audit.audience).toBe(PERMISSIONS.audit);
    expect(AREAS.contracts.audience).toBe(PERMISSIONS.readContracts);
    expect(AREAS.socialValue.audience).toBe(PERMISSIONS.readContracts);
    expect(AREAS.users.audience).toBe(PERMISSIONS.administerUsers);
    expect(AREAS.settings.audience).toBe(PERMISSIONS.administerSettings);
  });

  it.each<[Role, string[]]>([
    ['STAFF', ['Home', 'Workforce:', 'Training register', 'Lessons learned']],
    ['HR_LEAD', ['Home', 'Workforce:', 'Establishment', 'Skills matrix', 'Training register', 'Lessons learned', 'Annual review']],
    ['COMMITTEE_MEMBER', ['Home', 'Gateway decisions', 'Lessons learned', 'Strategic risks', 'Contracts', 'Social value', 'Annual review']],
    ['CONTRACT_MANAGER', ['Home', 'Lessons learned', 'Contracts', 'Social value']],
    [
      'AUDITOR',
      [
        'Home',
        'Workforce:',
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
      ],
    ],
  ])('shows %s only the pages it can use', (role, titles) => {
    expect(titlesFor([role])).toEqual(titles);
  });

  it('shows an admin every page, and someone with two roles the pages of either', () => {
    const everything = NAVIGATION.flatMap((entry) =>
      entry.kind === 'link' ? [entry.label] : [`${entry.label}:`, ...entry.links.map((a) => a.title)],
    );
    expect(titlesFor(['ADMIN'])).toEqual(everything);
    expect(titlesFor(['STAFF', 'CONTRACT_MANAGER'])).toEqual([
      'Home',
      'Workforce:',
      'Training register',
      'Lessons learned',
      'Contracts',
      'Social value',
    ]);
  });

  it('leaves out a group none of whose pages the role can use', () => {
    expect(titlesFor(['CONTRACT_MANAGER'])).not.toContain('Workforce:');
    expect(titlesFor([])).toEqual(['Home']);
  });

  it('links from each role’s home page only to pages that role can use', () => {
    for (const role of ROLES) {
      for (const duty of ROLE_GUIDE[role]) {
        if (duty.area) {
          expect([role, duty.area.path, mayOpen(duty.area, [role])]).toEqual([role, duty.area.path, true]);
        }
      }
    }
  });

  it('finds the area of a page from its URL, detail pages included', () => {
    expect(areaOfUrl('/workforce/skills-matrix?asOf=2026-01-01T00:00:00.000Z')).toBe(AREAS.skillsMatrix);
    expect(areaOfUrl('/gateway/proc-1')).toBe(AREAS.gatewayDecisions);
    expect(areaOfUrl('/contracts/c-1#kpis')).toBe(AREAS.contracts);
    expect(areaOfUrl('/social-value')).toBe(AREAS.socialValue);
    expect(areaOfUrl('/')).toBeNull();
    expect(areaOfUrl('/account/password')).toBeNull();
    expect(areaOfUrl('/gateway-decisions')).toBeNull();
  });
});
