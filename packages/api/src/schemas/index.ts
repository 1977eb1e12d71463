// Client-safe: zod schemas and constants shared by the API and the web forms. No server code.
export * from "./api-keys";
export * from "./fields";
export * from "./organizations";
export * from "./profile";
export * from "./users";
