import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The UI owns the terminal: nothing in src/ may write to it directly.
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-console': 'error' },
  },
  {
    // Only the AWS layer and the sandbox talk to the SDK.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/aws/**', 'src/sandbox/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@aws-sdk/*', '@smithy/*'],
              message: 'Only src/aws/ and src/sandbox/ talk to the SDK.',
            },
          ],
        },
      ],
    },
  },
  {
    // The domain model is pure: no I/O, no React.
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'ink',
                'ink-*',
                'node:fs*',
                'node:http*',
                'node:net',
                '@aws-sdk/*',
                '../aws/*',
                '../sandbox/*',
                '../screens/*',
                '../components/*',
                '../hooks/*',
              ],
              message: 'src/model/ is pure.',
            },
          ],
        },
      ],
    },
  },
);
