import type { AbstractControl } from '@angular/forms';

/** A field shows its error once the user has left it (or tried to submit) and it is still wrong. */
export function isInvalid(control: AbstractControl): boolean {
  return control.touched && control.invalid;
}
