import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { Field } from '../../shared/forms/field';
import { FormShell } from '../../shared/forms/form-shell';
import { AuditActors } from './audit-actors';
import { AuditData } from './audit-data';
import { EventLog } from './event-log';
import { EventPager } from './event-pager';
import { CONTEXTS, ONE_STREAM, PAGE_SIZES, describeFilter, historyFilter } from './history-filter';

/** The decision history: the whole log in order, filtered by context or stream, type, actor and time. */
@Component({
  selector: 'gl-history-section',
  imports: [ReactiveFormsModule, FormShell, Field, EventLog],
  template: `
    <form
      glFormShell
      class="panel"
      [formGroup]="form"
      (ngSubmit)="submit()"
      legend="Filter the history"
      submitLabel="Show events"
      busyLabel="Loading the events…"
      errorHeading="The decision history could not be loaded"
      [command]="state"
    >
      <div class="field-row">
        <gl-field label="Context" hint="A whole context, or one stream by its id.">
          <select formControlName="context">
            <option value="">Every context</option>
            @for (context of contexts; track context.prefix) {
              <option [value]="context.prefix">{{ context.label }} ({{ context.prefix }})</option>
            }
            <option [value]="oneStream">One stream…</option>
          </select>
        </gl-field>
        @if (form.controls.context.value === oneStream) {
          <gl-field label="Stream id" hint="As the table shows it, before the @." error="Enter the stream’s id.">
            <input type="text" class="mono" formControlName="streamId" />
          </gl-field>
        }
      </div>
      <details class="type-picker" [open]="form.controls.types.value.length > 0">
        <summary>Event types: {{ typesSummary() }}</summary>
        <fieldset>
          <legend class="visually-hidden">Event types (optional)</legend>
          <p class="muted hint">Tick the kinds of event to show; none ticked shows every kind.</p>
          <ul class="type-list">
            @for (type of actors.eventTypes(); track type) {
              <li>
                <input
                  type="checkbox"
                  [id]="typeIdPrefix + type"
                  [checked]="isChosen(type)"
                  (change)="choose(type, $any($event.target).checked)"
                />
                <label [for]="typeIdPrefix + type">{{ type }}</label>
              </li>
            }
          </ul>
          @if (form.controls.types.value.length) {
            <button type="button" class="secondary" (click)="form.controls.types.setValue([])">Clear the event types</button>
          }
        </fieldset>
      </details>
      <div class="field-row">
        <gl-field label="Actor (optional)" hint="The user who acted.">
          <select formControlName="actorId">
            <option value="">Anyone</option>
            @for (user of actors.users(); track user.id) {
              <option [value]="user.id">{{ user.name }}</option>
            }
          </select>
        </gl-field>
      </div>
      <div class="field-row">
        <gl-field label="Since (optional)">
          <input type="datetime-local" min="2000-01-01T00:00" formControlName="since" />
        </gl-field>
        <gl-field label="Until (optional)">
          <input type="datetime-local" min="2000-01-01T00:00" formControlName="until" />
        </gl-field>
        <div class="checkbox-field">
          <input type="checkbox" id="history-newest-first" formControlName="newestFirst" />
          <label for="history-newest-first">Newest first</label>
        </div>
        <gl-field label="Events per page">
          <select formControlName="limit">
            @for (size of pageSizes; track size) {
              <option [ngValue]="size">{{ size }}</option>
            }
          </select>
        </gl-field>
      </div>
    </form>

    <gl-event-log [pager]="pager" />
  `,
  styles: `
    .type-picker {
      margin: 0 0 1rem;
    }
    .type-picker fieldset {
      border: 0;
      padding: 0;
      margin: 0.5rem 0 0;
    }
    .type-list {
      list-style: none;
      padding: 0.25rem 0.5rem;
      margin: 0 0 0.5rem;
      max-height: 16rem;
      overflow-y: auto;
      border: 1px solid var(--border);
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
      gap: 0.25rem 1rem;
    }
    .type-list li {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      overflow-wrap: anywhere;
    }
    .checkbox-field {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      align-self: end;
      min-height: 2.75rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HistorySection {
  private readonly data = inject(AuditData);
  protected readonly actors = inject(AuditActors);

  protected readonly contexts = CONTEXTS;
  protected readonly oneStream = ONE_STREAM;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    context: [''],
    // Asked for only when one stream is chosen (enabled then, see below).
    streamId: [{ value: '', disabled: true }, Validators.required],
    types: [[] as string[]],
    actorId: [''],
    since: [''],
    until: [''],
    limit: [25 as number],
    newestFirst: [false],
  });
  protected readonly typeIdPrefix = 'history-type-';
  private readonly chosenTypes = toSignal(this.form.controls.types.valueChanges, { initialValue: [] as string[] });
  protected readonly typesSummary = computed(() => {
    const chosen = this.chosenTypes();
    return chosen.length === 0 ? 'every kind' : chosen.length === 1 ? chosen[0] : `${chosen.length} chosen`;
  });
  protected readonly pager = new EventPager();
  protected readonly state = this.pager.stateFor('history');

  constructor() {
    const streamId = this.form.controls.streamId;
    const subscription = this.form.controls.context.valueChanges.subscribe((context) =>
      context === ONE_STREAM ? streamId.enable() : streamId.disable(),
    );
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  protected isChosen(type: string): boolean {
    return this.form.controls.types.value.includes(type);
  }

  protected choose(type: string, chosen: boolean): void {
    const others = this.form.controls.types.value.filter((t) => t !== type);
    this.form.controls.types.setValue(chosen ? [...others, type] : others);
  }

  protected submit(): Promise<void> | void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const filter = historyFilter(this.form.getRawValue());
    return this.pager.show({
      key: 'history',
      title: describeFilter(filter, (id) => this.actors.nameOf(id)),
      fetch: (from) => this.data.history(filter, from),
    });
  }
}
