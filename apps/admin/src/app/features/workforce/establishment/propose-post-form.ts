import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { newCommandId } from '../../../shared/forms/command-id';
import { CommandState } from '../../../shared/forms/command-state';
import { FormError } from '../../../shared/forms/form-error';
import { isInvalid } from '../../../shared/forms/is-invalid';
import type { Post } from '../workforce.types';
import { EstablishmentData } from './establishment-data';

/** Proposes a new post; approval to recruit comes later, from the post's actions. */
@Component({
  selector: 'gl-propose-post-form',
  imports: [ReactiveFormsModule, FormError],
  templateUrl: './propose-post-form.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProposePostForm {
  private readonly data = inject(EstablishmentData);

  readonly disabled = input(false);
  readonly saved = output<Post>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', Validators.required],
    fte: [1, [Validators.required, Validators.min(0.01), Validators.max(1)]],
    justification: ['', Validators.required],
    targetYear: [new Date().getFullYear(), [Validators.required, Validators.min(2000), Validators.max(2100)]],
  });
  protected readonly command = new CommandState();
  protected readonly invalid = isInvalid;
  private commandId = newCommandId();

  protected async submit(): Promise<void> {
    if (this.disabled()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { title, fte, justification, targetYear } = this.form.getRawValue();
    await this.command.run(async () => {
      const post = await this.data.proposePost({
        title: title.trim(),
        fte: Number(fte),
        justification: justification.trim(),
        targetYear: Number(targetYear),
        commandId: this.commandId,
      });
      this.commandId = newCommandId();
      this.form.reset();
      this.saved.emit(post);
    });
  }
}
