export { callerAs, testAvatarStorage, testMeta, testSettings } from "./callers";
export { explainRecordedQueries, indexScan, rowsRead, type ExplainOptions } from "./explain";
export { expectRefused, failure } from "./refusals";
export { createWorld, userActor, type OrgPeople, type World } from "./world";
