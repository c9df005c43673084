/** Injection tokens for the stores: the app decides which adapter stands behind them. */
export const EVENT_STORE = Symbol('EVENT_STORE');
export const READ_MODEL_STORE = Symbol('READ_MODEL_STORE');
/** Looks up the current roles of an authenticated user (provided by the identity context). */
export const ACTOR_LOOKUP = Symbol('ACTOR_LOOKUP');
/** The HMAC-SHA256 key of account lookup hashes (`stores.keys.accountLookup.key`, ADR 0020): a Buffer. */
export const ACCOUNT_LOOKUP_KEY = Symbol('ACCOUNT_LOOKUP_KEY');
