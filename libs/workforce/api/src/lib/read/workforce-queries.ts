import { Injectable } from '@nestjs/common';
import { ReadModelReader } from '@ledger/event-store-core';
import { ReadSide, StaffPresenter } from '@ledger/shared-api';
import { addDays, isoDateOf, jobTitleKey, skillGap } from '@ledger/workforce-domain';
import {
  COMPETENCIES,
  COURSES,
  CompetencyDoc,
  CourseDoc,
  POSTS,
  PostDoc,
  SKILLS,
  STAFF,
  SkillsDoc,
  StaffDoc,
  TRAINING,
  TrainingDoc,
  WORKFORCE_PROJECTIONS,
} from '../projections';
import { EstablishmentType, PostStatusEnum, PostType } from '../graphql/establishment.types';
import { CompetencyType, SkillCellType, SkillsMatrixType, SkillsRowType } from '../graphql/skills.types';
import { StaffMemberType } from '../graphql/people.types';
import { CourseType, PersonTrainingCountType, TrainingDueType, TrainingRecordType, TrainingStatusEnum } from '../graphql/training.types';

/** The strategy's target: "at least two courses for each individual". */
export const COURSES_PER_PERSON_TARGET = 2;

const ALL = WORKFORCE_PROJECTIONS.map((p) => p.name);
const byName = <T extends { name?: string; title?: string }>(a: T, b: T) => (a.name ?? a.title ?? '').localeCompare(b.name ?? b.title ?? '');
const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;

/**
 * Every workforce register, live or as at an instant (the read models folded from the events up
 * to it). "Today" for expiry and overdue checks is the as-of instant when one is given.
 */
@Injectable()
export class WorkforceQueries {
  constructor(
    private readonly readSide: ReadSide,
    private readonly presenter: StaffPresenter,
  ) {}

  reader(asOf?: Date | null): Promise<ReadModelReader> {
    return this.readSide.reader(ALL, asOf);
  }

  async establishment(asOf?: Date | null): Promise<EstablishmentType> {
    const reader = await this.reader(asOf);
    const posts = (await reader.list<PostDoc>(POSTS)).sort((a, b) => a.proposedAt.localeCompare(b.proposedAt) || a.id.localeCompare(b.id));
    const people = await this.people(reader);
    const views: PostType[] = posts.map((post) => ({
      ...post,
      status: post.status as PostStatusEnum,
      holder: post.holderId ? (people.get(post.holderId) ?? null) : null,
    }));
    const fteWhere = (...statuses: PostDoc['status'][]) => sum(posts.filter((p) => statuses.includes(p.status)).map((p) => p.fte));
    return {
      posts: views,
      filledFte: fteWhere('FILLED'),
      approvedFte: fteWhere('APPROVED', 'FILLED', 'VACANT'),
      proposedFte: fteWhere('PROPOSED'),
      vacantFte: fteWhere('APPROVED', 'VACANT'),
    };
  }

  async post(id: string, asOf?: Date | null): Promise<PostType | undefined> {
    return (await this.establishment(asOf)).posts.find((p) => p.id === id);
  }

  async staffMembers(asOf?: Date | null): Promise<StaffMemberType[]> {
    return this.staffMembersFrom(await this.reader(asOf));
  }

  async staffMember(id: string, asOf?: Date | null): Promise<StaffMemberType | undefined> {
    const reader = await this.reader(asOf);
    const doc = await reader.get<StaffDoc>(STAFF, id);
    return doc && (await this.presenter.present([doc])).get(id);
  }

  /** Matches an email to a person (case-insensitive); erased people match nothing. */
  async staffMemberByEmail(email: string): Promise<StaffMemberType | undefined> {
    const wanted = email.trim().toLowerCase();
    return (await this.staffMembers()).find((person) => person.email === wanted);
  }

  async competencies(asOf?: Date | null): Promise<CompetencyType[]> {
    return this.competencyList(await this.reader(asOf));
  }

  async skillsMatrix(asOf?: Date | null, staffMemberId?: string | null): Promise<SkillsMatrixType> {
    const reader = await this.reader(asOf);
    const competencies = await this.competencyList(reader);
    if (staffMemberId) {
      const row = await this.skillsRowFrom(reader, competencies, staffMemberId);
      return { competencies, rows: row ? [row] : [] };
    }
    const rows: SkillsRowType[] = [];
    for (const person of await this.staffMembersFrom(reader)) rows.push(this.skillsRowOf(person, competencies, await reader.get<SkillsDoc>(SKILLS, person.id)));
    return { competencies, rows };
  }

  /** One person's row of the live skills matrix: only their documents are read and opened. */
  async skillsRow(staffMemberId: string): Promise<SkillsRowType | undefined> {
    const reader = await this.reader();
    return this.skillsRowFrom(reader, await this.competencyList(reader), staffMemberId);
  }

  private async skillsRowFrom(reader: ReadModelReader, competencies: CompetencyType[], staffMemberId: string): Promise<SkillsRowType | undefined> {
    const doc = await reader.get<StaffDoc>(STAFF, staffMemberId);
    const person = doc && (await this.presenter.present([doc])).get(staffMemberId);
    return person && this.skillsRowOf(person, competencies, await reader.get<SkillsDoc>(SKILLS, staffMemberId));
  }

