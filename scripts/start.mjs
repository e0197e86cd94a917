// `npm start`: bring the build up to date (incremental), then run the server in this process.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitWithNpm } from './npm-parent-watch.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

function run(cmd, args, label) {
  process.stdout.write(`${label}…\n`);
  try {
    execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
  } catch {
    process.stderr.write(`\n${label} failed. Run \`npm install\` first, then try again.\n`);
    process.exit(1);
  }
}

run(bin('tsc'), ['-b', 'packages/core', 'packages/server/tsconfig.build.json'], 'Building the server');

const webIndex = path.join(root, 'packages/web/dist/index.html');
const webBuilt = fs.existsSync(webIndex) ? fs.statSync(webIndex).mtimeMs : 0;
const webSources = Math.max(
  newestMtime(path.join(root, 'packages/web/src')),
  newestMtime(path.join(root, 'packages/core/src')),
  fs.existsSync(path.join(root, 'packages/web/index.html'))
    ? fs.statSync(path.join(root, 'packages/web/index.html')).mtimeMs
    : 0,
);
if (webBuilt < webSources) run(bin('vite'), ['build', '--logLevel', 'warn', 'packages/web'], 'Building the web app');

exitWithNpm();
await import(path.join(root, 'packages/server/dist/main.js'));
