import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';

import { FormError } from '../../shared/forms/form-error';
import { AuditActors } from './audit-actors';
import type { RecordedEvent } from './audit.types';
import { describeEvent } from './describe-event';
import { actorRoles, streamAt } from './event-data';
import { EventDetail } from './event-detail';
import type { EventPager } from './event-pager';
import { TimestampPipe } from '../../shared/format/format-pipes';
import { subjectLink } from './subject-link';

/**
 * The events a {@link EventPager} has loaded, in the order asked for, with "Load more" while the
 * log goes on: each with its subject linked to its page (the as-at instant follows the link), who
 * acted by name, and what happened in a sentence; an event's type opens its raw data below the table.
 */
@Component({
  selector: 'gl-event-log',
  imports: [TimestampPipe, FormError, EventDetail, RouterLink],
  template: `
    @if (pager().source(); as source) {
      @if (!pager().error()) {
        <div class="table-scroll" role="region" aria-label="Events (scrolls sideways)" tabindex="0">
          <table class="events" [attr.aria-busy]="pager().loading()">
            <caption>
              {{
                source.title
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col" class="num">Position</th>
                <th scope="col">Recorded at</th>
                <th scope="col">Subject (stream@revision)</th>
                <th scope="col">Type</th>
                <th scope="col">Actor</th>
                <th scope="col">What happened</th>
                <th scope="col">Command id</th>
              </tr>
            </thead>
            <tbody>
              @for (row of rows(); track row.event.position) {
                @let event = row.event;
                <tr [attr.data-position]="event.position" [class.selected]="event.position === selectedPosition()">
                  <td class="num">{{ event.position }}</td>
                  <td class="when">
                    <time [attr.datetime]="event.recordedAt">{{ event.recordedAt | timestamp }}</time>
                  </td>
                  <td class="subject">
                    @if (row.subject; as subject) {
                      <a [routerLink]="subject.commands" [fragment]="subject.fragment">{{ subject.label }}</a>
                    }
                    <span class="mono stream">{{ streamAt(event) }}</span>
                  </td>
                  <th scope="row">
                    <button type="button" class="link" [attr.aria-expanded]="event.position === selectedPosition()" (click)="toggle(event)">
                      {{ event.type }}
                    </button>
                  </th>
                  <td>
                    <span [attr.title]="event.actorId">{{ actors.actorOf(event) ?? '—' }}</span>
                    @if (event.actorRoles.length) {
                      <span class="muted roles">{{ actorRoles(event) }}</span>
                    }
                  </td>
                  <td class="sentence" data-sentence>{{ row.sentence }}</td>
                  <td class="mono">{{ event.commandId }}</td>
                </tr>
              } @empty {
                <tr>
                  <td colspan="7">{{ pager().loading() ? 'Loading the events…' : 'No event matches.' }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <div class="more" role="status">
          @if (pager().events().length) {
            <p class="muted">
              {{ pager().events().length }} {{ pager().events().length === 1 ? 'event' : 'events' }} shown{{
                pager().nextFrom() ? '; there may be more.' : ', to the end of the log.'
              }}
            </p>
          }
        </div>
        <gl-form-error [error]="pager().moreError()" heading="The next events could not be loaded" />
        @if (pager().nextFrom()) {
          <p>
            <button type="button" class="secondary" [disabled]="pager().loadingMore()" (click)="pager().loadMore()">
              {{ pager().loadingMore() ? 'Loading more…' : 'Load more' }}
            </button>
          </p>
        }
        @for (event of selected(); track event.position) {
          <gl-event-detail [event]="event" (closed)="pager().select(null)" />
        }
      }
    }
  `,
  styles: `
    .events {
      font-size: 0.9375rem;
    }
    .when {
      white-space: nowrap;
    }
    .sentence {
      min-width: 16rem;
    }
    .subject .stream {
      display: block;
      font-size: 0.8125rem;
      overflow-wrap: anywhere;
    }
    .roles {
      display: block;
      font-size: 0.875rem;
    }
    .more p {
      margin: 0 0 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventLog {
  readonly pager = input.required<EventPager>();

  protected readonly selectedPosition = computed(() => this.pager().selected()?.position ?? null);
  /** The event whose details are open, as a list of at most one (another event opens afresh). */
  protected readonly selected = computed(() => {
    const event = this.pager().selected();
    return event ? [event] : [];
  });
  protected readonly streamAt = streamAt;
  protected readonly actorRoles = actorRoles;
  protected readonly actors = inject(AuditActors);
  /** Each event with its sentence and its subject's link, named as the page's lists name them. */
  protected readonly rows = computed(() =>
    this.pager()
      .events()
      .map((event) => ({
        event,
        sentence: describeEvent(event, this.actors.eventNames).text,
        subject: subjectLink(event.streamId, this.actors.eventNames),
      })),
  );

  protected toggle(event: RecordedEvent): void {
    this.pager().select(event.position === this.selectedPosition() ? null : event);
  }
}
