/** Documented in the README; scripts rely on them. */
export const EXIT = {
  ok: 0,
  unexpected: 1,
  usageOrConfig: 2,
  verificationFailed: 3,
  refused: 4,
} as const;
