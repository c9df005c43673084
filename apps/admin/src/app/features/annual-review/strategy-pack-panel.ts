import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';

import { CommandState } from '../../shared/forms/command-state';
import { FormError } from '../../shared/forms/form-error';
import { AnnualReviewData } from './annual-review-data';
import type { PackDownload, StrategyUpdatePack } from './annual-review.types';
import { TimestampPipe } from '../../shared/format/format-pipes';

const FORMAT_LABELS: Readonly<Record<string, string>> = {
  markdown: 'Markdown',
  html: 'HTML',
  xlsx: 'Excel',
  docx: 'Word',
  pdf: 'PDF',
};

/**
 * The year's strategy update pack for the board: generate it (writers, live data only), and
 * the latest one with its log position, hash, Markdown (shown as text, never as HTML) and files.
 */
@Component({
  selector: 'gl-strategy-pack-panel',
  imports: [TimestampPipe, FormError],
  template: `
    <section class="panel" aria-labelledby="pack-heading">
      <h2 id="pack-heading">Strategy update pack {{ year() }}</h2>

      @if (historical()) {
        <p class="note" role="note">Packs are shown for the live record only: return to now to see or generate the pack.</p>
      } @else {
        @if (canGenerate()) {
          <gl-form-error [error]="generating.error()" heading="The pack was not generated" />
          <div class="button-row">
            <button type="button" [disabled]="generating.submitting()" (click)="generate()">
              {{ generating.submitting() ? 'Generating the pack…' : 'Generate the strategy update pack' }}
            </button>
          </div>
        }

        @if (pack(); as pack) {
          <dl class="facts" data-pack>
            <dt>Log position</dt>
            <dd class="mono" data-position>{{ pack.position }}</dd>
            <dt>SHA-256</dt>
            <dd class="mono" data-sha256>{{ pack.sha256 }}</dd>
            <dt>Generated at</dt>
            <dd>{{ pack.generatedAt | timestamp }}</dd>
            <dt>Cut-off</dt>
            <dd>{{ pack.cutOff | timestamp }}</dd>
            @if (!pack.verified) {
              <dt>Check</dt>
              <dd><span class="tag" data-tone="bad">The pack rebuilt now no longer matches its hash</span></dd>
            }
          </dl>

          <h3>Download</h3>
          <gl-form-error [error]="downloading.error()" heading="The file was not downloaded" />
          <div class="button-row downloads">
            @for (file of pack.downloads; track file.format) {
              <button type="button" class="secondary" [disabled]="downloading.submitting()" (click)="download(pack, file)">
                Download {{ formatLabel(file.format) }}
              </button>
            }
          </div>

          <h3>The pack as Markdown</h3>
          <pre class="pack-markdown" tabindex="0" aria-label="The pack as Markdown">{{ pack.markdown }}</pre>
        } @else {
          <p data-no-pack>No pack has been generated for {{ year() }} yet.</p>
        }
      }
    </section>
  `,
  styles: `
    .pack-markdown {
      max-height: 32rem;
      overflow: auto;
      padding: 1rem;
      background: #f3f2f1;
      border: 1px solid #b1b4b6;
      white-space: pre-wrap;
      word-break: break-word;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StrategyPackPanel {
  private readonly data = inject(AnnualReviewData);

  readonly year = input.required<number>();
  readonly pack = input<StrategyUpdatePack | null>(null);
  readonly canGenerate = input(false);
  /** A past state is shown: no pack and no generating. */
  readonly historical = input(false);
  readonly generated = output<StrategyUpdatePack>();

  protected readonly generating = new CommandState();
  protected readonly downloading = new CommandState();

  protected formatLabel(format: string): string {
    return FORMAT_LABELS[format] ?? format;
  }

  protected generate(): Promise<boolean> {
    const year = this.year();
    return this.generating.run(async () => this.generated.emit(await this.data.generatePack(year)));
  }

  protected download(pack: StrategyUpdatePack, file: PackDownload): Promise<boolean> {
    return this.downloading.run(() => this.data.download(pack, file));
  }
}
