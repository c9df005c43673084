/**
 * The default branch of an exhaustive switch over commands or events: it compiles only while every
 * type is handled, and refuses at run time what the types ruled out (e.g. a command decoded from JSON).
 */
export function unhandled(kind: 'command' | 'event', value: never): never {
  throw new Error(`Unknown ${kind} ${JSON.stringify(value)}`);
}
