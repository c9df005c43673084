import { InputRow, RowProblem, normaliseHeader } from '@ledger/shared-api';

// The columns of an authority's contracts register as its e-tendering portal exports it, and the
// reading of each cell: UK or ISO dates, pounds with or without "£" and thousands separators,
// percentages, yes/no. Pure functions: what a cell means is decided here, what the record makes of
// it by the contract's decider.

/** The import's one kind: what the HTTP route and the report call it. */
export const CONTRACTS_REGISTER_IMPORT = 'contracts-register' as const;
export type ContractsImportKind = typeof CONTRACTS_REGISTER_IMPORT;

export type ContractsRegisterColumn =
  | 'contract_reference'
  | 'title'
  | 'procurement_reference'
  | 'supplier_name'
  | 'supplier_identifier'
  | 'supplier_postcode'
  | 'sme'
  | 'vcse'
  | 'awarded_value'
  | 'award_date'
  | 'start_date'
  | 'end_date'
  | 'extension_months_available'
  | 'notice_period_days'
  | 'social_value_weighting'
  | 'contract_manager_email'
  | 'status'
  | 'closed_on'
  | 'closure_reason';

/**
 * Each column, the headers a register may give it (matched after `normaliseHeader`: case, spaces
 * and punctuation aside, so "Awarded value (£)" is `awarded_value`), and whether the file must
 * have it. A column may be present and a cell empty where the column is optional in meaning.
 */
export const CONTRACTS_REGISTER_COLUMNS: Record<ContractsRegisterColumn, { required: boolean; headers: string[]; description: string }> = {
  contract_reference: { required: true, headers: ['contract_reference', 'contract_ref', 'contract_id', 'contract_number', 'reference'], description: "the portal's contract reference" },
  title: { required: false, headers: ['title', 'contract_title', 'contract_name'], description: 'the contract title (the record titles a contract after its procurement)' },
  procurement_reference: {
    required: true,
    headers: ['procurement_reference', 'procurement_ref', 'procurement_id', 'procurement'],
    description: "the procurement's id in the ledger; every gateway it requires up to G3_AWARD must have passed",
  },
  supplier_name: { required: true, headers: ['supplier_name', 'supplier', 'contractor', 'supplier_name_s'], description: 'the supplier' },
  supplier_identifier: {
    required: false,
    headers: ['supplier_identifier', 'supplier_id', 'companies_house_number', 'company_number', 'company_registration_number', 'supplier_identifier_companies_house_number'],
    description: 'Companies House (or charity) number, optional',
  },
  supplier_postcode: { required: false, headers: ['supplier_postcode', 'postcode'], description: "the supplier's postcode, optional" },
  sme: { required: false, headers: ['sme', 'supplier_is_sme', 'is_sme'], description: 'yes or no, optional' },
  vcse: { required: false, headers: ['vcse', 'supplier_is_vcse', 'is_vcse'], description: 'yes or no, optional' },
  awarded_value: {
    required: true,
    headers: ['awarded_value', 'awarded_value_gbp', 'awarded_value_ps', 'contract_value', 'contract_value_gbp', 'value', 'value_gbp', 'total_value'],
    description: 'pounds, more than 0: 1250000, £1,250,000 or 1,250,000.00',
  },
  award_date: {
    required: false,
    headers: ['award_date', 'awarded_on', 'date_awarded', 'contract_award_date', 'awarded_date', 'date_of_award'],
    description: 'the day the contract was awarded, dd/mm/yyyy or yyyy-mm-dd, on or before the start date; empty: the day of the import (the FOI counts a contract in its award year)',
  },
  start_date: { required: true, headers: ['start_date', 'contract_start_date', 'start'], description: 'dd/mm/yyyy or yyyy-mm-dd' },
  end_date: { required: true, headers: ['end_date', 'contract_end_date', 'end', 'expiry_date'], description: 'dd/mm/yyyy or yyyy-mm-dd, after the start date' },
  extension_months_available: {
    required: false,
    headers: ['extension_months_available', 'extension_months', 'extensions_available_months', 'extension_period_months', 'available_extension_months'],
    description: 'whole months, empty for none',
  },
  notice_period_days: { required: false, headers: ['notice_period_days', 'notice_days', 'notice_period'], description: 'whole days, optional' },
  social_value_weighting: {
    required: true,
    headers: ['social_value_weighting', 'social_value_weighting_percent', 'social_value_weighting_pct', 'social_value_weight', 'social_value'],
    description: 'the percentage social value had in the evaluation, 0 to 100 (10 or 10%); empty or 0 when not applied',
  },
  contract_manager_email: {
    required: false,
    headers: ['contract_manager_email', 'contract_manager', 'manager_email', 'contract_manager_e_mail'],
    description: "a staff member's email, optional",
  },
  status: { required: false, headers: ['status', 'contract_status'], description: 'ACTIVE, ENDED or TERMINATED (empty: ACTIVE)' },
  closed_on: {
    required: false,
    headers: ['closed_on', 'ended_on', 'terminated_on', 'termination_date', 'closure_date'],
    description: 'the day an ENDED or TERMINATED contract closed (ENDED: the end date when empty)',
  },
  closure_reason: { required: false, headers: ['closure_reason', 'end_reason', 'termination_reason'], description: 'why it ended or was terminated, optional' },
};

