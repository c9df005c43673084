import { Injectable } from '@nestjs/common';
import { PersonalDataVault, ReadModelReader, memoised } from '@ledger/event-store-core';
import { ERASED_USER_NAME } from '@ledger/identity-domain';
import { Role } from '@ledger/shared-domain';
import { Actor, ActorLookup, ReadSide } from '@ledger/shared-api';
import { AccountLookup, normalisedForLookup } from '../auth/account-lookup';
import { parsedSessionSubject } from '../auth/session-subject';
import { CALENDAR_FEEDS, CalendarFeedDocument, USERS, UserDocument, usersProjection } from '../projections';

/**
 * A user as every answer shows them: email and name opened. An erased account shows as
 * "Erased user" with an empty email (the public contract promises a non-null one), live or as of any
 * instant, since nothing can open its data any more.
 */
export interface UserAccount {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  disabled: boolean;
  erased: boolean;
  passwordHash: string;
  /** False for an account made through the identity provider and never given a password here. */
  hasLocalPassword: boolean;
  registeredAt: string;
  /** Raised by every password change: a session token issued under an older version is refused. */
  sessionVersion: number;
}

const isSealed = (value: string | null): value is string => typeof value === 'string' && value.startsWith('pii:v1:');

/**
 * The identity query facade: the users read model, opened; also tells the AuthGuard who is still
 * active. Reads go through the read side's cache of live documents (ADR 0035), so every answer
 * reads the collections' versions first and is as current as the store at that moment, on this
 * instance and any other on the same database. Treat what it answers as read-only: accounts and
 * documents come deep-frozen from that cache.
 */
@Injectable()
export class IdentityQueries implements ActorLookup {
  constructor(
    private readonly readSide: ReadSide,
    private readonly vault: PersonalDataVault,
    private readonly lookup: AccountLookup,
  ) {}

  /** The user with email and name opened; undefined for an unknown id. */
  async findById(id: string): Promise<UserAccount | undefined> {
    return this.account(await this.live(), id);
  }

  /** The account that signs in with this email: by its lookup hash, or (registered before sealing) its email in clear. */
  async findByEmail(email: string): Promise<UserAccount | undefined> {
    const doc = await this.documentByEmail(email);
    return doc && (await this.present([doc]))[0];
  }

  /** The raw read-model document of the account holding this email; erased accounts hold none. */
  async documentByEmail(email: string): Promise<UserDocument | undefined> {
    const hash = this.lookup.hashOf(email);
    const wanted = normalisedForLookup(email);
    const docs = await (await this.live()).list<UserDocument>(USERS);
    return docs.find((doc) => !doc.erased && (doc.emailLookup === hash || (doc.emailLookup === null && doc.email === wanted)));
  }

  /** Every user, by email; erased accounts last. */
  async list(): Promise<UserAccount[]> {
    const users = await this.present(await (await this.live()).list<UserDocument>(USERS));
    return users.sort((a, b) => Number(a.erased) - Number(b.erased) || a.email.localeCompare(b.email) || a.id.localeCompare(b.id));
  }

  /**
   * The caller a session token names (see sessionSubject), with the roles the read model holds now;
   * undefined when the account is unknown, disabled or erased, or its password changed or its
   * sessions were ended since the token was issued. The AuthGuard asks on every request: while the
   * users collection is unchanged this costs one read of the collections' versions (see account).
   */
  async findActiveActor(subject: string): Promise<Actor | undefined> {
    const { userId, sessionVersion } = parsedSessionSubject(subject);
    const user = await this.findById(userId);
    if (!user || user.disabled || user.erased || user.sessionVersion !== sessionVersion) return undefined;
    return { userId: user.id, roles: user.roles, email: user.email };
  }

  /**
   * The account a calendar-feed link belongs to, found by the SHA-256 of the link's token, as the
   * caller the feed is built for; undefined for an unknown, revoked or replaced link, and for a
   * disabled or erased account (whose link ended with it).
   */
  async calendarFeedOwner(tokenSha256: string): Promise<Actor | undefined> {
    const reader = await this.live();
    const feed = await reader.get<CalendarFeedDocument>(CALENDAR_FEEDS, tokenSha256);
    const user = feed && (await this.account(reader, feed.userId));
    if (!user || user.disabled || user.erased) return undefined;
    return { userId: user.id, roles: user.roles, email: user.email };
  }

  /** When the user's calendar-feed link that works now was issued; null without one. */
  async calendarFeedIssuedAt(userId: string): Promise<string | null> {
    const doc = await (await this.live()).get<UserDocument>(USERS, userId);
    return doc?.calendarFeed?.issuedAt ?? null;
  }

  /** How many active, unerased users other than `userId` hold ADMIN: the fact the last-administrator rule needs. */
  async otherActiveAdministrators(userId: string): Promise<number> {
    const docs = await (await this.live()).list<UserDocument>(USERS);
    return docs.filter((doc) => doc.id !== userId && !doc.disabled && !doc.erased && doc.roles.includes('ADMIN')).length;
  }

  /** The live users read model, through the read side's cache (ADR 0035). */
  private live(): Promise<ReadModelReader> {
    return this.readSide.reader([usersProjection.name]);
  }

  /**
   * One account, opened, kept in the read side's cache while the users collection is at the version
   * `reader` read (ADR 0035), so the guard's check on every request neither parses the document nor
   * opens the email again. Every change that must reach the next request changes the user's
   * document, and with it the collection's version, on every instance sharing the store: disabling,
   * roles, a password change or reset and ended sessions (sessionVersion), and erasure, whose event
   * is folded (read-your-writes) before its handler destroys the key. A key destroyed with no
   * change to the document is no path the ledger has. An opened account is served under that
   * version only; after a change it waits in memory, unused, until it is replaced or evicted.
   */
  private account(reader: ReadModelReader, id: string): Promise<UserAccount | undefined> {
    return memoised(reader, `identity.account\u0000${id}`, [USERS], async () => {
      const doc = await reader.get<UserDocument>(USERS, id);
      return doc && (await this.present([doc]))[0];
    });
  }

  /** Opens the sealed names and emails in one batch; an account whose key is gone shows as erased. */
  private async present(docs: readonly UserDocument[]): Promise<UserAccount[]> {
    const opened = await this.vault.openAll(
      docs.flatMap((doc) => [doc.erased || !isSealed(doc.email) ? null : doc.email, doc.erased || !isSealed(doc.displayName) ? null : doc.displayName]),
    );
    return docs.map((doc, i) => {
      const [email, displayName] = isSealed(doc.email) ? [opened[2 * i], opened[2 * i + 1]] : [doc.email ?? undefined, doc.displayName ?? undefined];
      const erased = doc.erased || email === undefined || displayName === undefined;
      return {
        id: doc.id,
        email: erased ? '' : (email as string),
        displayName: erased ? ERASED_USER_NAME : (displayName as string),
        roles: doc.roles,
        disabled: doc.disabled || erased,
        erased,
        passwordHash: erased ? '' : doc.passwordHash,
        // The read model already says it: an account made through the provider is recorded with no hash.
        hasLocalPassword: !erased && doc.passwordHash !== '',
        registeredAt: doc.registeredAt,
        sessionVersion: doc.sessionVersion ?? 0,
      };
    });
  }
}
