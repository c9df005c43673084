import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CalendarDatePipe, GatewayLabelPipe } from '../../../shared/format/format-pipes';
import { PRIORITY_LABELS, TARGET_LABELS, labelOf } from '../../../shared/enum-labels';
import { PRIORITY_TONES } from '../governance-tones';
import type { Lesson, LessonAction } from '../governance.types';

export interface ActionRef {
  lesson: Lesson;
  action: LessonAction;
}

/** The lessons log, newest first, in PRINCE2's terms, each lesson with the actions that carry it forward. */
@Component({
  selector: 'gl-lesson-log',
  imports: [CalendarDatePipe, GatewayLabelPipe, RouterLink],
  template: `
    @for (lesson of lessons(); track lesson.id) {
      <article class="card lesson" [attr.data-lesson-id]="lesson.id" [attr.aria-labelledby]="'lesson-' + lesson.id">
        <h3 [id]="'lesson-' + lesson.id">
          {{ lesson.title }}
          <span class="tag" [attr.data-tone]="priorityTones[lesson.priority]">{{ priorityLabel(lesson.priority) }} priority</span>
        </h3>
        <p class="muted">
          Logged {{ lesson.loggedOn | calendarDate }}
          @if (lesson.procurementId; as procurementId) {
            · about
            @if (procurementTitles()[procurementId]; as title) {
              <a [routerLink]="['/gateway', procurementId]">{{ title }}</a>
            } @else {
              procurement {{ procurementId }}
            }
          }
          @if (lesson.gateway) {
            · at {{ lesson.gateway | gatewayLabel }}
          }
        </p>
        <dl class="facts prince2">
          <dt>What happened</dt>
          <dd>{{ lesson.whatHappened }}</dd>
          <dt>Effect</dt>
          <dd>{{ lesson.effect ?? '—' }}</dd>
          <dt>Causes</dt>
          <dd>{{ lesson.causes ?? '—' }}</dd>
          <dt>Early warning indicators</dt>
          <dd>{{ lesson.earlyWarningIndicators ?? '—' }}</dd>
          <dt>Recommendation</dt>
          <dd>{{ lesson.recommendation }}</dd>
        </dl>

        <div class="table-scroll" role="region" [attr.aria-label]="'Actions on “' + lesson.title + '” (scrolls sideways)'" tabindex="0">
          <table>
            <caption class="sub-caption">
              Actions
            </caption>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Owner</th>
                <th scope="col">Due</th>
                <th scope="col">Changes</th>
                <th scope="col">Status</th>
                @if (canManage()) {
                  <th scope="col"><span class="visually-hidden">Close</span></th>
                }
              </tr>
            </thead>
            <tbody>
              @for (action of lesson.actions; track action.id) {
                <tr [attr.data-action-id]="action.id" [attr.data-overdue]="action.overdue">
                  <th scope="row">{{ action.description }}</th>
                  <td [class.erased]="action.owner?.erased">{{ action.owner?.displayName ?? '—' }}</td>
                  <td>
                    {{ action.dueDate | calendarDate }}
                    @if (action.overdue) {
                      <span class="tag" data-tone="bad" data-flag="overdue">Overdue</span>
                    }
                  </td>
                  <td>{{ targetLabel(action.target) }}{{ action.targetReference ? ': ' + action.targetReference : '' }}</td>
                  <td>
                    @if (action.status === 'CLOSED') {
                      <span class="tag" data-tone="good">Closed</span>
                      <span class="muted"> {{ action.closedOn | calendarDate }}: {{ action.evidence }}</span>
                    } @else {
                      <span class="tag" data-tone="info">Open</span>
                    }
                  </td>
                  @if (canManage()) {
                    <td>
                      @if (action.status !== 'CLOSED') {
                        <button
                          type="button"
                          class="secondary small"
                          [disabled]="disabled()"
                          (click)="closeRequested.emit({ lesson, action })"
                        >
                          Close<span class="visually-hidden"> action “{{ action.description }}”</span>
                        </button>
                      }
                    </td>
                  }
                </tr>
              } @empty {
                <tr>
                  <td [attr.colspan]="canManage() ? 6 : 5">No action is assigned yet.</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </article>
    } @empty {
      <p>No lesson is recorded yet.</p>
    }
  `,
  styles: `
    .prince2 dd {
      white-space: pre-line;
    }
    .sub-caption {
      font-size: 1rem;
    }
    .table-scroll {
      margin-bottom: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LessonLog {
  readonly lessons = input.required<readonly Lesson[]>();
  /** Procurement titles by id, where the user may list procurements. */
  readonly procurementTitles = input<Readonly<Record<string, string>>>({});
  /** Shows a Close button on open actions. */
  readonly canManage = input(false);
  readonly disabled = input(false);
  readonly closeRequested = output<ActionRef>();

  protected readonly priorityTones = PRIORITY_TONES;
  protected readonly priorityLabel = (priority: string) => labelOf(PRIORITY_LABELS, priority);
  protected readonly targetLabel = (target: string) => labelOf(TARGET_LABELS, target);
}
