import { Injectable } from '@nestjs/common';
import { ReadModelReader, memoised } from '@ledger/event-store-core';
import { ReadSide, StaffPresenter } from '@ledger/shared-api';
import { addDays, jobTitleKey, skillGap, ukDateOf } from '@ledger/workforce-domain';
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
  readSkillCellHistory,
} from '../projections';
import { EstablishmentType, PostStatusEnum, PostType } from '../graphql/establishment.types';
import { AssessmentType, CompetencyType, SkillCellType, SkillsMatrixType, SkillsRowType, WorkforceFilterOptionsType } from '../graphql/skills.types';
import { StaffMemberType } from '../graphql/people.types';
import { RegisterSlice, distinctValues, matcher, matches, pageMatching, pageOf } from './register-page';
import { CourseType, PersonTrainingCountType, TrainingDueType, TrainingRecordType, TrainingStatusEnum } from '../graphql/training.types';

/** The strategy's target: "at least two courses for each individual". */
export const COURSES_PER_PERSON_TARGET = 2;

const ALL = WORKFORCE_PROJECTIONS.map((p) => p.name);
/** One collator for every sort by name: far cheaper than String#localeCompare on a thousand people. */
const collator = new Intl.Collator();
const byName = <T extends { name?: string; title?: string }>(a: T, b: T) => collator.compare(a.name ?? a.title ?? '', b.name ?? b.title ?? '');

/** Per competency, the level each job title (as jobTitleKey) requires: computed once per answer, not per cell. */
const requiredLevels = (competencies: CompetencyType[]) =>
  new Map(competencies.map((c) => [c.id, new Map(c.requirements.map((r) => [jobTitleKey(r.jobTitle), r.requiredLevel]))]));
/** How the skills matrix orders its people before paging: by name, or largest total gap first (ties by name). */
export type SkillsMatrixOrder = 'NAME' | 'LARGEST_GAP';

/** One cell's levels and gap: the one rule both a row and the gap ordering use. */
const cellLevels = (competencyId: string, titleKey: string, required: Map<string, Map<string, number>>, skills: SkillsDoc | undefined) => {
  const latest = skills?.cells[competencyId];
  const level = latest?.level ?? 0;
  const requiredLevel = required.get(competencyId)?.get(titleKey) ?? 0;
  return { latest, level, requiredLevel, gap: skillGap(level, requiredLevel) };
};

/** A person's total gap over the given competencies, without building their row. */
export const totalGapOf = (jobTitle: string, competencies: CompetencyType[], required: Map<string, Map<string, number>>, skills: SkillsDoc | undefined) => {
  const titleKey = jobTitleKey(jobTitle);
  return competencies.reduce((total, competency) => total + cellLevels(competency.id, titleKey, required, skills).gap, 0);
};
const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;

