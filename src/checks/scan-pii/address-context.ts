import type { Candidate } from './scanner.js';

/**
 * Whether a public dotted quad is an IP address or a version string (4.5.4.143, 11.0.2.54): the
 * digits cannot tell, the surroundings can. In order of strength: the field the value sits in
 * (`client_ip` against `app_version`), the bytes right next to it (the scanner's quadMark: a
 * requirement pin or a product token against a URL host, a port or `user@`), then the nearest
 * telling word before it in its field ("version", "build" against "ip", "host", "from"). Only a
 * quad with no evidence at all falls back on the shape of its digits.
 */

/** Confidence of each kind of evidence for an address. */
const BY_ADDRESS_FIELD = 0.95;
const BY_ADDRESS_MARK = 0.9;
const BY_ADDRESS_WORD = 0.85;
/** "from 81.2.69.160": a preposition, weaker than a noun. */
const WEAK_WORD_BOOST = 0.15;
/** A version: reported only at a min-confidence nobody sets. */
const VERSION = 0.05;
/** "upgraded to 4.5.4.143": a verb that goes with versions, weaker than a noun. */
const WEAK_VERSION_PENALTY = 0.25;
/** `key=…`, `name:…` or `name@…` that nothing names a login or an address: more often a pin or a tag. */
const ASSIGNED_PENALTY = 0.3;

const ADDRESS_WORDS = new Set([
  'ip',
  'ips',
  'ipv4',
  'ipv6',
  'ipaddr',
  'ipaddress',
  'addr',
  'address',
  'host',
  'hostname',
  'peer',
  'remote',
  'src',
  'dst',
  'destination',
  'dest',
  'gateway',
  'gw',
  'proxy',
  'dns',
  'nameserver',
  'resolver',
  'upstream',
  'endpoint',
  'forwarded',
  'xff',
  'wan',
  'connect',
  'connected',
  'connecting',
  'ping',
  'pinged',
  'ssh',
  'blocked',
  'banned',
  'allowlist',
  'denylist',
  'whitelist',
  'blacklist',
  'firewall',
  'traceroute',
  'nslookup',
]);

/** `ip6`, and compounds written as one word: `clientip`, `remoteaddr`, `srcip`, `publicipv4`. */
const ADDRESS_COMPOUND = /^(?:[a-z]{2,12})?(?:ipv?[46]?|ipaddr|ipaddress|addr)s?$/;
/** English words that end like such a compound. */
const NOT_COMPOUNDS = new Set([
  'chip',
  'ship',
  'skip',
  'clip',
  'strip',
  'trip',
  'flip',
  'whip',
  'equip',
  'drip',
  'grip',
  'snip',
  'slip',
  'tulip',
  'gossip',
  'hardship',
  'membership',
  'ownership',
  'relationship',
  'tooltip',
  'chips',
  'ships',
  'skips',
  'clips',
  'strips',
  'trips',
]);

/**
 * Words that go with addresses more often than not, but also name programs and their versions
 * ("client 4.5.4.143 crashed", "server release"): they lean, and as a field name they decide.
 */
const WEAK_ADDRESS_WORDS = new Set([
  'from',
  'via',
  'client',
  'server',
  'source',
  'origin',
  'visitor',
  'login',
  'logged',
  'connection',
  'router',
  'nat',
]);

const VERSION_WORDS = new Set([
  'version',
  'versions',
  'ver',
  'vers',
  'build',
  'builds',
  'bld',
  'release',
  'released',
  'releases',
  'rev',
  'revision',
  'firmware',
  'fw',
  'sdk',
  'driver',
  'drivers',
  'kernel',
  'package',
  'pkg',
  'wheel',
  'requires',
  'requirement',
  'pinned',
  'ua',
  'agent',
  'useragent',
]);

/** Verbs and nouns that go with versions more often than not ("upgraded to …", "v 1.2.3.4"). */
const WEAK_VERSION_WORDS = new Set([
  'v',
  'rel',
  'patch',
  'patched',
  'upgrade',
  'upgraded',
  'upgrading',
  'update',
  'updated',
  'updating',
  'downgrade',
  'downgraded',
  'bump',
  'bumped',
  'tag',
  'tagged',
  'install',
  'installed',
  'installing',
  'runtime',
  'toolkit',
  'library',
  'lib',
  'edition',
  'pin',
  // Products whose versions are written after their names: "app 120.3.4.5 crashed".
  'app',
  'apk',
  'ios',
  'android',
  'chrome',
  'firefox',
  'safari',
  'edge',
]);

/** Words that make `name@1.2.3.4` a user at a host: a remote login or copy. */
const LOGIN_WORDS = new Set([
  'ssh',
  'scp',
  'sftp',
  'rsync',
  'mosh',
  'sshfs',
  'telnet',
  'ansible',
  'login',
  'logged',
  'connect',
  'connected',
  'connecting',
  'host',
  'server',
  'ip',
]);

/** Account names that log in to machines (cloud images' defaults, service accounts). */
const LOGIN_USERS = new Set([
  'root',
  'ubuntu',
  'ec2-user',
  'admin',
  'administrator',
  'centos',
  'debian',
  'fedora',
  'opc',
  'azureuser',
  'core',
  'bitnami',
  'pi',
  'deploy',
  'git',
  'user',
  'vagrant',
]);

type Evidence = 'address' | 'weak-address' | 'version' | 'weak-version' | undefined;

