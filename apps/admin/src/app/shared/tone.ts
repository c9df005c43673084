/**
 * The colour a status tag gets: `<span class="tag" data-tone="good">` (see .tag[data-tone] in
 * styles.css). The words always say the same; the colour only repeats them.
 */
export type Tone = 'good' | 'info' | 'warn' | 'bad' | 'neutral';
