import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { CommandMetadata, DomainEvent, EventStore, PersonalDataKeyStore, PersonalDataVault } from '@ledger/event-store-core';

// Issue 11, "commands at the store's speed": a mutation's latency at 50 concurrent clients on a
// SQLite store holding a 100k-event log. The log is written straight through the store (as the
// as-of scenario does), with personal data sealed by the store's own key store, so opening a person
// costs what it costs in production; the load then goes through GraphQL over HTTP with autocannon.

const EPOCH = Date.parse('2024-01-01T00:00:00Z');
const STEP_MS = 60_000;

export interface CommandLoadLog {
  people: string[];
  competencies: string[];
  events: number;
}

/**
 * Adds `people` staff members (sealed names and emails), `competencies` competencies with a
 * requirement per job title, and proficiency assessments spread over everyone until the log holds
 * `total` events. Written in batches of one command each, so every event is its own durable append.
 */
export async function writeCommandLoadLog(
  store: EventStore,
  keys: PersonalDataKeyStore,
  total: number,
  { people = 1000, competencies = 40, jobTitles = 12, prefix = 'load' } = {},
): Promise<CommandLoadLog> {
  const vault = new PersonalDataVault(keys);
  const revisions = new Map<string, number>();
  let written = 0;
  const write = async (streamId: string, events: DomainEvent[]) => {
    const commandId = randomBytes(8).toString('hex');
    const now = new Date(EPOCH + written * STEP_MS);
    const command: CommandMetadata = { commandId, correlationId: commandId, causationId: commandId, actorId: 'bench', actorRoles: ['ADMIN'], now };
    const result = await store.append(streamId, events, { expectedRevision: revisions.get(streamId) ?? 0, command });
    revisions.set(streamId, result.nextRevision);
    written += events.length;
  };
  const staffIds = Array.from({ length: people }, (_, p) => `${prefix}-s${p}`);
  const competencyIds = Array.from({ length: competencies }, (_, c) => `${prefix}-c${c}`);
  for (const [p, staffMemberId] of staffIds.entries()) {
    const displayName = await vault.seal(staffMemberId, `Load Person ${p}`);
    const email = await vault.seal(staffMemberId, `load.person.${p}@bench.example`);
    await write(`staff-${staffMemberId}`, [
      { type: 'StaffMemberRegistered', data: { staffMemberId, displayName, email, jobTitle: `Load job ${p % jobTitles}`, department: `Load department ${p % 9}` } },
    ]);
  }
  for (const [c, competencyId] of competencyIds.entries()) {
    await write(`competency-${competencyId}`, [
      { type: 'CompetencyDefined', data: { competencyId, name: `Load competency ${c}`, category: `Load category ${c % 5}`, levelDescriptors: ['0', '1', '2', '3', '4'] } },
    ]);
    for (let j = 0; j < jobTitles; j++) {
      await write(`competency-${competencyId}`, [{ type: 'RequirementSet', data: { competencyId, jobTitle: `Load job ${j}`, requiredLevel: (c + j) % 5 } }]);
    }
  }
  const start = await store.headPosition();
  for (let i = 0; Number(start) + i < total; i++) {
    const staffMemberId = staffIds[i % staffIds.length];
    const competencyId = competencyIds[(i * 7) % competencyIds.length];
    await write(`staff-${staffMemberId}`, [
      {
        type: 'ProficiencyAssessed',
        data: { staffMemberId, competencyId, level: i % 5, evidence: 'Observed at work', assessedBy: 'bench', assessedOn: '2024-06-01', source: 'ASSESSMENT', courseId: null },
      },
    ]);
  }
  return { people: staffIds, competencies: competencyIds, events: Number(await store.headPosition()) };
}

export interface LoadResult {
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
}

const ASSESS = `mutation Assess($input: AssessProficiencyInput!) {
  assessProficiency(input: $input) { totalGap staffMember { id displayName } cells { level gap competency { id } } }
}`;

/** Signs in over GraphQL and returns the bearer token. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', variables: { email, password } }),
  });
  const body = (await response.json()) as { data?: { login: { token: string } }; errors?: unknown };
  if (!body.data) throw new Error(`Sign-in failed: ${JSON.stringify(body.errors)}`);
  return body.data.login.token;
}

/**
 * `amount` assessProficiency mutations from `connections` concurrent clients (autocannon), each
 * about another (person, competency) pair so that clients rarely race on one stream. An answer
 * with GraphQL errors counts as an error.
 */
export async function loadAssessProficiency(
  url: string,
  token: string,
  targets: { people: readonly string[]; competencies: readonly string[] },
  { amount = 300, connections = 50, offset = 0 } = {},
): Promise<LoadResult> {
  let sent = 0;
  let graphqlErrors = 0;
  const result = await autocannon({
    url,
    amount,
    connections,
    timeout: 60,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        setupRequest: (request: autocannon.Request) => {
          const n = offset + sent++;
          const input = {
            staffMemberId: targets.people[(n * 37) % targets.people.length],
            competencyId: targets.competencies[n % targets.competencies.length],
            level: n % 5,
            evidence: `Load assessment ${n}`,
          };
          return { ...request, body: JSON.stringify({ query: ASSESS, variables: { input } }) };
        },
        onResponse: (status: number, body: string) => {
          if (status !== 200 || body.includes('"errors"')) graphqlErrors += 1;
        },
      },
    ],
  });
  return {
    requests: result.requests.total,
    errors: graphqlErrors + result.errors + result.timeouts,
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
  };
}
