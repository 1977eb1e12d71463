import type { z } from "zod";

import { appRouter } from "../root";
import type { ProcedureAccess, RestRoute } from "./procedure-meta";

/** One procedure served over REST, with what the REST layer and the reference need of it. */
export interface RestProcedure {
  /** the tRPC path, e.g. "users.get" */
  procedurePath: string;
  type: "query" | "mutation";
  route: RestRoute;
  access: ProcedureAccess;
  /** the input schema (undefined: the procedure takes no input) */
  input: z.ZodType | undefined;
  output: z.ZodType;
}

interface ProcedureDef {
  type: "query" | "mutation" | "subscription";
  meta?: { rest?: RestRoute; access?: ProcedureAccess };
  inputs: unknown[];
  output?: unknown;
}

/**
 * Every procedure of the router that has `meta.rest`, in the router's order. Throws at start-up
 * for a REST procedure that lacks what the REST layer relies on (an output schema, one input,
 * access metadata), so a half-declared route never reaches a caller.
 */
export function restProcedures(): RestProcedure[] {
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: ProcedureDef }>;
  return Object.entries(procedures).flatMap(([procedurePath, { _def: def }]) => {
    const route = def.meta?.rest;
    if (route === undefined) return [];
    const problem =
      def.type === "subscription"
        ? "is a subscription"
        : def.output === undefined
          ? "has no .output() schema"
          : def.inputs.length > 1
            ? "has more than one .input()"
            : def.meta?.access === undefined
              ? "has no access metadata (use a builder of trpc.ts)"
              : undefined;
    if (problem !== undefined || def.type === "subscription" || def.meta?.access === undefined) {
      throw new Error(`REST procedure ${procedurePath} ${problem ?? "is incomplete"}`);
    }
    return [
      {
        procedurePath,
        type: def.type,
        route,
        access: def.meta.access,
        input: def.inputs[0] as z.ZodType | undefined,
        output: def.output as z.ZodType,
      },
    ];
  });
}
