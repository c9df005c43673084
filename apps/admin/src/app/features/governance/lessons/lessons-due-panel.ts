import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { InstantPipe } from '../../../shared/format/format-pipes';
import type { LessonDue } from '../governance.types';

/** Procurements past their award gateway with no lesson recorded since: the lessons due. */
@Component({
  selector: 'gl-lessons-due-panel',
  imports: [InstantPipe, RouterLink],
  template: `
    <section class="panel" aria-labelledby="lessons-due-title">
      <h2 id="lessons-due-title">Lessons due ({{ due().length }})</h2>
      <p class="hint">Procurements past their award gateway with no lesson recorded since.</p>
      <ul>
        @for (entry of due(); track entry.procurementId) {
          <li [attr.data-due-procurement-id]="entry.procurementId">
            @if (linkProcurements()) {
              <a [routerLink]="['/gateway', entry.procurementId]">{{ entry.title }}</a>
            } @else {
              {{ entry.title }}
            }
            , awarded {{ entry.awardedAt | instant }}
            @if (canRecord()) {
              <button type="button" class="secondary small" [disabled]="disabled()" (click)="recordFor.emit(entry)">
                Record a lesson<span class="visually-hidden"> for {{ entry.title }}</span>
              </button>
            }
          </li>
        } @empty {
          <li class="muted">None: every awarded procurement has a lesson since its award.</li>
        }
      </ul>
    </section>
  `,
  styles: `
    li {
      margin-bottom: 0.4rem;
    }
    li button {
      margin-left: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LessonsDuePanel {
  readonly due = input.required<readonly LessonDue[]>();
  readonly canRecord = input(false);
  /** Link to the procurement's page (gateway readers only). */
  readonly linkProcurements = input(false);
  readonly disabled = input(false);
  readonly recordFor = output<LessonDue>();
}
