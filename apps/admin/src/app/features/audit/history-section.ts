import { ChangeDetectionStrategy, Component, DestroyRef, inject } from '@angular/core';
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
      <div class="field-row">
        <gl-field label="Event types (optional)" hint="Comma separated, e.g. GatewayDecisionRecorded, PostFilled.">
          <input type="text" formControlName="types" />
        </gl-field>
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
    types: [''],
    actorId: [''],
    since: [''],
    until: [''],
    limit: [25 as number],
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
