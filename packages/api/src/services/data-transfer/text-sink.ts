import { once } from "node:events";
import type { Writable } from "node:stream";

/** Where an export writes its text; `write` resolves when more may be written (backpressure). */
export interface TextSink {
  write(text: string): Promise<void>;
}

/** A sink over a Node stream (a file): waits for `drain` when the stream's buffer is full. */
export function streamSink(stream: Writable): TextSink & { close(): Promise<void> } {
  return {
    async write(text) {
      if (!stream.write(text, "utf8")) await once(stream, "drain");
    },
    async close() {
      stream.end();
      await once(stream, "finish");
    },
  };
}

/** A sink that keeps everything in a string: for tests and small examples only. */
export function stringSink(): TextSink & { text(): string } {
  const chunks: string[] = [];
  return {
    write(text) {
      chunks.push(text);
      return Promise.resolve();
    },
    text: () => chunks.join(""),
  };
}
