import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';

import { appConfig } from '../app/app.config';
import { TokenStore } from '../app/core/auth/token-store';
import { visibleCode } from '../app/core/graphql/graphql-error';
import { StubbedAnswer, stubFetch } from './fetch-stub';

/**
 * A page of the real app, reached through the router as a signed-in user. The first stubbed
 * answer is the guard's `me` query; `answers` follow, one per request the page makes.
 */
export class PageHarness {
  private constructor(
    readonly harness: RouterTestingHarness,
    readonly fetch: jest.Mock,
  ) {}

  static async open(url: string, user: object, ...answers: StubbedAnswer[]): Promise<PageHarness> {
    sessionStorage.clear();
    TestBed.configureTestingModule({ providers: appConfig.providers });
    TestBed.inject(TokenStore).set('valid');
    const fetch = stubFetch({ data: { me: user } }, ...answers);
    const page = new PageHarness(await RouterTestingHarness.create(url), fetch);
    await page.settle();
    return page;
  }

  get root(): HTMLElement {
    return this.harness.routeNativeElement as HTMLElement;
  }

  /** Lets pending requests answer and the page render (requests chain, so go round a few times). */
  async settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await this.harness.fixture.whenStable();
    }
  }

  text(selector = ':scope'): string {
    const element = selector === ':scope' ? this.root : this.root.querySelector(selector);
    return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  all<T extends Element = HTMLElement>(selector: string): T[] {
    return [...this.root.querySelectorAll<T>(selector)];
  }

  one<T extends Element = HTMLElement>(selector: string): T {
    const element = this.root.querySelector<T>(selector);
    if (!element) {
      throw new Error(`nothing matches ${selector}`);
    }
    return element;
  }

  /** A button by its accessible text (visible plus visually hidden parts). */
  button(name: string): HTMLButtonElement {
    const found = this.all<HTMLButtonElement>('button').find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === name);
    if (!found) {
      const names = this.all<HTMLButtonElement>('button').map((b) => b.textContent?.replace(/\s+/g, ' ').trim());
      throw new Error(`no button "${name}" among ${JSON.stringify(names)}`);
    }
    return found;
  }

  hasButton(name: string): boolean {
    return this.all<HTMLButtonElement>('button').some((b) => b.textContent?.replace(/\s+/g, ' ').trim() === name);
  }

  async click(name: string): Promise<void> {
    this.button(name).click();
    await this.settle();
  }

  /**
   * Fills a field found by its label's text (the label's own text, without hints); `form` names
   * the form (its legend) when several forms have a field with that label.
   */
  fill(label: string, value: string, form?: string): void {
    const field = this.field(label, form);
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
    field.dispatchEvent(new Event('blur'));
  }

  field(label: string, form?: string): HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement {
    const scope = form ? this.form(form) : this.root;
    const labels = [...scope.querySelectorAll<HTMLLabelElement>('label')].filter(
      (l) => l.textContent?.replace(/\s+/g, ' ').trim() === label,
    );
    if (labels.length !== 1) {
      throw new Error(`${labels.length} labels read "${label}"`);
    }
    const field = this.root.ownerDocument.getElementById(labels[0].htmlFor);
    if (!field) {
      throw new Error(`label "${label}" points at nothing`);
    }
    return field as HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement;
  }

  /** Submits the form whose legend reads `legend`. */
  async submit(legend: string): Promise<void> {
    // What the user did renders before they press the button (a button may wait for a quorum).
    await this.settle();
    const form = this.form(legend);
    form.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await this.settle();
  }

  /**
   * Expects the form whose legend reads `legend` to show the API's refusal: its code (as data and
   * as text) and each of `texts` (the form's heading, the API's message).
   */
  expectRefusal(legend: string, code: string, ...texts: string[]): void {
    const alert = this.form(legend).querySelector('[role=alert]');
    expect(alert?.getAttribute('data-code')).toBe(code);
    for (const text of texts) {
      expect(alert?.textContent).toContain(text);
    }
    // A rule's refusal is said in words; only a technical failure shows its code (visibleCode).
    if (visibleCode({ code })) {
      expect(alert?.textContent).toContain(`(${code})`);
    } else {
      expect(alert?.textContent).not.toContain(`(${code})`);
    }
  }

  /**
   * The form whose legend (or heading) reads `legend`. A form that waits behind its "Record
   * changes" button (gl-record-changes: the button says the legend) is opened first, as a user would.
   */
  form(legend: string): HTMLFormElement {
    const found = this.findForm(legend) ?? (this.openChange(legend) && this.findForm(legend));
    if (!found) {
      throw new Error(`no form "${legend}"`);
    }
    return found;
  }

  /** The "Record changes" buttons a page offers, by their text. */
  changes(): string[] {
    return this.all<HTMLButtonElement>('.record-changes > .button-row > button').map(
      (b) => b.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    );
  }

  /** Opens the "Record changes" panel named `label` (if it is not open); false when the page offers no such change. */
  openChange(label: string): boolean {
    const button = this.all<HTMLButtonElement>('.record-changes > .button-row > button').find(
      (b) => b.textContent?.replace(/\s+/g, ' ').trim() === label,
    );
    if (!button) {
      return false;
    }
    if (button.getAttribute('aria-expanded') !== 'true') {
      button.click();
      this.harness.fixture.detectChanges();
    }
    return true;
  }

  /**
   * Opens each "Record changes" panel in turn and says, by its button, whether its form's fields
   * are disabled (true), enabled (false), or it holds no form (null).
   */
  changesDisabled(): Record<string, boolean | null> {
    const disabled: Record<string, boolean | null> = {};
    for (const label of this.changes()) {
      this.openChange(label);
      const fieldset = this.root.querySelector<HTMLFieldSetElement>('.change-panel form > fieldset');
      disabled[label] = fieldset ? fieldset.disabled : null;
    }
    return disabled;
  }

  private findForm(legend: string): HTMLFormElement | undefined {
    return this.all<HTMLFormElement>('form').find(
      (f) => f.querySelector('legend, h2')?.textContent?.replace(/\s+/g, ' ').trim() === legend,
    );
  }
}
