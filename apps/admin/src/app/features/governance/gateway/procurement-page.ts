import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';

import { RegisterLoader } from '../../../shared/register/register-loader';
import { RegisterStatus } from '../../../shared/register/register-status';
import { formatDate, formatInstant, formatMoney } from '../../../shared/format';
import { GovernanceAccess } from '../governance-access';
import { OUTCOME_LABELS, PRIORITY_LABELS, RISK_LEVEL_LABELS, gatewayLabel, labelOf } from '../governance-labels';
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

/**
 * One procurement: its basis, the required gateways as a track, every review and decision
 * (with corrections and conditions), conflicts of interest, its lessons, and the forms each role
 * may use. Commands send the revision shown; a CONFLICT offers to reload.
 */
@Component({
  selector: 'gl-procurement-page',
  imports: [
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
  ],
  templateUrl: './procurement-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProcurementPage {
  private readonly data = inject(GatewayData);
  protected readonly access = inject(GovernanceAccess);

  /** From the route, /gateway/:procurementId. */
  readonly procurementId = input.required<string>();

  /** Staff are asked for only where a form names people: deciders and conflicted members. */
  protected readonly register = new RegisterLoader((asOf) =>
    this.data.loadOne(this.procurementId(), asOf, this.access.recordsDecisions() || this.access.declaresConflicts()),
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

  protected readonly formatMoney = formatMoney;
  protected readonly formatDate = formatDate;
  protected readonly formatInstant = formatInstant;
  protected readonly gatewayLabel = gatewayLabel;
  protected readonly riskLabels = RISK_LEVEL_LABELS;
  protected readonly riskTones = RISK_LEVEL_TONES;
  protected readonly priorityLabels = PRIORITY_LABELS;
  protected readonly priorityTones = PRIORITY_TONES;

  private readonly reviews = computed(() => this.procurement()?.reviews ?? []);

  constructor() {
    // The route may show another procurement in the same page.
    effect(() => {
      this.procurementId();
      untracked(() => void this.register.reload());
    });
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
    return this.register.changed(`The basis changed: ${formatMoney(procurement.estimatedValue)}, ${RISK_LEVEL_LABELS[procurement.riskLevel]} risk.`);
  }
}
