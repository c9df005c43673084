import { Injectable, computed, inject } from '@angular/core';
import { PERMISSIONS } from '@ledger/shared-domain';

import { Session } from '../../core/auth/session';
import { TokenStore } from '../../core/auth/token-store';
import { hasAnyRole } from '../../core/auth/user';
import { GraphqlClient } from '../../core/graphql/graphql-client';
import { GraphqlError, NETWORK_ERROR } from '../../core/graphql/graphql-error';
import {
  AddActionPlanItemDocument,
  AnnualReviewDocument,
  AssessMaturityDocument,
  GenerateStrategyUpdatePackDocument,
  RecordActionProgressDocument,
  RecordPackCommentaryDocument,
} from '../../generated/graphql';
import type {
  AddActionPlanItemInput,
  AnnualReviewQuery,
  AssessMaturityInput,
  RecordActionProgressInput,
  RecordPackCommentaryInput,
} from '../../generated/graphql';
import type { ActionPlanItem, MaturityAssessment, PackDownload, PackSectionCommentary, StrategyUpdatePack } from './annual-review.types';

/** The shared permissions map the API enforces (libs/shared/domain); the API enforces them again. */
export const STRATEGY_READERS = PERMISSIONS.readStrategy;
export const STRATEGY_WRITERS = PERMISSIONS.keepStrategy;

/** Whether the signed-in user keeps the annual review (assess, plan, generate the pack) or reads it. */
@Injectable({ providedIn: 'root' })
export class AnnualReviewAccess {
  private readonly user = inject(Session).user;
  readonly writes = computed(() => hasAnyRole(this.user(), STRATEGY_WRITERS));
}

export interface AnnualReviewView {
  assessment: MaturityAssessment;
  areas: AnnualReviewQuery['maturityAreas'];
  plan: ActionPlanItem[];
  /** Null when none was generated for the year, or when a past state is shown. */
  pack: StrategyUpdatePack | null;
  /** The pack's sections in the strategy's order, with the procurement lead's latest commentary on each. */
  commentary: PackSectionCommentary[];
}

/** The annual review's query and commands, and the pack's downloads (REST, with the bearer token). */
@Injectable({ providedIn: 'root' })
export class AnnualReviewData {
  private readonly graphql = inject(GraphqlClient);
  private readonly tokens = inject(TokenStore);

  async load(year: number, asOf: string | null): Promise<AnnualReviewView> {
    const result = await this.graphql.execute(AnnualReviewDocument, { year, asOf, live: asOf === null });
    return {
      assessment: result.maturityAssessment,
      areas: result.maturityAreas,
      plan: result.actionPlan,
      pack: result.strategyUpdatePack ?? null,
      commentary: result.packCommentary,
    };
  }

  async assess(input: AssessMaturityInput): Promise<MaturityAssessment> {
    return (await this.graphql.execute(AssessMaturityDocument, { input })).assessMaturity;
  }

  async addItem(input: AddActionPlanItemInput): Promise<ActionPlanItem> {
    return (await this.graphql.execute(AddActionPlanItemDocument, { input })).addActionPlanItem;
  }

  async recordProgress(input: RecordActionProgressInput): Promise<ActionPlanItem> {
    return (await this.graphql.execute(RecordActionProgressDocument, { input })).recordActionProgress;
  }

  async recordCommentary(input: RecordPackCommentaryInput): Promise<PackSectionCommentary[]> {
    return (await this.graphql.execute(RecordPackCommentaryDocument, { input })).recordPackCommentary;
  }

  async generatePack(year: number): Promise<StrategyUpdatePack> {
    return (await this.graphql.execute(GenerateStrategyUpdatePackDocument, { year })).generateStrategyUpdatePack;
  }

  /**
   * Fetches one of the pack's files with the bearer token (a plain link would send none) and
   * saves it through a temporary Blob link, under the name the API gives it.
   */
  async download(pack: StrategyUpdatePack, download: PackDownload): Promise<void> {
    const token = this.tokens.token();
    let response: Response;
    try {
      response = await fetch(download.url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    } catch {
      throw new GraphqlError(NETWORK_ERROR, 'The server could not be reached. Check your connection and try again.');
    }
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { message?: unknown; code?: unknown } | null;
      const message = typeof body?.message === 'string' ? body.message : `The download failed (HTTP ${response.status}).`;
      throw new GraphqlError(typeof body?.code === 'string' ? body.code : `HTTP_${response.status}`, message);
    }
    const blob = await response.blob();
    const fromHeader = /filename="([^"]+)"/.exec(response.headers?.get('Content-Disposition') ?? '')?.[1];
    const extension = download.url.split('.').pop() ?? download.format;
    const name = fromHeader ?? `strategy-update-pack-${pack.year}-${pack.sha256.slice(0, 12)}.${extension}`;

    const href = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = href;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    // Let the browser start reading the Blob before it is released.
    setTimeout(() => URL.revokeObjectURL(href), 1_000);
  }
}
