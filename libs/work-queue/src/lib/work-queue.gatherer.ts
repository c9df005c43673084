import { Injectable } from '@nestjs/common';
import { ContractsQueries } from '@ledger/contracts-api';
import { GatewayQueries } from '@ledger/gateway-api';
import { LessonsQueries } from '@ledger/lessons-api';
import { RiskQueries } from '@ledger/risk-api';
import { Actor } from '@ledger/shared-api';
import { Gateway, Permission, gatewayName, mayDo, ukDateOf } from '@ledger/shared-domain';
import { WorkforceQueries } from '@ledger/workforce-api';
import { CalendarEntry, calendarEntriesFor } from './calendar-entries';
import { ContractFact, OutstandingCondition, ReviewAwaitingDecision, Viewer, WorkFacts, WorkItem, workItemsFor } from './work-items';

/** The register reads of one batch of queues, by what was read (and for whom, where it is personal). */
type FactReads = Map<string, Promise<unknown>>;

/**
 * Reads what each context records as due and asks the work-queue rules what the viewer must do.
 * A context the viewer's roles never act on is not read at all.
 */
@Injectable()
export class WorkQueueGatherer {
  constructor(
    private readonly workforce: WorkforceQueries,
    private readonly gateway: GatewayQueries,
    private readonly lessons: LessonsQueries,
    private readonly risks: RiskQueries,
    private readonly contracts: ContractsQueries,
  ) {}

  async itemsFor(actor: Actor, now: Date = new Date()): Promise<WorkItem[]> {
    const viewer = await this.viewerOf(actor);
    return workItemsFor(viewer, await this.factsFor(viewer), ukDateOf(now));
  }

  /**
   * The queues of several people at one instant (a digest run, one review's deciders): each
   * register is read once for the whole batch, not once per person.
   */
  async itemsForEach(actors: readonly Actor[], now: Date = new Date()): Promise<WorkItem[][]> {
    const batch: FactReads = new Map();
    const queues: WorkItem[][] = [];
    for (const actor of actors) {
      const viewer = await this.viewerOf(actor);
      queues.push(workItemsFor(viewer, await this.factsFor(viewer, batch), ukDateOf(now)));
    }
    return queues;
  }

  /** The dated entries of the actor's calendar feed, from the same facts as their queue. */
  async calendarEntriesFor(actor: Actor, now: Date = new Date()): Promise<CalendarEntry[]> {
    const viewer = await this.viewerOf(actor);
    return calendarEntriesFor(viewer, await this.factsFor(viewer), ukDateOf(now));
  }

  private async viewerOf(actor: Actor): Promise<Viewer> {
    const person = actor.email ? await this.workforce.staffMemberByEmail(actor.email) : undefined;
    return { roles: actor.roles, staffMemberId: person?.id ?? null };
  }

  /** With a batch, a read already made for someone else in it is shared instead of repeated. */
  private async factsFor(viewer: Viewer, batch?: FactReads): Promise<WorkFacts> {
    const may = (permission: Permission) => mayDo(viewer.roles, permission);
    const ownsSomething = viewer.staffMemberId !== null;
    const once = <T>(key: string, read: () => Promise<T>): Promise<T> => {
      if (!batch) return read();
      if (!batch.has(key)) batch.set(key, read());
      return batch.get(key) as Promise<T>;
    };
    const trainingOf = may('keepWorkforce') ? null : viewer.staffMemberId;
    const [gateway, training, risks, lessonsDue, lessonActions, contracts, variationsAwaitingApproval] = await Promise.all([
      may('recordGatewayDecisions') || may('runProcurements') ? once('gateway', () => this.gatewayFacts()) : undefined,
      may('keepWorkforce') || ownsSomething ? once(`training:${trainingOf ?? '*'}`, () => this.trainingFacts(trainingOf)) : [],
      may('keepRisks') ? once('risks', () => this.riskFacts()) : [],
      may('manageLessonActions') ? once('lessonsDue', () => this.lessonsDueFacts()) : [],
      may('manageLessonActions') || ownsSomething ? once('lessonActions', () => this.lessonActionFacts()) : [],
      may('keepContracts') || (may('reportOnContracts') && ownsSomething) ? once('contracts', () => this.contractFacts()) : [],
      may('approveContractVariations') ? once('variationsAwaitingApproval', () => this.variationFacts()) : [],
    ]);
    return {
      reviewsAwaitingDecision: gateway?.awaiting ?? [],
      outstandingConditions: gateway?.conditions ?? [],
      training,
      risks,
      lessonsDue,
      lessonActions,
      contracts,
      variationsAwaitingApproval,
    };
  }

