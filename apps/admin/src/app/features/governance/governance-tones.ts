import type { Tone } from '../../shared/tone';
import type { GatewayState } from './gateway/gateway-track';
import type { LessonPriority, RiskLevel } from './governance.types';

export const STATE_TONES: Readonly<Record<GatewayState, Tone>> = {
  NOT_REQUESTED: 'neutral',
  AWAITING_DECISION: 'info',
  APPROVED: 'good',
  APPROVED_WITH_CONDITIONS: 'good',
  DEFERRED: 'warn',
  REJECTED: 'bad',
  BASIS_CHANGED: 'warn',
};

export const RISK_LEVEL_TONES: Readonly<Record<RiskLevel, Tone>> = { LOW: 'good', MEDIUM: 'warn', HIGH: 'bad' };

export const PRIORITY_TONES: Readonly<Record<LessonPriority, Tone>> = { LOW: 'neutral', MEDIUM: 'info', HIGH: 'bad' };
