// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Folder boundaries (STYLE.md): shared/ is plain TypeScript for both processes; main/ never
 * reaches into the renderer; the renderer never touches Node, Electron or main/. Only the
 * bridge module reads the preload's API, and only the data module imports Dexie.
 */
const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'module',
  'url',
  'http',
  'https',
  'net',
  'worker_threads',
  'stream',
];
const nodeModulePatterns = nodeBuiltins.flatMap((name) => [name, `node:${name}`, `${name}/*`, `node:${name}/*`]);

/** The renderer's import rule; `extra` adds patterns for some of its folders. */
function rendererImports(extra) {
  return [
    'error',
    {
      paths: [{ name: 'electron', message: 'The renderer has no Electron: go through renderer/bridge/bridge.ts.' }],
      patterns: [
        { group: ['**/main/**'], message: 'renderer/ must not import from main/: use the bridge.' },
        { group: nodeModulePatterns, message: 'The renderer has no Node.' },
        ...extra,
      ],
    },
  ];
}

const sharedRules = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'electron', message: 'shared/ runs in both processes: no Electron.' },
        { name: 'react', message: 'shared/ holds plain logic: no React.' },
        { name: 'dexie', message: 'Only renderer/data/ talks to Dexie.' },
        { name: 'zustand', message: 'State lives in renderer/store/.' },
      ],
      patterns: [
        { group: ['**/main/**', '**/renderer/**'], message: 'shared/ must not import from main/ or renderer/.' },
        { group: ['@tiptap/*', 'zustand/*', 'react-dom', 'react-dom/*'], message: 'shared/ holds plain logic only.' },
        { group: nodeModulePatterns, message: 'shared/ runs in the browser too: no Node built-ins.' },
      ],
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '*.tmp.mjs',
      '.test-results/**',
      'out/**',
      'out-*/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: {
      globals: {
        ...globals.es2023,
        crypto: 'readonly',
        URL: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        Intl: 'readonly',
        structuredClone: 'readonly',
      },
    },
    rules: sharedRules,
  },
  {
    files: ['main/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'The main process has no UI code.' },
            { name: 'dexie', message: 'The main process does not open the renderer database.' },
          ],
          patterns: [{ group: ['**/renderer/**'], message: 'main/ must not import from renderer/.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': rendererImports([]),
      'no-restricted-globals': [
        'error',
        { name: 'require', message: 'The renderer has no Node.' },
        { name: 'process', message: 'The renderer has no Node.' },
      ],
    },
  },
  {
    // The shell (renderer/app: App, routes, lazy routes, top bar) imports the features; nothing
    // imports the shell but the entry point. What features share lives in navigation/, platform/
    // and commands/.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/app/**', 'renderer/main.tsx'],
    rules: {
      'no-restricted-imports': rendererImports([
        {
          group: ['**/app/*', '**/app'],
          message:
            'Only the entry point imports the shell (renderer/app/): use renderer/navigation, renderer/platform or renderer/commands.',
        },
      ]),
    },
  },
  ...[
    {
      files: ['renderer/**/*.{ts,tsx}'],
      ignores: ['renderer/data/**', 'renderer/bridge/**'],
      dexie: true,
      viva: true,
      tiptap: true,
    },
    // Later entries win for their files: the editor module is the one place that imports Tiptap.
    { files: ['renderer/editor/**/*.{ts,tsx}'], dexie: true, viva: true, tiptap: false },
    { files: ['renderer/bridge/**/*.ts'], dexie: true, viva: false, tiptap: true },
    { files: ['renderer/data/**/*.ts'], dexie: false, viva: true, tiptap: true },
  ].map(({ files, ignores, dexie, viva, tiptap }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: {
      'no-restricted-syntax': [
        'error',
        ...(dexie
          ? [{ selector: "ImportDeclaration[source.value='dexie']", message: 'Only renderer/data/ imports Dexie.' }]
          : []),
        ...(tiptap
          ? [{ selector: 'ImportDeclaration[source.value=/^@tiptap\\//]', message: 'Only renderer/editor/ imports Tiptap.' }]
          : []),
        ...(viva
          ? [
              {
                selector: "MemberExpression[object.name='window'][property.name='viva']",
                message: 'Only renderer/bridge/ reads window.viva.',
              },
            ]
          : []),
      ],
    },
  })),
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.{ts,mjs,js}', 'scripts/**/*.{mjs,js,ts}', '*.config.{ts,js,mjs}', '.ci/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
);
