import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const engineBoundary = {
  patterns: [
    { group: ['next', 'next/*', 'react', 'react/*', '@prisma/*', 'node:*', '**/db/**', '**/services/**', '**/generated/**', '@/*'], message: 'lib/engine is pure TypeScript: no Next.js, React, Prisma, Node I/O or app layers.' },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['node_modules/**', '.next/**', '.cache/**', 'lib/generated/**', 'data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import/no-anonymous-default-export': 'off',
    },
  },
  {
    files: ['lib/engine/**/*.ts'],
    ignores: ['lib/engine/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', engineBoundary], 'no-restricted-globals': ['error', 'process'] },
  },
  {
    files: ['components/**/*.tsx', 'components/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/lib/db/client', '@/lib/services/*', '**/generated/**'], message: 'Components render; they never touch the database.' }] }],
    },
  },
];

export default config;
