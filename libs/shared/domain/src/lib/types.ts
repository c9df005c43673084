/**
 * Omit that keeps a union a union: `DistributiveOmit<Command, 'basisPosition'>` drops the field
 * from each member (plain Omit would collapse the union to its common fields).
 */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
