// ESLint for the whole codebase: TypeScript, Astro components, and the Preact islands with the accessibility and
// hooks rules. `npm run lint` runs it with zero warnings allowed, then checks the formatting with Prettier.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.vercel/',
      '.astro/',
      'bench-results/',
      'test-results/',
      'playwright-report/',
      'outbox/',
      'tests/bench/blog-example/',
      'tests/bench/bare-endpoint/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: {
        ...globals.node,
        ...globals.browser,
        // Build-time constants from `vite.define` in astro.config.mjs (declared for TypeScript in src/env.d.ts).
        __CONTENT_DIR__: 'readonly',
        __DEPLOY_TARGET__: 'readonly',
      },
    },
    rules: {
      // Unused names are mistakes, except an intentional `_name` (e.g. a field left out of a copy).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/components/**/*.tsx'],
    plugins: { 'jsx-a11y-x': jsxA11y, 'react-hooks': reactHooks },
    // Preact writes `for` on a label, as HTML does, where React writes `htmlFor`.
    settings: { 'jsx-a11y-x': { attributes: { for: ['htmlFor', 'for'] } } },
    rules: {
      ...jsxA11y.configs.recommended.rules,
      // A table that scrolls sideways is a focusable region, so keyboard users can scroll it (WCAG 2.1.1).
      'jsx-a11y-x/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'] }],
      // Only DOM elements: a component's `autoFocus` prop is checked where it reaches an element.
      'jsx-a11y-x/no-autofocus': ['error', { ignoreNonDOM: true }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
