// The lint rules the code is held to (run by `npm run lint`, part of `npm test`).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'content/',
      'tests/fixtures/',
      'bench-results/',
      'bench/baseline/dist/',
      'bench/baseline/.astro/',
      'bench/starlight/node_modules/',
      'bench/starlight/dist/',
      'bench/starlight/.astro/',
      // Compiled from messages/ by Paraglide JS (`npm run messages`).
      'src/i18n/paraglide/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // The validator and the output formats exist to find control characters in contributors' text.
      'no-control-regex': 'off',
    },
  },
);