export const REQUIRED_COLUMNS = (Object.keys(CONTRACTS_REGISTER_COLUMNS) as ContractsRegisterColumn[]).filter((column) => CONTRACTS_REGISTER_COLUMNS[column].required);

/**
 * The rows keyed by the register's own column names: each header is looked up among the names a
 * column may have; columns the import does not know are left out. The first header naming a
 * column wins.
 */
export function withRegisterColumns(rows: readonly InputRow[]): InputRow[] {
  if (!rows.length) return [];
  const columnOf = new Map<string, ContractsRegisterColumn>();
  for (const [column, { headers }] of Object.entries(CONTRACTS_REGISTER_COLUMNS) as [ContractsRegisterColumn, { headers: string[] }][]) {
    for (const header of headers) columnOf.set(normaliseHeader(header), column);
  }
  const mapping: [from: string, to: ContractsRegisterColumn][] = [];
  const taken = new Set<ContractsRegisterColumn>();
  for (const header of Object.keys(rows[0].values)) {
    const column = columnOf.get(header);
    if (column && !taken.has(column)) {
      mapping.push([header, column]);
      taken.add(column);
    }
  }
  return rows.map((row) => ({ line: row.line, values: Object.fromEntries(mapping.map(([from, to]) => [to, row.values[from] ?? ''])) }));
}

/** A column's name as a person reads it in a message: "start date". */
export const spoken = (column: ContractsRegisterColumn) => column.replace(/_/g, ' ');

const bad = (column: ContractsRegisterColumn, message: string) => new RowProblem('BAD_USER_INPUT', message, column);

/** A calendar date: yyyy-mm-dd, or the UK's dd/mm/yyyy (also with "-" or "."); an impossible day (31/02) is refused. */
export function parseDate(column: ContractsRegisterColumn, text: string): string {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(value);
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : [];
  if (year && month && day) {
    const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    const parsed = new Date(`${date}T00:00:00Z`);
    if (!Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date) return date;
  }
  if (!value) throw bad(column, `${spoken(column)} is empty: give a date as dd/mm/yyyy or yyyy-mm-dd`);
  throw bad(column, `${spoken(column)} "${value}" is not a date: write it as dd/mm/yyyy (e.g. 31/03/2026) or yyyy-mm-dd`);
}

/** Pounds: "1250000", "£1,250,000.50", "GBP 1,250,000"; a negative amount ("-5", "(5)", "£-5") is refused. */
export function parsePounds(column: ContractsRegisterColumn, text: string): number {
  const value = text.trim();
  const spaced = value.replace(/^gbp\s*/i, '').replace(/\s*gbp$/i, '').replace(/\s+/g, '');
  // Accountants write a negative amount in brackets; a minus may stand before or after the "£".
  if (/^\(.*\)$/.test(spaced) || /^£?-/.test(spaced)) {
    throw bad(column, `${spoken(column)} "${value}" is negative: an amount in pounds must be 0 or more`);
  }
  const bare = spaced.replace(/^£/, '');
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(bare)) {
    throw bad(column, `${spoken(column)} "${value}" is not an amount in pounds: write it as 1250000, 1,250,000.00 or £1,250,000`);
  }
  return Number(bare.replace(/,/g, ''));
}

