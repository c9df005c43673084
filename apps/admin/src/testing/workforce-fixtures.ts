import type {
  Competency,
  Course,
  Post,
  SkillCell,
  SkillsRow,
  StaffMember,
  TrainingDue,
  TrainingRecord,
} from '../app/features/workforce/workforce.types';

/** Small builders for API answers; each takes the fields a test cares about. */

export const post = (fields: Partial<Post> = {}): Post => ({
  id: 'post-1',
  title: 'Contracts Manager',
  fte: 1,
  status: 'PROPOSED',
  holder: null,
  startDate: null,
  targetYear: 2026,
  justification: 'Contract volumes have doubled',
  decisionReason: null,
  revision: 1,
  ...fields,
});

export const person = (fields: Partial<StaffMember> = {}): StaffMember => ({
  id: 'staff-1',
  displayName: 'Sam Patel',
  jobTitle: 'Procurement Officer',
  department: 'Procurement',
  erased: false,
  ...fields,
});

export const competency = (fields: Partial<Competency> = {}): Competency => ({
  id: 'comp-1',
  name: 'Contract management',
  category: 'Contracting',
  levelDescriptors: ['None', 'Aware', 'Foundation', 'Practitioner', 'Expert'],
  requirements: [{ jobTitle: 'Procurement Officer', requiredLevel: 3 }],
  ...fields,
});

export const cell = (competencyId: string, fields: Partial<SkillCell> = {}): SkillCell => ({
  competency: { id: competencyId },
  level: 0,
  requiredLevel: 0,
  gap: 0,
  assessments: 0,
  ...fields,
});

export const row = (staffMember: StaffMember, cells: SkillCell[]): SkillsRow => ({
  staffMember,
  cells,
  totalGap: cells.reduce((total, c) => total + c.gap, 0),
});

export const course = (fields: Partial<Course> = {}): Course => ({
  id: 'course-1',
  title: 'Contract Management Foundation',
  provider: 'Government Commercial College',
  validityMonths: 24,
  levels: [{ competency: { id: 'comp-1', name: 'Contract management' }, raisesTo: 2 }],
  ...fields,
});

export const record = (fields: Partial<TrainingRecord> = {}): TrainingRecord => ({
  id: 'staff-1~course-1',
  staffMember: { id: 'staff-1', displayName: 'Sam Patel', erased: false },
  course: { id: 'course-1', title: 'Contract Management Foundation' },
  status: 'PLANNED',
  plannedFor: '2026-03-02',
  completedOn: null,
  expiresOn: null,
  evidence: null,
  ...fields,
});

export const due = (fields: Partial<TrainingDue> = {}): TrainingDue => ({
  overduePlans: [],
  expiring: [],
  belowTarget: [],
  target: 2,
  ...fields,
});
