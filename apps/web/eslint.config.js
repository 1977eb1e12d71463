import next from "@ums/eslint-config/next";

export default [
  // Written by Next itself on every build and dev run.
  { ignores: ["next-env.d.ts"] },
  ...next,
];
