import { DynamicModule, Global, Module } from '@nestjs/common';

/**
 * The argon2id cost of new password hashes (PASSWORD_HASH_MEMORY_KIB, PASSWORD_HASH_TIME_COST).
 * Each hash records its own parameters, so existing hashes keep verifying after a change.
 */
export interface PasswordHashing {
  /** KiB of memory per hash. */
  memoryKib: number;
  /** Passes over that memory. */
  timeCost: number;
}

/** The argon2 library's defaults: 64 MiB, 3 passes (what the ledger always used). */
export const DEFAULT_PASSWORD_HASHING: PasswordHashing = { memoryKib: 65_536, timeCost: 3 };

/**
 * OWASP's minimum for argon2id (Password Storage Cheat Sheet: 19 MiB, 2 passes, 1 lane): the
 * configuration refuses anything weaker, so a deployment on a small machine can lower the cost to a
 * level still recommended, and no further.
 */
export const MINIMUM_PASSWORD_HASHING: PasswordHashing = { memoryKib: 19_456, timeCost: 2 };

export const PASSWORD_HASHING = Symbol('PASSWORD_HASHING');

/** Provides PASSWORD_HASHING to the identity context's PasswordHasher, wherever the app imports it. */
@Global()
@Module({})
export class PasswordHashingModule {
  static forRoot(hashing: PasswordHashing = DEFAULT_PASSWORD_HASHING): DynamicModule {
    return { module: PasswordHashingModule, providers: [{ provide: PASSWORD_HASHING, useValue: hashing }], exports: [PASSWORD_HASHING] };
  }
}

/** The configured cost (libs/runtime config validates the floor), for the API and the CLI alike. */
export const passwordHashingFrom = (config: { PASSWORD_HASH_MEMORY_KIB: number; PASSWORD_HASH_TIME_COST: number }): PasswordHashing => ({
  memoryKib: config.PASSWORD_HASH_MEMORY_KIB,
  timeCost: config.PASSWORD_HASH_TIME_COST,
});