  private skillsRowOf(person: StaffMemberType, competencies: CompetencyType[], skills: SkillsDoc | undefined): SkillsRowType {
    const cells: SkillCellType[] = competencies.map((competency) => {
      const history = skills?.cells[competency.id] ?? [];
      const latest = history.at(-1);
      const level = latest?.level ?? 0;
      const requiredLevel = competency.requirements.find((r) => jobTitleKey(r.jobTitle) === jobTitleKey(person.jobTitle))?.requiredLevel ?? 0;
      return {
        competency,
        level,
        requiredLevel,
        gap: skillGap(level, requiredLevel),
        assessedAt: latest ? new Date(latest.assessedAt) : null,
        history: history.map((entry) => ({ ...entry, recordedAt: new Date(entry.assessedAt) })),
      };
    });
    return { staffMember: person, cells, totalGap: cells.reduce((total, cell) => total + cell.gap, 0) };
  }

  async courses(asOf?: Date | null): Promise<CourseType[]> {
    const reader = await this.reader(asOf);
    return this.courseList(reader, await this.competencyList(reader));
  }

  async trainingRegister(asOf?: Date | null, staffMemberId?: string | null): Promise<TrainingRecordType[]> {
    const reader = await this.reader(asOf);
    const today = isoDateOf(asOf ?? new Date());
    const courses = new Map((await this.courseList(reader, await this.competencyList(reader))).map((c) => [c.id, c]));
    const people = await this.people(reader);
    const records = (await reader.list<TrainingDoc>(TRAINING)).filter((r) => !staffMemberId || r.staffMemberId === staffMemberId);
    return records
      .map((record) => ({
        id: record.id,
        staffMember: people.get(record.staffMemberId) as StaffMemberType,
        course: courses.get(record.courseId) as CourseType,
        status: (record.status === 'COMPLETED' && record.expiresOn && record.expiresOn < today ? 'EXPIRED' : record.status) as TrainingStatusEnum,
        plannedFor: record.plannedFor,
        completedOn: record.completedOn,
        expiresOn: record.expiresOn,
        evidence: record.evidence,
        lastDate: record.lastDate ?? null,
      }))
      .filter((record) => record.staffMember && record.course)
      .sort((a, b) => a.staffMember.displayName.localeCompare(b.staffMember.displayName) || a.course.title.localeCompare(b.course.title));
  }

  /** What needs attention: overdue plans, completions expiring within `withinDays`, people below target. */
  async trainingDue(withinDays: number, asOf?: Date | null): Promise<TrainingDueType> {
    const register = await this.trainingRegister(asOf);
    const today = isoDateOf(asOf ?? new Date());
    const horizon = addDays(today, withinDays);
    const year = today.slice(0, 4);
    const counts = new Map<string, PersonTrainingCountType>();
    for (const person of await this.staffMembers(asOf)) if (!person.erased) counts.set(person.id, { staffMember: person, courses: 0 });
    for (const record of register) {
      const when = (record.status === 'COMPLETED' || record.status === 'EXPIRED' ? record.completedOn : record.status === 'ATTENDED' ? record.lastDate : record.plannedFor) ?? '';
      const counted = ['PLANNED', 'BOOKED', 'ATTENDED', 'COMPLETED', 'EXPIRED'].includes(record.status) && when.startsWith(year);
      const entry = counts.get(record.staffMember.id);
      if (counted && entry) entry.courses += 1;
    }
    return {
      overduePlans: register.filter((r) => (r.status === 'PLANNED' || r.status === 'BOOKED') && !!r.plannedFor && r.plannedFor < today),
      expiring: register.filter((r) => (r.status === 'COMPLETED' || r.status === 'EXPIRED') && !!r.expiresOn && r.expiresOn <= horizon),
      belowTarget: [...counts.values()].filter((c) => c.courses < COURSES_PER_PERSON_TARGET),
      target: COURSES_PER_PERSON_TARGET,
    };
  }

  private async people(reader: ReadModelReader): Promise<Map<string, StaffMemberType>> {
    return this.presenter.present(await reader.list<StaffDoc>(STAFF));
  }

  private async staffMembersFrom(reader: ReadModelReader): Promise<StaffMemberType[]> {
    return [...(await this.people(reader)).values()].sort((a, b) => Number(a.erased) - Number(b.erased) || a.displayName.localeCompare(b.displayName));
  }

  private async competencyList(reader: ReadModelReader): Promise<CompetencyType[]> {
    const docs = await reader.list<CompetencyDoc>(COMPETENCIES);
    return docs
      .map((doc) => ({ ...doc, requirements: [...doc.requirements].sort((a, b) => a.jobTitle.localeCompare(b.jobTitle)) }))
      .sort((a, b) => a.category.localeCompare(b.category) || byName(a, b));
  }

  private async courseList(reader: ReadModelReader, competencies: CompetencyType[]): Promise<CourseType[]> {
    const byId = new Map(competencies.map((c) => [c.id, c]));
    const docs = await reader.list<CourseDoc>(COURSES);
    return docs
      .map((doc) => {
        const levels = doc.competencies.filter((c) => byId.has(c.competencyId)).map((c) => ({ competency: byId.get(c.competencyId) as CompetencyType, raisesTo: c.raisesTo }));
        return { id: doc.id, title: doc.title, provider: doc.provider, validityMonths: doc.validityMonths, levels, competencies: levels.map((l) => l.competency) };
      })
      .sort(byName);
  }
}
