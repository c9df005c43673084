import { TestBed } from '@angular/core/testing';

import { appConfig } from '../../app.config';
import { TokenStore } from '../../core/auth/token-store';
import { queueAnswers, sentRequest, stubFetch } from '../../../testing/fetch-stub';
import { ReminderPreferencesPanel } from './reminder-preferences';

const chosen = (dailyDigest: boolean, decisionRequests: boolean, mailEnabled = true) => ({ dailyDigest, decisionRequests, mailEnabled });

async function open(...answers: Parameters<typeof stubFetch>) {
  sessionStorage.clear();
  TestBed.configureTestingModule({ providers: appConfig.providers });
  TestBed.inject(TokenStore).set('valid');
  const fetch = stubFetch(...answers);
  const fixture = TestBed.createComponent(ReminderPreferencesPanel);
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    }
  };
  await settle();
  const root = fixture.nativeElement as HTMLElement;
  const boxes = () => [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const toggle = async (index: number) => {
    boxes()[index].click();
    await settle();
  };
  return { fetch, root, boxes, toggle };
}

describe('ReminderPreferencesPanel', () => {
  it('shows each kind of reminder as on or off, and records a change', async () => {
    const panel = await open({ data: { myReminderPreferences: chosen(true, true) } });
    expect(panel.boxes().map((box) => box.checked)).toEqual([true, true]);
    expect(panel.root.textContent).not.toContain('sends no email');

    queueAnswers({ data: { setMyReminderPreferences: chosen(false, true) } });
    await panel.toggle(0);
    expect(sentRequest(panel.fetch, 1).query).toContain('setMyReminderPreferences');
    expect(sentRequest(panel.fetch, 1).variables).toEqual({ input: { dailyDigest: false, decisionRequests: true } });
    expect(panel.boxes().map((box) => box.checked)).toEqual([false, true]);
    expect(panel.root.textContent).toContain('Saved.');
  });

  it('says when the installation sends no email, and keeps the choices', async () => {
    const panel = await open({ data: { myReminderPreferences: chosen(true, false, false) } });
    expect(panel.root.textContent).toContain('This installation sends no email yet');
    expect(panel.boxes().map((box) => box.checked)).toEqual([true, false]);
  });

  it('shows a refusal and puts the box back as recorded', async () => {
    const panel = await open({ data: { myReminderPreferences: chosen(true, true) } });
    queueAnswers({ errors: [{ message: 'People set their own reminder preferences only', extensions: { code: 'FORBIDDEN' } }] });
    await panel.toggle(1);
    expect(panel.root.querySelector('[role=alert]')?.textContent).toContain('their own reminder preferences');
    expect(panel.boxes().map((box) => box.checked)).toEqual([true, true]);
  });
});
