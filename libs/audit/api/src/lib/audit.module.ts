import { Module } from '@nestjs/common';
import { AuditResolver } from './audit.resolver';

/** Decision history, timelines, verification (auditors). Reads the log itself: no projection. */
@Module({ providers: [AuditResolver] })
export class AuditModule {}
