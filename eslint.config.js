// One lint setup for every workspace (flat config).
const path = require('node:path');
const { includeIgnoreFile } = require('@eslint/compat');
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');

module.exports = tseslint.config(
  // What git ignores is not source: runtime state (.data/, releases, uploads, cms/.tmp), build
  // output, installed tools. One list, .gitignore, so a new runtime folder is ignored by both.
  includeIgnoreFile(path.join(__dirname, '.gitignore'), 'files git ignores'),
  // Tracked, but generated.
  { ignores: ['shared-types/src/generated/**', 'web/public/pagefind/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Command-line scripts talk to a person on a terminal.
    files: ['scripts/**', 'cms/scripts/**', 'shared-types/scripts/**', '**/tests/setup/**'],
    rules: { 'no-console': 'off' },
  },
);
