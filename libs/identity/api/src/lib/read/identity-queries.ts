import { Inject, Injectable } from '@nestjs/common';
import { ReadModelReader } from '@ledger/event-store-core';
import { Actor, ActorLookup, READ_MODEL_STORE } from '@ledger/shared-api';
import { USERS, UserDocument } from '../projections';

/** The identity query facade: the users read model; also tells the AuthGuard who is still active. */
@Injectable()
export class IdentityQueries implements ActorLookup {
  constructor(@Inject(READ_MODEL_STORE) private readonly readModels: ReadModelReader) {}

  findById(id: string): Promise<UserDocument | undefined> {
    return this.readModels.get<UserDocument>(USERS, id);
  }

  async findByEmail(email: string): Promise<UserDocument | undefined> {
    const wanted = email.trim().toLowerCase();
    return (await this.list()).find((user) => user.email === wanted);
  }

  async list(): Promise<UserDocument[]> {
    const users = await this.readModels.list<UserDocument>(USERS);
    return users.sort((a, b) => a.email.localeCompare(b.email));
  }

  async findActiveActor(userId: string): Promise<Actor | undefined> {
    const user = await this.findById(userId);
    return user && !user.disabled ? { userId: user.id, roles: user.roles, email: user.email } : undefined;
  }
}
