import { Transform, type Writable } from "node:stream";
import { finished } from "node:stream/promises";

/**
 * Write text to a stream with backpressure: wait for `drain` when the stream's buffer is full, so a
 * large export is paced by the disk (or the client) rather than piling up in memory.
 */
export function textWriter(out: Writable) {
  const done = finished(out);
  // Keep an early failure from becoming an unhandled rejection before `end` awaits it.
  done.catch(() => {});
  return {
    async write(chunk: string): Promise<void> {
      if (out.destroyed) throw new Error("output closed");
      if (!out.write(chunk, "utf8")) await new Promise<void>((resolve, reject) => {
        const onDrain = () => (out.off("error", onError), resolve());
        const onError = (e: Error) => (out.off("drain", onDrain), reject(e));
        out.once("drain", onDrain).once("error", onError);
      });
    },
    async end(): Promise<void> {
      out.end();
      await done;
    },
    fail(e: unknown): void {
      out.destroy(e instanceof Error ? e : new Error(String(e)));
    },
  };
}

/**
 * Gather small chunks into blocks of about `size` bytes before they reach `out`. pdfkit pushes each
 * object's pieces as chunks of a few bytes; written one by one to a file, that was a system call per
 * piece (issue 13).
 */
export function coalesce(size = 64 * 1024): Transform {
  let parts: Buffer[] = [];
  let length = 0;
  return new Transform({
    writableHighWaterMark: size,
    transform(chunk: Buffer, _encoding, callback) {
      parts.push(chunk);
      length += chunk.length;
      if (length >= size) {
        this.push(Buffer.concat(parts, length));
        parts = [];
        length = 0;
      }
      callback();
    },
    flush(callback) {
      if (length) this.push(Buffer.concat(parts, length));
      callback();
    },
  });
}
