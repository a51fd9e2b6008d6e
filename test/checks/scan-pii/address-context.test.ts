import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldEvidence } from '../../../src/checks/scan-pii/address-context.js';
import { keyBefore, scoreCandidate } from '../../../src/checks/scan-pii/context.js';
import { scanText } from '../../../src/checks/scan-pii/scanner.js';

/** The confidence of each dotted quad or IPv6 address on a text line, scored as a file scan does. */
function addressScores(line: string, field?: string): Array<[string, number]> {
  const found: Array<[string, number]> = [];
  scanText(line, (candidate) => {
    if (candidate.entity !== 'IP_ADDRESS') return;
    const before = line.slice(0, candidate.start);
    const context = { field: field ?? keyBefore(before), before: before.slice(-48).toLowerCase(), line };
    found.push([candidate.value, scoreCandidate(candidate, context)]);
  });
  return found;
}

describe('dotted quads: versions', () => {
  it.each([
    // Product tokens in user agents
    ['AcmeApp/4.5.4.143 (iPhone; iOS 17.0.3)', '4.5.4.143'],
    ['ua=AcmeSupport/3.10.5.160', '3.10.5.160'],
    ['Mozilla/5.0 (Linux; Android 14; Pixel 8) AcmeBrowser/124.0.61.122', '124.0.61.122'],
    ['"user_agent": "Acme 9.19.1.246 (Windows; 64-bit)"', '9.19.1.246'],
    ['(Linux; U; Acme 24.1.130.7; en-US)', '24.1.130.7'],
    // Keys and columns that hold versions
    ['{"app_version":"3.10.5.160"}', '3.10.5.160'],
    ['{"appVersion": "84.201.77.12"}', '84.201.77.12'],
    ['build: 201.33.150.17', '201.33.150.17'],
    ['client_ver = 88.12.201.5', '88.12.201.5'],
    // Words in the same field
    ['model version 9.19.1.246 loaded', '9.19.1.246'],
    ['version 8.12.18.115 fixed it', '8.12.18.115'],
    ['deployed release 120.4.66.201 to prod', '120.4.66.201'],
    ['firmware rev 77.12.0.190', '77.12.0.190'],
    ['upgraded to 4.5.4.143', '4.5.4.143'],
    // Requirement pins
    ['nvidia-cufft-cu12==11.0.2.54', '11.0.2.54'],
    ['nvidia-cudnn-cu12>=91.0.2.154', '91.0.2.154'],
    ['pkg~=200.1.2.3', '200.1.2.3'],
    ['"acme": "^131.2.0.44"', '131.2.0.44'],
    ['npm install acme@120.3.4.5', '120.3.4.5'],
    ['@acme/tools@99.1.2.3', '99.1.2.3'],
    ['"lodash@120.3.4.5":', '120.3.4.5'],
    ['resolved acme-sdk@81.2.69.160 from the lock file', '81.2.69.160'],
    // Suffixes
    ['torch 211.0.1.5+cu118', '211.0.1.5'],
    ['wheel 81.2.69.160-py3', '81.2.69.160'],
    // Products named before their versions, and XML elements
    ['app 120.3.4.5 crashed on launch', '120.3.4.5'],
    ['<version>120.3.4.5</version>', '120.3.4.5'],
    ['<dependency><artifactId>acme</artifactId><version>99.1.2.3</version>', '99.1.2.3'],
    // Container tags
    ['image: acme/serve:120.4.66.201', '120.4.66.201'],
  ])('%j: %s is a version', (line, quad) => {
    const scores = addressScores(line);
    expect(scores.map(([value]) => value)).toContain(quad);
    for (const [value, confidence] of scores) if (value === quad) expect(confidence).toBeLessThan(0.5);
  });
});

