// Fails the test command early, with what to install, when the tools the Neo4j tests need are missing.
// The Neo4j integration tests are part of the suite; they are never skipped silently.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const problems = [];
const [major] = process.versions.node.split('.').map(Number);
if (major < 20) problems.push(`Node ${process.versions.node} is too old: install Node 20 or newer.`);

const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
if (java.error || java.status !== 0) {
  problems.push('Java is missing: install a Java 17 runtime (e.g. `apt-get install openjdk-17-jre-headless`). Neo4j 5.26 runs on it.');
} else {
  const m = /version "(\d+)/.exec(java.stderr + java.stdout);
  if (m && Number(m[1]) < 17) problems.push(`Java ${m[1]} is too old: Neo4j 5.26 needs Java 17.`);
}
const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
if (mvn.error || mvn.status !== 0) {
  problems.push('Maven is missing: install it (e.g. `apt-get install maven`); the tests fetch Neo4j Community from Maven Central with it.');
}

// The explorer's end-to-end test drives Debian's Chromium (never a downloaded browser build).
const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  if (process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    process.stderr.write(`${CHROMIUM} is missing: installing Debian's chromium package with apt-get\n`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env }) : update;
    if (install.status !== 0 || !existsSync(CHROMIUM)) problems.push('Installing chromium with apt-get failed: run `apt-get update && apt-get install -y chromium` as root.');
  } else {
    problems.push(`Chromium is missing at ${CHROMIUM}: install Debian's package (\`sudo apt-get update && sudo apt-get install -y chromium\`); the explorer's end-to-end test drives it.`);
  }
}

if (problems.length > 0) {
  process.stderr.write(`Cannot run the test suite:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exit(1);
}
