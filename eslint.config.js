// Lint rules for the whole project, run by `npm test` (npm run lint). Beyond the recommended sets:
// the layering rules (the client and the server never import each other; common/ imports neither)
// and the size limits the team keeps (modules under 400 lines, functions under 80).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const SIZE_LIMITS = {
  'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
  'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
};

// Cytoscape methods that return their collection or core (for chaining), not a plain value; the
// getter-setters among them only when they are given a value to set.
const CHAINABLE = [
  'select',
  'unselect',
  'emit',
  'trigger',
  'shift',
  'remove',
  'restore',
  'fit',
  'center',
  'animate',
  'addClass',
  'removeClass',
  'toggleClass',
  'lock',
  'unlock',
  'removeData',
  'removeStyle',
  'panBy',
  'grabify',
  'ungrabify',
  'selectify',
  'unselectify',
  'resize',
].join('|');
const PAGE_FN =
  'CallExpression[callee.property.name=/^(evaluate|waitForFunction)$/] > ArrowFunctionExpression > CallExpression.body';
const RETURNS_CYTOSCAPE = [
  `${PAGE_FN}[callee.property.name=/^(${CHAINABLE})$/]`,
  `${PAGE_FN}[callee.property.name=/^(zoom|pan|viewport|position|positions)$/][arguments.length>0][arguments.0.type!='Literal']`,
  `${PAGE_FN}[callee.property.name=/^(data|style|scratch)$/][arguments.length>1]`,
];

const forbid = (...groups) => ({
  'no-restricted-imports': [
    'error',
    { patterns: groups.map(([folder, message]) => ({ group: [`**/${folder}/**`], message })) },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'test-output/', 'neo4j/target/', '.data/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['client/**/*.ts', 'client/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...SIZE_LIMITS,
      ...forbid(
        ['server', 'the client imports only from common/ and client/'],
        ['bench', 'the client does not import benchmarks'],
      ),
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      ...SIZE_LIMITS,
      ...forbid(
        ['client', 'the server imports only from common/ and server/'],
        ['test', 'the server does not import tests'],
      ),
    },
  },
  {
    files: ['common/**/*.ts'],
    rules: {
      ...SIZE_LIMITS,
      ...forbid(
        ['server', 'common/ is used by both sides and imports neither'],
        ['client', 'common/ is used by both sides and imports neither'],
      ),
    },
  },
  { files: ['bench/**/*.ts'], rules: SIZE_LIMITS },
  {
    // Playwright serialises what a page function returns. A Cytoscape collection or core holds the
    // whole graph and its renderer: copying it took the page's heap from 20 MB to 2.7 GB, and
    // Chromium's renderer crashed ("Target crashed"). Page functions that act on the canvas use a
    // block body and return nothing, or return plain values.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...RETURNS_CYTOSCAPE.map((selector) => ({
          selector,
          message:
            'this page function returns a Cytoscape object, which Playwright would copy whole: give it a block body',
        })),
      ],
    },
  },
);
