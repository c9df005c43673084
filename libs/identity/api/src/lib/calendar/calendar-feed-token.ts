import { createHash, randomBytes } from 'node:crypto';

/**
 * Calendar clients (Outlook, Google, Apple) cannot send an Authorization header, so a feed's URL is
 * its credential: a bearer secret of 256 random bits (ADR 0032). Only its SHA-256 is recorded; the
 * feed is found by hashing the token in the requested URL. A plain hash (no key, no slow hash) is
 * enough because the token is random and long: there is nothing to guess a dictionary from.
 */
export const CALENDAR_FEED_PATH = '/api/calendar';

/** 32 random bytes as base64url: 43 characters, URL-safe, no padding. */
export const CALENDAR_FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function newCalendarFeedToken(): string {
  return randomBytes(32).toString('base64url');
}

export function calendarFeedTokenSha256(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The feed's path on this server: /api/calendar/<token>.ics. */
export function calendarFeedPath(token: string): string {
  return `${CALENDAR_FEED_PATH}/${token}.ics`;
}

const TOKEN_IN_PATH = new RegExp(`^(${CALENDAR_FEED_PATH}/)[^/?#]*`);

/**
 * A request as the request logger serialises it, with a calendar-feed token taken out of its URL
 * and route parameters: the URL is the feed's credential and must never reach a log.
 */
export function withCalendarFeedTokenRedacted<T extends { url?: unknown; params?: unknown }>(request: T): T {
  if (typeof request?.url !== 'string' || !TOKEN_IN_PATH.test(request.url)) return request;
  request.url = request.url.replace(TOKEN_IN_PATH, '$1[redacted]');
  if (request.params && typeof request.params === 'object') request.params = { file: '[redacted]' };
  return request;
}
