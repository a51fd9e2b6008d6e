/** Raw-opcode builders for hostile pickles: each test spells its stream out. */
export function bytes(...parts: (string | number[] | Uint8Array)[]): Uint8Array {
  const chunks = parts.map((part) =>
    typeof part === 'string' ? Buffer.from(part, 'latin1') : Uint8Array.from(part),
  );
  return Buffer.concat(chunks);
}

/** SHORT_BINUNICODE */
export function str(text: string): Uint8Array {
  const encoded = Buffer.from(text, 'utf8');
  return bytes([0x8c, encoded.length], encoded);
}

export const PROTO4 = [0x80, 4];
export const STACK_GLOBAL = [0x93];
export const MEMOIZE = [0x94];
export const REDUCE = 'R';
export const STOP = '.';
export const TUPLE1 = [0x85];

export function global(module: string, name: string): string {
  return `c${module}\n${name}\n`;
}

/** `module.name(arg)` via GLOBAL, protocol 2. */
export function callGlobal(module: string, name: string, arg = 'id'): Uint8Array {
  return bytes([0x80, 2], global(module, name), str(arg), TUPLE1, REDUCE, STOP);
}
