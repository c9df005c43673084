import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';

import { GraphqlError } from '../graphql/graphql-error';
import { Session } from './session';

/**
 * Lets signed-in users through. A token alone is not proof: the first visit asks the API who
 * it belongs to, so an expired token ends the session here rather than on every page.
 */
export const authGuard: CanActivateFn = async () => {
  const session = inject(Session);
  const router = inject(Router);
  const login = router.parseUrl('/login');

  if (!session.hasToken()) {
    return login;
  }
  if (session.user()) {
    return true;
  }
  try {
    await session.loadUser();
    return true;
  } catch (error) {
    if (error instanceof GraphqlError && error.code === 'UNAUTHENTICATED') {
      session.signOut('Your session has ended. Please sign in again.');
    } else {
      // Keep the token: the server may just be unreachable, and a retry from / may work.
      const reason = error instanceof Error ? error.message : String(error);
      session.tell(`We could not check your session: ${reason}`);
    }
    return login;
  }
};
