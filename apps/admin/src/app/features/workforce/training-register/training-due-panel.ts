import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import type { TrainingDue } from '../workforce.types';
import { CalendarDatePipe } from '../../../shared/format/format-pipes';

/** What needs attention: overdue plans, qualifications expiring soon, people below the target. */
@Component({
  selector: 'gl-training-due-panel',
  imports: [CalendarDatePipe],
  template: `
    <section class="panel due" aria-labelledby="due-title">
      <h2 id="due-title">Due</h2>
      <div class="lists">
        <div>
          <h3>Overdue plans ({{ due().overduePlans.length }})</h3>
          <ul>
            @for (record of due().overduePlans; track record.id) {
              <li>
                <span [class.erased]="record.staffMember.erased">{{ record.staffMember.displayName }}</span>: {{ record.course.title }},
                planned for {{ record.plannedFor | calendarDate }}
              </li>
            } @empty {
              <li class="muted">None.</li>
            }
          </ul>
        </div>
        <div>
          <h3>Expiring within {{ withinDays() }} days ({{ due().expiring.length }})</h3>
          <ul>
            @for (record of due().expiring; track record.id) {
              <li>
                <span [class.erased]="record.staffMember.erased">{{ record.staffMember.displayName }}</span>: {{ record.course.title }},
                {{ record.status === 'EXPIRED' ? 'expired' : 'expires' }} {{ record.expiresOn | calendarDate }}
              </li>
            } @empty {
              <li class="muted">None.</li>
            }
          </ul>
        </div>
        <div>
          <h3>Below the target of {{ due().target }} courses this year ({{ due().belowTarget.length }})</h3>
          <ul>
            @for (entry of due().belowTarget; track entry.staffMember.id) {
              <li>{{ entry.staffMember.displayName }}: {{ entry.courses }} {{ entry.courses === 1 ? 'course' : 'courses' }}</li>
            } @empty {
              <li class="muted">Everyone meets the target.</li>
            }
          </ul>
        </div>
      </div>
    </section>
  `,
  styles: `
    .lists {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr));
      gap: 0 1.5rem;
    }
    h3 {
      font-size: 1rem;
      margin: 0 0 0.25rem;
    }
    ul {
      margin: 0 0 0.5rem;
      padding-left: 1.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainingDuePanel {
  readonly due = input.required<TrainingDue>();
  readonly withinDays = input(90);
}
