import { TestBed } from '@angular/core/testing';

import { AsOfControl } from './as-of-control';

describe('AsOfControl', () => {
  function setUp(asOf: string | null = null) {
    const fixture = TestBed.createComponent(AsOfControl);
    fixture.componentRef.setInput('asOf', asOf);
    const emitted: (string | null)[] = [];
    fixture.componentInstance.asOfChange.subscribe((value) => emitted.push(value));
    fixture.detectChanges();
    const input = fixture.nativeElement.querySelector('input[type=datetime-local]') as HTMLInputElement;
    const change = (value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('change'));
    };
    return { fixture, emitted, change, element: fixture.nativeElement as HTMLElement };
  }

  it('emits the chosen instant as ISO, ignoring the years a typist passes through', () => {
    const { emitted, change } = setUp();

    change('0002-03-01T10:00');
    change('0020-03-01T10:00');
    change('0202-03-01T10:00');
    change('2025-03-01T10:00');

    expect(emitted).toEqual([new Date('2025-03-01T10:00').toISOString()]);
  });

  it('goes back to live data when cleared or with the button', () => {
    const { emitted, change, element, fixture } = setUp(new Date('2025-03-01T10:00').toISOString());

    expect((element.querySelector('input') as HTMLInputElement).value).toBe('2025-03-01T10:00');
    change('');
    (element.querySelector('button') as HTMLButtonElement).click();

    expect(emitted).toEqual([null, null]);
    fixture.componentRef.setInput('asOf', null);
    fixture.detectChanges();
    expect(element.querySelector('button')).toBeNull();
  });
});
