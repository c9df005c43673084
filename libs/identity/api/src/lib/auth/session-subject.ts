/**
 * A session token's subject: the user id and the account's session version when it was issued
 * (how many times its password had been changed). Changing or resetting the password raises the
 * version, so every token issued before stops working at once, not when it expires: a reset after a
 * suspected compromise also ends the intruder's session. Roles are not in this check: the guard
 * reads them from the users read model on every request, so a role change already applies at once.
 */
export function sessionSubject(userId: string, sessionVersion: number): string {
  return `${userId}~${sessionVersion}`;
}

/** The user and session version a token names; a token issued before versions existed (a bare id) is version 0. */
export function parsedSessionSubject(subject: string): { userId: string; sessionVersion: number } {
  const match = /^(.+)~(\d{1,9})$/.exec(subject);
  return match ? { userId: match[1], sessionVersion: Number(match[2]) } : { userId: subject, sessionVersion: 0 };
}
