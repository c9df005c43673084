import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import type { Course } from '../workforce.types';
import { validityLabel } from './training-labels';

/** The training catalogue: who provides each course, what it covers and how long it stays valid. */
@Component({
  selector: 'gl-course-list',
  template: `
    <div class="table-scroll" role="region" aria-label="Courses (scrolls sideways)" tabindex="0">
      <table>
        <caption>
          Courses
        </caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Provider</th>
            <th scope="col">Competencies</th>
            <th scope="col">Validity</th>
          </tr>
        </thead>
        <tbody>
          @for (course of courses(); track course.id) {
            <tr>
              <th scope="row">{{ course.title }}</th>
              <td>{{ course.provider }}</td>
              <td>
                @for (level of course.levels; track level.competency.id) {
                  <span class="competency">
                    {{ level.competency.name }}
                    @if (level.raisesTo !== null) {
                      <span class="muted">(raises to level {{ level.raisesTo }})</span>
                    }
                  </span>
                } @empty {
                  —
                }
              </td>
              <td>{{ validityLabel(course.validityMonths) }}</td>
            </tr>
          } @empty {
            <tr>
              <td colspan="4">No courses are in the catalogue yet.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .competency {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseList {
  readonly courses = input.required<readonly Course[]>();

  protected readonly validityLabel = validityLabel;
}
