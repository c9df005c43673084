import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { AsAtInstant } from '../../core/as-at/as-at-instant';
import { isoToLocalInput, localInputToIso } from '../../shared/as-of/local-instant';
import { CommandForm } from '../../shared/forms/command-form';
import { Field } from '../../shared/forms/field';
import { FormShell } from '../../shared/forms/form-shell';
import { AuditData } from './audit-data';
import type { RegistersSnapshot } from './audit.types';
import { RegistersSummaryView } from './registers-summary-view';

/**
 * Every register folded as at one instant, in one call, so they can be read side by side. The
 * instant shown becomes the address's "as at" instant, so the other pages follow it.
 */
@Component({
  selector: 'gl-registers-as-of-section',
  imports: [ReactiveFormsModule, FormShell, Field, RegistersSummaryView],
  template: `
    <form
      glFormShell
      class="panel"
      [formGroup]="form"
      (ngSubmit)="show()"
      legend="All registers as at"
      submitLabel="Show"
      busyLabel="Rebuilding the registers…"
      errorHeading="The registers could not be shown"
      [command]="command"
    >
      <gl-field
        label="As at"
        hint="A date and time in your time zone; it starts at the instant the pages are shown as at, or the moment the page opened."
        error="Enter a date and time."
      >
        <input type="datetime-local" step="1" min="2000-01-01T00:00" formControlName="asOf" />
      </gl-field>
    </form>

    @if (snapshot(); as snapshot) {
      <gl-registers-summary [snapshot]="snapshot" />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegistersAsOfSection {
  private readonly data = inject(AuditData);
  private readonly asAt = inject(AsAtInstant);

  protected readonly form = inject(NonNullableFormBuilder).group({
    asOf: [
      isoToLocalInput(this.asAt.asOf() ?? new Date().toISOString(), 'seconds'),
      [Validators.required, Validators.pattern(/^\d{4}-\d\d-\d\dT\d\d:\d\d/)],
    ],
  });
  /** A query, not a command: the form's frame is the same (one request at a time, the API's error). */
  protected readonly command = new CommandForm(this.form);
  protected readonly snapshot = signal<RegistersSnapshot | null>(null);

  constructor() {
    // Arriving with (or moving to) an instant in the address shows the registers as at it.
    effect(() => {
      const asOf = this.asAt.asOf();
      untracked(() => {
        const shown = this.snapshot()?.asOf;
        if (asOf && (!shown || new Date(shown).getTime() !== new Date(asOf).getTime())) {
          this.form.controls.asOf.setValue(isoToLocalInput(asOf, 'seconds'));
          void this.show();
        }
      });
    });
  }

  protected async show(): Promise<void> {
    const shown = await this.command.submit(
      () => this.data.registersAsOf(localInputToIso(this.form.getRawValue().asOf) ?? ''),
      (snapshot) => {
        this.snapshot.set(snapshot);
        void this.asAt.show(snapshot.asOf);
      },
      { reset: false },
    );
    if (!shown && this.command.error()) {
      // Never leave the registers of another instant under a failed request.
      this.snapshot.set(null);
    }
  }
}
