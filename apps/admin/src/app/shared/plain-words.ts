import { GATEWAY_LABELS, ROLE_LABELS } from './enum-labels';

/** Codes an API message may carry, and how people name them ("G3_AWARD" is "the award gateway (G3)"). */
const NAMES: Readonly<Record<string, string>> = {
  ...ROLE_LABELS,
  ...Object.fromEntries(
    Object.entries(GATEWAY_LABELS).map(([code, label]) => {
      const [short, ...words] = label.split(' ');
      return [code, `the ${words.join(' ').toLowerCase()} gateway (${short})`];
    }),
  ),
};

const CODE = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\b(?:ADMIN|AUDITOR|STAFF)\b/g;

/**
 * An API message with the enum codes in it named as people name them: "This needs one of the
 * roles PROCUREMENT_LEAD, AUDITOR; you have STAFF" reads "… Procurement lead, Auditor; you have
 * Staff". Codes it does not know stay as they are.
 */
export function inPlainWords(message: string): string {
  return message.replace(CODE, (code) => NAMES[code] ?? code);
}
