import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  Directive,
  ElementRef,
  TemplateRef,
  afterNextRender,
  contentChildren,
  inject,
  input,
  signal,
  viewChildren,
} from '@angular/core';

let nextId = 0;

/**
 * One change a register page offers: the form inside an `<ng-template>`, named by the button
 * that opens it (use the form's own legend, so the button and the panel say the same thing).
 *
 *   <ng-template glChange="Register a staff member"><gl-register-person-form … /></ng-template>
 */
@Directive({ selector: 'ng-template[glChange]' })
export class Change {
  readonly label = input.required<string>({ alias: 'glChange' });
  readonly template = inject<TemplateRef<unknown>>(TemplateRef);
}

/**
 * Takes the keyboard and screen reader user into a panel once it is rendered (as FocusOnOpen),
 * unless the form in it already took focus to a field of its own (a record chosen in a table).
 */
@Directive({ selector: '[glFocusPanel]' })
export class FocusPanel {
  constructor() {
    const panel = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    afterNextRender(() => {
      if (!panel.contains(panel.ownerDocument.activeElement)) {
        panel.focus();
      }
    });
  }
}

/**
 * The "Record changes" part a register page ends with: a row of buttons, one per change, each
 * opening its form in a panel below (one at a time), so the register stays the page and the forms
 * wait until asked for (issue 12, part 6). Focus moves into the panel when it opens and back to
 * its button when it closes, as on the contract page.
 */
@Component({
  selector: 'gl-record-changes',
  imports: [NgTemplateOutlet, FocusPanel],
  template: `
    <section class="record-changes" [attr.aria-labelledby]="headingId">
      <h2 [id]="headingId">{{ heading() }}</h2>
      <div class="button-row">
        @for (change of changes(); track change.label()) {
          <button
            #opener
            type="button"
            class="secondary"
            [attr.aria-expanded]="opened() === change.label()"
            [attr.aria-controls]="opened() === change.label() ? panelId : null"
            (click)="toggle(change.label())"
          >
            {{ change.label() }}
          </button>
        }
      </div>
      @if (openChange(); as change) {
        <div class="panel change-panel" [id]="panelId" role="region" [attr.aria-label]="change.label()" tabindex="-1" glFocusPanel>
          <ng-container [ngTemplateOutlet]="change.template" />
          <button type="button" class="secondary small close" (click)="close()">
            Close<span class="visually-hidden"> “{{ change.label() }}”</span>
          </button>
        </div>
      }
    </section>
  `,
  styles: `
    .record-changes {
      margin-top: 1.5rem;
    }
    .change-panel {
      margin-top: 1rem;
      max-width: 40rem;
    }
    .change-panel:focus {
      outline: none;
    }
    .close {
      margin-top: 1rem;
    }
    /* The button whose panel is open reads as chosen, not by colour alone: a thick underline. */
    .button-row button[aria-expanded='true'] {
      box-shadow: inset 0 -4px 0 var(--brand);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordChanges {
  readonly heading = input('Record changes');
  protected readonly changes = contentChildren(Change);
  private readonly openers = viewChildren<ElementRef<HTMLButtonElement>>('opener');
  /** The label of the change whose panel is open, if any (a label, as changes come and go with the record). */
  protected readonly opened = signal<string | null>(null);
  protected readonly headingId = `record-changes-${nextId}`;
  protected readonly panelId = `record-changes-panel-${nextId++}`;

  protected readonly openChange = computed(() => this.changes().find((change) => change.label() === this.opened()) ?? null);

  /** Opens the change named `label` (a row's action can ask for its form: "Record outcome for …"). */
  open(label: string): void {
    this.opened.set(label);
  }

  protected toggle(label: string): void {
    if (this.opened() === label) {
      this.close();
    } else {
      this.opened.set(label);
    }
  }

  /** Closes the open panel (after Cancel, or once its change is recorded) and returns focus to its button. */
  close(): void {
    const index = this.changes().findIndex((change) => change.label() === this.opened());
    this.opened.set(null);
    this.openers()[index]?.nativeElement.focus();
  }
}
