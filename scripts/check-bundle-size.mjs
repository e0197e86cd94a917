// `npm run test:bundle`: the JavaScript a browser must fetch before the first page can render stays
// within budget (field tablets on mobile data). Run after `npm run build`.
//
// Counted: the entry script(s) of packages/web/dist/index.html, every <link rel="modulepreload"> it
// names, and, transitively, every chunk those import statically (in case preload links are ever turned
// off). Chunks reached only through dynamic import() (lazy routes) are not part of the first load.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'packages/web/dist');
const budget = Number(process.env.BUNDLE_BUDGET_KB ?? 300) * 1024;

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const indexPath = path.join(dist, 'index.html');
if (!fs.existsSync(indexPath)) fail(`No ${path.relative(root, indexPath)}: run \`npm run build\` first.`);
const html = fs.readFileSync(indexPath, 'utf8');

const attr = (tag, name) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
const tags = (name) => html.match(new RegExp(`<${name}\\b[^>]*>`, 'gi')) ?? [];

const start = [
  ...tags('script')
    .filter((tag) => attr(tag, 'type') === 'module' && attr(tag, 'src'))
    .map((tag) => attr(tag, 'src')),
  ...tags('link')
    .filter((tag) => attr(tag, 'rel') === 'modulepreload' && attr(tag, 'href'))
    .map((tag) => attr(tag, 'href')),
];
if (start.length === 0) fail('index.html names no module script: is this a Vite build?');

// Minified static imports: `import{a as b}from"./x.js"`, `import"./x.js"`, `export{c}from"./x.js"`;
// `import("./x.js")` (lazy) has a parenthesis and does not match.
const staticImport = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.js)["']/g;

const toFile = (url) => path.join(dist, url.replace(/^\//, ''));
const seen = new Set();
const queue = start.map(toFile);
while (queue.length > 0) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  if (!fs.existsSync(file)) fail(`The first load needs ${path.relative(dist, file)}, which is not in dist/.`);
  seen.add(file);
  const code = fs.readFileSync(file, 'utf8');
  for (const match of code.matchAll(staticImport)) {
    const spec = match[1];
    if (spec.startsWith('.')) queue.push(path.resolve(path.dirname(file), spec));
    else if (spec.startsWith('/')) queue.push(toFile(spec));
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
let total = 0;
const rows = [...seen].map((file) => {
  const raw = fs.readFileSync(file);
  const gz = gzipSync(raw).length;
  total += gz;
  return { file: path.relative(dist, file), raw: raw.length, gz };
});
rows.sort((a, b) => b.gz - a.gz);
for (const row of rows) {
  process.stdout.write(`${row.file.padEnd(48)} ${kb(row.raw).padStart(11)} raw ${kb(row.gz).padStart(10)} gzip\n`);
}
process.stdout.write(`first-load JavaScript: ${kb(total)} gzip in ${rows.length} file(s); budget ${kb(budget)}\n`);
if (total > budget) fail(`Over budget by ${kb(total - budget)}: split routes or heavy libraries out of the entry.`);
