import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandForm } from '../../../shared/forms/command-form';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import type { Post } from '../workforce.types';
import { EstablishmentData } from './establishment-data';

/** Proposes a new post; approval to recruit comes later, from the post's actions. */
@Component({
  selector: 'gl-propose-post-form',
  imports: [ReactiveFormsModule, FormShell, Field],
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
  protected readonly command = new CommandForm(this.form, this.disabled);

  protected submit(): Promise<boolean> {
    const { title, fte, justification, targetYear } = this.form.getRawValue();
    return this.command.submit(
      (commandId) =>
        this.data.proposePost({
          title: title.trim(),
          fte: Number(fte),
          justification: justification.trim(),
          targetYear: Number(targetYear),
          commandId,
        }),
      (post) => this.saved.emit(post),
    );
  }
}
