import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { UnauthenticatedError } from '@ledger/event-store-core';
import { Actor } from './actor';
import { requestOf } from './request';

/** The caller the AuthGuard authenticated. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).actor;
  if (!actor) throw new UnauthenticatedError('Sign in first');
  return actor;
});
