import type { User } from './user';

export const LOGIN_MUTATION = `mutation Login($email:String!,$password:String!){ login(email:$email,password:$password){ token user { id email displayName roles } } }`;

export interface LoginResult {
  login: { token: string; user: User };
}

export const ME_QUERY = `query Me { me { id email displayName roles } }`;

export interface MeResult {
  me: User;
}
