type PackedArray = Uint32Array | Uint16Array;

const MAGIC = 'storydesk-arrays-1';

/**
 * Packs named typed arrays into one byte buffer: a JSON header (names, types, lengths) then the arrays,
 * 4-byte aligned, so that loading is a few views over one read instead of parsing.
 */
export function packArrays(arrays: Readonly<Record<string, PackedArray>>, meta: Record<string, unknown> = {}): Uint8Array {
  const entries = Object.entries(arrays).map(([name, array]) => ({
    name,
    type: array instanceof Uint32Array ? 'u32' : 'u16',
    length: array.length,
  }));
  const header = Buffer.from(JSON.stringify({ magic: MAGIC, meta, entries }), 'utf8');
  const headerSize = Math.ceil((4 + header.length) / 4) * 4;
  let size = headerSize;
  for (const array of Object.values(arrays)) size += Math.ceil(array.byteLength / 4) * 4;
  const bytes = new Uint8Array(size);
  new DataView(bytes.buffer).setUint32(0, header.length, true);
  bytes.set(header, 4);
  let at = headerSize;
  for (const array of Object.values(arrays)) {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at += Math.ceil(array.byteLength / 4) * 4;
  }
  return bytes;
}

/** Reads what `packArrays` wrote. Throws a RangeError naming what is wrong when the bytes are not such a pack. */
export function unpackArrays(bytes: Uint8Array): { arrays: Record<string, PackedArray>; meta: Record<string, unknown> } {
  if (bytes.byteLength < 4) throw new RangeError('too short to hold a header');
  // Typed views need 4-byte alignment: copy only when the bytes start at an unaligned offset (a small Buffer
  // from a shared pool); a large file read lands at offset 0 and is viewed in place, not held twice.
  const aligned = bytes.byteOffset === 0 ? bytes : Uint8Array.from(bytes);
  const headerLength = new DataView(aligned.buffer, aligned.byteOffset).getUint32(0, true);
  if (4 + headerLength > aligned.byteLength) throw new RangeError('header runs past the end');
  let header: { magic?: unknown; meta?: Record<string, unknown>; entries?: { name: string; type: string; length: number }[] };
  try {
    header = JSON.parse(Buffer.from(aligned.buffer, aligned.byteOffset + 4, headerLength).toString('utf8'));
  } catch {
    throw new RangeError('header is not valid JSON');
  }
  if (header.magic !== MAGIC || !Array.isArray(header.entries)) throw new RangeError('not a packed array file');
  const arrays: Record<string, PackedArray> = {};
  let at = Math.ceil((4 + headerLength) / 4) * 4;
  for (const entry of header.entries) {
    const width = entry.type === 'u32' ? 4 : 2;
    if (at + entry.length * width > aligned.byteLength) throw new RangeError(`array ${entry.name} runs past the end`);
    arrays[entry.name] = width === 4 ? new Uint32Array(aligned.buffer, at, entry.length) : new Uint16Array(aligned.buffer, at, entry.length);
    at += Math.ceil((entry.length * width) / 4) * 4;
  }
  return { arrays, meta: header.meta ?? {} };
}
