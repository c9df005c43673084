import { PasswordHasher } from './password-hasher';
import { MINIMUM_PASSWORD_HASHING } from './password-hashing.module';

describe('password hashing (argon2id)', () => {
  it("hashes at the library's cost by default, and at the configured cost when one is set", async () => {
    expect(await new PasswordHasher().hash('correct horse battery staple')).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);
    expect(await new PasswordHasher(MINIMUM_PASSWORD_HASHING).hash('correct horse battery staple')).toMatch(/^\$argon2id\$v=19\$m=19456,p=4,t=2\$/);
  });

  it('verifies a hash made at another cost (each hash records its own), so changing the cost locks no one out', async () => {
    const madeAtDefault = await new PasswordHasher().hash('correct horse battery staple');
    const now = new PasswordHasher(MINIMUM_PASSWORD_HASHING);
    expect(await now.verify(madeAtDefault, 'correct horse battery staple')).toBe(true);
    expect(await now.verify(madeAtDefault, 'wrong horse battery staple')).toBe(false);
    expect(await now.verify(undefined, 'correct horse battery staple')).toBe(false);
  });
});
