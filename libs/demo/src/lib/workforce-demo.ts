import { StaffMemberRequest, addDays, addMonths } from '@ledger/workforce-domain';
import { CompetencyCommandMessage, CourseCommandMessage, PostCommandMessage, StaffMemberCommandMessage } from '@ledger/workforce-api';
import { DemoStory } from './demo-timeline';

/** Five plain-English descriptors for levels 0-4 of a competency. */
const levels = (subject: string): string[] => [
  `No knowledge of ${subject}`,
  `Aware of ${subject}; needs guidance`,
  `Applies ${subject} in routine work`,
  `Practitioner: applies ${subject} in complex cases and advises others`,
  `Expert: leads on ${subject} and sets the authority's approach`,
];

const CIPS_SEGMENTS = [
  'Position and Influence',
  'External Environment',
  'Technology',
  'Spend Management',
  'Contracting',
  'Sourcing',
  'Delivering Outcomes',
  'Metrics and Measurement',
  'Developing Teams',
  'Developing Self',
  'Ethics',
];

const COMPETENCIES: { key: string; name: string; category: string; levelDescriptors: string[] }[] = [
  ...CIPS_SEGMENTS.map((segment) => ({
    key: segment,
    name: `CIPS: ${segment}`,
    category: 'CIPS Global Standard',
    levelDescriptors: levels(segment.toLowerCase()),
  })),
  {
    key: 'contract-management',
    name: 'Contract management',
    category: 'Contract management',
    levelDescriptors: ['None', 'Awareness', 'Foundation (accredited)', 'Practitioner (accredited)', 'Expert (accredited)'],
  },
  { key: 'procurement-act', name: 'Procurement Act 2023', category: 'Legislation', levelDescriptors: levels('the Procurement Act 2023 and its regulations') },
  { key: 'contract-law', name: 'Contract law basics', category: 'Legislation', levelDescriptors: levels('contract law') },
  { key: 'social-value', name: 'Social value', category: 'Policy', levelDescriptors: levels('the Social Value Act and social value measurement') },
  {
    key: 'modern-slavery',
    name: 'Modern slavery in supply chains',
    category: 'Ethics and compliance',
    levelDescriptors: levels('modern slavery risk (PPN 02/23)'),
  },
];

const REQUIREMENTS: Record<string, Record<string, number>> = {
  'Procurement & Contracts Manager': {
    'contract-management': 3,
    'procurement-act': 3,
    'contract-law': 2,
    'social-value': 2,
    'modern-slavery': 2,
    Sourcing: 3,
    Contracting: 3,
    'Developing Teams': 3,
  },
  'Contracts Manager': { 'contract-management': 3, 'contract-law': 2, 'procurement-act': 2, Contracting: 3 },
  'Procurement Officer': { 'contract-management': 2, 'procurement-act': 2, 'social-value': 1, 'modern-slavery': 1, Sourcing: 2 },
  'Procurement Assistant': { 'procurement-act': 1, Sourcing: 1 },
};

const PEOPLE = [
  {
    key: 'manager',
    displayName: 'Priya Lal',
    email: 'procurement.lead@demo.ledger.example',
    jobTitle: 'Procurement & Contracts Manager',
    department: 'Procurement',
  },
  { key: 'officer', displayName: 'Sam Osei', email: 'officer@demo.ledger.example', jobTitle: 'Procurement Officer', department: 'Procurement' },
  { key: 'assistant', displayName: 'Jordan Hale', email: 'jordan.hale@demo.ledger.example', jobTitle: 'Procurement Assistant', department: 'Procurement' },
  { key: 'hr', displayName: 'Harriet Reid', email: 'hr.lead@demo.ledger.example', jobTitle: 'HR Lead', department: 'Human Resources' },
  { key: 'finance', displayName: 'Frank Dale', email: 'finance.director@demo.ledger.example', jobTitle: 'Director of Finance', department: 'Finance' },
  {
    key: 'legal',
    displayName: 'Leah Moss',
    email: 'monitoring.officer@demo.ledger.example',
    jobTitle: 'Monitoring Officer',
    department: 'Legal and Governance',
  },
  {
    key: 'place',
    displayName: 'Omar Reyes',
    email: 'omar.reyes@demo.ledger.example',
    jobTitle: 'Director of Place and Transport',
    department: 'Place and Transport',
  },
];

/** Joins at the start of the first strategic contract: the Contracts Manager post the strategy asked for (3.3). */
const CONTRACTS_MANAGER = {
  key: 'contracts',
  displayName: 'Connor Mills',
  email: 'contract.manager@demo.ledger.example',
  jobTitle: 'Contracts Manager',
  department: 'Procurement',
};

/**
 * Eighteen months ago: the seed authority's procurement team and what its strategy asks for: 3 FTE,
 * +1 Contracts Manager and +2 Procurement Officers proposed, a competency framework, a skills review
 * baseline and the first courses ("Course on Contract Law Basics", "Training on new Procurement Bill").
 */
