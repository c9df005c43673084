/** What the API would answer to one GraphQL request; an Error means the request never arrived. */
export type StubbedAnswer = { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } | Error;

let queue: StubbedAnswer[] = [];
let demoUsersPresent = false;

/** What the demo banner's own question is answered (false unless a test says otherwise). */
export function stubDemoUsersPresent(present: boolean): void {
  demoUsersPresent = present;
}

/** The demo banner asks on every page; it is answered aside, so tests see only the page's requests. */
const asksForDemoUsers = (init: RequestInit | undefined) => String(init?.body ?? '').includes('query DemoUsersPresent');

const SINGLE_SIGN_ON_OFF = { enabled: false, providerName: null, loginPath: null };
let singleSignOn: object = SINGLE_SIGN_ON_OFF;

/** What the login page's own question (is single sign-on offered?) is answered: off unless a test says otherwise. */
export function stubSingleSignOn(answer: { enabled: boolean; providerName: string | null; loginPath: string | null }): void {
  singleSignOn = answer;
}

let signInSettingsInOrder = false;

/**
 * The settings page's sign-in panel (RoleMappingPanel) asks for the sign-in settings on its own;
 * unless a test calls this (after stubFetch), that question is answered aside with an error (the
 * panel says it could not load), so the page's other tests see only their own requests.
 */
export function answerSignInSettingsInOrder(): void {
  signInSettingsInOrder = true;
}

const asksForSignInSettings = (init: RequestInit | undefined) => String(init?.body ?? '').includes('query SignInSettings');

/** The login page asks on every visit; it is answered aside like the demo banner's question. */
const asksForSingleSignOn = (init: RequestInit | undefined) => String(init?.body ?? '').includes('query SingleSignOn');

/**
 * Replaces global fetch with a queue of answers, one per request, as the API would send them
 * (HTTP 200 with a JSON body). Tests then read what the app sent with {@link sentRequest}.
 */
export function stubFetch(...answers: StubbedAnswer[]): jest.Mock {
  queue = answers;
  demoUsersPresent = false;
  singleSignOn = SINGLE_SIGN_ON_OFF;
  signInSettingsInOrder = false;
  const mock = jest.fn(async (_url: string, _init: RequestInit) => {
    const next = queue.shift();
    if (next === undefined) {
      throw new Error('fetch called more often than the test expected');
    }
    if (next instanceof Error) {
      throw next;
    }
    return { ok: true, status: 200, json: async () => next };
  });
  globalThis.fetch = (async (url: string, init: RequestInit) =>
    asksForDemoUsers(init)
      ? { ok: true, status: 200, json: async () => ({ data: { demoUsersPresent } }) }
      : asksForSingleSignOn(init)
        ? { ok: true, status: 200, json: async () => ({ data: { singleSignOn } }) }
        : asksForSignInSettings(init) && !signInSettingsInOrder
          ? {
              ok: true,
              status: 200,
              json: async () => ({
                data: null,
                errors: [{ message: 'Not answered in this test', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
              }),
            }
          : mock(url, init)) as unknown as typeof fetch;
  return mock;
}

/** Adds answers for requests the test is about to cause (after {@link stubFetch}). */
export function queueAnswers(...answers: StubbedAnswer[]): void {
  queue.push(...answers);
}

/** Every request sent so far, in order. */
export function sentRequests(mock: jest.Mock) {
  return mock.mock.calls.map((_call, index) => sentRequest(mock, index));
}

export function sentRequest(mock: jest.Mock, call = 0) {
  const [url, init] = mock.mock.calls[call] as [string, RequestInit];
  const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
  return { url, headers: init.headers as Record<string, string>, ...body };
}

export const ADMIN_USER = {
  id: 'user-1',
  email: 'admin@example.gov.uk',
  displayName: 'Administrator',
  roles: ['ADMIN'],
};

export const HR_LEAD_USER = { id: 'user-2', email: 'hr@example.gov.uk', displayName: 'Priya Shah', roles: ['HR_LEAD'] };
export const AUDITOR_USER = { id: 'user-3', email: 'audit@example.gov.uk', displayName: 'Alex Reid', roles: ['AUDITOR'] };
export const STAFF_USER = { id: 'user-4', email: 'sam@example.gov.uk', displayName: 'Sam Patel', roles: ['STAFF'] };
export const PROCUREMENT_LEAD_USER = { id: 'user-5', email: 'lead@example.gov.uk', displayName: 'Morgan Lee', roles: ['PROCUREMENT_LEAD'] };
export const COMMITTEE_USER = { id: 'user-6', email: 'chair@example.gov.uk', displayName: 'Chris Okafor', roles: ['COMMITTEE_MEMBER'] };
