// The part of the WebAssembly API that engine.ts uses. Node has it at runtime, but @types/node 20
// does not declare it (TypeScript only does in lib.dom, which a server package should not pull in).
// A module, imported by engine.ts, so that packages type-checking @ums/db see it too.
declare global {
  namespace WebAssembly {
    type Exports = Record<string, unknown>;
    interface Module {
      readonly [Symbol.toStringTag]: "WebAssembly.Module";
    }
    const Module: new (bytes: Uint8Array) => Module;
    interface Instance {
      readonly exports: Exports;
    }
    const Instance: new (
      module: Module,
      imports?: Record<string, Record<string, unknown>>,
    ) => Instance;
  }
}

export {};