export async function setUpTheTeam(story: DemoStory): Promise<void> {
  const staff = (key: string) => story.idOf('staff', key);
  for (const person of PEOPLE) await registerPerson(story, person);

  const posts = [
    {
      key: 'manager',
      title: 'Procurement & Contracts Manager',
      holder: 'manager',
      since: '2021-04-01',
      justification: 'Leads procurement and contract management (current establishment).',
    },
    {
      key: 'officer',
      title: 'Procurement Officer',
      holder: 'officer',
      since: '2022-09-05',
      justification: 'Runs procurements end to end (current establishment).',
    },
    {
      key: 'assistant',
      title: 'Procurement Assistant',
      holder: 'assistant',
      since: '2023-01-09',
      justification: 'Supports tendering and the contracts register (current establishment).',
    },
  ];
  for (const post of posts) {
    const postId = story.idOf('post', post.key);
    await story.send(
      (meta) =>
        new PostCommandMessage(
          postId,
          { type: 'ProposePost', postId, title: post.title, fte: 1, justification: post.justification, targetYear: Number(post.since.slice(0, 4)) },
          meta,
        ),
    );
    await story.send((meta) => new PostCommandMessage(postId, { type: 'DecidePost', approve: true, reason: 'Funded in the base budget' }, meta));
    await story.send((meta) => new PostCommandMessage(postId, { type: 'FillPost', staffMemberId: staff(post.holder), startDate: post.since }, meta));
  }
  const targetYear = Number(story.timeline.today().slice(0, 4)) + 1;
  const proposed = [
    {
      key: 'contracts-manager',
      title: 'Contracts Manager',
      justification: 'Procurement strategy, 3.3 Resourcing levels: contract management capacity for strategic contracts.',
    },
    {
      key: 'officer-2',
      title: 'Procurement Officer',
      justification: 'Procurement strategy, 3.3 Resourcing levels: two additional officers to manage all procurements centrally.',
    },
    {
      key: 'officer-3',
      title: 'Procurement Officer',
      justification: 'Procurement strategy, 3.3 Resourcing levels: two additional officers to manage all procurements centrally.',
    },
  ];
  for (const post of proposed) {
    const postId = story.idOf('post', post.key);
    await story.send(
      (meta) => new PostCommandMessage(postId, { type: 'ProposePost', postId, title: post.title, fte: 1, justification: post.justification, targetYear }, meta),
    );
  }

  for (const competency of COMPETENCIES) {
    const { name, category, levelDescriptors } = competency;
    const competencyId = story.idOf('competency', competency.key);
    await story.send((meta) => new CompetencyCommandMessage(competencyId, { type: 'DefineCompetency', competencyId, name, category, levelDescriptors }, meta));
  }
  for (const [jobTitle, required] of Object.entries(REQUIREMENTS)) {
    for (const [key, requiredLevel] of Object.entries(required)) {
      await story.send((meta) => new CompetencyCommandMessage(story.idOf('competency', key), { type: 'SetRequirement', jobTitle, requiredLevel }, meta));
    }
  }

  const baseline: [string, string, number][] = [
    ['manager', 'contract-management', 2],
    ['manager', 'procurement-act', 1],
    ['manager', 'Sourcing', 3],
    ['manager', 'Contracting', 3],
    ['manager', 'Developing Teams', 2],
    ['officer', 'contract-management', 1],
    ['officer', 'procurement-act', 1],
    ['officer', 'Sourcing', 2],
    ['assistant', 'Sourcing', 1],
  ];
  for (const [person, competency, level] of baseline)
    await assess(story, person, competency, level, 'Team skills review (strategy action 3.3: create skills matrix)');

  const courses = [
    {
      key: 'cm-foundation',
      title: 'Contract Management Foundation',
      provider: 'Government Commercial College',
      levels: { 'contract-management': 2 },
      validityMonths: 24,
    },
    {
      key: 'procurement-act',
      title: 'Procurement Act 2023: Knowledge Drop and e-learning',
      provider: 'Cabinet Office',
      levels: { 'procurement-act': 2 },
      validityMonths: null,
    },
    { key: 'contract-law', title: 'Contract Law Basics', provider: 'CIPS', levels: { 'contract-law': 2 }, validityMonths: null },
    {
      key: 'ilm',
      title: 'ILM Level 5 Certificate in Leadership and Management',
      provider: 'Institute of Leadership',
      levels: { 'Developing Teams': 3 },
      validityMonths: null,
    },
    { key: 'modern-slavery', title: 'Modern Slavery in Supply Chains', provider: 'CIPS', levels: { 'modern-slavery': 2 }, validityMonths: 12 },
    {
      key: 'social-value',
      title: 'Social Value in Procurement',
      provider: 'Local Government Association',
      levels: { 'social-value': 2 },
      validityMonths: null,
    },
  ];
  for (const course of courses) {
    const levels = Object.entries(course.levels).map(([key, raisesTo]) => ({ competencyId: story.idOf('competency', key), raisesTo }));
    const courseId = story.idOf('course', course.key);
    const { title, provider, validityMonths } = course;
    await story.send(
      (meta) =>
        new CourseCommandMessage(
          courseId,
          { type: 'AddCourse', courseId, title, provider, competencyIds: levels.map((level) => level.competencyId), levels, validityMonths },
          meta,
        ),
    );
  }
  // Accredited before the story began; its two-year validity runs out soon after the demo is loaded.
  await train(story, 'officer', {
    type: 'RecordTrainingOutcome',
    courseId: story.idOf('course', 'cm-foundation'),
    status: 'COMPLETED',
    date: story.timeline.monthsFromToday(-5),
    evidence: 'Accreditation certificate CMF-2291',
  });
}

