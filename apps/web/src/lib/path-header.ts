/** The request header in which proxy.ts gives server components the path (and query) rendered. */
export const pathHeader = "x-ums-path";
