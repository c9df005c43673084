import { Command } from 'commander';
import { withApplication } from '../context';

const megabytes = (bytes: number) => Math.round(bytes / 2 ** 20);

export const replayCommand = new Command('replay')
  .description('Rebuild every read model (and the as-of snapshots) from the first event, with progress, events per second and peak memory')
  .action(async () => {
    const [{ SingleBar, Presets }, { ReadSide }] = await Promise.all([import('cli-progress'), import('@ledger/shared-api')]);
    // The replay drops the read models and folds them itself: catching them up at start-up first
    // would fold the whole log twice (ADR 0023).
    ReadSide.catchUpAtBootstrap = false;
    await withApplication(async (app, { stores }) => {
      const head = Number(await stores.eventStore.headPosition());
      const bar = new SingleBar(
        { format: 'replay [{bar}] {percentage}% | {value}/{total} | {speed} events/s | {memory} MB', stream: process.stderr, noTTYOutput: true, notTTYSchedule: 2000 },
        Presets.shades_classic,
      );
      const started = Date.now();
      bar.start(head, 0, { speed: 0, memory: megabytes(process.memoryUsage().rss) });
      await app.get(ReadSide).rebuild((position) => {
        const rss = process.memoryUsage().rss;
        const seconds = Math.max((Date.now() - started) / 1000, 0.001);
        bar.update(Math.min(Number(position), head), { speed: Math.round(Number(position) / seconds), memory: megabytes(rss) });
      });
      bar.update(head);
      bar.stop();
      const seconds = (Date.now() - started) / 1000;
      // The process's own high-water mark (in kilobytes): sampled at each progress report, the peak
      // missed what the final flush and snapshots take between reports (911 of 1,215 MB at 1M events).
      const peakRss = process.resourceUsage().maxRSS * 1024;
      console.log(
        `Replayed ${head} events in ${seconds.toFixed(1)} s (${Math.round(head / Math.max(seconds, 0.001))} events/s) into ${stores.describe}; peak memory ${megabytes(peakRss)} MB`,
      );
    });
  });