/** People already in name order, reordered by total gap (largest first); erased people stay last and ties keep the name order. */
function largestGapFirst(people: StaffMemberType[], totalGap: (person: StaffMemberType) => number): StaffMemberType[] {
  const gaps = new Map(people.map((person) => [person.id, totalGap(person)]));
  const position = new Map(people.map((person, index) => [person.id, index]));
  return [...people].sort(
    (a, b) => Number(a.erased) - Number(b.erased) || (gaps.get(b.id) ?? 0) - (gaps.get(a.id) ?? 0) || (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0),
  );
}

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
    const { presented, ...totals } = await this.establishmentWhenAsked(asOf);
    return { ...totals, posts: await presented() };
  }

  /**
   * The establishment's FTE totals at once, and its posts with their holders' names only when
   * `presented` is called: a query for the totals opened every holder's name for nothing.
   */
  async establishmentWhenAsked(asOf?: Date | null): Promise<Omit<EstablishmentType, 'posts'> & { presented: () => Promise<PostType[]> }> {
    const reader = await this.reader(asOf);
    const { posts, ...totals } = await this.postsAndTotals(reader);
    return {
      ...totals,
      presented: async () => {
        // Only the post holders are shown: opening everyone's name on each request cost most of an as-of answer.
        const people = await this.peopleNamed(reader, posts.map((post) => post.holderId));
        return posts.map((post) => ({
          ...post,
          status: post.status as PostStatusEnum,
          holder: post.holderId ? (people.get(post.holderId) ?? null) : null,
        }));
      },
    };
  }

  /** The posts in the establishment's order and the FTE totals, kept while the posts are unchanged (no name is opened). */
  private postsAndTotals(reader: ReadModelReader): Promise<Omit<EstablishmentType, 'posts'> & { posts: readonly PostDoc[] }> {
    return memoised(reader, 'workforce.establishment', [POSTS], async () => {
      const posts = (await reader.list<PostDoc>(POSTS)).sort((a, b) => a.proposedAt.localeCompare(b.proposedAt) || a.id.localeCompare(b.id));
      const fteWhere = (...statuses: PostDoc['status'][]) => sum(posts.filter((p) => statuses.includes(p.status)).map((p) => p.fte));
      return {
        posts,
        filledFte: fteWhere('FILLED'),
        approvedFte: fteWhere('APPROVED', 'FILLED', 'VACANT'),
        proposedFte: fteWhere('PROPOSED'),
        vacantFte: fteWhere('APPROVED', 'VACANT'),
      };
    });
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

  /**
   * The skills matrix: people (a page of them when `slice.page` is given) × competencies (those of
   * `slice.filter.competencyCategory`, or all). Only the page's rows are read; a cell's history is
   * read when asked for (`loadHistory`). `orderBy` LARGEST_GAP orders every matching person by total
   * gap (largest first, ties in name order, erased people still last) before paging, so page 1 holds
   * the largest gaps of all.
   */
  async skillsMatrix(
    asOf?: Date | null,
    staffMemberId?: string | null,
    slice: RegisterSlice = {},
    orderBy: SkillsMatrixOrder = 'NAME',
  ): Promise<SkillsMatrixType> {
    const reader = await this.reader(asOf);
    const { filter = {}, page } = slice;
    const competencies = (await this.competencyList(reader)).filter((c) => matches(filter.competencyCategory, c.category));
    const required = requiredLevels(competencies);
    const inDepartment = matcher(filter.department);
    const withJobTitle = matcher(filter.jobTitle);
    const isMatching = (doc: StaffDoc) => inDepartment(doc.department) && withJobTitle(doc.jobTitle);
    if (orderBy === 'NAME' && page && !staffMemberId) {
      // A page in name order: everyone's order is kept, so only the page's people are opened (ADR 0035).
      const ordered = (await this.staffInRegisterOrder(reader)).filter(isMatching);
      const rows: SkillsRowType[] = [];
      for (const person of (await this.presenter.present(pageOf(ordered, page))).values()) {
        rows.push(this.skillsRowOf(reader, person, competencies, required, await reader.get<SkillsDoc>(SKILLS, person.id)));
      }
      return { competencies, rows, totalRows: ordered.length, offset: page.offset, limit: page.limit };
    }
    const people = staffMemberId
      ? [await reader.get<StaffDoc>(STAFF, staffMemberId)].filter((doc): doc is StaffDoc => !!doc)
      : await reader.list<StaffDoc>(STAFF);
    const matching = people.filter(isMatching);
    const inNameOrder = await this.ordered(matching);
    const skillsOf = orderBy === 'LARGEST_GAP' ? new Map((await reader.list<SkillsDoc>(SKILLS)).map((doc) => [doc.id, doc])) : undefined;
    const ordered = skillsOf
      ? largestGapFirst(inNameOrder, (person) => totalGapOf(person.jobTitle, competencies, required, skillsOf.get(person.id)))
      : inNameOrder;
    const rows: SkillsRowType[] = [];
    for (const person of pageOf(ordered, page)) {
      const skills = skillsOf ? skillsOf.get(person.id) : await reader.get<SkillsDoc>(SKILLS, person.id);
      rows.push(this.skillsRowOf(reader, person, competencies, required, skills));
    }
    return { competencies, rows, totalRows: ordered.length, offset: page?.offset ?? 0, limit: page?.limit ?? ordered.length };
  }

  /** One person's row of the live skills matrix: only their documents are read and opened. */
  async skillsRow(staffMemberId: string): Promise<SkillsRowType | undefined> {
    return (await this.skillsMatrix(null, staffMemberId)).rows[0];
  }

  /** Every assessment of one cell, oldest first (empty when never assessed or unknown). */
  async skillCellHistory(staffMemberId: string, competencyId: string, asOf?: Date | null): Promise<AssessmentType[]> {
    return this.cellHistory(await this.reader(asOf), staffMemberId, competencyId);
  }

  /** What the registers can be filtered by: departments and job titles of the people, competency categories. */
  async filterOptions(asOf?: Date | null): Promise<WorkforceFilterOptionsType> {
    const reader = await this.reader(asOf);
    const people = (await reader.list<StaffDoc>(STAFF)).filter((doc) => !doc.erased);
    return {
      departments: distinctValues(people.map((doc) => doc.department)),
      jobTitles: distinctValues(people.map((doc) => doc.jobTitle)),
      competencyCategories: distinctValues((await reader.list<CompetencyDoc>(COMPETENCIES)).map((doc) => doc.category)),
    };
  }

  private async cellHistory(reader: ReadModelReader, staffMemberId: string, competencyId: string): Promise<AssessmentType[]> {
    return (await readSkillCellHistory(reader, staffMemberId, competencyId)).map((entry) => ({ ...entry, recordedAt: new Date(entry.assessedAt) }));
  }

  private skillsRowOf(
    reader: ReadModelReader,
    person: StaffMemberType,
    competencies: CompetencyType[],
    required: Map<string, Map<string, number>>,
    skills: SkillsDoc | undefined,
  ): SkillsRowType {
    const titleKey = jobTitleKey(person.jobTitle);
    const cells: SkillCellType[] = competencies.map((competency) => {
      const { latest, level, requiredLevel, gap } = cellLevels(competency.id, titleKey, required, skills);
      return {
        competency,
        level,
        requiredLevel,
        gap,
        assessedAt: latest ? new Date(latest.assessedAt) : null,
        assessedBy: latest?.assessedBy ?? null,
        assessedOn: latest?.assessedOn ?? null,
        source: latest?.source ?? null,
        assessments: latest?.assessments ?? 0,
        loadHistory: () => (latest ? this.cellHistory(reader, person.id, competency.id) : Promise.resolve([])),
      };
    });
    return { staffMember: person, cells, totalGap: cells.reduce((total, cell) => total + cell.gap, 0) };
  }

  async courses(asOf?: Date | null): Promise<CourseType[]> {
    const reader = await this.reader(asOf);
    return this.courseList(reader, await this.competencyList(reader));
  }

  /**
   * Plans and outcomes by person (in the registers' order: erased last, then by name) then course
   * title; a page of them when `slice.page` is given, narrowed by the person's department or job
   * title and by a category of the course's competencies. Live, the records are kept in that order
   * while staff, training and courses are unchanged (ADR 0035), so a page opens its own people only.
   */
  async trainingRegister(asOf?: Date | null, staffMemberId?: string | null, slice: RegisterSlice = {}): Promise<TrainingRecordType[]> {
    const reader = await this.reader(asOf);
    const { filter = {}, page } = slice;
    const today = ukDateOf(asOf ?? new Date());
    const competencies = await this.competencyList(reader);
    const courses = new Map((await this.courseList(reader, competencies)).map((c) => [c.id, c]));
    const inCategory = (courseId: string) => {
      const course = courses.get(courseId);
      return !!course && (!filter.competencyCategory?.trim() || course.competencies.some((c) => matches(filter.competencyCategory, c.category)));
    };
    const staff = staffMemberId
      ? [await reader.get<StaffDoc>(STAFF, staffMemberId)].filter((doc): doc is StaffDoc => !!doc)
      : await reader.list<StaffDoc>(STAFF);
    const inDepartment = matcher(filter.department);
    const withJobTitle = matcher(filter.jobTitle);
    const byPerson = !!filter.department?.trim() || !!filter.jobTitle?.trim() || !!staffMemberId;
    const matching = byPerson
      ? new Set(staff.filter((doc) => inDepartment(doc.department) && withJobTitle(doc.jobTitle)).map((doc) => doc.id))
      : undefined;
    const records = pageMatching(
      await this.trainingInRegisterOrder(reader),
      (record) => (!matching || matching.has(record.staffMemberId)) && inCategory(record.courseId),
      page,
    );
    const staffById = new Map(staff.map((doc) => [doc.id, doc]));
    const wanted = [...new Set(records.map((record) => record.staffMemberId))].flatMap((id) => staffById.get(id) ?? []);
    const people = await this.presenter.present(wanted);
    return records.map((record) => ({
      id: record.id,
      staffMember: people.get(record.staffMemberId) as StaffMemberType,
      course: courses.get(record.courseId) as CourseType,
      status: (record.status === 'COMPLETED' && record.expiresOn && record.expiresOn < today ? 'EXPIRED' : record.status) as TrainingStatusEnum,
      plannedFor: record.plannedFor,
      completedOn: record.completedOn,
      expiresOn: record.expiresOn,
      evidence: record.evidence,
      lastDate: record.lastDate ?? null,
    }));
  }

  /** What needs attention: overdue plans, completions expiring within `withinDays`, people below target. */
  async trainingDue(withinDays: number, asOf?: Date | null): Promise<TrainingDueType> {
    const register = await this.trainingRegister(asOf);
    const today = ukDateOf(asOf ?? new Date());
    const horizon = addDays(today, withinDays);
    const year = today.slice(0, 4);
    const counts = new Map<string, PersonTrainingCountType>();
    for (const person of await this.staffMembers(asOf)) if (!person.erased) counts.set(person.id, { staffMember: person, courses: 0 });
    for (const record of register) {
      const when =
        (record.status === 'COMPLETED' || record.status === 'EXPIRED'
          ? record.completedOn
          : record.status === 'ATTENDED'
            ? record.lastDate
            : record.plannedFor) ?? '';
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

  /** The people these ids name (each once; null and unknown ids skipped), presented. */
  private async peopleNamed(reader: ReadModelReader, ids: readonly (string | null | undefined)[]): Promise<Map<string, StaffMemberType>> {
    const distinct = [...new Set(ids.filter((id): id is string => !!id))];
    const docs = await Promise.all(distinct.map((id) => reader.get<StaffDoc>(STAFF, id)));
    return this.presenter.present(docs.filter((doc): doc is StaffDoc => doc !== undefined));
  }

  private async staffMembersFrom(reader: ReadModelReader): Promise<StaffMemberType[]> {
    return this.ordered(await reader.list<StaffDoc>(STAFF));
  }

  /**
   * Everyone's (sealed) staff documents in the registers' order, kept while the staff collection is
   * unchanged: a page filters this list instead of sorting everyone again. Names are opened to
   * order them and dropped: what is kept holds no opened name.
   */
  private staffInRegisterOrder(reader: ReadModelReader): Promise<readonly StaffDoc[]> {
    return memoised(reader, 'workforce.staff-in-register-order', [STAFF], async () => {
      const docs = await reader.list<StaffDoc>(STAFF);
      const byId = new Map(docs.map((doc) => [doc.id, doc]));
      return (await this.ordered(docs)).map((person) => byId.get(person.id) as StaffDoc);
    });
  }

  /**
   * Every training record of a known person and course, in the register's order (person in the
   * registers' order, then course title, then id), kept while staff, training and courses are
   * unchanged. Records hold no opened name.
   */
  private trainingInRegisterOrder(reader: ReadModelReader): Promise<readonly TrainingDoc[]> {
    return memoised(reader, 'workforce.training-in-register-order', [STAFF, TRAINING, COURSES], async () => {
      const place = new Map((await this.staffInRegisterOrder(reader)).map((doc, index) => [doc.id, index]));
      const titles = new Map((await reader.list<CourseDoc>(COURSES)).map((course) => [course.id, course.title]));
      return (await reader.list<TrainingDoc>(TRAINING))
        .filter((record) => place.has(record.staffMemberId) && titles.has(record.courseId))
        .sort(
          (a, b) =>
            (place.get(a.staffMemberId) as number) - (place.get(b.staffMemberId) as number) ||
            collator.compare(titles.get(a.courseId) as string, titles.get(b.courseId) as string) ||
            (a.id < b.id ? -1 : 1),
        );
    });
  }

  /** People in the order of the registers: erased last, then by name (the id settles ties, so pages never overlap). */
  private async ordered(people: StaffDoc[]): Promise<StaffMemberType[]> {
    return [...(await this.presenter.present(people)).values()].sort(
      (a, b) => Number(a.erased) - Number(b.erased) || collator.compare(a.displayName, b.displayName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
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
        const levels = doc.competencies
          .filter((c) => byId.has(c.competencyId))
          .map((c) => ({ competency: byId.get(c.competencyId) as CompetencyType, raisesTo: c.raisesTo }));
        return {
          id: doc.id,
          title: doc.title,
          provider: doc.provider,
          validityMonths: doc.validityMonths,
          levels,
          competencies: levels.map((l) => l.competency),
        };
      })
      .sort(byName);
  }
}
