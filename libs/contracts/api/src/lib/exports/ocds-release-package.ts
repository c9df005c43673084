import { Gateway, GatewayOutcome, IsoDate, isPassing, ukDateOf } from '@ledger/shared-domain';

// A procurement's history as an OCDS 1.1.5 release package (https://standard.open-contracting.org/1.1/).
// Pure: plain facts from the record in, a package out. No clock: every date is a recorded instant,
// so the same record always gives the same bytes, and each release's id names the recorded fact it
// publishes (stream and revision), so a release keeps its id as the record grows.

/** Who publishes: the ocid prefix registered with the Open Contracting Partnership, and the authority's name. */
export interface OcdsPublisher {
  /** `ocds-` and six letters or digits, registered with the Open Contracting Partnership; `ocds-xxxxxx` until then. */
  ocidPrefix: string;
  publisherName: string;
}

/** A placeholder prefix that is not registered to anyone: packages made with it say so by their ocid. */
export const UNREGISTERED_OCID_PREFIX = 'ocds-xxxxxx';
export const DEFAULT_PUBLISHER_NAME = 'The contracting authority';
export const OCID_PREFIX_PATTERN = /^ocds-[a-z0-9]{6}$/;
export const OCDS_VERSION = '1.1';

/** One recorded fact that OCDS publishes, in the record's order. `id` is stable: `<stream>-<revision>`; `at` its recorded instant. */
export type OcdsFact = { id: string; at: string } & (
  | { type: 'ProcurementRegistered'; title: string; estimatedValue: number }
  | { type: 'ProcurementBasisChanged'; estimatedValue: number }
  | { type: 'GatewayReviewRequested'; reviewId: string; gateway: Gateway }
  /** A decision recorded, or corrected: the one in force. */
  | { type: 'GatewayDecided'; reviewId: string; gateway: Gateway; outcome: GatewayOutcome }
  | {
      type: 'ContractAwarded';
      contractId: string;
      title: string;
      supplierName: string;
      supplierCompanyNumber: string | null;
      supplierPostcode: string | null;
      awardedValue: number;
      startDate: IsoDate;
      endDate: IsoDate;
      /** The award date the award stated (a contract from an existing register); null: awarded when recorded (`at`). */
      awardedOn: IsoDate | null;
    }
  /** A variation that took effect: within the policy when recorded, or approved later. */
  | { type: 'ContractVariationTookEffect'; contractId: string; variationId: string; description: string; valueChange: number; reason: string }
  | { type: 'ContractExtended'; contractId: string; months: number; reason: string; endDate: IsoDate }
  | { type: 'ContractClosed'; contractId: string; how: 'ENDED' | 'TERMINATED'; reason: string; effectiveOn: IsoDate }
);

// ---------------------------------------------------------------- the OCDS shapes the ledger fills in
type ReleaseTag = 'planning' | 'planningUpdate' | 'tender' | 'tenderUpdate' | 'award' | 'contract' | 'contractAmendment' | 'contractTermination';
type TenderStatus = 'planning' | 'active' | 'complete';
type ContractStatus = 'pending' | 'active' | 'terminated';
type MilestoneStatus = 'scheduled' | 'met' | 'notMet';
type PartyRole = 'buyer' | 'procuringEntity' | 'supplier';

/** The codelist values this module uses, by the codelist file they come from (the spec checks each exists). */
export const OCDS_CODES_USED = {
  'releaseTag.csv': ['planning', 'planningUpdate', 'tender', 'tenderUpdate', 'award', 'contract', 'contractAmendment', 'contractTermination'] satisfies ReleaseTag[],
  'tenderStatus.csv': ['planning', 'active', 'complete'] satisfies TenderStatus[],
  'awardStatus.csv': ['active'],
  'contractStatus.csv': ['pending', 'active', 'terminated'] satisfies ContractStatus[],
  'milestoneType.csv': ['approval'],
  'milestoneStatus.csv': ['scheduled', 'met', 'notMet'] satisfies MilestoneStatus[],
  'partyRole.csv': ['buyer', 'procuringEntity', 'supplier'] satisfies PartyRole[],
  'initiationType.csv': ['tender'],
  'currency.csv': ['GBP'],
} as const;

