// Reading a wasm module's binary layout, for the build scripts that
// rewrite or measure it (scripts/short-names.mjs, scripts/size.mjs).

/** Reads the unsigned LEB128 at `pos`: [value, next position]. */
export function leb(bytes, pos) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[pos++];
    if (b === undefined) throw new Error("wasm: truncated LEB128");
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, pos];
    if (shift > 35) throw new Error("wasm: LEB128 too long");
  }
}

/**
 * The sections of `wasm` after its 8-byte header, in order: each one's
 * `id`, where it `start`s (its id byte), where its `body` starts and where
 * it `end`s.
 */
export function* sections(wasm) {
  let start = 8;
  while (start < wasm.length) {
    const id = wasm[start];
    const [size, body] = leb(wasm, start + 1);
    yield { id, start, body, end: body + size };
    start = body + size;
  }
}
