import { Injectable, inject } from '@angular/core';

import { GraphqlClient } from '../../../core/graphql/graphql-client';
import type { HeatMapCell, Risk } from '../governance.types';
import { IDENTIFY_RISK, IdentifyRiskInput, REVIEW_RISK, RISKS_QUERY, ReviewRiskInput } from './risks.documents';

export interface RisksView {
  /** Highest residual score first. */
  risks: Risk[];
  heatMap: HeatMapCell[];
}

/** The strategic risk register's query and commands. A review states the revision it saw. */
@Injectable({ providedIn: 'root' })
export class RisksData {
  private readonly graphql = inject(GraphqlClient);

  async load(asOf: string | null): Promise<RisksView> {
    const result = await this.graphql.execute(RISKS_QUERY, { asOf });
    return { risks: result.risks, heatMap: result.riskHeatMap };
  }

  async identify(input: IdentifyRiskInput): Promise<Risk> {
    return (await this.graphql.execute(IDENTIFY_RISK, { input })).identifyRisk;
  }

  async review(input: ReviewRiskInput): Promise<Risk> {
    return (await this.graphql.execute(REVIEW_RISK, { input })).reviewRisk;
  }
}
