// Client-safe: zod schemas and constants shared by the API and the web forms. No server code.
export * from "./activities";
export * from "./api-keys";
export * from "./auth";
export * from "./common-passwords";
export * from "./emails";
export * from "./fields";
export * from "./goals";
export * from "./imports";
export * from "./invitations";
export * from "./learning-events";
export * from "./organizations";
export * from "./phone-number";
export * from "./profile";
export * from "./skills";
export * from "./stats";
export * from "./users";
// Response shapes of the records (client-safe as well).
export * from "./records";
