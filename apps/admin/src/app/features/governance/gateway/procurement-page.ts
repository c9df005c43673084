import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { CalendarDatePipe, EnumLabelPipe, GatewayLabelPipe, InstantPipe, MoneyPipe } from '../../../shared/format/format-pipes';
import { RegisterLoader } from '../../../shared/register/register-loader';
import { RegisterStatus } from '../../../shared/register/register-status';
import { formatMoney } from '../../../shared/format/format';
import { GovernanceAccess } from '../governance-access';
import { OUTCOME_LABELS, RISK_LEVEL_LABELS, gatewayLabel, labelOf } from '../../../shared/enum-labels';
import { PRIORITY_TONES, RISK_LEVEL_TONES } from '../governance-tones';
import type { GatewayReview, ProcurementSummary } from '../governance.types';
import { knownPeople } from '../staff-directory';
import { ChangeBasisForm } from './change-basis-form';
import { DeclareConflictForm } from './declare-conflict-form';
import { DecisionForm } from './decision-form';
import { DischargeConditionForm, openConditions } from './discharge-condition-form';
import { GatewayData } from './gateway-data';
import { gatewayTrack, requestableGateways } from './gateway-track';
import { GatewayTrackView } from './gateway-track-view';
import { PolicyPanel } from './policy-panel';
import { RequestReviewForm } from './request-review-form';
import { ReviewList } from './review-list';
import { Change, RecordChanges } from '../../../shared/record-changes';
import { AwardContractForm } from '../../contracts/award-contract-form';
import { ContractsAccess } from '../../contracts/contracts-access';
import type { ContractListItem } from '../../contracts/contracts.types';

/**
 * One procurement: its basis, the required gateways as a track, every review and decision
 * (with corrections and conditions), conflicts of interest, its lessons, and the forms each role
 * may use. Commands send the revision shown; a CONFLICT offers to reload.
 */
