import type { z } from "zod";

type Shape = Record<string, z.ZodType>;

interface Def {
  type: string;
  shape?: Shape;
  in?: z.ZodType;
  innerType?: z.ZodType;
  format?: string;
}

const defOf = (schema: z.ZodType): Def => schema._zod.def;

/**
 * The fields of an input schema that is an object (possibly refined, or piped into a transform):
 * what path parameters, query parameters and body properties are made of. Undefined for an input
 * that is not an object.
 */
export function objectShape(schema: z.ZodType | undefined): Shape | undefined {
  if (schema === undefined) return undefined;
  const def = defOf(schema);
  if (def.type === "object") return def.shape;
  if (def.type === "pipe" && def.in !== undefined) return objectShape(def.in);
  return undefined;
}

/** The schema under optional/nullable/default wrappers. */
function unwrapped(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  const wrappers = ["optional", "nullable", "default", "prefault", "readonly", "catch"];
  return wrappers.includes(def.type) && def.innerType !== undefined
    ? unwrapped(def.innerType)
    : schema;
}

/** Whether a field takes a list (a query parameter that may repeat). */
export const isArrayField = (schema: z.ZodType): boolean =>
  defOf(unwrapped(schema)).type === "array";

/** Whether a field is a UUID string (its path parameter can be told apart from static segments). */
export const isUuidField = (schema: z.ZodType): boolean => {
  const def = defOf(unwrapped(schema));
  return def.type === "string" && def.format === "uuid";
};
