import { Injectable, signal } from '@angular/core';

const STORAGE_KEY = 'governance-ledger.token';

/**
 * Holds the API token in sessionStorage: it survives a reload but not closing the tab, which
 * suits shared office machines.
 */
@Injectable({ providedIn: 'root' })
export class TokenStore {
  private readonly current = signal<string | null>(read());

  readonly token = this.current.asReadonly();

  set(token: string): void {
    write(token);
    this.current.set(token);
  }

  clear(): void {
    write(null);
    this.current.set(null);
  }
}

// Storage can be unavailable (privacy settings); the app then keeps the token in memory only.
function read(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function write(token: string | null): void {
  try {
    if (token === null) {
      sessionStorage.removeItem(STORAGE_KEY);
    } else {
      sessionStorage.setItem(STORAGE_KEY, token);
    }
  } catch {
    // Memory-only session, see read().
  }
}
