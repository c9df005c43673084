import { Injectable, inject } from '@angular/core';

import { GraphqlClient } from '../../core/graphql/graphql-client';
import {
  HomeContractFiguresDocument,
  HomeRiskFiguresDocument,
  HomeWorkforceFiguresDocument,
  MyWorkDocument,
} from '../../generated/graphql';
import type { HomeContractFiguresQuery, HomeRiskFiguresQuery, HomeWorkforceFiguresQuery } from '../../generated/graphql';
import type { WorkItem } from './work-items';

/** The home page's reads: the signed-in user's work and each role's headline figures (live data). */
@Injectable({ providedIn: 'root' })
export class HomeData {
  private readonly graphql = inject(GraphqlClient);

  /** Overdue first, then by due date, as the API sorts them. */
  async myWork(): Promise<WorkItem[]> {
    return (await this.graphql.execute(MyWorkDocument, {})).myWork;
  }

  workforceFigures(): Promise<HomeWorkforceFiguresQuery> {
    return this.graphql.execute(HomeWorkforceFiguresDocument, {});
  }

  riskFigures(year: number): Promise<HomeRiskFiguresQuery> {
    return this.graphql.execute(HomeRiskFiguresDocument, { year });
  }

  contractFigures(year: number): Promise<HomeContractFiguresQuery> {
    return this.graphql.execute(HomeContractFiguresDocument, { year, lastYear: year - 1 });
  }
}
