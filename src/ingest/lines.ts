/**
 * Lines of a byte stream, for JSONL that may be many GB: memory holds one line at most, and a
 * line longer than `maxBytes` is reported as too long and skipped without being buffered.
 */

export type StreamLine =
  | { number: number; bytes: Uint8Array; tooLong: false }
  | { number: number; bytes: null; tooLong: true };

const NEWLINE = 0x0a;

export async function* streamLines(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
  onChunk?: (byteLength: number) => void,
): AsyncGenerator<StreamLine> {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  let number = 0;

  const take = (last: Uint8Array): StreamLine => {
    number++;
    const line: StreamLine = tooLong
      ? { number, bytes: null, tooLong: true }
      : { number, bytes: pending.length === 0 ? last : Buffer.concat([...pending, last]), tooLong: false };
    pending = [];
    pendingBytes = 0;
    tooLong = false;
    return line;
  };

  for await (const chunk of chunks) {
    onChunk?.(chunk.byteLength);
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE, start); nl !== -1; nl = chunk.indexOf(NEWLINE, start)) {
      const piece = chunk.subarray(start, nl);
      if (!tooLong && pendingBytes + piece.byteLength > maxBytes) tooLong = true;
      yield take(piece);
      start = nl + 1;
    }
    if (start < chunk.byteLength && !tooLong) {
      const rest = chunk.subarray(start);
      pendingBytes += rest.byteLength;
      if (pendingBytes > maxBytes) {
        tooLong = true;
        pending = [];
      } else {
        pending.push(rest);
      }
    }
  }
  if (pendingBytes > 0 || tooLong) yield take(new Uint8Array(0));
}
