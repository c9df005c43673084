import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';

import { Field } from './field';

@Component({
  imports: [ReactiveFormsModule, Field],
  template: `
    <gl-field label="Title" hint="The post’s title." error="Enter the title.">
      <input type="text" [formControl]="title" />
    </gl-field>
    <gl-field label="Notes">
      <textarea id="own-id" [formControl]="notes"></textarea>
    </gl-field>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly title = new FormControl('', Validators.required);
  readonly notes = new FormControl('');
}

describe('Field', () => {
  it('labels its control, describes it with the hint, and shows the error once the field was left wrong', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const [titleLabel, notesLabel] = [...element.querySelectorAll('label')];
    const input = element.querySelector('input') as HTMLInputElement;

    expect(titleLabel.textContent?.trim()).toBe('Title');
    expect(titleLabel.htmlFor).toBe(input.id);
    expect(input.getAttribute('aria-describedby')).toBe(`${input.id}-hint`);
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(element.querySelector('.field-error')).toBeNull();

    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();

    expect(element.querySelector('.field-error')?.textContent?.trim()).toBe('Enter the title.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(`${input.id}-hint ${input.id}-error`);

    input.value = 'Contracts Manager';
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(element.querySelector('.field-error')).toBeNull();

    // A control that has its own id keeps it.
    expect(notesLabel.htmlFor).toBe('own-id');
    expect(element.querySelector('textarea')?.hasAttribute('aria-describedby')).toBe(false);
  });
});
