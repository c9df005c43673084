import { Inject, Injectable } from '@nestjs/common';
import { PersonalDataVault, ReadModelReader } from '@ledger/event-store-core';
import { ERASED_USER_NAME } from '@ledger/identity-domain';
import { Role } from '@ledger/shared-domain';
import { Actor, ActorLookup, READ_MODEL_STORE } from '@ledger/shared-api';
import { AccountLookup, normalisedForLookup } from '../auth/account-lookup';
import { parsedSessionSubject } from '../auth/session-subject';
import { CALENDAR_FEEDS, CalendarFeedDocument, USERS, UserDocument } from '../projections';

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

/** The identity query facade: the users read model, opened; also tells the AuthGuard who is still active. */
@Injectable()
export class IdentityQueries implements ActorLookup {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelReader,
    private readonly vault: PersonalDataVault,
    private readonly lookup: AccountLookup,
  ) {}

  async findById(id: string): Promise<UserAccount | undefined> {
    const doc = await this.readModels.get<UserDocument>(USERS, id);
    return doc && (await this.present([doc]))[0];
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
    const docs = await this.readModels.list<UserDocument>(USERS);
    return docs.find((doc) => !doc.erased && (doc.emailLookup === hash || (doc.emailLookup === null && doc.email === wanted)));
  }

  /** Every user, by email; erased accounts last. */
  async list(): Promise<UserAccount[]> {
    const users = await this.present(await this.readModels.list<UserDocument>(USERS));
    return users.sort((a, b) => Number(a.erased) - Number(b.erased) || a.email.localeCompare(b.email) || a.id.localeCompare(b.id));
  }

  /**
   * The caller a session token names (see sessionSubject), with the roles the read model holds now;
   * undefined when the account is unknown, disabled or erased, or its password changed since the
   * token was issued.
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
    const feed = await this.readModels.get<CalendarFeedDocument>(CALENDAR_FEEDS, tokenSha256);
    const user = feed && (await this.findById(feed.userId));
    if (!user || user.disabled || user.erased) return undefined;
    return { userId: user.id, roles: user.roles, email: user.email };
  }

  /** When the user's calendar-feed link that works now was issued; null without one. */
  async calendarFeedIssuedAt(userId: string): Promise<string | null> {
    const doc = await this.readModels.get<UserDocument>(USERS, userId);
    return doc?.calendarFeed?.issuedAt ?? null;
  }

  /** How many active, unerased users other than `userId` hold ADMIN: the fact the last-administrator rule needs. */
  async otherActiveAdministrators(userId: string): Promise<number> {
    const docs = await this.readModels.list<UserDocument>(USERS);
    return docs.filter((doc) => doc.id !== userId && !doc.disabled && !doc.erased && doc.roles.includes('ADMIN')).length;
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
