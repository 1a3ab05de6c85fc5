/**
 * A WebAssembly SIMD kernel for the column scan (see `ColumnVectors`): JavaScript reaches about one
 * multiply-add a nanosecond there, which made a long question's vector search cost ~16 ms at 100k passages.
 *
 *   accumulate4(scores, a, b, c, d, count, wa, wb, wc, wd)
 *     for i in 0 .. count step 4:  scores[i..i+4] += wa·a[i..i+4] + wb·b[i..i+4] + wc·c[i..i+4] + wd·d[i..i+4]
 *
 * `scores` is a float32 array, `a`–`d` int16 columns, all byte addresses in the imported memory; `count` is a
 * multiple of 4. The module is assembled here from its instructions (no toolchain needed); opcodes are those
 * of the WebAssembly core spec (SIMD: 0xFD prefix, LEB128 sub-opcode).
 */

const I32 = 0x7f;
const F32 = 0x7d;
const V128 = 0x7b;

const leb = (value: number): number[] => {
  const bytes: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    bytes.push(byte);
  } while (value !== 0);
  return bytes;
};
const section = (id: number, content: number[]): number[] => [id, ...leb(content.length), ...content];
const name = (text: string): number[] => [...leb(text.length), ...Buffer.from(text, 'latin1')];

const get = (local: number): number[] => [0x20, local];
const set = (local: number): number[] => [0x21, local];
const i32Const = (value: number): number[] => [0x41, ...leb(value)];
const simd = (opcode: number, ...immediates: number[]): number[] => [0xfd, ...leb(opcode), ...immediates];
const I32_ADD = 0x6a;
const I32_SHL = 0x74;
const I32_GE_U = 0x4f;
const V128_LOAD = 0x00;
const V128_LOAD16X4_S = 0x03;
const V128_STORE = 0x0b;
const F32X4_SPLAT = 0x13;
const F32X4_ADD = 0xe4;
const F32X4_MUL = 0xe6;
const F32X4_CONVERT_I32X4_S = 0xfa;

// Parameters 0–9: scores, a, b, c, d, count, wa, wb, wc, wd. Locals 10–12: i (byte offset into the columns),
// end, s (address of the scores at i); 13–16: the four weights splatted to vectors.
const [SCORES, COUNT, I, END, S] = [0, 5, 10, 11, 12];
const column = (index: number): number[] => [
  ...get(1 + index), ...get(I), I32_ADD, ...simd(V128_LOAD16X4_S, 3, 0),
  ...simd(F32X4_CONVERT_I32X4_S), ...get(13 + index), ...simd(F32X4_MUL), ...simd(F32X4_ADD),
];
const BODY = [
  ...[0, 1, 2, 3].flatMap((index) => [...get(6 + index), ...simd(F32X4_SPLAT), ...set(13 + index)]),
  ...get(COUNT), ...i32Const(1), I32_SHL, ...set(END),
  ...i32Const(0), ...set(I),
  0x02, 0x40, 0x03, 0x40, // block, loop
  ...get(I), ...get(END), I32_GE_U, 0x0d, 1, // exit the block when i ≥ end
  ...get(SCORES), ...get(I), ...i32Const(1), I32_SHL, I32_ADD, ...set(S),
  ...get(S), ...get(S), ...simd(V128_LOAD, 4, 0),
  ...column(0), ...column(1), ...column(2), ...column(3),
  ...simd(V128_STORE, 4, 0),
  ...get(I), ...i32Const(8), I32_ADD, ...set(I),
  0x0c, 0, // continue the loop
  0x0b, 0x0b, 0x0b, // end loop, block, function
];
const CODE = [2, 3, I32, 4, V128, ...BODY];

const MODULE = Uint8Array.from([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, [1, 0x60, 10, I32, I32, I32, I32, I32, I32, F32, F32, F32, F32, 0]),
  ...section(2, [1, ...name('env'), ...name('memory'), 0x02, 0x00, 0x00]),
  ...section(3, [1, 0]),
  ...section(7, [1, ...name('accumulate4'), 0x00, 0]),
  ...section(10, [1, ...leb(CODE.length), ...CODE]),
]);

// The few WebAssembly JavaScript API types used here: TypeScript ships them only with the DOM library.
/** A WebAssembly memory: one resizable ArrayBuffer the kernel addresses. */
export interface KernelMemory {
  readonly buffer: ArrayBuffer;
}
interface WebAssemblyApi {
  readonly Memory: new (descriptor: { initial: number }) => KernelMemory;
  readonly Module: new (bytes: Uint8Array) => object;
  readonly Instance: new (module: object, imports: object) => { readonly exports: Record<string, unknown> };
  validate(bytes: Uint8Array): boolean;
}
const wasm = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;

/** A zeroed memory of at least `bytes` bytes for the kernel. */
export function createKernelMemory(bytes: number): KernelMemory {
  return new wasm.Memory({ initial: Math.max(1, Math.ceil(bytes / 65536)) });
}

/** The kernel's signature: addresses in bytes, `count` a multiple of 4. */
export type Accumulate4 = (scores: number, a: number, b: number, c: number, d: number, count: number, wa: number, wb: number, wc: number, wd: number) => void;

/** Instantiates the kernel over `memory`; null when this runtime cannot run it. */
export function createAccumulate4(memory: KernelMemory): Accumulate4 | null {
  if (!wasm.validate(MODULE)) return null;
  const instance = new wasm.Instance(new wasm.Module(MODULE), { env: { memory } });
  return instance.exports['accumulate4'] as Accumulate4;
}
