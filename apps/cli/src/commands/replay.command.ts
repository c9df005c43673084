import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { ReadSide } from '@ledger/shared-api';
import { withApplication } from '../context';

export const replayCommand = new Command('replay')
  .description('Rebuild every read model (and the as-of snapshots) from the first event, with progress and events per second')
  .action(async () => {
    await withApplication(async (app, { stores }) => {
      const head = Number(await stores.eventStore.headPosition());
      const bar = new SingleBar({ format: 'replay [{bar}] {percentage}% | {value}/{total} | {speed} events/s', stream: process.stderr, noTTYOutput: true, notTTYSchedule: 2000 }, Presets.shades_classic);
      const started = Date.now();
      bar.start(head, 0, { speed: 0 });
      await app.get(ReadSide).rebuild((position) => {
        const seconds = Math.max((Date.now() - started) / 1000, 0.001);
        bar.update(Number(position), { speed: Math.round(Number(position) / seconds) });
      });
      bar.update(head);
      bar.stop();
      const seconds = (Date.now() - started) / 1000;
      console.log(`Replayed ${head} events in ${seconds.toFixed(1)} s (${Math.round(head / Math.max(seconds, 0.001))} events/s) into ${stores.describe}`);
    });
  });