interface OcdsValue {
  amount: number;
  currency: 'GBP';
}
interface OcdsPeriod {
  startDate: string;
  endDate: string;
}
interface OrganizationReference {
  id: string;
  name: string;
}
interface OcdsParty extends OrganizationReference {
  identifier?: { scheme: string; id: string; legalName: string };
  address?: { postalCode: string; countryName: string };
  roles: PartyRole[];
}
interface OcdsMilestone {
  id: string;
  title: string;
  type: 'approval';
  status: MilestoneStatus;
  dateModified: string;
  dateMet?: string;
}
interface OcdsAmendment {
  id: string;
  date: string;
  description: string;
  rationale: string;
  amendsReleaseID: string;
  releaseID: string;
}
interface OcdsAward {
  id: string;
  title: string;
  status: 'active';
  date: string;
  value: OcdsValue;
  suppliers: OrganizationReference[];
  contractPeriod: OcdsPeriod;
}
interface OcdsContract {
  id: string;
  awardID: string;
  title: string;
  status: ContractStatus;
  value: OcdsValue;
  period: OcdsPeriod;
  amendments?: OcdsAmendment[];
}
export interface OcdsRelease {
  ocid: string;
  id: string;
  date: string;
  tag: ReleaseTag[];
  initiationType: 'tender';
  language: 'en';
  parties: OcdsParty[];
  buyer: OrganizationReference;
  planning: { budget: { amount: OcdsValue } };
  tender: { id: string; title: string; status: TenderStatus; value: OcdsValue; procuringEntity: OrganizationReference; milestones?: OcdsMilestone[] };
  awards?: OcdsAward[];
  contracts?: OcdsContract[];
}
export interface OcdsReleasePackage {
  uri: string;
  version: typeof OCDS_VERSION;
  publishedDate: string;
  publisher: { name: string };
  releases: OcdsRelease[];
}

// ---------------------------------------------------------------- the fold
interface ContractSoFar {
  award: OcdsFact & { type: 'ContractAwarded' };
  value: number;
  endDate: IsoDate;
  closed: boolean;
  amendments: OcdsAmendment[];
}
interface SoFar {
  title: string;
  estimatedValue: number;
  tenderOpened: boolean;
  milestones: Map<string, OcdsMilestone>;
  contracts: Map<string, ContractSoFar>;
}

/** The gateway whose pass opens the tender: the procurement strategy has been approved. */
const TENDER_GATEWAY: Gateway = 'G2_PROCUREMENT_STRATEGY';
const BUYER_ID = 'authority';

export const ocidOf = (publisher: OcdsPublisher, procurementId: string) => `${publisher.ocidPrefix}-${procurementId}`;

const gbp = (amount: number): OcdsValue => ({ amount: Math.round(amount * 100) / 100, currency: 'GBP' });
/** A contract's days as OCDS date-times: the start of its first day and the end of its last. */
const period = (startDate: IsoDate, endDate: IsoDate): OcdsPeriod => ({ startDate: `${startDate}T00:00:00Z`, endDate: `${endDate}T23:59:59Z` });
const supplierIdOf = (award: ContractSoFar['award']) => (award.supplierCompanyNumber ? `GB-COH-${award.supplierCompanyNumber}` : `supplier-${award.contractId}`);

/**
 * The procurement's release package: one release for each published fact (registration, a gateway
 * decision, an award, a variation in effect, an extension, an end), each the whole process as it
 * stood then, all under one ocid. `facts` must be in record order and start with the registration.
 */
export function buildOcdsReleasePackage(procurementId: string, facts: readonly OcdsFact[], publisher: OcdsPublisher): OcdsReleasePackage {
  const registered = facts[0];
  if (registered?.type !== 'ProcurementRegistered') throw new Error(`The record of procurement ${procurementId} must begin with its registration`);
  const ocid = ocidOf(publisher, procurementId);
  const buyer: OrganizationReference = { id: BUYER_ID, name: publisher.publisherName };
  const soFar: SoFar = { title: registered.title, estimatedValue: registered.estimatedValue, tenderOpened: false, milestones: new Map(), contracts: new Map() };
  const releases: OcdsRelease[] = [];

  for (const fact of facts) {
    const releaseId = `${ocid}-${fact.id}`;
    const previousReleaseId = releases.at(-1)?.id ?? releaseId;
    const tag = publish(soFar, fact, releaseId, previousReleaseId);
    if (tag) releases.push(snapshot(soFar, { ocid, id: releaseId, date: fact.at, tag }, buyer));
  }
  return {
    uri: `urn:ocid:${ocid}`,
    version: OCDS_VERSION,
    // Generated on demand: the date of the last change to what the package holds (OCDS), never "now".
    publishedDate: facts.reduce((latest, fact) => (fact.at > latest ? fact.at : latest), registered.at),
    publisher: { name: publisher.publisherName },
    releases,
  };
}

