import { Command } from 'commander';

/**
 * Gives `command` a description computed the first time help asks for it, for a text built from a
 * library the command otherwise loads only when it runs (the import columns): start-up stays light.
 * Commander reads a description only through `description()`, so answering that call is enough.
 */
export function describeOnDemand(command: Command, describe: () => string): Command {
  const setDescription = command.description.bind(command);
  let text: string | undefined;
  command.description = ((str?: string) => {
    if (str !== undefined) return setDescription(str);
    text ??= describe();
    return text;
  }) as Command['description'];
  return command;
}
