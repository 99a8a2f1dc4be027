// Decodes the PNGs browsers write (8-bit RGB or RGBA, not interlaced) and
// compares two of them pixel by pixel, for tests that check a screenshot
// is reproducible.
import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";

/** `{ width, height, channels, pixels }` of the PNG at `path`. */
export function decodePng(path) {
  const png = readFileSync(path);
  let width, height, channels;
  const data = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString("ascii", at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") {
      if (body[8] !== 8 || body[12] !== 0 || ![2, 6].includes(body[9])) throw new Error(`${path}: not 8-bit RGB(A)`);
      [width, height, channels] = [body.readUInt32BE(0), body.readUInt32BE(4), body[9] === 6 ? 4 : 3];
    }
    if (type === "IDAT") data.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? pixels[y * stride + x - channels] : 0;
      const up = y ? pixels[(y - 1) * stride + x] : 0;
      const corner = x >= channels && y ? pixels[(y - 1) * stride + x - channels] : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - corner;
        const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - corner)];
        predicted = a <= b && a <= c ? left : b <= c ? up : corner;
      }
      pixels[y * stride + x] = (line[x] + predicted) & 255;
    }
  }
  return { width, height, channels, pixels };
}

/** How two PNGs differ: `{ sameSize, differing, largest, total }` (pixels differing, largest channel difference, pixels in all). */
export function comparePngs(pathA, pathB) {
  const [a, b] = [decodePng(pathA), decodePng(pathB)];
  if (a.width !== b.width || a.height !== b.height || a.channels !== b.channels) {
    return { sameSize: false, differing: a.width * a.height, largest: 255, total: a.width * a.height };
  }
  let differing = 0;
  let largest = 0;
  for (let i = 0; i < a.pixels.length; i += a.channels) {
    let delta = 0;
    for (let c = 0; c < a.channels; c++) delta = Math.max(delta, Math.abs(a.pixels[i + c] - b.pixels[i + c]));
    if (delta) differing++;
    largest = Math.max(largest, delta);
  }
  return { sameSize: true, differing, largest, total: a.width * a.height };
}
