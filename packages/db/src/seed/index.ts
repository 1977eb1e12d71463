export { demoInvitationToken, seedDemoData, type DemoAccount, type SeedResult } from "./seed";
export { demoPassword } from "./demo-data";
