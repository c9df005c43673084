import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';

import { Field } from '../../../shared/forms/field';
import type { Course } from '../workforce.types';

/**
 * The labelled "Course" select of the training forms: "title (provider)". The control (the
 * course's id, '' until chosen) stays in the form's group.
 */
@Component({
  selector: 'gl-course-select',
  imports: [ReactiveFormsModule, Field],
  host: { style: 'display: contents' },
  template: `
    <gl-field label="Course" error="Choose a course.">
      <select [formControl]="control()">
        <option value="">Choose a course</option>
        @for (course of courses(); track course.id) {
          <option [value]="course.id">{{ course.title }} ({{ course.provider }})</option>
        }
      </select>
    </gl-field>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseSelect {
  readonly control = input.required<FormControl<string>>();
  readonly courses = input<readonly Course[]>([]);
}
