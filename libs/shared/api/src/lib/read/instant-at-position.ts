/**
 * An as-of instant that also names a global log position. A reader asked for it folds only the
 * events recorded by the instant AND at or before the position, so the answer can be rebuilt
 * later, identically, whatever was appended since (the strategy update pack records one).
 *
 * It is a Date on purpose: every context's queries take `asOf?: Date` and pass it to
 * `ReadSide.reader` unchanged, and use it as "today" for overdue flags; so a bounded read needs
 * no change in any of them.
 */
export class InstantAtPosition extends Date {
  constructor(
    instant: Date,
    readonly position: bigint,
  ) {
    super(instant.getTime());
  }
}
