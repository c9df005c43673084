import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandFormComponent } from '../../../shared/forms/command-form-component';
import { Field } from '../../../shared/forms/field';
import { FormShell } from '../../../shared/forms/form-shell';
import type { Post } from '../workforce.types';
import { EstablishmentData } from './establishment-data';

/** Proposes a new post; approval to recruit comes later, from the post's actions. */
@Component({
  selector: 'gl-propose-post-form',
  imports: [ReactiveFormsModule, FormShell, Field],
  template: `
    <form
      glFormShell
      [formGroup]="form"
      aria-labelledby="propose-post-title"
      legend="Propose a post"
      legendId="propose-post-title"
      errorHeading="The post was not proposed"
      submitLabel="Propose post"
      busyLabel="Proposing…"
      [commandForm]="this"
    >
      <gl-field label="Title" error="Enter the post’s title.">
        <input type="text" formControlName="title" />
      </gl-field>

      <div class="field-row">
        <gl-field label="FTE" hint="From 0.01 to 1 (one full-time post)." error="Enter an FTE from 0.01 to 1.">
          <input class="short" type="number" step="0.01" min="0.01" max="1" formControlName="fte" />
        </gl-field>
        <gl-field label="Target year" hint="The year the post should be in place." error="Enter a year such as 2026.">
          <input class="short" type="number" step="1" formControlName="targetYear" />
        </gl-field>
      </div>

      <gl-field label="Justification" hint="Why the post is needed: workload, strategy, funding." error="Enter the justification.">
        <textarea rows="3" formControlName="justification"></textarea>
      </gl-field>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProposePostForm extends CommandFormComponent<Post> {
  private readonly data = inject(EstablishmentData);

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', Validators.required],
    fte: [1, [Validators.required, Validators.min(0.01), Validators.max(1)]],
    justification: ['', Validators.required],
    targetYear: [new Date().getFullYear(), [Validators.required, Validators.min(2000), Validators.max(2100)]],
  });

  protected send(commandId: string): Promise<Post> {
    const { title, fte, justification, targetYear } = this.form.getRawValue();
    return this.data.proposePost({
      title: title.trim(),
      fte: Number(fte),
      justification: justification.trim(),
      targetYear: Number(targetYear),
      commandId,
    });
  }
}