@Component({
  selector: 'gl-procurement-page',
  imports: [
    Change,
    RecordChanges,
    CalendarDatePipe,
    EnumLabelPipe,
    GatewayLabelPipe,
    InstantPipe,
    MoneyPipe,
    RouterLink,
    RegisterStatus,
    GatewayTrackView,
    ReviewList,
    PolicyPanel,
    RequestReviewForm,
    DecisionForm,
    DischargeConditionForm,
    DeclareConflictForm,
    ChangeBasisForm,
    AwardContractForm,
  ],
  template: `
    <a class="back-link" routerLink="/gateway">All procurements</a>
    <h1>{{ procurement()?.title ?? 'Procurement' }}</h1>

    <gl-register-status [register]="register" subject="The procurement" />

    @for (procurement of current(); track procurement.revision) {
      <dl class="facts basis" aria-label="Basis">
        <dt>Estimated value</dt>
        <dd data-fact="value">{{ procurement.estimatedValue | money }}</dd>
        <dt>Risk</dt>
        <dd>
          <span class="tag" [attr.data-tone]="riskTones[procurement.riskLevel]">{{ procurement.riskLevel | enumLabel: 'RiskLevel' }}</span>
        </dd>
        <dt>Political interest</dt>
        <dd>{{ procurement.politicalInterest ? 'Yes' : 'No' }}</dd>
        <dt>Gateway policy</dt>
        <dd>Version {{ procurement.policyVersion }}, as at registration</dd>
      </dl>

      @if (contracts.keepsContracts() && !register.historical()) {
        <div class="button-row award">
          <button type="button" [attr.aria-expanded]="awarding()" (click)="awarding.set(!awarding())">Award contract</button>
        </div>
        @if (awarding()) {
          <gl-award-contract-form [procurementId]="procurement.id" (saved)="awarded($event)" (cancelled)="awarding.set(false)" />
        }
      }

      <section aria-labelledby="track-title">
        <h2 id="track-title">Gateway track</h2>
        <gl-gateway-track [steps]="track()" />
      </section>

      <section aria-labelledby="reviews-title">
        <h2 id="reviews-title">Reviews and decisions</h2>
        <gl-review-list [reviews]="procurement.reviews" [userId]="access.userId()" />
      </section>

      <div class="table-scroll">
        <table>
          <caption>
            Conflicts of interest
          </caption>
          <thead>
            <tr>
              <th scope="col">Staff member</th>
              <th scope="col">Nature</th>
              <th scope="col">Declared</th>
            </tr>
          </thead>
          <tbody>
            @for (conflict of procurement.conflicts; track conflict.staffMember.id) {
              <tr>
                <th scope="row" [class.erased]="conflict.staffMember.erased">{{ conflict.staffMember.displayName }}</th>
                <td>
                  {{ conflict.nature }}
                  @if (conflict.onBehalf) {
                    <br /><small
                      >Recorded on their behalf by {{ conflict.declaredBy?.displayName ?? 'an administrator' }}:
                      {{ conflict.onBehalfReason }}</small
                    >
                  }
                </td>
                <td>{{ conflict.declaredAt | instant }}</td>
              </tr>
            } @empty {
              <tr>
                <td colspan="3">No conflict of interest is declared.</td>
              </tr>
            }
          </tbody>
        </table>
      </div>

      <section class="panel" aria-labelledby="lessons-title">
        <h2 id="lessons-title">Lessons learned</h2>
        <ul class="lessons">
          @for (lesson of procurement.lessons; track lesson.id) {
            <li [attr.data-lesson-id]="lesson.id">
              <strong>{{ lesson.title }}</strong>&nbsp;<span class="tag" [attr.data-tone]="priorityTones[lesson.priority]"
                >{{ lesson.priority | enumLabel: 'LessonPriority' }} priority</span
              >
              <span class="muted">
                logged {{ lesson.loggedOn | calendarDate }}{{ lesson.gateway ? ', at ' + (lesson.gateway | gatewayLabel) : '' }}
              </span>
              <div>Recommendation: {{ lesson.recommendation }}</div>
            </li>
          } @empty {
            <li class="muted">No lesson is recorded against this procurement.</li>
          }
        </ul>
        <p><a routerLink="/lessons">The lessons log</a></p>
      </section>

      <gl-policy-panel
        [policy]="register.value()?.policy ?? null"
        [heading]="'Policy version ' + procurement.policyVersion + ', which applies to this procurement'"
        headingId="procurement-policy-title"
      />

      @if (access.recordsDecisions() || access.runsProcurements() || access.declaresConflicts()) {
        <gl-record-changes>
          @if (access.recordsDecisions()) {
            <ng-template glChange="Record a decision">
              @if (awaiting().length) {
                <gl-decision-form
                  mode="record"
                  [procurement]="procurement"
                  [reviews]="awaiting()"
                  [people]="people()"
                  [allowOthers]="!staffListed()"
                  [policy]="register.value()?.policy ?? null"
                  [deciders]="register.value()?.deciders ?? null"
                  [disabled]="register.historical()"
                  (saved)="decidedNow($event, 'record')"
                  (reloadRequested)="register.reload()"
                />
              } @else {
                <h3>Record a decision</h3>
                <p class="muted">No review is waiting for a decision.</p>
              }
            </ng-template>
          }
          @if (access.runsProcurements()) {
            <ng-template glChange="Request a gateway review">
              @if (requestable().length) {
                <gl-request-review-form
                  [procurement]="procurement"
                  [gateways]="requestable()"
                  [disabled]="register.historical()"
                  (saved)="requested($event)"
                  (reloadRequested)="register.reload()"
                />
              } @else {
                <h3>Request a gateway review</h3>
                <p class="muted">Every required gateway is passed or waiting for a decision.</p>
              }
            </ng-template>
          }
          @if (access.recordsDecisions() && decided().length) {
            <ng-template glChange="Correct a decision">
              <gl-decision-form
                mode="correct"
                [procurement]="procurement"
                [reviews]="decided()"
                [people]="people()"
                [allowOthers]="!staffListed()"
                [policy]="register.value()?.policy ?? null"
                [deciders]="register.value()?.deciders ?? null"
                [disabled]="register.historical()"
                (saved)="decidedNow($event, 'correct')"
                (reloadRequested)="register.reload()"
              />
            </ng-template>
          }
          @if (access.runsProcurements() && hasOpenConditions()) {
            <ng-template glChange="Discharge a condition">
              <gl-discharge-condition-form
                [reviews]="procurement.reviews"
                [disabled]="register.historical()"
                (saved)="register.changed('The condition “' + $event + '” was discharged.')"
              />
            </ng-template>
          }
          @if (access.declaresConflicts()) {
            <ng-template glChange="Declare a conflict of interest">
              <gl-declare-conflict-form
                [procurement]="procurement"
                [people]="people()"
                [allowOthers]="!staffListed()"
                [recordsForOthers]="access.recordsConflictsForOthers()"
                [disabled]="register.historical()"
                (saved)="register.changed('A conflict of interest was declared for ' + $event + '.')"
              />
            </ng-template>
          }
          @if (access.runsProcurements()) {
            <ng-template glChange="Change the basis">
              <gl-change-basis-form
                [procurement]="procurement"
                [disabled]="register.historical()"
                (saved)="basisChanged($event)"
                (reloadRequested)="register.reload()"
              />
            </ng-template>
          }
        </gl-record-changes>
      }
    } @empty {
      @if (register.value()) {
        <p>There is no such procurement{{ register.historical() ? ' at this instant' : '' }}.</p>
      } @else if (register.loading()) {
        <p>Loading the procurement…</p>
      }
    }
  `,
  styles: `
    .award {
      margin-bottom: 1.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProcurementPage {
  private readonly data = inject(GatewayData);
  protected readonly access = inject(GovernanceAccess);
  protected readonly contracts = inject(ContractsAccess);
  private readonly router = inject(Router);
  /** The award form is open (behind the "Award contract" button). */
  protected readonly awarding = signal(false);

  /** From the route, /gateway/:procurementId. */
  readonly procurementId = input.required<string>();

  /** Staff are asked for only where a form names people: deciders and conflicted members. */
  protected readonly register = new RegisterLoader((asOf) =>
    this.data.loadOne(
      this.procurementId(),
      asOf,
      this.access.recordsDecisions() || this.access.declaresConflicts(),
      this.access.recordsDecisions(),
    ),
  );
  protected readonly procurement = computed(() => this.register.value()?.procurement ?? null);
  /** The procurement as a list of at most one, keyed by revision: a new revision brings fresh forms. */
  protected readonly current = computed(() => {
    const procurement = this.procurement();
    return procurement ? [procurement] : [];
  });
  protected readonly track = computed(() => {
    const procurement = this.procurement();
    return procurement ? gatewayTrack(procurement.requiredGateways, procurement.reviews) : [];
  });
  protected readonly requestable = computed(() => requestableGateways(this.track()));
  protected readonly awaiting = computed(() => this.reviews().filter((review) => review.outcome === null));
  protected readonly decided = computed(() => this.reviews().filter((review) => review.outcome !== null));
  protected readonly hasOpenConditions = computed(() => openConditions(this.reviews()).length > 0);
  /** Who may be named as deciders or conflicted: everyone, or those the page already knows. */
  protected readonly people = computed(() => {
    const view = this.register.value();
    const procurement = this.procurement();
    return (
      view?.staff ??
      knownPeople(
        view?.policy?.committee,
        procurement?.reviews.flatMap((review) => review.decidedBy),
        procurement?.conflicts.map((conflict) => conflict.staffMember),
      )
    );
  });
  protected readonly staffListed = computed(() => this.register.value()?.staff != null);

  protected readonly riskTones = RISK_LEVEL_TONES;
  protected readonly priorityTones = PRIORITY_TONES;

  private readonly reviews = computed(() => this.procurement()?.reviews ?? []);

  constructor() {
    // The route may show another procurement in the same page.
    effect(() => {
      this.procurementId();
      untracked(() => void this.register.reload());
    });
  }

  /** The contract's own page is where it is managed from now on. */
  protected awarded(contract: ContractListItem): Promise<boolean> {
    this.awarding.set(false);
    return this.router.navigate(['/contracts', contract.id]);
  }

  protected requested(review: GatewayReview): Promise<void> {
    return this.register.changed(`A ${gatewayLabel(review.gateway)} review was requested.`);
  }

  protected decidedNow(review: GatewayReview, mode: 'record' | 'correct'): Promise<void> {
    const outcome = labelOf(OUTCOME_LABELS, review.outcome);
    const what = mode === 'correct' ? 'was corrected to' : 'was decided:';
    return this.register.changed(`${gatewayLabel(review.gateway)} ${what} ${outcome}.`);
  }

  protected basisChanged(procurement: ProcurementSummary): Promise<void> {
    return this.register.changed(
      `The basis changed: ${formatMoney(procurement.estimatedValue)}, ${RISK_LEVEL_LABELS[procurement.riskLevel]} risk.`,
    );
  }
}
