import { FormControl, FormGroup, Validators } from '@angular/forms';

import { GraphqlError } from '../../core/graphql/graphql-error';
import { CommandForm } from './command-form';

function setUp(disabled = false) {
  const form = new FormGroup({ title: new FormControl('', { nonNullable: true, validators: Validators.required }) });
  const command = new CommandForm(form, () => disabled);
  const sent: string[] = [];
  const done: string[] = [];
  return { form, command, sent, done };
}

describe('CommandForm', () => {
  it('sends nothing while disabled, and shows the field errors while the form is invalid', async () => {
    const disabled = setUp(true);
    disabled.form.setValue({ title: 'A title' });
    const send = jest.fn(async () => 'ok');

    expect(await disabled.command.submit(send, () => undefined)).toBe(false);
    const invalid = setUp();
    expect(await invalid.command.submit(send, () => undefined)).toBe(false);

    expect(send).not.toHaveBeenCalled();
    expect(invalid.form.controls.title.touched).toBe(true);
  });

  it('keeps the commandId for a retry after a failure, then renews it and clears the form', async () => {
    const { form, command, sent, done } = setUp();
    form.setValue({ title: 'Contracts Manager' });

    await command.submit(
      async (id) => {
        sent.push(id);
        throw new GraphqlError('NETWORK_ERROR', 'The server could not be reached.');
      },
      () => done.push('first'),
    );
    expect(command.error()?.code).toBe('NETWORK_ERROR');
    expect(form.value.title).toBe('Contracts Manager');

    await command.submit(
      async (id) => {
        sent.push(id);
        return 'post-1';
      },
      (result) => done.push(result),
    );
    await command.submit(
      async (id) => {
        sent.push(id);
        return 'never';
      },
      () => done.push('after reset'),
    );

    expect(sent).toHaveLength(2);
    expect(sent[1]).toBe(sent[0]);
    expect(done).toEqual(['post-1']);
    expect(command.error()).toBeNull();
    expect(form.value.title).toBe('');
  });

  it('keeps the fields when asked to', async () => {
    const { form, command } = setUp();
    form.setValue({ title: 'Keep me' });

    expect(
      await command.submit(
        async () => 'ok',
        () => undefined,
        { reset: false },
      ),
    ).toBe(true);

    expect(form.value.title).toBe('Keep me');
  });
});
