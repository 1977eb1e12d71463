import js from "@eslint/js";
import tseslint from "typescript-eslint";

/**
 * Shared rules for every TypeScript package. Type-aware, so mistakes such as a
 * forgotten `await` or a non-null assertion are caught before review.
 */
export default tseslint.config(
  { ignores: ["**/dist/**", "**/.next/**", "**/src/generated/**", "**/*.config.*"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Plain .js/.mjs scripts sit outside the TypeScript projects; lint them with defaults.
        projectService: { allowDefaultProject: ["*.js", "*.mjs", "scripts/*.mjs"] },
      },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { prefer: "type-imports", fixStyle: "separate-type-imports" },
      ],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-non-null-assertion": "error",
      "no-console": "off",
    },
  },
);