  private async gatewayFacts(): Promise<{ awaiting: ReviewAwaitingDecision[]; conditions: OutstandingCondition[] }> {
    const [procurements, policies] = await Promise.all([this.gateway.procurements(), this.gateway.policies()]);
    const committeeOf = new Map(policies.map((policy) => [policy.version, policy.committee?.map((member) => member.id) ?? null]));
    const awaiting: ReviewAwaitingDecision[] = [];
    const conditions: OutstandingCondition[] = [];
    for (const procurement of procurements) {
      const conflicted = procurement.conflicts.map((conflict) => conflict.staffMember.id);
      for (const review of procurement.reviews) {
        if (review.outcome === null) {
          awaiting.push({
            procurementId: procurement.id,
            procurementTitle: procurement.title,
            gatewayLabel: gatewayName(review.gateway as Gateway),
            requestedOn: ukDateOf(review.requestedAt),
            committee: committeeOf.get(procurement.policyVersion) ?? null,
            conflicted,
          });
        }
        for (const condition of review.conditionStatus.filter((c) => !c.discharged)) {
          conditions.push({
            procurementId: procurement.id,
            procurementTitle: procurement.title,
            gatewayLabel: gatewayName(review.gateway as Gateway),
            condition: condition.text,
            decidedOn: review.decidedAt ? ukDateOf(review.decidedAt) : '',
          });
        }
      }
    }
    return { awaiting, conditions };
  }

  private async trainingFacts(onlyFor: string | null): Promise<WorkFacts['training']> {
    const register = await this.workforce.trainingRegister(null, onlyFor);
    return register.map((record) => ({
      staffMemberId: record.staffMember.id,
      personName: record.staffMember.displayName,
      courseId: record.course.id,
      courseTitle: record.course.title,
      status: record.status,
      plannedFor: record.plannedFor,
      completedOn: record.completedOn,
      expiresOn: record.expiresOn,
    }));
  }

  private async riskFacts(): Promise<WorkFacts['risks']> {
    return (await this.risks.risks()).map((risk) => ({ id: risk.id, title: risk.title, nextReviewDue: risk.nextReviewDue, closed: risk.status === 'CLOSED' }));
  }

  private async lessonsDueFacts(): Promise<WorkFacts['lessonsDue']> {
    return (await this.lessons.lessonsDue()).map((due) => ({
      procurementId: due.procurementId,
      procurementTitle: due.title,
      awardedOn: ukDateOf(due.awardedAt),
    }));
  }

  private async lessonActionFacts(): Promise<WorkFacts['lessonActions']> {
    return (await this.lessons.lessons()).flatMap((lesson) =>
      lesson.actions.map((action) => ({
        lessonId: lesson.id,
        lessonTitle: lesson.title,
        description: action.description,
        ownerId: action.owner?.id ?? null,
        dueDate: action.dueDate,
        open: action.status === 'OPEN',
      })),
    );
  }

  private async contractFacts(): Promise<ContractFact[]> {
    return this.contracts.contractStates();
  }

  private async variationFacts(): Promise<WorkFacts['variationsAwaitingApproval']> {
    return (await this.contracts.variationsAwaitingApproval()).map(({ recordedAt, approvalRequiredBecause: _shownOnTheContract, ...variation }) => ({
      ...variation,
      recordedOn: ukDateOf(recordedAt),
    }));
  }
}
