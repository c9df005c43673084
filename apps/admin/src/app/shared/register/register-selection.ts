import { Signal, computed, signal } from '@angular/core';

import type { RegisterLoader } from './register-loader';

/**
 * What a register page has open for one entry of the register shown (a detail, an action form),
 * kept as a reference and looked up in the register as it is now. `open` is a list of at most
 * one, for `@for … track` by a key: choosing another entry, or a reload that changes it, opens a
 * fresh panel, and an entry the register shown does not hold (or no longer allows) closes it.
 */
export class RegisterSelection<View, Ref, Entry> {
  private readonly chosen = signal<Ref | null>(null);

  /** The reference chosen, whether or not the register shown holds it. */
  readonly ref = this.chosen.asReadonly();
  readonly open: Signal<Entry[]>;

  constructor(
    private readonly register: RegisterLoader<View>,
    /** The entry the reference names in the register shown, or nothing. */
    find: (view: View, ref: Ref) => Entry | null | undefined,
  ) {
    this.open = computed(() => {
      const ref = this.chosen();
      const view = this.register.value();
      const entry = ref !== null && view !== null ? find(view, ref) : null;
      return entry ? [entry] : [];
    });
  }

  /** Opens the panel for `ref`, leaving the notice of the last change as it is. */
  show(ref: Ref): void {
    this.chosen.set(ref);
  }

  /** The user turned to another entry: the notice of the last change goes, and its panel opens. */
  choose(ref: Ref): void {
    this.register.clearNotice();
    this.chosen.set(ref);
  }

  close(): void {
    this.chosen.set(null);
  }

  /** The open panel's command was accepted: closes it, reloads and says what changed. */
  done(notice: string): Promise<void> {
    this.close();
    return this.register.changed(notice);
  }
}
