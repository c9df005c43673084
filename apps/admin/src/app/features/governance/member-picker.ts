import { ChangeDetectionStrategy, Component, computed, forwardRef, input, signal } from '@angular/core';
import { ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';

import type { PersonRef } from './governance.types';

let nextId = 0;

/** Staff ids typed one a line (or separated by commas), without blanks or repeats. */
export function parseIds(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n,]/)
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * Chooses staff members (their ids are the value): a checkbox for each person the page knows,
 * and, where that list may be incomplete (the user may not list staff), a field for the staff
 * ids of the others. `notes` add a word to a person, e.g. a declared conflict of interest;
 * `unavailable` people are listed but cannot be chosen (the rule bars them).
 */
@Component({
  selector: 'gl-member-picker',
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => MemberPicker), multi: true }],
  template: `
    @for (person of people(); track person.id) {
      <div class="choice">
        <input
          type="checkbox"
          [id]="idPrefix + person.id"
          [checked]="chosen().has(person.id)"
          [disabled]="disabled() || unavailable().includes(person.id)"
          (change)="toggle(person.id, $event)"
          (blur)="onTouched()"
        />
        <label [for]="idPrefix + person.id"
          >{{ person.displayName }}
          @if (notes()[person.id]; as note) {
            <strong class="conflict-note">({{ note }})</strong>
          }
        </label>
      </div>
    } @empty {
      @if (!allowOthers()) {
        <p class="hint">Nobody is registered yet: register people on the Skills matrix page.</p>
      }
    }
    @if (allowOthers()) {
      <div class="others">
        <label class="others-label" [for]="idPrefix + 'others'">{{ othersLabel() }}</label>
        <p class="hint" [id]="idPrefix + 'others-hint'">
          Your role cannot list staff, so give the staff member ids of anyone not listed: one a line.
        </p>
        <textarea
          rows="2"
          [id]="idPrefix + 'others'"
          [attr.aria-describedby]="idPrefix + 'others-hint'"
          [value]="others()"
          [disabled]="disabled()"
          (input)="setOthers($event)"
          (blur)="onTouched()"
        ></textarea>
      </div>
    }
  `,
  styles: `
    /* A long note wraps beside its checkbox rather than dropping the name to a line of its own. */
    .choice label {
      flex: 1 1 0;
      min-width: 0;
    }
    .conflict-note {
      color: #942514;
    }
    .others-label {
      display: block;
      font-weight: 700;
      margin: 0.5rem 0 0.25rem;
    }
    textarea {
      width: 100%;
      max-width: 36rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MemberPicker implements ControlValueAccessor {
  readonly people = input<readonly PersonRef[]>([]);
  /** Offer the field for staff ids the list lacks. */
  readonly allowOthers = input(false);
  /** A word about some people, by staff id. */
  readonly notes = input<Readonly<Record<string, string>>>({});
  /** Staff ids listed but not to be chosen, e.g. a member with a declared conflict. */
  readonly unavailable = input<readonly string[]>([]);

  protected readonly idPrefix = `member-${++nextId}-`;
  protected readonly chosen = signal<ReadonlySet<string>>(new Set());
  protected readonly others = signal('');
  protected readonly disabled = signal(false);
  protected readonly othersLabel = computed(() => (this.people().length ? 'Other members’ staff ids' : 'Members’ staff ids'));

  private onChange: (ids: string[]) => void = () => undefined;
  protected onTouched: () => void = () => undefined;

  writeValue(ids: readonly string[] | null): void {
    const known = new Set(this.people().map((p) => p.id));
    const value = ids ?? [];
    this.chosen.set(new Set(value.filter((id) => known.has(id))));
    this.others.set(value.filter((id) => !known.has(id)).join('\n'));
  }

  registerOnChange(fn: (ids: string[]) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected toggle(id: string, event: Event): void {
    const next = new Set(this.chosen());
    if ((event.target as HTMLInputElement).checked) {
      next.add(id);
    } else {
      next.delete(id);
    }
    this.chosen.set(next);
    this.emit();
  }

  protected setOthers(event: Event): void {
    this.others.set((event.target as HTMLTextAreaElement).value);
    this.emit();
  }

  private emit(): void {
    const listed = this.people()
      .map((p) => p.id)
      .filter((id) => this.chosen().has(id));
    this.onChange([...new Set([...listed, ...parseIds(this.others())])]);
  }
}