function wordEvidence(word: string): Evidence {
  if (VERSION_WORDS.has(word) || word.includes('version')) return 'version';
  if (ADDRESS_WORDS.has(word) || (ADDRESS_COMPOUND.test(word) && !NOT_COMPOUNDS.has(word))) return 'address';
  if (WEAK_ADDRESS_WORDS.has(word)) return 'weak-address';
  if (WEAK_VERSION_WORDS.has(word)) return 'weak-version';
  return undefined;
}

const wordsOf = (text: string) =>
  text.split(/[^a-z0-9]+/).filter((word) => word !== '' && !/^\d+$/.test(word));

/**
 * What a field name says: the last telling word decides, as the head of an English compound
 * does (`client_ip`, `ip_version`, `user_agent`, `x-forwarded-for`, `build_host`).
 */
export function fieldEvidence(field: string | undefined): 'address' | 'version' | undefined {
  if (field === undefined || field === '') return undefined;
  const words = wordsOf(field.toLowerCase());
  for (let i = words.length - 1; i >= 0; i--) {
    const evidence = wordEvidence(words[i]!);
    if (evidence === 'address' || evidence === 'weak-address') return 'address';
    if (evidence === 'version') return evidence;
  }
  return undefined;
}

/**
 * The words before the value (numbers between are passed over): the nearest strong word decides;
 * without one, weak words for one side only ("from", "upgraded") lean, and weak words for both
 * sides ("upgraded from …") cancel out.
 */
function nearEvidence(before: string): Evidence {
  const words = wordsOf(before);
  let weakAddress = false;
  let weakVersion = false;
  for (let i = words.length - 1; i >= 0; i--) {
    const evidence = wordEvidence(words[i]!);
    if (evidence === 'address' || evidence === 'version') return evidence;
    if (evidence === 'weak-address') weakAddress = true;
    else if (evidence === 'weak-version') weakVersion = true;
  }
  if (weakAddress === weakVersion) return undefined;
  return weakAddress ? 'weak-address' : 'weak-version';
}

/**
 * `ssh ubuntu@…`, `root@…`: a user at a host. Anything else before an `@` (`lodash@…`,
 * `@scope/pkg@…`, `npm install acme@…`) is more often a package at a version.
 */
function isLoginAt(before: string): boolean {
  const name = /([\w.-]*)@$/.exec(before)?.[1] ?? '';
  return LOGIN_USERS.has(name.toLowerCase()) || wordsOf(before).some((word) => LOGIN_WORDS.has(word));
}

/** A network interface's name right before the `:` (Linux's predictable and classic names). */
const NETWORK_INTERFACE =
  /(?:^|[^a-z0-9])(?:eth|ens|enp|eno|enx|em|wlan|wlp|wlo|bond|br|docker|veth|virbr|tun|tap|ib|vlan|wg)\d[a-z0-9]*:$/;

/** Inside a user agent's comment, `(iPhone; iOS 17.0.3.1`, or right after its product token. */
const IN_USER_AGENT = /(?:\([^()"]*;[^()"]*|[a-z][\w.-]*\/\d[\w.]*\s*\([^()"]*)$/;

/**
 * Confidence that an IP_ADDRESS candidate is an address. `field` is the CSV column or key the
 * value sits in; `before` the lower-cased text before it inside its own field.
 */
export function scoreAddress(candidate: Candidate, field: string | undefined, before: string): number {
  const fieldSays = fieldEvidence(field);
  // Words count inside the value's own quoted field: `…Firefox/121.0" "81.2.69.160"` (a log's
  // user agent, then its forwarded-for address) are two fields.
  const near = before.slice(before.lastIndexOf('"') + 1).slice(-40);
  if (candidate.value.includes(':')) {
    // IPv6: no version string has this shape; only the evidence for an address counts.
    if (fieldSays === 'address') return BY_ADDRESS_FIELD;
    return nearEvidence(near) === 'address'
      ? Math.max(candidate.confidence, BY_ADDRESS_WORD)
      : candidate.confidence;
  }
  const mark = candidate.quadMark;
  const versionMark = mark === 'pinned' || mark === 'product' || mark === 'suffix';
  if (fieldSays === 'address' && !versionMark) return BY_ADDRESS_FIELD;
  if (versionMark) return VERSION;
  if (mark === 'url' || mark === 'port' || mark === 'cidr' || mark === 'login' || mark === 'log-host')
    return BY_ADDRESS_MARK;
  if (fieldSays === 'version') return VERSION;
  if (mark === 'at' && isLoginAt(near)) return BY_ADDRESS_MARK;
  // `ens5:89.17.6.46`, `eth0:…`: an interface and its address, not a tag.
  if (mark === 'tagged' && NETWORK_INTERFACE.test(near)) return BY_ADDRESS_MARK;
  const words = nearEvidence(near);
  if (words === 'version') return VERSION;
  if (words === 'address') return BY_ADDRESS_WORD;
  if (IN_USER_AGENT.test(before)) return VERSION;
  let confidence = candidate.confidence;
  if (mark === 'assigned' || mark === 'tagged' || mark === 'at') confidence -= ASSIGNED_PENALTY;
  if (words === 'weak-address') confidence += WEAK_WORD_BOOST;
  else if (words === 'weak-version') confidence -= WEAK_VERSION_PENALTY;
  return confidence;
}
