import { ChangeDetectionStrategy, Component, Signal, computed, inject } from '@angular/core';
import { FormControl, FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { Field } from '../../shared/forms/field';
import { FormShell } from '../../shared/forms/form-shell';
import { AuditActors } from './audit-actors';
import { AuditData } from './audit-data';
import type { AuditSubjects, EventPage } from './audit.types';
import { EventLog } from './event-log';
import { EventPager, SourceState } from './event-pager';

type Person = AuditSubjects['staffMembers'][number];

/** How a person reads in the picker and the caption; erased people keep their id, nothing else. */
export const personLabel = (person: Person) =>
  person.erased ? `${person.displayName} (${person.id})` : `${person.displayName} – ${person.jobTitle}`;

/** One way to look a timeline up: what to pick from, and the query for what was picked. */
interface Lookup {
  readonly key: string;
  readonly legend: string;
  readonly label: string;
  readonly placeholder: string;
  readonly error: string;
  readonly form: FormGroup<{ id: FormControl<string> }>;
  readonly state: SourceState;
  readonly options: Signal<{ id: string; label: string }[]>;
  readonly title: (label: string) => string;
  readonly fetch: (id: string, from: string | null) => Promise<EventPage>;
}

/**
 * Everything recorded about one procurement (its gateway stream and the lessons naming it) or
 * one person (registration, posts, skills, training, decisions they took), in the history's table.
 */
@Component({
  selector: 'gl-timeline-section',
  imports: [ReactiveFormsModule, FormShell, Field, EventLog],
  template: `
    @if (subjects.error(); as error) {
      <div class="load-error" role="alert">
        <p><strong>The procurements and people could not be loaded.</strong></p>
        <p>
          {{ error.message }} <span class="code">({{ error.code }})</span>
        </p>
      </div>
    }
    <div class="forms">
      @for (lookup of lookups; track lookup.key) {
        <form
          glFormShell
          class="panel"
          [formGroup]="lookup.form"
          (ngSubmit)="show(lookup)"
          [legend]="lookup.legend"
          submitLabel="Show timeline"
          busyLabel="Loading the timeline…"
          errorHeading="The timeline could not be loaded"
          [command]="lookup.state"
        >
          <gl-field [label]="lookup.label" [error]="lookup.error">
            <select formControlName="id">
              <option value="" disabled>{{ subjects.loading() ? 'Loading…' : lookup.placeholder }}</option>
              @for (option of lookup.options(); track option.id) {
                <option [value]="option.id">{{ option.label }}</option>
              }
            </select>
          </gl-field>
        </form>
      }
    </div>

    <gl-event-log [pager]="pager" />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimelineSection {
  private readonly data = inject(AuditData);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly subjects = inject(AuditActors).subjects;
  protected readonly pager = new EventPager();
  protected readonly lookups: readonly Lookup[] = [
    {
      key: 'procurement',
      legend: 'Timeline of a procurement',
      label: 'Procurement',
      placeholder: 'Choose a procurement',
      error: 'Choose a procurement.',
      form: this.fb.group({ id: ['', Validators.required] }),
      state: this.pager.stateFor('procurement'),
      options: computed(() => (this.subjects.value()?.procurements ?? []).map((p) => ({ id: p.id, label: p.title }))),
      title: (label) => `Timeline of “${label}”`,
      fetch: (id, from) => this.data.procurementTimeline(id, from),
    },
    {
      key: 'person',
      legend: 'Timeline of a person',
      label: 'Person',
      placeholder: 'Choose a person',
      error: 'Choose a person.',
      form: this.fb.group({ id: ['', Validators.required] }),
      state: this.pager.stateFor('person'),
      options: computed(() => (this.subjects.value()?.staffMembers ?? []).map((p) => ({ id: p.id, label: personLabel(p) }))),
      title: (label) => `Timeline of ${label}`,
      fetch: (id, from) => this.data.personTimeline(id, from),
    },
  ];

  protected show(lookup: Lookup): Promise<void> | void {
    if (lookup.form.invalid) {
      lookup.form.markAllAsTouched();
      return;
    }
    const id = lookup.form.controls.id.value;
    const label = lookup.options().find((option) => option.id === id)?.label ?? id;
    return this.pager.show({ key: lookup.key, title: lookup.title(label), fetch: (from) => lookup.fetch(id, from) });
  }
}
