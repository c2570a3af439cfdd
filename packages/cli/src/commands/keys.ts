/**
 * `govgraph keys add|list|revoke`: the API keys `govgraph serve` accepts. A key is printed once,
 * when added; the keys file keeps only its SHA-256 (see docs/security.md). A running server picks
 * up changes to the file on its next request, so a revoked key stops working at once.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { ApiKeyFile, DEFAULT_KEYS_FILE, ROLES, isRole, type Role } from '@govgraph/editing';

interface KeysOptions {
  keysFile: string;
}

function keysFileOption(): Option {
  return new Option('--keys-file <file>', 'the keys file (JSON, mode 0600)').default(DEFAULT_KEYS_FILE);
}

function parseRole(value: string): Role {
  if (!isRole(value)) throw new InvalidArgumentError(`expected one of: ${ROLES.join(', ')}`);
  return value;
}

/** Registers `govgraph keys`. */
export function registerKeysCommand(program: Command): void {
  const keys = program
    .command('keys')
    .description('manage the API keys of govgraph serve: reader < editor (mutations, audit log) < admin (deletes)');

  keys
    .command('add')
    .description('make a key, save its hash and print the key once')
    .requiredOption('--name <name>', 'who holds it; recorded as the actor of every edit made with it (unique)')
    .addOption(new Option('--role <role>', `${ROLES.join(', ')}`).argParser(parseRole).makeOptionMandatory())
    .addOption(keysFileOption())
    .action(async (options: KeysOptions & { name: string; role: Role }) => {
      const file = await ApiKeyFile.open(options.keysFile);
      const { record, key } = await file.add({ name: options.name, role: options.role });
      process.stdout.write(
        [
          `Added key ${record.id} for "${record.name}" (${record.role}) to ${options.keysFile}.`,
          `The key is shown only now; store it somewhere safe:`,
          '',
          `  ${key}`,
          '',
          `Send it as: Authorization: Bearer ${key.slice(0, 8)}...`,
          '',
        ].join('\n'),
      );
    });

  keys
    .command('list')
    .description('list the keys (id, name, role, created); never the keys themselves')
    .addOption(keysFileOption())
    .action(async (options: KeysOptions) => {
      const file = await ApiKeyFile.open(options.keysFile);
      const list = file.list();
      if (list.length === 0) {
        process.stdout.write(`No keys in ${options.keysFile}.\n`);
        return;
      }
      const rows = list.map((k) => [k.id, k.role, k.created, k.name]);
      const header = ['ID', 'ROLE', 'CREATED', 'NAME'];
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
      const line = (cells: string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
      process.stdout.write(`${[line(header), ...rows.map(line)].join('\n')}\n`);
    });

  keys
    .command('revoke')
    .description('remove a key: requests with it fail (401) from the next one on')
    .argument('<id>', 'the key id (govgraph keys list)')
    .addOption(keysFileOption())
    .action(async (id: string, options: KeysOptions) => {
      const file = await ApiKeyFile.open(options.keysFile);
      const record = await file.revoke(id);
      process.stdout.write(`Revoked key ${record.id} of "${record.name}" (${record.role}).\n`);
    });
}
