/**
 * REST paths are written as OpenAPI templates (`/users/{user_id}`); Hono wants `/users/:user_id`.
 * UUID parameters match only UUID-like segments, so a static segment next to them
 * (`/users/profile` beside `/users/{user_id}`) can never be taken for an id, whatever the method.
 */

const parameterPattern = /\{([a-z_]+)\}/g;

/** Characters of a UUID-like segment; a static sibling segment must contain another character. */
export const uuidSegment = /^[0-9a-fA-F-]+$/;

export function pathParameters(template: string): string[] {
  return [...template.matchAll(parameterPattern)].map(([, name]) => name ?? "");
}

export function honoPath(template: string, uuidParameters: ReadonlySet<string>): string {
  return template.replace(parameterPattern, (_, name: string) =>
    uuidParameters.has(name) ? `:${name}{[0-9a-fA-F-]+}` : `:${name}`,
  );
}

/**
 * Registration order: at the first segment where two templates differ, a static segment comes
 * before a parameter. Hono runs matching routes in the order they were added.
 */
export function compareTemplates(a: string, b: string): number {
  const left = a.split("/");
  const right = b.split("/");
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const x = left[index] ?? "";
    const y = right[index] ?? "";
    if (x === y) continue;
    const xParam = x.startsWith("{");
    const yParam = y.startsWith("{");
    if (xParam !== yParam) return xParam ? 1 : -1;
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}

/**
 * Fails at start-up when a static segment could be read as a UUID parameter at the same place
 * (e.g. a future `/users/cafe` beside `/users/{user_id}`), instead of routing it wrongly.
 */
export function assertNoAmbiguousSegments(
  templates: readonly { template: string; uuidParameters: ReadonlySet<string> }[],
): void {
  for (const { template, uuidParameters } of templates) {
    const segments = template.split("/");
    segments.forEach((segment, index) => {
      const name = /^\{([a-z_]+)\}$/.exec(segment)?.[1];
      if (name === undefined || !uuidParameters.has(name)) return;
      const prefix = segments.slice(0, index).join("/");
      for (const other of templates) {
        const otherSegments = other.template.split("/");
        const sibling = otherSegments[index];
        if (
          sibling !== undefined &&
          !sibling.startsWith("{") &&
          otherSegments.slice(0, index).join("/") === prefix &&
          uuidSegment.test(sibling)
        ) {
          throw new Error(
            `REST path ${other.template}: "${sibling}" could be read as {${name}} of ${template}`,
          );
        }
      }
    });
  }
}