describe('dotted quads: addresses', () => {
  it.each([
    // Access logs
    ['81.2.69.160 - - [10/Oct/2026:13:55:36 -0700] "GET /v1/predict HTTP/1.1" 200 512', 0.9],
    ['5.61.12.34 - alice [10/Oct/2026:13:55:36 +0000] "POST /chat HTTP/2.0" 201 88', 0.9],
    // Keys and columns
    ['{"client": {"ip": "4.5.4.143"}}', 0.95],
    ['{"client.ip": "5.61.12.34"}', 0.95],
    ['remote_addr=11.0.2.54', 0.95],
    ['X-Forwarded-For: 9.19.1.246', 0.95],
    ['"peer": "8.12.18.115"', 0.95],
    ['HOST=81.2.69.160', 0.95],
    ['<RemoteAddr>4.5.4.143</RemoteAddr>', 0.95],
    ['<client ip="81.2.69.160"/>', 0.95],
    // Server logs
    ['sshd[811]: Accepted publickey for ubuntu from 81.2.69.160 port 52144 ssh2', 0.85],
    ['sshd[811]: Connection closed by 4.5.4.143 port 22 [preauth]', 0.9],
    ['[UFW BLOCK] IN=eth0 SRC=81.2.69.160 DST=10.0.0.5 PROTO=TCP', 0.95],
    ['[client 9.19.1.246:52312] AH01630: client denied by server configuration', 0.9],
    // user@host, URLs, ports, networks
    ['ssh ubuntu@196.170.84.124', 0.9],
    ['scp model.bin deploy@4.5.4.143:/srv', 0.9],
    ['root@81.2.69.160', 0.9],
    ['jane@9.19.1.246:~$ nvidia-smi', 0.9],
    ['git clone git@4.5.4.143', 0.9],
    ['curl http://9.19.1.246/health', 0.9],
    ['listening on 81.2.69.160:8443', 0.9],
    ['blocked 81.2.69.0/24', 0.9],
    // Free text
    ['my IP is 4.5.4.143', 0.85],
    ['the request came from 81.2.69.160', 0.85],
    ['connected to host 9.19.1.246 after retry', 0.85],
    ['see 81.2.69.160', 0.7],
  ])('%j is an address (%f)', (line, confidence) => {
    const scores = addressScores(line);
    expect(scores).toHaveLength(1);
    expect(scores[0]![1]).toBe(confidence);
  });

  it('reads every address of an X-Forwarded-For list', () => {
    expect(addressScores('X-Forwarded-For: 81.2.69.160, 4.5.4.143').map(([, c]) => c)).toEqual([0.95, 0.85]);
  });

  it('lets a weak word lean only when nothing stronger is near', () => {
    // "from" leans towards an address, "upgraded" towards a version; together they cancel out.
    expect(addressScores('request from 5.61.12.34')).toEqual([['5.61.12.34', 0.85]]);
    expect(addressScores('request from 4.5.4.143')).toEqual([['4.5.4.143', 0.55]]);
    expect(addressScores('upgraded from 4.5.4.143')).toEqual([['4.5.4.143', 0.4]]);
    expect(addressScores('upgraded from 81.2.69.160')).toEqual([['81.2.69.160', 0.7]]);
    expect(addressScores('ip updated to 81.2.69.160')).toEqual([['81.2.69.160', 0.85]]);
  });

  it('lets the field decide over the words, and a pin or product token over the field', () => {
    expect(addressScores('version 4.5.4.143', 'client_ip')).toEqual([['4.5.4.143', 0.95]]);
    expect(addressScores('host 81.2.69.160', 'app_version')).toEqual([['81.2.69.160', 0.05]]);
    expect(addressScores('pkg==81.2.69.160', 'client_ip')).toEqual([['81.2.69.160', 0.05]]);
    expect(addressScores('http://81.2.69.160/', 'build')).toEqual([['81.2.69.160', 0.9]]);
  });

  it('takes a key `=` as a lean towards a version unless the key names an address', () => {
    expect(addressScores('cudatoolkit=81.2.69.160')).toEqual([['81.2.69.160', 0.4]]);
    expect(addressScores('server=4.5.4.143')).toEqual([['4.5.4.143', 0.95]]);
    expect(addressScores('client:81.2.69.160')).toEqual([['81.2.69.160', 0.95]]);
  });

  it('scores IPv6 addresses on the evidence for an address only', () => {
    expect(addressScores('2600:3c00:6901:7e57:94e:a623:fe37:34cb')).toEqual([
      ['2600:3c00:6901:7e57:94e:a623:fe37:34cb', 0.75],
    ]);
    expect(addressScores('{"ip6": "2600:3c00::f03c:91ff:fe93:1234"}')).toEqual([
      ['2600:3c00::f03c:91ff:fe93:1234', 0.95],
    ]);
    expect(addressScores('version 2600:3c00::f03c:91ff:fe93:1234')).toEqual([
      ['2600:3c00::f03c:91ff:fe93:1234', 0.75],
    ]);
    expect(addressScores('peer 2a03:2880:f12f:83:face:b00c::25de.')).toEqual([
      ['2a03:2880:f12f:83:face:b00c::25de', 0.85],
    ]);
  });
});

describe('fieldEvidence', () => {
  it.each([
    ['client_ip', 'address'],
    ['clientip', 'address'],
    ['remote_addr', 'address'],
    ['x-forwarded-for', 'address'],
    ['client.ip', 'address'],
    ['ip_address', 'address'],
    ['build_host', 'address'],
    ['app_version', 'version'],
    ['appversion', 'version'],
    ['ip_version', 'version'],
    ['user_agent', 'version'],
    ['ua', 'version'],
    ['client_ver', 'version'],
    ['notes', undefined],
    ['zip', undefined],
    ['tip', undefined],
    ['', undefined],
    [undefined, undefined],
  ] as const)('%j says %s', (field, expected) => {
    expect(fieldEvidence(field)).toBe(expected);
  });

  it('never throws and says one of three things for any field name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (field) => {
        expect([undefined, 'address', 'version']).toContain(fieldEvidence(field));
      }),
    );
  });
});

describe('addresses in shapes a blind field test found', () => {
  it('reads a quoted forwarded-for address after a browser user agent on its own', () => {
    const line =
      '81.2.69.160 - - [10/Oct/2026:13:55:36 +0000] "GET / HTTP/1.1" 200 512 "-" ' +
      '"Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0" "138.142.27.212"';
    expect(addressScores(line)).toEqual([
      ['81.2.69.160', 0.9],
      ['138.142.27.212', 0.7],
    ]);
  });

  it('finds an IPv6 client after a virtual host and its port', () => {
    expect(
      addressScores('chat.acme-ai.com:443 2804:14c:65a2::799a:233e - - [10/Oct/2026:13:55:36 +0000]'),
    ).toEqual([['2804:14c:65a2::799a:233e', 0.75]]);
  });

  it('reads `interface:address` as an address, not a tag', () => {
    expect(addressScores('NCCL INFO Bootstrap : Using ens5:89.17.6.46<0>')).toEqual([['89.17.6.46', 0.9]]);
    expect(addressScores('inet eth0:4.5.4.143')).toEqual([['4.5.4.143', 0.9]]);
  });
});
