/** What every command-line entry point does alike: read its options, and stop with a message. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Prints `message` to standard error and exits with status 1. */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The command's options and arguments; a malformed call stops with the reason and `usage`. */
export function readArguments<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`);
  }
}
