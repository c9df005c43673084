import { Injectable, inject } from '@angular/core';

import { GraphqlClient } from '../../core/graphql/graphql-client';
import {
  AddKpiDocument,
  ApproveContractVariationDocument,
  AssignContractManagerDocument,
  AwardContractDocument,
  CommitSocialValueDocument,
  ContractPageDocument,
  ContractsRegisterDocument,
  DefineSocialValueMeasureDocument,
  EndContractDocument,
  ExtendContractDocument,
  RecordSavingOrBenefitDocument,
  RejectContractVariationDocument,
  ReportKpiDocument,
  ReportSocialValueDeliveryDocument,
  RetireSocialValueMeasureDocument,
  SocialValueMeasuresDocument,
  TerminateContractDocument,
  VaryContractDocument,
} from '../../generated/graphql';
import type {
  AddKpiInput,
  AwardContractInput,
  CloseContractInput,
  CommitSocialValueInput,
  ContractManagerInput,
  DecideContractVariationInput,
  DefineSocialValueMeasureInput,
  ExtendContractInput,
  RecordSavingOrBenefitInput,
  ReportKpiInput,
  ReportSocialValueDeliveryInput,
  RetireSocialValueMeasureInput,
  VaryContractInput,
} from '../../generated/graphql';
import type { PersonRef } from '../governance/governance.types';
import { StaffDirectory } from '../governance/staff-directory';
import type { Contract, ContractListItem, SocialValueMeasure } from './contracts.types';

export interface ContractView {
  /** Null when there was no such contract (yet) at the instant asked for. */
  contract: Contract | null;
  measures: SocialValueMeasure[];
  /** Who may be named a manager, or null when the user may not list staff. */
  staff: PersonRef[] | null;
}

/** The contracts context's queries and commands. Contract commands state the revision they saw. */
@Injectable({ providedIn: 'root' })
export class ContractsData {
  private readonly graphql = inject(GraphqlClient);
  private readonly staffDirectory = inject(StaffDirectory);

  async loadRegister(asOf: string | null): Promise<ContractListItem[]> {
    return (await this.graphql.execute(ContractsRegisterDocument, { asOf })).contracts;
  }

  async loadOne(id: string, asOf: string | null, withStaff: boolean): Promise<ContractView> {
    const [result, staff] = await this.staffDirectory.alongside(this.graphql.execute(ContractPageDocument, { id, asOf }), asOf, withStaff);
    return { contract: result.contract ?? null, measures: result.socialValueMeasures, staff };
  }

  async loadMeasures(asOf: string | null): Promise<SocialValueMeasure[]> {
    return (await this.graphql.execute(SocialValueMeasuresDocument, { asOf })).socialValueMeasures;
  }

  async award(input: AwardContractInput): Promise<ContractListItem> {
    return (await this.graphql.execute(AwardContractDocument, { input })).awardContract;
  }

  async vary(input: VaryContractInput): Promise<Contract> {
    return (await this.graphql.execute(VaryContractDocument, { input })).varyContract;
  }

  async approveVariation(input: DecideContractVariationInput): Promise<Contract> {
    return (await this.graphql.execute(ApproveContractVariationDocument, { input })).approveContractVariation;
  }

  async rejectVariation(input: DecideContractVariationInput): Promise<Contract> {
    return (await this.graphql.execute(RejectContractVariationDocument, { input })).rejectContractVariation;
  }

  async extend(input: ExtendContractInput): Promise<Contract> {
    return (await this.graphql.execute(ExtendContractDocument, { input })).extendContract;
  }

  async end(input: CloseContractInput): Promise<Contract> {
    return (await this.graphql.execute(EndContractDocument, { input })).endContract;
  }

  async terminate(input: CloseContractInput): Promise<Contract> {
    return (await this.graphql.execute(TerminateContractDocument, { input })).terminateContract;
  }

  async assignManager(input: ContractManagerInput): Promise<Contract> {
    return (await this.graphql.execute(AssignContractManagerDocument, { input })).assignContractManager;
  }

  async addKpi(input: AddKpiInput): Promise<Contract> {
    return (await this.graphql.execute(AddKpiDocument, { input })).addKpi;
  }

  async reportKpi(input: ReportKpiInput): Promise<Contract> {
    return (await this.graphql.execute(ReportKpiDocument, { input })).reportKpi;
  }

  async recordSaving(input: RecordSavingOrBenefitInput): Promise<Contract> {
    return (await this.graphql.execute(RecordSavingOrBenefitDocument, { input })).recordSavingOrBenefit;
  }

  async commitSocialValue(input: CommitSocialValueInput): Promise<Contract> {
    return (await this.graphql.execute(CommitSocialValueDocument, { input })).commitSocialValue;
  }

  async reportDelivery(input: ReportSocialValueDeliveryInput): Promise<Contract> {
    return (await this.graphql.execute(ReportSocialValueDeliveryDocument, { input })).reportSocialValueDelivery;
  }

  async defineMeasure(input: DefineSocialValueMeasureInput): Promise<SocialValueMeasure> {
    return (await this.graphql.execute(DefineSocialValueMeasureDocument, { input })).defineSocialValueMeasure;
  }

  async retireMeasure(input: RetireSocialValueMeasureInput): Promise<SocialValueMeasure> {
    return (await this.graphql.execute(RetireSocialValueMeasureDocument, { input })).retireSocialValueMeasure;
  }
}
