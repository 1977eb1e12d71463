// What the shared globalSetup hands to test files through vitest's provide/inject.
declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the test server's maintenance database; test databases are created beside it. */
    testServerUrl: string;
    /** Name of the migrated template database that test databases are cloned from. */
    testTemplateDatabase: string;
  }
}

export {};
