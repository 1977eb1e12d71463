import { parseArgs } from "node:util";

export interface BenchOptions {
  users: number;
  seconds: number;
  scenarios: string[] | undefined;
  concurrency: number[];
  reload: boolean;
  /** Write the API's V8 CPU profile and print the functions it spent its time in. */
  cpuProfile: boolean;
}

export const usage = `Usage: pnpm bench [--users 100000] [--duration 5] [--scenarios a,b] [--concurrency 1,10,50] [--reload] [--cpu-prof]`;

const positive = (text: string, name: string): number => {
  const value = Number(text.replaceAll("_", ""));
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive whole number`);
  return value;
};

export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      users: { type: "string", default: "100000" },
      duration: { type: "string", default: "5" },
      scenarios: { type: "string" },
      concurrency: { type: "string", default: "1,10,50" },
      reload: { type: "boolean", default: false },
      "cpu-prof": { type: "boolean", default: false },
    },
  });
  return {
    users: positive(values.users, "users"),
    seconds: positive(values.duration, "duration"),
    scenarios: values.scenarios
      ?.split(",")
      .map((name) => name.trim())
      .filter(Boolean),
    concurrency: values.concurrency.split(",").map((text) => positive(text.trim(), "concurrency")),
    reload: values.reload,
    cpuProfile: values["cpu-prof"],
  };
}
