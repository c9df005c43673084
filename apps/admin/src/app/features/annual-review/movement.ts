/** How a score moved since last year, as an arrow (decoration) and words (what is read out). */
export interface Movement {
  readonly direction: 'up' | 'down' | 'same' | 'none';
  readonly arrow: string;
  readonly text: string;
}

const oneDecimal = (value: number) => (Math.round(value * 10) / 10).toFixed(1);

/**
 * `movement` is the score now minus last year's, null when last year has none; `decimals` for
 * the overall score (0.1 steps), whole levels for an area.
 */
export function describeMovement(movement: number | null, decimals = false): Movement {
  const amount = (value: number) => (decimals ? oneDecimal(Math.abs(value)) : String(Math.abs(value)));
  if (movement === null) {
    return { direction: 'none', arrow: '', text: 'Not assessed last year' };
  }
  if (movement > 0) {
    return { direction: 'up', arrow: '↑', text: `Up ${amount(movement)}` };
  }
  if (movement < 0) {
    return { direction: 'down', arrow: '↓', text: `Down ${amount(movement)}` };
  }
  return { direction: 'same', arrow: '→', text: 'No change' };
}

export function formatScore(score: number): string {
  return oneDecimal(score);
}
