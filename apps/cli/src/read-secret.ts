import { createInterface } from 'node:readline';

/** Reads a secret from standard input: a prompt without echo on a terminal, the first line otherwise. */
export async function readSecret(prompt: string): Promise<string> {
  const input = process.stdin;
  const rl = createInterface({ input, output: input.isTTY ? process.stderr : undefined, terminal: input.isTTY });
  if (input.isTTY) {
    process.stderr.write(prompt);
    // Hide what is typed: the prompt was written already, so echo nothing more.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
  }
  try {
    for await (const line of rl) return line;
    return '';
  } finally {
    rl.close();
    if (input.isTTY) process.stderr.write('\n');
  }
}
