// The part of the WebAssembly API that engine.ts uses. Node has it at runtime, but @types/node 20
// does not declare it (TypeScript only does in lib.dom, which a server package should not pull in).
declare namespace WebAssembly {
  type Exports = Record<string, unknown>;
  class Module {
    constructor(bytes: Uint8Array);
  }
  class Instance {
    constructor(module: Module, imports?: Record<string, Record<string, unknown>>);
    readonly exports: Exports;
  }
}
