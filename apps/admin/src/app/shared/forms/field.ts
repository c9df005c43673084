import { ChangeDetectionStrategy, Component, ElementRef, computed, contentChild, effect, input, signal } from '@angular/core';
import { NgControl } from '@angular/forms';

import { isInvalid } from './is-invalid';

let nextId = 0;

/**
 * One labelled form field: its label, an optional hint, and its error once the user has left it
 * (or tried to submit) while it is still wrong. The control is the content:
 *
 *   <gl-field label="Person" error="Choose a person.">
 *     <select formControlName="staffMemberId">…</select>
 *   </gl-field>
 *
 * The control gets its id (unless it has one) and its aria-invalid and aria-describedby from
 * here. Content marked `glLabelNote` is added to the label, e.g. "(optional)".
 */
@Component({
  selector: 'gl-field',
  host: { class: 'field' },
  template: `
    <label [for]="controlId()">{{ label() }}<ng-content select="[glLabelNote]" /></label>
    @if (hint()) {
      <p class="hint" [id]="controlId() + '-hint'">{{ hint() }}</p>
    }
    @if (showError()) {
      <p class="field-error" [id]="controlId() + '-error'">{{ error() }}</p>
    }
    <ng-content />
  `,
  styles: `
    :host {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Field {
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  /** What to do about a wrong value; a field that cannot be wrong has none. */
  readonly error = input('');

  private readonly control = contentChild.required(NgControl);
  private readonly controlElement = contentChild.required(NgControl, { read: ElementRef<HTMLElement> });
  /** Bumped by every event of the control (touched, value, status), which are not signals. */
  private readonly controlEvents = signal(0);
  private readonly generatedId = `field-${++nextId}`;

  protected readonly controlId = computed(() => this.controlElement().nativeElement.id || this.generatedId);
  protected readonly showError = computed(() => {
    this.controlEvents();
    const control = this.control().control;
    return !!this.error() && !!control && isInvalid(control);
  });

  constructor() {
    effect((onCleanup) => {
      const subscription = this.control().control?.events.subscribe(() => this.controlEvents.update((n) => n + 1));
      onCleanup(() => subscription?.unsubscribe());
    });
    effect(() => {
      const element = this.controlElement().nativeElement;
      const id = this.controlId();
      element.id = id;
      element.setAttribute('aria-invalid', String(this.showError()));
      const describedBy = [this.hint() ? `${id}-hint` : '', this.showError() ? `${id}-error` : ''].filter(Boolean).join(' ');
      if (describedBy) {
        element.setAttribute('aria-describedby', describedBy);
      } else {
        element.removeAttribute('aria-describedby');
      }
    });
  }
}
