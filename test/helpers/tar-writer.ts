/** Tar archives for tests of the tarball extractor. */

export interface TarMember {
  name: string;
  data?: string | Uint8Array;
  /** ustar type flag; '0' (a regular file) unless given. */
  type?: string;
  linkName?: string;
}

function field(header: Buffer, offset: number, length: number, value: string): void {
  header.write(value, offset, Math.min(Buffer.byteLength(value), length), 'utf8');
}

function octalField(header: Buffer, offset: number, length: number, value: number): void {
  field(header, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
}

function header(name: string, type: string, size: number, linkName: string): Buffer {
  const block = Buffer.alloc(512);
  field(block, 0, 100, name);
  octalField(block, 100, 8, 0o644);
  octalField(block, 108, 8, 0);
  octalField(block, 116, 8, 0);
  octalField(block, 124, 12, size);
  octalField(block, 136, 12, 0);
  block.fill(0x20, 148, 156);
  field(block, 156, 1, type);
  field(block, 157, 100, linkName);
  field(block, 257, 6, 'ustar\0');
  field(block, 263, 2, '00');
  let sum = 0;
  for (const byte of block) sum += byte;
  field(block, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return block;
}

const padding = (size: number) => Buffer.alloc((512 - (size % 512)) % 512);

/** `<length> path=<name>\n`, where the length counts its own digits. */
function paxPathRecord(name: string): Buffer {
  const body = ` path=${name}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length++;
  return Buffer.from(`${length}${body}`, 'utf8');
}

/**
 * A ustar archive as npm pack writes one: a name over 100 bytes gets a pax `path` record before
 * its header, as node-tar writes it.
 */
export function tarArchive(members: readonly TarMember[]): Buffer {
  const blocks: Buffer[] = [];
  for (const member of members) {
    const data =
      typeof member.data === 'string' || member.data === undefined
        ? Buffer.from(member.data ?? '', 'utf8')
        : Buffer.from(member.data);
    if (Buffer.byteLength(member.name) > 100) {
      const record = paxPathRecord(member.name);
      blocks.push(header('PaxHeader', 'x', record.length, ''), record, padding(record.length));
    }
    blocks.push(
      header(member.name, member.type ?? '0', data.length, member.linkName ?? ''),
      data,
      padding(data.length),
    );
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}
