// Client-safe: zod schemas and constants shared by the API and the web forms. No server code.
export * from "./api-keys";
export * from "./fields";
export * from "./goals";
export * from "./organizations";
export * from "./profile";
export * from "./skills";
export * from "./users";