/** The Contracts Manager post is approved, and filled as the first strategic contract starts. */
export async function approveTheContractsManagerPost(story: DemoStory): Promise<void> {
  await story.send(
    (meta) =>
      new PostCommandMessage(
        story.idOf('post', 'contracts-manager'),
        { type: 'DecidePost', approve: true, reason: 'Funded from the adult skills contract management budget' },
        meta,
      ),
  );
}

export async function appointTheContractsManager(story: DemoStory): Promise<void> {
  await registerPerson(story, CONTRACTS_MANAGER);
  await story.send(
    (meta) =>
      new PostCommandMessage(
        story.idOf('post', 'contracts-manager'),
        { type: 'FillPost', staffMemberId: story.idOf('staff', 'contracts'), startDate: story.timeline.today() },
        meta,
      ),
  );
  await assess(story, 'contracts', 'contract-management', 3, 'Practitioner accreditation held on appointment');
  await assess(story, 'contracts', 'contract-law', 2, 'Interview assessment');
}

/** The first courses completed, and the skills review repeated: the matrix shows the gaps closing. */
export async function firstCoursesCompleted(story: DemoStory): Promise<void> {
  await train(story, 'manager', {
    type: 'RecordTrainingOutcome',
    courseId: story.idOf('course', 'contract-law'),
    status: 'COMPLETED',
    date: story.timeline.today(),
    evidence: 'CIPS certificate of completion',
  });
  await assess(story, 'officer', 'contract-management', 2, 'Contract Management Foundation applied on the adult skills contract');
  await assess(story, 'manager', 'contract-law', 2, 'Contract Law Basics completed');
}

export async function procurementActTrainingCompleted(story: DemoStory): Promise<void> {
  for (const person of ['manager', 'officer']) {
    await train(story, person, {
      type: 'RecordTrainingOutcome',
      courseId: story.idOf('course', 'procurement-act'),
      status: 'COMPLETED',
      date: story.timeline.today(),
      evidence: 'Cabinet Office e-learning certificate',
    });
    await assess(
      story,
      person,
      'procurement-act',
      person === 'manager' ? 3 : 2,
      'Procurement Act 2023 training completed; applied on the bus franchising strategy',
    );
  }
}

/** Plans for the coming months, one already overdue when the demo is loaded. */
export async function trainingPlanned(story: DemoStory): Promise<void> {
  const load = story.timeline.loadDay();
  const course = (key: string) => story.idOf('course', key);
  const plans: [string, StaffMemberRequest][] = [
    [
      'manager',
      { type: 'PlanTraining', courseId: course('ilm'), plannedFor: addMonths(load, 4), reason: 'Working towards the ILM qualification (strategy 3.3)' },
    ],
    [
      'assistant',
      {
        type: 'PlanTraining',
        courseId: course('procurement-act'),
        plannedFor: addDays(load, -7),
        reason: 'Training on the new Procurement Act (strategy 3.3)',
      },
    ],
    [
      'finance',
      {
        type: 'PlanTraining',
        courseId: course('procurement-act'),
        plannedFor: addMonths(load, 1),
        reason: 'Senior managers briefed on the Act and the gateway process',
      },
    ],
    [
      'legal',
      { type: 'PlanTraining', courseId: course('modern-slavery'), plannedFor: addMonths(load, 2), reason: 'Strategic risk: modern slavery (strategy 3.9)' },
    ],
    [
      'contracts',
      {
        type: 'PlanTraining',
        courseId: course('social-value'),
        plannedFor: addDays(load, 21),
        reason: 'Social value monitoring on the adult skills contract (strategy 3.10)',
      },
    ],
  ];
  for (const [person, command] of plans) await train(story, person, command);
}

async function registerPerson(
  story: DemoStory,
  person: { key: string; displayName: string; email: string; jobTitle: string; department: string },
): Promise<void> {
  const { displayName, email, jobTitle, department } = person;
  const staffMemberId = story.idOf('staff', person.key);
  await story.send(
    (meta) => new StaffMemberCommandMessage(staffMemberId, { type: 'RegisterStaffMember', staffMemberId, displayName, email, jobTitle, department }, meta),
  );
}

function assess(story: DemoStory, person: string, competency: string, level: number, evidence: string) {
  return story.send(
    (meta) =>
      new StaffMemberCommandMessage(
        story.idOf('staff', person),
        { type: 'AssessProficiency', competencyId: story.idOf('competency', competency), level, evidence },
        meta,
      ),
  );
}

function train(story: DemoStory, person: string, command: StaffMemberRequest) {
  return story.send((meta) => new StaffMemberCommandMessage(story.idOf('staff', person), command, meta));
}
