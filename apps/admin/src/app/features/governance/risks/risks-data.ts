import { Injectable, inject } from '@angular/core';

import { GraphqlClient } from '../../../core/graphql/graphql-client';
import type { HeatMapCell, Risk } from '../governance.types';
import { CloseRiskDocument, IdentifyRiskDocument, ReviewRiskDocument, RisksPageDocument } from '../../../generated/graphql';
import type { CloseRiskInput, IdentifyRiskInput, ReviewRiskInput } from '../../../generated/graphql';

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
    const result = await this.graphql.execute(RisksPageDocument, { asOf });
    return { risks: result.risks, heatMap: result.riskHeatMap };
  }

  async identify(input: IdentifyRiskInput): Promise<Risk> {
    return (await this.graphql.execute(IdentifyRiskDocument, { input })).identifyRisk;
  }

  async review(input: ReviewRiskInput): Promise<Risk> {
    return (await this.graphql.execute(ReviewRiskDocument, { input })).reviewRisk;
  }

  async close(input: CloseRiskInput): Promise<Risk> {
    return (await this.graphql.execute(CloseRiskDocument, { input })).closeRisk;
  }
}
