// Writes a CSV shaped like real training data: epoch timestamps, ids, UUIDs, hashes, 4-part
// versions, token-id runs, floats, private IPs, free text; about 1% of rows carry PII.
// Usage: node bench/scan-pii/generate-throughput.mjs OUT.csv SIZE_MB [SEED]
import { createWriteStream } from 'node:fs';
import { makers, rng } from './synthetic.mjs';

const [out, sizeMb = '200', seed = '7'] = process.argv.slice(2);
if (!out) throw new Error('usage: generate-throughput.mjs OUT.csv SIZE_MB [SEED]');
const r = rng(Number(seed));
const m = makers(r);
const target = Number(sizeMb) * 1024 * 1024;
const stream = createWriteStream(out);
let written = 0;
let planted = 0;
const header =
  'row_id,created_at,user_id,session_id,review,label,score,token_ids,model_version,order_id,content_sha,client_ip,contact\n';
stream.write(header);
written += header.length;
let row = 0;
const piiMakers = [m.email, m.phone, m.ssn, m.card];
while (written < target) {
  const parts = [];
  for (let i = 0; i < 2000; i++) {
    row += 1;
    const pii = r.next() < 0.01;
    let review = m.sentence();
    let contact = '';
    if (pii) {
      planted += 1;
      if (r.next() < 0.5) review += ` contact me at ${r.pick(piiMakers)()}`;
      else contact = r.pick([m.email, m.phone])();
    }
    parts.push(
      `${row},${m.epoch()},${r.int(10_000_000, 99_999_999)},${m.uuid()},"${review}",${r.int(0, 1)},${m.float()},"${m.tokenIds()}",${m.version()},${m.orderId()},${m.hash()},${m.privateIp()},${contact}\n`,
    );
  }
  const text = parts.join('');
  written += Buffer.byteLength(text);
  if (!stream.write(text)) await new Promise((resolve) => stream.once('drain', resolve));
}
stream.end();
await new Promise((resolve) => stream.once('finish', resolve));
console.error(`wrote ${out}: ${(written / 1024 / 1024).toFixed(1)} MiB, ${row} rows, ${planted} with PII`);
