import { Controller, Get, HttpCode, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { EventStore } from '@ledger/event-store-core';
import { EVENT_STORE, Public } from '@ledger/shared-api';

/** Liveness and readiness in one: 200 when the event store answers, 503 when it does not. */
@Controller('health')
export class HealthController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Public()
  @Get()
  @HttpCode(HttpStatus.OK)
  async health(@Res({ passthrough: true }) response: Response) {
    try {
      await this.store.ping();
      return { status: 'ok', store: this.store.kind, headPosition: (await this.store.headPosition()).toString() };
    } catch (error) {
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'unavailable', store: this.store.kind, error: (error as Error).message };
    }
  }
}
