import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';

import { AREAS } from '../../areas';
import { Session } from '../../core/auth/session';
import { hasAnyRole } from '../../core/auth/user';
import { AUDIT_READERS } from './audit-access';
import { AuditActors } from './audit-actors';
import { HistorySection } from './history-section';
import { RegistersAsOfSection } from './registers-as-of-section';
import { TimelineSection } from './timeline-section';
import { VerifyPanel } from './verify-panel';

/**
 * The auditor's page, read-only: verify the hash chain, read the decision history and the
 * timelines of a procurement or a person, and see every register as it stood at an instant.
 */
@Component({
  selector: 'gl-audit-page',
  imports: [VerifyPanel, HistorySection, TimelineSection, RegistersAsOfSection],
  // One list of procurements, people and users for every section (asked for once).
  providers: [AuditActors],
  template: `
    <h1>{{ area.title }}</h1>
    <p class="lead">{{ area.summary }}</p>

    @if (mayAudit()) {
      <section aria-labelledby="verify-title" class="panel">
        <h2 id="verify-title">Verify the record</h2>
        <gl-verify-panel />
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title">Decision history</h2>
        <p>Every event in the order it was recorded: who did what, when, in which role, and as part of which command.</p>
        <gl-history-section />
      </section>

      <section aria-labelledby="timelines-title">
        <h2 id="timelines-title">Timelines</h2>
        <p>Everything recorded about one procurement (its gateways and the lessons that name it) or one person.</p>
        <gl-timeline-section />
      </section>

      <section aria-labelledby="as-of-title">
        <h2 id="as-of-title">All registers as at</h2>
        <p>Every register rebuilt from the events recorded up to one instant, side by side.</p>
        <gl-registers-as-of-section />
      </section>
    } @else {
      <p class="note for-auditors" role="note">
        This page is for auditors and administrators: it reads the whole record, including personal data. Your roles do not include Auditor
        or Admin. If your work needs it, ask an administrator for the Auditor role.
      </p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {
  private readonly user = inject(Session).user;

  protected readonly area = AREAS.audit;
  protected readonly mayAudit = computed(() => hasAnyRole(this.user(), AUDIT_READERS));
}
