/** `--as-of <instant>`: the record as it stood then (every query's as-of); undefined: live. */
export async function asOfOption(value: string | undefined): Promise<Date | undefined> {
  const { InvalidInputError } = await import('@ledger/event-store-core');
  const asOf = value ? new Date(value) : undefined;
  if (asOf && Number.isNaN(asOf.getTime())) throw new InvalidInputError(`--as-of "${value}" is not an ISO date-time`);
  return asOf;
}