/** A percentage from 0 to 100: "10", "10%", "12.5 %"; empty is 0. A bare fraction such as 0.1 is ambiguous and refused. */
export function parsePercent(column: ContractsRegisterColumn, text: string): number {
  const value = text.trim();
  if (!value) return 0;
  const percent = /^(-?\d+(?:\.\d+)?)\s*%$/.exec(value);
  const number = percent ? Number(percent[1]) : /^-?\d+(?:\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (Number.isNaN(number)) throw bad(column, `${spoken(column)} "${value}" is not a percentage: write it as 10 or 10%`);
  if (number < 0) throw bad(column, `${spoken(column)} "${value}" is negative: a weighting is from 0 to 100`);
  if (number > 100) throw bad(column, `${spoken(column)} "${value}" is more than 100: a weighting is from 0 to 100`);
  if (!percent && number > 0 && number < 1) {
    throw bad(column, `${spoken(column)} "${value}" is ambiguous: write ${number * 100}% if a fraction was meant, or ${value}% if it is under one per cent`);
  }
  return number;
}

/** A whole number of months or days, 0 or more; empty is `empty`. */
export function parseWholeNumber<T extends number | null>(column: ContractsRegisterColumn, text: string, empty: T): number | T {
  const value = text.trim();
  if (!value) return empty;
  if (/^-\d/.test(value)) throw bad(column, `${spoken(column)} "${value}" is negative: give 0 or more`);
  if (!/^\d+$/.test(value)) throw bad(column, `${spoken(column)} "${value}" is not a whole number`);
  return Number(value);
}

/** Yes or no (also y/n, true/false, 1/0); empty is not known (null). */
export function parseYesNo(column: ContractsRegisterColumn, text: string): boolean | null {
  const value = text.trim().toLowerCase();
  if (!value) return null;
  if (['yes', 'y', 'true', '1'].includes(value)) return true;
  if (['no', 'n', 'false', '0'].includes(value)) return false;
  throw bad(column, `${spoken(column)} "${text.trim()}" is neither yes nor no`);
}

export type RegisterStatus = 'ACTIVE' | 'ENDED' | 'TERMINATED';

/** The register's status in the ledger's words: portals say "live", "expired" or "completed" too. */
export function parseStatus(text: string): RegisterStatus {
  const value = text.trim().toUpperCase();
  if (['', 'ACTIVE', 'LIVE', 'CURRENT', 'OPEN', 'IN PROGRESS'].includes(value)) return 'ACTIVE';
  if (['ENDED', 'EXPIRED', 'COMPLETED', 'COMPLETE', 'CLOSED', 'ENDED (EXPIRED)'].includes(value)) return 'ENDED';
  if (['TERMINATED', 'TERMINATED EARLY'].includes(value)) return 'TERMINATED';
  throw bad('status', `status "${text.trim()}" is not ACTIVE, ENDED or TERMINATED`);
}

/**
 * The ledger's id for the contract: its reference, with anything but letters, digits, dots,
 * hyphens and underscores made a hyphen ("CON/2023/014" is CON-2023-014). The same reference is
 * the same contract however often it is imported.
 */
export function contractIdOf(reference: string): string {
  const id = reference
    .trim()
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!id) throw bad('contract_reference', 'contract reference is empty: every contract needs the reference the register gives it');
  if (id.length > 100) throw bad('contract_reference', 'contract reference is longer than 100 characters');
  return id;
}

/** The column behind a field the contract's decider names in a refusal. */
export function columnOfField(field: string): ContractsRegisterColumn | undefined {
  const columns: Record<string, ContractsRegisterColumn> = {
    contractId: 'contract_reference',
    procurementId: 'procurement_reference',
    supplierName: 'supplier_name',
    'supplierDetails.companyNumber': 'supplier_identifier',
    'supplierDetails.postcode': 'supplier_postcode',
    awardedValue: 'awarded_value',
    awardedOn: 'award_date',
    startDate: 'start_date',
    endDate: 'end_date',
    extensionMonthsAvailable: 'extension_months_available',
    noticePeriodDays: 'notice_period_days',
    socialValueWeightingPercent: 'social_value_weighting',
    staffMemberId: 'contract_manager_email',
    effectiveOn: 'closed_on',
    reason: 'closure_reason',
  };
  return columns[field];
}
