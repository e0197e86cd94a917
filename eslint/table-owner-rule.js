// Each table is written only by the module that owns it (docs/DESIGN.md, "Who writes which table").
// In a file under `src/modules/<m>/`, this reports an `.insert(t)` / `.update(t)` / `.delete(t)` of a
// table imported from another module's (or the platform's) `*.schema` file, and a raw
// `insert into` / `update` / `delete from` in a `sql` template naming a table defined elsewhere.
// Reads and joins are not reported. The owner of a table name is found by scanning the schema
// files for `pgTable('name'` once per source root.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const PLATFORM = 'the platform';
const IN_MODULE = /^(.*[\\/]src)[\\/]modules[\\/]([^\\/]+)[\\/]/;
const SCHEMA_SOURCE = /\.schema(\.[cm]?[jt]s)?$/;
const TABLE_DEF = /pgTable\(\s*['"]([A-Za-z0-9_]+)['"]/g;
const WRITE_METHODS = new Set(['insert', 'update', 'delete']);
const RAW_WRITE =
  /\b(?:insert\s+into|update|delete\s+from)\s+(?:only\s+)?(?:"?public"?\.)?"?([A-Za-z_][A-Za-z0-9_]*)"?/gi;
const WRITE_BEFORE_HOLE = /\b(?:insert\s+into|update|delete\s+from)\s+(?:only\s+)?$/i;

/** Which module a file belongs to: the `<m>` of `src/modules/<m>/`, else the platform. */
function ownerOf(file, srcRoot) {
  const rel = path.relative(srcRoot, file).split(path.sep);
  return rel[0] === 'modules' && rel.length > 2 ? rel[1] : PLATFORM;
}

function schemaFiles(dir, out = []) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) schemaFiles(full, out);
    else if (/\.schema\.ts$/.test(e.name)) out.push(full);
  }
  return out;
}

const ownersBySrc = new Map();

/** Table name -> owning module, from the schema files under this source root (cached). */
function tableOwners(srcRoot) {
  let owners = ownersBySrc.get(srcRoot);
  if (owners) return owners;
  owners = new Map();
  for (const file of schemaFiles(srcRoot)) {
    const owner = ownerOf(file, srcRoot);
    for (const m of readFileSync(file, 'utf8').matchAll(TABLE_DEF)) owners.set(m[1], owner);
  }
  ownersBySrc.set(srcRoot, owners);
  return owners;
}

/** The import a name resolves to in this scope, if it is one. */
function importOf(sourceCode, node) {
  let scope = sourceCode.getScope(node);
  for (; scope; scope = scope.upper) {
    const variable = scope.set.get(node.name);
    if (!variable) continue;
    const def = variable.defs[0];
    return def && def.type === 'ImportBinding' ? def.parent : null;
  }
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: "A module writes only its own tables; other modules' writes go through its services." },
    schema: [],
    messages: {
      foreignWrite:
        "'{{table}}' belongs to {{owner}}, not to module '{{module}}': write it through the owner's service function (pass your transaction).",
    },
  },
  create(context) {
    const file = path.resolve(context.filename);
    const where = IN_MODULE.exec(file);
    if (!where) return {};
    const [, srcRoot, module] = where;
    const sourceCode = context.sourceCode;
    const dir = path.dirname(file);

    /** The owning module of an identifier imported from a foreign schema file, else null. */
    function foreignOwner(node) {
      let name = node;
      if (node.type === 'MemberExpression' && node.object.type === 'Identifier') name = node.object;
      if (name.type !== 'Identifier') return null;
      const decl = importOf(sourceCode, name);
      if (!decl || decl.importKind === 'type') return null;
      const source = String(decl.source.value);
      if (!source.startsWith('.') || !SCHEMA_SOURCE.test(source)) return null;
      const owner = ownerOf(path.resolve(dir, source), srcRoot);
      return owner === module ? null : owner;
    }

    function report(node, table, owner) {
      const ownerText = owner === PLATFORM ? PLATFORM : `module '${owner}'`;
      context.report({ node, messageId: 'foreignWrite', data: { table, owner: ownerText, module } });
    }

    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return;
        if (!WRITE_METHODS.has(callee.property.name)) return;
        const target = node.arguments[0];
        if (!target) return;
        const owner = foreignOwner(target);
        if (owner) report(target, sourceCode.getText(target), owner);
      },
      TaggedTemplateExpression(node) {
        const tag = node.tag;
        const tagName = tag.type === 'Identifier' ? tag.name : tag.type === 'MemberExpression' ? tag.property.name : '';
        if (tagName !== 'sql') return;
        const { quasis, expressions } = node.quasi;
        // A hole stands between texts, so a write never reads across one.
        const text = quasis.map((q) => q.value.cooked ?? q.value.raw).join(' \u0000 ');
        const owners = tableOwners(srcRoot);
        for (const m of text.matchAll(RAW_WRITE)) {
          const owner = owners.get(m[1].toLowerCase());
          if (owner && owner !== module) report(node, m[1], owner);
        }
        expressions.forEach((expr, i) => {
          if (!WRITE_BEFORE_HOLE.test(quasis[i].value.cooked ?? quasis[i].value.raw)) return;
          const owner = foreignOwner(expr);
          if (owner) report(expr, sourceCode.getText(expr), owner);
        });
      },
    };
  },
};

export default { meta: { name: 'careloop-table-owner' }, rules: { 'no-foreign-table-writes': rule } };
