import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import tableOwner from './eslint/table-owner-rule.js';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/dist-types/**',
      '**/node_modules/**',
      'data/**',
      'coverage/**',
      'e2e/artifacts/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.config.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/only-throw-error': 'off',
    },
  },
  {
    // The core is pure: rules and schemas, no I/O and no framework.
    files: ['packages/core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'packages/core has no I/O: pass what it needs in.' },
            {
              regex: '^(fastify|@fastify/.*|drizzle-orm(/.*)?|pg|pg-.*|react(-dom)?(/.*)?|@mantine/.*)$',
              message: 'packages/core knows no framework, database or UI.',
            },
          ],
        },
      ],
    },
  },
  {
    // The server's plumbing knows no module (the assembly, app.ts and friends, wires modules in).
    files: [
      'packages/server/src/{http,db,jobs}/**/*.ts',
      'packages/server/src/{context,config,logger,mail-transport}.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/modules/**'], message: 'The platform knows no module.' }] },
      ],
    },
  },
  {
    // A module writes only its own tables; others call its service (docs/DESIGN.md, "Who writes").
    files: ['packages/server/src/modules/**/*.ts'],
    ignores: ['**/*.test.ts'],
    plugins: { careloop: tableOwner },
    rules: { 'careloop/no-foreign-table-writes': 'error' },
  },
  {
    // Handlers guard, call a service and return data; the service owns the transaction.
    files: ['packages/server/src/**/*.routes.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message: 'Transactions open in services, not in route handlers: move this into the module service.',
        },
      ],
    },
  },
  {
    files: ['packages/*/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      // Small files with one job: past 400 lines, split by responsibility.
      'max-lines': ['error', { max: 400 }],
    },
  },
  {
    files: ['packages/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          // Mantine's Select empties itself when the chosen option is clicked again.
          selector:
            "JSXOpeningElement[name.name='Select']:has(JSXAttribute[name.name='required']):not(:has(JSXAttribute[name.name='allowDeselect']))",
          message: 'A required Select must keep its choice when it is clicked again: add allowDeselect={false}.',
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts', '**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
