// Reads the alpha channel of a PNG (8-bit, not interlaced: what Chromium writes) with node:zlib, so
// the e2e tests can tell a transparent export from a white one without an image library.
import zlib from 'node:zlib';

export interface AlphaCounts {
  width: number;
  height: number;
  colorType: number;
  transparent: number;
  opaque: number;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Counts fully transparent (alpha 0) and fully opaque (alpha 255) pixels; a PNG without alpha is all opaque. */
export function alphaCounts(png: Buffer): AlphaCounts {
  if (png.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a')
    throw new Error('alphaCounts: not a PNG (signature differs)');
  let offset = 8;
  let ihdr: Buffer | undefined;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') ihdr = body;
    if (type === 'IDAT') idat.push(body);
    if (type === 'IEND') break;
    offset += 12 + length;
  }
  if (!ihdr) throw new Error('alphaCounts: the PNG has no IHDR chunk');
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const [bitDepth, colorType, , , interlace] = [ihdr[8]!, ihdr[9]!, ihdr[10], ihdr[11], ihdr[12]];
  const channels = CHANNELS[colorType];
  if (bitDepth !== 8 || !channels || interlace !== 0)
    throw new Error(
      `alphaCounts: reads 8-bit non-interlaced grey/RGB(A) only, got depth ${bitDepth}, colour type ${colorType}, interlace ${interlace}`,
    );
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  let prev = Buffer.alloc(stride);
  let transparent = 0;
  let opaque = 0;
  for (let y = 0; y < height; y++) {
    const start = y * (stride + 1);
    const filter = raw[start]!;
    const line = Buffer.from(raw.subarray(start + 1, start + 1 + stride));
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? line[i - channels]! : 0;
      const up = prev[i]!;
      const upLeft = i >= channels ? prev[i - channels]! : 0;
      const add =
        filter === 0
          ? 0
          : filter === 1
            ? left
            : filter === 2
              ? up
              : filter === 3
                ? (left + up) >> 1
                : filter === 4
                  ? paeth(left, up, upLeft)
                  : NaN;
      if (Number.isNaN(add)) throw new Error(`alphaCounts: unknown filter ${filter} on row ${y}`);
      line[i] = (line[i]! + add) & 0xff;
    }
    if (colorType === 4 || colorType === 6) {
      for (let i = channels - 1; i < stride; i += channels) {
        if (line[i] === 0) transparent++;
        else if (line[i] === 255) opaque++;
      }
    } else opaque += width;
    prev = line;
  }
  return { width, height, colorType, transparent, opaque };
}
