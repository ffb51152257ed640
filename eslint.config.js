import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Lint rules: typescript-eslint strictness, the React hooks rules as errors, and the layer boundaries. */
export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The model is pure TypeScript shared by the app, the build and the CLI.
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', '@testing-library/*'],
              message: 'src/model is pure TypeScript: no React.',
            },
            {
              group: ['../data/*', '../search/*', '../state/*', '../components/*', '../routes/*', 'fuse.js'],
              message: 'src/model is the bottom layer.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB'],
    },
  },
  {
    files: ['src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*'], message: 'src/data has no React.' },
            {
              group: ['../search/*', '../state/*', '../components/*', '../routes/*', 'fuse.js'],
              message: 'src/data sits below search, state and UI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/search/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../state/*', '../components/*', '../routes/*', 'react'],
              message: 'src/search sits below state and UI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/state/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'fuse.js', message: 'Only src/search imports fuse.js.' }],
          patterns: [{ group: ['../components/*', '../routes/*'], message: 'src/state sits below the UI.' }],
        },
      ],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'fuse.js', message: 'Only src/search imports fuse.js.' },
            { name: 'yjs', message: 'Only the storage module in src/state touches Yjs.' },
          ],
          patterns: [{ group: ['../routes/*'], message: 'Components sit below routes.' }],
        },
      ],
    },
  },
  {
    files: ['cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../src/state/*', '../src/components/*', '../src/routes/*', 'react'],
              message: 'The CLI uses src/model and src/data only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The class sync server, like the CLI, stands on the model and data layers only.
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '../src/search/*',
                '../src/state/*',
                '../src/components/*',
                '../src/routes/*',
                '../cli/*',
                'react',
              ],
              message: 'The class server uses src/model and src/data only.',
            },
          ],
        },
      ],
    },
  },
);
