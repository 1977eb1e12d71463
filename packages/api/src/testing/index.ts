export { callerAs, testMeta, testSettings } from "./callers";
export { createWorld, type OrgPeople, type World } from "./world";