/** Folds one fact into the process so far; the tags of the release it makes, or null when it makes none. */
function publish(soFar: SoFar, fact: OcdsFact, releaseId: string, previousReleaseId: string): ReleaseTag[] | null {
  const contract = (contractId: string) => soFar.contracts.get(contractId);
  switch (fact.type) {
    case 'ProcurementRegistered':
      return ['planning'];
    case 'ProcurementBasisChanged':
      soFar.estimatedValue = fact.estimatedValue;
      return [soFar.tenderOpened ? 'tenderUpdate' : 'planningUpdate'];
    case 'GatewayReviewRequested':
      // Shown as a scheduled milestone in the next release; a request alone publishes nothing.
      soFar.milestones.set(fact.reviewId, { id: fact.reviewId, title: `Gateway ${fact.gateway}`, type: 'approval', status: 'scheduled', dateModified: fact.at });
      return null;
    case 'GatewayDecided': {
      const status: MilestoneStatus = isPassing(fact.outcome) ? 'met' : fact.outcome === 'REJECTED' ? 'notMet' : 'scheduled';
      soFar.milestones.set(fact.reviewId, {
        id: fact.reviewId,
        title: `Gateway ${fact.gateway}`,
        type: 'approval',
        status,
        dateModified: fact.at,
        ...(status === 'met' ? { dateMet: fact.at } : {}),
      });
      if (fact.gateway === TENDER_GATEWAY && status === 'met' && !soFar.tenderOpened) {
        soFar.tenderOpened = true;
        return ['tender'];
      }
      return [soFar.tenderOpened ? 'tenderUpdate' : 'planningUpdate'];
    }
    case 'ContractAwarded':
      soFar.contracts.set(fact.contractId, { award: fact, value: fact.awardedValue, endDate: fact.endDate, closed: false, amendments: [] });
      return ['award', 'contract'];
    case 'ContractVariationTookEffect': {
      const varied = contract(fact.contractId);
      if (!varied) return null;
      varied.value += fact.valueChange;
      const change = `${fact.valueChange < 0 ? 'reduces' : 'adds'} ${Math.abs(fact.valueChange).toFixed(2)} GBP`;
      varied.amendments.push({ id: fact.variationId, date: fact.at, description: `${fact.description} (${change})`, rationale: fact.reason, amendsReleaseID: previousReleaseId, releaseID: releaseId });
      return ['contractAmendment'];
    }
    case 'ContractExtended': {
      const extended = contract(fact.contractId);
      if (!extended) return null;
      extended.endDate = fact.endDate;
      const description = `Extended by ${fact.months} month${fact.months === 1 ? '' : 's'} to ${fact.endDate}`;
      extended.amendments.push({ id: `extension-${fact.id}`, date: fact.at, description, rationale: fact.reason, amendsReleaseID: previousReleaseId, releaseID: releaseId });
      return ['contractAmendment'];
    }
    case 'ContractClosed': {
      const closed = contract(fact.contractId);
      if (!closed) return null;
      closed.closed = true;
      // OCDS has one status for a contract that came to a close, by completion or early termination.
      if (fact.effectiveOn < closed.endDate) closed.endDate = fact.effectiveOn;
      return ['contractTermination'];
    }
    default:
      return unpublished(fact);
  }
}

function unpublished(fact: never): never {
  throw new Error(`No OCDS mapping for ${(fact as { type: string }).type}`);
}

/** The whole process as it stood at `release.date`. */
function snapshot(soFar: SoFar, release: Pick<OcdsRelease, 'ocid' | 'id' | 'date' | 'tag'>, buyer: OrganizationReference): OcdsRelease {
  const contracts = [...soFar.contracts.values()];
  // The UK day of the release, as the contracts register counts a contract started (not the UTC day, a day behind from 23:00 in summer).
  const day = ukDateOf(new Date(release.date));
  const suppliers = new Map<string, OcdsParty>();
  for (const { award } of contracts) {
    const id = supplierIdOf(award);
    if (suppliers.has(id)) continue;
    suppliers.set(id, {
      id,
      name: award.supplierName,
      ...(award.supplierCompanyNumber ? { identifier: { scheme: 'GB-COH', id: award.supplierCompanyNumber, legalName: award.supplierName } } : {}),
      ...(award.supplierPostcode ? { address: { postalCode: award.supplierPostcode, countryName: 'United Kingdom' } } : {}),
      roles: ['supplier'],
    });
  }
  const milestones = [...soFar.milestones.values()];
  return {
    ...release,
    initiationType: 'tender',
    language: 'en',
    parties: [{ ...buyer, roles: ['buyer', 'procuringEntity'] }, ...suppliers.values()],
    buyer,
    planning: { budget: { amount: gbp(soFar.estimatedValue) } },
    tender: {
      id: release.ocid,
      title: soFar.title,
      status: contracts.length ? 'complete' : soFar.tenderOpened ? 'active' : 'planning',
      value: gbp(soFar.estimatedValue),
      procuringEntity: buyer,
      ...(milestones.length ? { milestones: milestones.map((m) => ({ ...m })) } : {}),
    },
    ...(contracts.length
      ? {
          awards: contracts.map(({ award }) => ({
            id: award.contractId,
            title: award.title,
            status: 'active' as const,
            // The day it was awarded when the award states it (the start of that day), else the instant it was recorded.
            date: award.awardedOn ? `${award.awardedOn}T00:00:00Z` : award.at,
            value: gbp(award.awardedValue),
            suppliers: [{ id: supplierIdOf(award), name: award.supplierName }],
            contractPeriod: period(award.startDate, award.endDate),
          })),
          contracts: contracts.map((c) => ({
            id: c.award.contractId,
            awardID: c.award.contractId,
            title: c.award.title,
            status: c.closed ? 'terminated' : day < c.award.startDate ? 'pending' : 'active',
            value: gbp(c.value),
            period: period(c.award.startDate, c.endDate),
            ...(c.amendments.length ? { amendments: c.amendments.map((a) => ({ ...a })) } : {}),
          })),
        }
      : {}),
  };
}
