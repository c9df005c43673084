import { Injectable } from '@nestjs/common';
import { ReadModelReader } from '@ledger/event-store-core';
import { PersonDoc, ReadSide, StaffMemberType, StaffPresenter, peopleStatuses } from '@ledger/shared-api';
import { PeopleStatuses, ukDateOf } from '@ledger/shared-domain';
import { LESSONS, LESSONS_PROJECTIONS, LESSON_PEOPLE, LESSON_PROCUREMENTS, LessonDoc, LessonProcurementDoc } from '../projections';
import { LessonDueType, LessonType } from '../graphql/lessons.types';

const NAMES = LESSONS_PROJECTIONS.map((p) => p.name);

/** The lessons log and its actions, live or as at an instant. */
@Injectable()
export class LessonsQueries {
  constructor(
    private readonly readSide: ReadSide,
    private readonly presenter: StaffPresenter,
  ) {}

  reader(asOf?: Date | null): Promise<ReadModelReader> {
    return this.readSide.reader(NAMES, asOf);
  }

  async lessons(asOf?: Date | null, procurementId?: string | null): Promise<LessonType[]> {
    const reader = await this.reader(asOf);
    const today = ukDateOf(asOf ?? new Date());
    const people = await this.presenter.present(await reader.list<PersonDoc>(LESSON_PEOPLE));
    const docs = (await reader.list<LessonDoc>(LESSONS)).filter((l) => !procurementId || l.procurementId === procurementId);
    return docs
      .sort((a, b) => b.recordedAt.localeCompare(a.recordedAt))
      .map((doc) => ({
        ...doc,
        recordedAt: new Date(doc.recordedAt),
        actions: doc.actions.map((action) => ({
          ...action,
          owner: people.get(action.ownerStaffMemberId) ?? (null as StaffMemberType | null),
          overdue: action.status === 'OPEN' && action.dueDate < today,
        })),
      }));
  }

  async lesson(id: string): Promise<LessonType | undefined> {
    return (await this.lessons()).find((l) => l.id === id);
  }

  /** Procurements whose award gateway was passed and that have no lesson recorded since: lessons are due. */
  async lessonsDue(asOf?: Date | null): Promise<LessonDueType[]> {
    const reader = await this.reader(asOf);
    const lessons = await reader.list<LessonDoc>(LESSONS);
    const procurements = await reader.list<LessonProcurementDoc>(LESSON_PROCUREMENTS);
    return procurements
      .filter((p) => p.awardedAt && !lessons.some((l) => l.procurementId === p.id && l.recordedAt >= (p.awardedAt as string)))
      .map((p) => ({ procurementId: p.id, title: p.title, awardedAt: new Date(p.awardedAt as string) }));
  }

  async procurementExists(id: string): Promise<boolean> {
    return !!(await (await this.reader()).get(LESSON_PROCUREMENTS, id));
  }

  async lessonExists(id: string): Promise<boolean> {
    return !!(await (await this.reader()).get(LESSONS, id));
  }

  /** The register status of each person named, for the decider to rule on. */
  async peopleStatuses(ids: readonly string[]): Promise<PeopleStatuses> {
    return peopleStatuses(await this.reader(), LESSON_PEOPLE, ids);
  }
}
