import { GraphqlError } from '../../core/graphql/graphql-error';
import { FormAction } from './form-action';

describe('FormAction', () => {
  it('runs one action at a time, then says what was done', async () => {
    const action = new FormAction();
    let finish: () => void = () => undefined;
    const first = action.run(() => new Promise<void>((resolve) => (finish = resolve)), 'Mapping saved.');
    expect(action.submitting()).toBe(true);
    const second = jest.fn(async () => undefined);
    expect(await action.run(second, 'Again.')).toBe(false);
    expect(second).not.toHaveBeenCalled();

    finish();
    expect(await first).toBe(true);
    expect(action.submitting()).toBe(false);
    expect(action.done()).toBe('Mapping saved.');
    expect(action.error()).toBeNull();
  });

  it('keeps the API’s error of a failed action, and forgets what the last one did', async () => {
    const action = new FormAction();
    await action.run(async () => undefined, 'Saved.');
    const refusal = new GraphqlError('RULE_VIOLATION', 'ADMIN is never given by a group');

    expect(
      await action.run(async () => {
        throw refusal;
      }, 'Saved.'),
    ).toBe(false);
    expect(action.error()).toBe(refusal);
    expect(action.done()).toBe('');

    // The next action starts without the old error.
    await action.run(async () => undefined, 'Saved.');
    expect(action.error()).toBeNull();
  });

  it('shows a failure found outside an action, and forgets it when cleared', () => {
    const action = new FormAction();
    action.fail(new Error('The clipboard is not available'));
    expect(action.error()?.message).toBe('The clipboard is not available');
    action.clear();
    expect(action.error()).toBeNull();
    expect(action.done()).toBe('');
  });
});
