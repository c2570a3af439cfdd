/**
 * Child process of `pnpm loadtest`: runs the abusive stream (load-drive.ts `driveAbuse`) against
 * the URL, connections and seconds given as arguments and prints the result as JSON on stdout. Its
 * own process, so that building megabyte bodies and reading the answers does not delay the event
 * loop that times the normal traffic.
 */
import { driveAbuse } from './load-drive.js';

const [url, connections, seconds] = process.argv.slice(2);
if (!url || !connections || !seconds) {
  process.stderr.write('usage: load-abuse.ts <url> <connections> <seconds>\n');
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(await driveAbuse(url, { connections: Number(connections), seconds: Number(seconds) }))}\n`);
