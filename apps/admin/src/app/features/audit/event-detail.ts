import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';

import { AuditActors } from './audit-actors';
import type { RecordedEvent } from './audit.types';
import { describeEvent } from './describe-event';
import { actorRoles, prettyData, streamAt } from './event-data';
import { TimestampPipe } from '../../shared/format/format-pipes';
import { FocusOnOpen } from '../../shared/focus-on-open';

let nextId = 0;

/** One event in full: its data as recorded, why it was recorded (correlation, causation) and its place in the hash chain. */
@Component({
  selector: 'gl-event-detail',
  imports: [FocusOnOpen, TimestampPipe],
  template: `
    <section class="panel event-detail" [attr.aria-labelledby]="headingId" [attr.data-position]="event().position">
      <h3 [id]="headingId" glFocusOnOpen tabindex="-1">Event {{ event().position }}: {{ event().type }}</h3>
      <dl class="facts">
        <dt>Stream@revision</dt>
        <dd class="mono">{{ streamAt(event()) }}</dd>
        <dt>Recorded at</dt>
        <dd>
          <time [attr.datetime]="event().recordedAt">{{ event().recordedAt | timestamp }}</time>
        </dd>
        <dt>Actor</dt>
        <dd>
          {{ actors.actorOf(event()) ?? '—' }} ({{ roles() || 'no role' }})
          @if (event().actorId; as actorId) {
            <br /><span class="mono muted">user {{ actorId }}</span>
          }
        </dd>
        <dt>Command id</dt>
        <dd class="mono" data-fact="command">{{ event().commandId }}</dd>
        <dt>Correlation id</dt>
        <dd class="mono" data-fact="correlation">{{ event().correlationId ?? '—' }}</dd>
        <dt>Causation id</dt>
        <dd class="mono" data-fact="causation">{{ event().causationId ?? '—' }}</dd>
        <dt>Schema version</dt>
        <dd data-fact="schema">{{ event().schemaVersion }}</dd>
        <dt>Hash</dt>
        <dd class="mono" data-fact="hash">{{ event().hash }}</dd>
        <dt>Previous hash</dt>
        <dd class="mono" data-fact="prev-hash">{{ event().prevHash }}</dd>
      </dl>
      <h4>What happened</h4>
      <p data-fact="sentence">{{ sentence() }}</p>
      <h4>Data as recorded</h4>
      @if (data(); as data) {
        <pre class="mono" data-fact="data">{{ data }}</pre>
      } @else {
        <p data-fact="data" class="erased">This person’s personal data was erased: the event’s data can no longer be opened.</p>
      }
      <button type="button" class="secondary" (click)="closed.emit()">Close details</button>
    </section>
  `,
  styles: `
    pre {
      white-space: pre-wrap;
      background: var(--page);
      border: 1px solid var(--border);
      padding: 0.5rem 0.75rem;
      margin: 0 0 1rem;
      max-height: 30rem;
      overflow: auto;
    }
    h4 {
      margin: 0 0 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventDetail {
  readonly event = input.required<RecordedEvent>();
  readonly closed = output<void>();

  protected readonly headingId = `event-detail-${++nextId}`;
  protected readonly data = computed(() => prettyData(this.event().data));
  protected readonly roles = computed(() => actorRoles(this.event()));
  protected readonly actors = inject(AuditActors);
  protected readonly sentence = computed(() => describeEvent(this.event(), this.actors.eventNames).text);
  protected readonly streamAt = streamAt;
}
