/**
 * Every demo user signs in with an address at this domain (a reserved `.example` name, so no mail
 * can reach it); their password is published in the README. While any exists, the UI says so.
 */
export const DEMO_EMAIL_DOMAIN = 'demo.ledger.example';

export const isDemoEmail = (email: string): boolean => email.toLowerCase().endsWith(`@${DEMO_EMAIL_DOMAIN}`);
