import base from "@ums/eslint-config/base";

export default [
  // What a run leaves behind: the HTML report (with the trace viewer's scripts), traces, logs.
  { ignores: ["playwright-report/**", "test-results/**", ".runtime/**"] },
  ...base,
];
