import { Directive, ElementRef, afterNextRender, inject } from '@angular/core';

/**
 * Takes the keyboard and screen reader user to a panel that opens below what they acted on: the
 * element (a heading, with tabindex="-1") is focused once it is rendered.
 *
 *   <h2 id="erase-title" glFocusOnOpen tabindex="-1">…</h2>
 */
@Directive({ selector: '[glFocusOnOpen]' })
export class FocusOnOpen {
  constructor() {
    const element = inject<ElementRef<HTMLElement>>(ElementRef);
    afterNextRender(() => element.nativeElement.focus());
  }
}
