import { InvalidInputError } from '@ledger/domain-kernel';
import { MaturityArea, areaKey } from './maturity';

/**
 * The strategy update pack's sections, in the strategy's own order: the executive summary, then
 * the action plan's sections 3.3 to 3.10 under the strategy's headings (sentence case). The id is
 * what commentary names; the number and title are what the board reads.
 */
export const PACK_SECTIONS = [
  { id: 'executive-summary', number: null, title: 'Executive summary' },
  { id: 'capability-and-talent', number: '3.3', title: 'Procurement capability and talent' },
  { id: 'digital-technology', number: '3.4', title: 'Digital technology' },
  { id: 'stakeholder-engagement', number: '3.5', title: 'Stakeholder engagement' },
  { id: 'behaving-commercially', number: '3.6', title: 'Behaving commercially' },
  { id: 'procurement-hub', number: '3.7', title: 'Establishing a procurement hub' },
  { id: 'managing-contracts', number: '3.8', title: 'Managing contracts' },
  { id: 'strategic-risk', number: '3.9', title: 'Managing strategic risk' },
  { id: 'social-value', number: '3.10', title: 'Creating social value' },
] as const;
export type PackSectionId = (typeof PACK_SECTIONS)[number]['id'];
export type PackSection = (typeof PACK_SECTIONS)[number];
export const PACK_SECTION_IDS: readonly PackSectionId[] = PACK_SECTIONS.map((s) => s.id);

/** "3.3 Procurement capability and talent", or the title alone for the summary. */
export const packSectionHeading = (section: PackSection) => (section.number ? `${section.number} ${section.title}` : section.title);

export function packSection(field: string, id: string): PackSectionId {
  if (!(PACK_SECTION_IDS as readonly string[]).includes(id)) throw new InvalidInputError(`${field} must be one of ${PACK_SECTION_IDS.join(', ')}`, { field });
  return id as PackSectionId;
}

/** Where the strategy discusses each reference NPS area (its 3.x tables). */
const SECTION_OF_REFERENCE_AREA: Readonly<Record<string, PackSectionId>> = {
  'developing talent': 'capability-and-talent',
  'exploiting digital technology': 'digital-technology',
  'engaging councillors': 'stakeholder-engagement',
  'engaging senior managers': 'stakeholder-engagement',
  'working with partners': 'stakeholder-engagement',
  'creating commercial opportunities': 'behaving-commercially',
  'enabling innovation': 'behaving-commercially',
  'adding value': 'behaving-commercially',
  'embedding change': 'procurement-hub',
  'managing contracts and relationships': 'managing-contracts',
  'managing strategic risk': 'strategic-risk',
  'obtaining social value': 'social-value',
  'engaging local smes and micro-businesses': 'social-value',
  'enabling vcse engagement': 'social-value',
};

/** An area the authority added goes where its NPS theme is discussed. */
const SECTION_OF_THEME: Readonly<Record<string, PackSectionId>> = {
  'Showing leadership': 'stakeholder-engagement',
  'Behaving commercially': 'behaving-commercially',
  'Achieving community benefits': 'social-value',
  Enablers: 'procurement-hub',
};

export const packSectionOfArea = (area: Pick<MaturityArea, 'name'> & { theme: string }): PackSectionId =>
  SECTION_OF_REFERENCE_AREA[areaKey(area.name)] ?? SECTION_OF_THEME[area.theme] ?? 'procurement-hub';
