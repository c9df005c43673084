import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import type { ScoreEntry } from '../governance.types';

const WIDTH = 160;
const HEIGHT = 40;
const PAD = 4;

/** The points of a score line: oldest at the left, score 1 at the bottom and 25 at the top. */
export function sparklinePoints(scores: readonly number[], width = WIDTH, height = HEIGHT, pad = PAD): { x: number; y: number }[] {
  const step = scores.length > 1 ? (width - 2 * pad) / (scores.length - 1) : 0;
  const y = (score: number) => height - pad - ((Math.min(Math.max(score, 1), 25) - 1) / 24) * (height - 2 * pad);
  return scores.map((score, i) => ({ x: Math.round((pad + i * step) * 10) / 10, y: Math.round(y(score) * 10) / 10 }));
}

/** A small line of a risk's scores over time; the table beside it gives the same numbers. */
@Component({
  selector: 'gl-score-sparkline',
  template: `
    <svg [attr.width]="width" [attr.height]="height" [attr.viewBox]="'0 0 ' + width + ' ' + height" role="img" [attr.aria-label]="label()">
      <rect x="0" y="0" [attr.width]="width" [attr.height]="height" fill="#f3f2f1" />
      <polyline [attr.points]="points()" fill="none" stroke="#1d4f91" stroke-width="2" />
      @for (point of dots(); track $index) {
        <circle [attr.cx]="point.x" [attr.cy]="point.y" r="3" fill="#1d4f91" />
      }
    </svg>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScoreSparkline {
  readonly history = input.required<readonly ScoreEntry[]>();

  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly dots = computed(() => sparklinePoints(this.history().map((entry) => entry.score)));
  protected readonly points = computed(() =>
    this.dots()
      .map((p) => `${p.x},${p.y}`)
      .join(' '),
  );
  protected readonly label = computed(
    () =>
      `Score over time: ${this.history()
        .map((entry) => entry.score)
        .join(', ')}`,
  );
}
