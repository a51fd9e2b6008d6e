import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'examples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: globals.node } },
  {
    files: ['src/core/**/*.ts', 'src/checks/**/*.ts'],
    rules: {
      // The core and the checks are pure: no GitHub toolkit, no printing, no environment.
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@actions/*'], message: 'Only src/github talks to GitHub.' }] },
      ],
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Pass configuration in; do not read process.env here.',
        },
        { object: 'process', property: 'exit', message: 'Return a result; entry points decide the exit.' },
        { object: 'process', property: 'stdout', message: 'Checks never print.' },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
