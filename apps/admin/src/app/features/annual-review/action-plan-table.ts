import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { ActionPlanItem } from './annual-review.types';
import { CalendarDatePipe, MaturityLevelPipe } from '../../shared/format/format-pipes';

/** The maturity action plan: each item's area, target year and level, and how far it got. */
@Component({
  selector: 'gl-action-plan-table',
  imports: [CalendarDatePipe, MaturityLevelPipe],
  template: `
    <div class="table-scroll" role="region" aria-label="Action plan (scrolls sideways)" tabindex="0">
      <table class="action-plan">
        <caption class="visually-hidden">
          Action plan
        </caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Action</th>
            <th scope="col" class="num">Target year</th>
            <th scope="col">Target level</th>
            <th scope="col">Progress</th>
          </tr>
        </thead>
        <tbody>
          @for (item of items(); track item.id) {
            <tr [attr.data-item-id]="item.id">
              <td>
                {{ item.area }} <span class="muted">{{ item.theme }}</span>
              </td>
              <td>{{ item.description }}</td>
              <td class="num">{{ item.targetYear }}</td>
              <td>{{ item.targetLevel | maturityLevel }}</td>
              <td>
                <span class="percent" data-percent>{{ item.percent }}%</span>{{ ' ' }}
                <progress max="100" [value]="item.percent" [attr.aria-label]="item.percent + '% complete'"></progress>
                @if (latest(item); as last) {
                  <span class="muted">{{ last.note }} ({{ last.recordedOn | calendarDate }})</span>
                }
              </td>
            </tr>
          } @empty {
            <tr>
              <td colspan="5">No action is on the plan.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    td .muted {
      display: block;
      font-size: 0.875rem;
    }
    progress {
      margin-left: 0.5rem;
      vertical-align: middle;
      width: 6rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActionPlanTable {
  readonly items = input.required<ActionPlanItem[]>();

  protected latest(item: ActionPlanItem) {
    return item.progress.at(-1) ?? null;
  }
}
