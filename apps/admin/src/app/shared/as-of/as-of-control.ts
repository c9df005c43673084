import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

import { isoToLocalInput, localInputToIso } from './local-instant';

let nextId = 0;

/** The ledger holds nothing from before 2000, so an earlier year is a year still being typed. */
const isPlausible = (value: string) => Number(value.slice(0, 4)) >= 2000;

/** Picks the instant a register is shown as at, or goes back to live data. */
@Component({
  selector: 'gl-as-of-control',
  template: `
    <div class="as-of-control">
      <label [for]="inputId">As at</label>
      <input
        type="datetime-local"
        [id]="inputId"
        [value]="localValue()"
        min="2000-01-01T00:00"
        [attr.aria-describedby]="inputId + '-hint'"
        (change)="pick($event)"
      />
      @if (asOf()) {
        <button type="button" class="secondary" (click)="asOfChange.emit(null)">Back to live data</button>
      }
      <p class="hint" [id]="inputId + '-hint'">Leave empty for live data, or pick a date and time to see the register as it stood then.</p>
    </div>
  `,
  styles: `
    .as-of-control {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
      margin-bottom: 1rem;
    }
    label {
      font-weight: 700;
    }
    .hint {
      flex-basis: 100%;
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AsOfControl {
  /** The instant shown (ISO), or null for live data. */
  readonly asOf = input<string | null>(null);
  readonly asOfChange = output<string | null>();

  protected readonly inputId = `as-of-${++nextId}`;
  protected readonly localValue = computed(() => isoToLocalInput(this.asOf()));

  protected pick(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    if (value && !isPlausible(value)) {
      // Typing a year digit by digit passes through 0002, 0020, 0202: wait for the real one.
      return;
    }
    const iso = value ? localInputToIso(value) : null;
    if (iso !== this.asOf()) {
      this.asOfChange.emit(iso);
    }
  }
}
