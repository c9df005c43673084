import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { CommandFormComponent } from '../../shared/forms/command-form-component';
import { Field } from '../../shared/forms/field';
import { FormShell } from '../../shared/forms/form-shell';
import { AnnualReviewData } from './annual-review-data';
import type { PackSectionCommentary } from './annual-review.types';

/** The domain's limit (PACK_COMMENTARY_MAX_LENGTH); the API enforces it again. */
export const COMMENTARY_MAX_LENGTH = 4000;

export interface CommentaryRecorded {
  year: number;
  section: PackSectionCommentary;
  withdrawn: boolean;
}

const heading = (section: PackSectionCommentary) => (section.number ? `${section.number} ${section.title}` : section.title);

/**
 * The procurement lead's commentary on each section of the year's pack, recorded as events: the
 * latest per section is what the next pack generated shows. Readers see it; writers edit one
 * section at a time (empty text withdraws it).
 */
@Component({
  selector: 'gl-pack-commentary-panel',
  imports: [ReactiveFormsModule, FormShell, Field],
  template: `
    <section class="panel" aria-labelledby="commentary-heading">
      <h2 id="commentary-heading">Commentary for the {{ year() }} pack</h2>
      <p class="hint">
        The procurement lead’s commentary on each section. Each pack shows the commentary recorded before it was generated.
      </p>

      <dl class="commentary" data-commentary>
        @for (section of sections(); track section.section) {
          <dt>{{ heading(section) }}</dt>
          <dd [attr.data-section]="section.section">{{ section.text ?? 'No commentary.' }}</dd>
        }
      </dl>

      @if (canWrite()) {
        <form
          glFormShell
          [formGroup]="form"
          legend="Write commentary on a section"
          errorHeading="The commentary was not recorded"
          submitLabel="Save the commentary"
          [commandForm]="this"
        >
          <gl-field label="Section">
            <select formControlName="section">
              @for (section of sections(); track section.section) {
                <option [value]="section.section">{{ heading(section) }}</option>
              }
            </select>
          </gl-field>
          <gl-field
            label="Commentary"
            [hint]="'At most ' + maxLength + ' characters. Leave it empty to withdraw the section’s commentary.'"
            error="The commentary is too long."
          >
            <textarea rows="5" formControlName="text"></textarea>
          </gl-field>
        </form>
      }
    </section>
  `,
  styles: `
    .commentary dd {
      margin: 0 0 0.75rem;
      white-space: pre-wrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PackCommentaryPanel extends CommandFormComponent<CommentaryRecorded> {
  private readonly data = inject(AnnualReviewData);

  readonly year = input.required<number>();
  readonly sections = input.required<PackSectionCommentary[]>();
  readonly canWrite = input(false);

  protected readonly maxLength = COMMENTARY_MAX_LENGTH;
  protected readonly heading = heading;
  protected override readonly submitOptions = { reset: false };
  protected readonly form = inject(NonNullableFormBuilder).group({
    section: ['executive-summary', Validators.required],
    text: ['', Validators.maxLength(COMMENTARY_MAX_LENGTH)],
  });
  private readonly chosen = computed(() => this.sections());

  constructor() {
    super();
    // A new year (or a reload) shows the chosen section's recorded text in the box.
    effect(() => {
      this.chosen();
      untracked(() => this.loadSection());
    });
    // Choosing another section shows what it says now, to edit.
    this.form.controls.section.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.loadSection());
  }

  protected loadSection(): void {
    const section = this.sections().find((s) => s.section === this.form.controls.section.value);
    this.form.controls.text.setValue(section?.text ?? '');
  }

  protected async send(commandId: string): Promise<CommentaryRecorded> {
    const { section, text } = this.form.getRawValue();
    const year = this.year();
    const sections = await this.data.recordCommentary({ year, section, text: text.trim(), commandId });
    return { year, section: sections.find((s) => s.section === section) as PackSectionCommentary, withdrawn: !text.trim() };
  }
}
