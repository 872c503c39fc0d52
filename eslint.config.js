// ESLint flat config: eslint's and typescript-eslint's recommended rules over the product's code.
// Import cycles and layer rules are dependency-cruiser's job (npm run lint:deps), not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    // Generated (web/src/gql: GraphQL Codegen), built or installed code is not ours to lint.
    ignores: ['**/node_modules/**', 'dist/**', 'test-output/**', 'web/src/gql/**', '**/*.d.ts'],
  },
  {
    files: ['{server,geo,web/src,common,test,seeds,scripts}/**/*.{ts,tsx,mts,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `const { secret: _secret, ...rest } = row` is how the code drops a field; a leading
      // underscore marks a name as deliberately unused (also for required callback parameters).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Prettier keeps code within 120 characters; this catches the comments it leaves alone.
      // Strings, templates (SQL, GraphQL), URLs and regular expressions are not cut for length.
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreUrls: true, ignoreRegExpLiterals: true },
      ],
    },
  },
  {
    // Merged migrations are frozen byte for byte (SHA256SUMS): they keep the lines they were merged with.
    files: ['server/db/migrations/**'],
    rules: { 'max-len': 'off' },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Tests read GraphQL and SQL answers as plain JSON and check them with toMatchObject/toEqual;
    // typing every answer by hand would add no safety there (the assertion is the type check).
    // Product code keeps the rule.
    files: ['test/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
