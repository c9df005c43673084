import { IsoDate, ukLongDate } from '@ledger/shared-domain';
import { WorkItem, WorkItemKind } from '@ledger/work-queue';

/** What a message says, in plain text and HTML (every value escaped), with links into the admin UI. */
export interface ComposedMessage {
  subject: string;
  text: string;
  html: string;
}

export const escapeHtml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * The admin UI page where an item is done (the admin's own work-items.ts answers the same for its
 * home page): procurements and contracts have a page each; training, risks and lesson actions open
 * their register.
 */
export function workItemPath(item: Pick<WorkItem, 'kind' | 'subjectId'>): string {
  const kind: WorkItemKind = item.kind;
  const id = encodeURIComponent(item.subjectId);
  switch (kind) {
    case 'GATEWAY_DECISION_AWAITED':
    case 'GATEWAY_CONDITION_OUTSTANDING':
    case 'LESSON_DUE':
      return `/gateway/${id}`;
    case 'CONTRACT_ENDING':
    case 'KPI_REPORT_DUE':
    case 'SOCIAL_VALUE_REPORT_DUE':
    case 'VARIATION_AWAITING_APPROVAL':
      return `/contracts/${id}`;
    case 'TRAINING_OVERDUE':
    case 'TRAINING_EXPIRING':
      return '/workforce/training-register';
    case 'RISK_REVIEW_OVERDUE':
      return '/risks';
    case 'LESSON_ACTION_DUE':
      return '/lessons';
    default: {
      const unknownKind: never = kind;
      return unknownKind;
    }
  }
}

const footer = (publicUrl: string) => `You can turn these messages off on your account page: ${publicUrl}/account`;

function html(greeting: string, intro: string, items: { label: string; title: string; link: string }[], publicUrl: string): string {
  const rows = items
    .map(
      (item) =>
        `<li>${item.label ? `<strong>${escapeHtml(item.label)}</strong> ` : ''}<a href="${escapeHtml(item.link)}">${escapeHtml(item.title)}</a></li>`,
    )
    .join('\n');
  return [
    '<!doctype html>',
    '<html lang="en-GB"><body>',
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    `<ul>\n${rows}\n</ul>`,
    `<p><small>You can turn these messages off on <a href="${escapeHtml(`${publicUrl}/account`)}">your account page</a>.</small></p>`,
    '</body></html>',
  ].join('\n');
}

/** The day's digest: overdue items first (the work queue's order), each with its link. */
export function digestMessage(name: string, items: readonly WorkItem[], day: IsoDate, publicUrl: string): ComposedMessage {
  const overdue = items.filter((item) => item.overdue).length;
  const subject = `Governance reminders for ${ukLongDate(day)}: ${items.length} to do${overdue ? `, ${overdue} overdue` : ''}`;
  const lines = items.map((item) => ({
    label: item.overdue ? 'Overdue:' : item.dueOn ? `Due ${ukLongDate(item.dueOn)}:` : '',
    title: item.title,
    link: `${publicUrl}${workItemPath(item)}`,
  }));
  const greeting = `Dear ${name},`;
  const intro = `This is what the Governance Ledger has for you to do as at ${ukLongDate(day)}.`;
  const text = [greeting, '', intro, '', ...lines.flatMap((line) => [`- ${line.label ? `${line.label} ` : ''}${line.title}`, `  ${line.link}`]), '', footer(publicUrl), ''].join('\n');
  return { subject, text, html: html(greeting, intro, lines, publicUrl) };
}

/** A review awaiting the person's decision, sent as soon as it is requested. */
export function decisionRequestMessage(name: string, item: WorkItem, publicUrl: string): ComposedMessage {
  const link = `${publicUrl}${workItemPath(item)}`;
  const greeting = `Dear ${name},`;
  const intro = 'A gateway review awaits your decision:';
  const text = [greeting, '', intro, '', `- ${item.title}`, `  ${link}`, '', footer(publicUrl), ''].join('\n');
  return { subject: `Decision awaited: ${item.title}`.slice(0, 250), text, html: html(greeting, intro, [{ label: '', title: item.title, link }], publicUrl) };
}
