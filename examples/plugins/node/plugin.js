#!/usr/bin/env node
// An example out-of-process factcheck plugin in Node.js. It flags percentages
// stated without a source in the same sentence ("rose 40%", "fell 3.5 per
// cent", "a 5-percentage-point lead") as rule `unattributed-percentage`.
// examples/plugins/python/plugin.py is the same checker in Python; both must
// give exactly the same findings (examples/plugins/run-example-tests.sh).
//
// Started by the host (`command:`), it serves on a unix socket in a private
// temporary folder and prints the handshake line; started by hand, it serves
// on the address given with --listen. See README.md beside this file.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { parseArgs } = require('node:util');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const PROTO_FILE = 'factcheck/v1/checker.proto';

// The folder of factcheck's .proto files: $FACTCHECK_PROTO_DIR, else this
// repository's proto/ when the example runs from it, else an installed
// factcheck's (pkg-config --variable=protodir factcheck), so a copy of this
// folder works anywhere factcheck is installed.
function findProtoDir() {
  const installed = () => {
    try {
      return require('node:child_process').execFileSync('pkg-config',
        ['--variable=protodir', 'factcheck'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return ''; // No pkg-config, or no installed factcheck.
    }
  };
  for (const candidate of [() => process.env.FACTCHECK_PROTO_DIR,
    () => path.join(__dirname, '..', '..', '..', 'proto'), installed]) {
    const dir = candidate();
    if (dir && fs.existsSync(path.join(dir, PROTO_FILE))) return dir;
  }
  console.error(`cannot find ${PROTO_FILE}: set FACTCHECK_PROTO_DIR to factcheck's proto ` +
    'folder (PREFIX/share/factcheck/proto)');
  process.exit(1);
}
const PROTO_DIR = findProtoDir();
const PROTOCOL_VERSION = 1;

// The protocol, read from the .proto at start-up. keepCase keeps
// the field names of the .proto (protocol_version, config_dir); oneofs tells
// which kind of value each option has.
const { factcheck: { v1: pb } } = grpc.loadPackageDefinition(
  protoLoader.loadSync(PROTO_FILE, {
    includeDirs: [PROTO_DIR], keepCase: true, enums: String, defaults: true, oneofs: true,
  }));

// --- The checker -------------------------------------------------------------
// The patterns are written identically in plugin.py. They use explicit
// character classes and no case-insensitive flag, so that Python and
// JavaScript agree on every character; the text is matched after folding
// A-Z to a-z, which keeps every index in place.

const SPACE = String.raw`[ \t\r\n\u00a0\u202f]`; // Including no-break spaces: "40\u00a0%".
const NUMBER = String.raw`(?<![A-Za-z0-9_.,])[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?`;
const UNIT = String.raw`(?:${SPACE}?%|${SPACE}*per${SPACE}*cent(?![A-Za-z0-9_])` +
  String.raw`|(?:${SPACE}|-)+percentage(?:${SPACE}|-)+points?(?![A-Za-z0-9_]))`;
// A change word just before the figure becomes part of the claim: "rose 40%".
const CHANGE_WORDS = ['rose', 'rise', 'rises', 'fell', 'fall', 'falls', 'grew', 'jumped', 'climbed',
  'dropped', 'declined', 'increased', 'decreased', 'gained', 'lost', 'up', 'down'];
const PERCENTAGE = new RegExp(
  String.raw`(?:(?<![A-Za-z0-9_])(?:${CHANGE_WORDS.join('|')})(?:${SPACE}+by)?${SPACE}+)?` +
  `(${NUMBER}${UNIT})`, 'g');
// Words that attribute a figure anywhere in its sentence; `attribution_words`
// adds to them. "per" ("per the ministry") is left out: it is also "per cent".
const ATTRIBUTION_WORDS = ['according to', 'said', 'says', 'say', 'told', 'reported', 'estimated',
  'estimates', 'survey', 'surveys', 'poll', 'polls', 'study', 'studies',
  'figures from', 'figures by', 'data from', 'data by'];
// A parenthesis opening on a capital letter names a source: "(ONS)", "(Source: Eurostat)".
const SOURCE_IN_PARENTHESES = new RegExp(String.raw`\(${SPACE}*[A-Z]`);

// A-Z to a-z and nothing else, so that the length never changes.
const fold = (text) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

// The words of a phrase, split at spaces.
const wordsOf = (phrase) => fold(phrase).split(new RegExp(`${SPACE}+`)).filter(Boolean);

// One pattern for whole words and phrases; a space in a phrase matches any run of spaces.
function attributionPattern(phrases) {
  const escape = (word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternatives = phrases.map((p) => wordsOf(p).map(escape).join(`${SPACE}+`));
  return new RegExp(`(?<![A-Za-z0-9_])(?:${alternatives.join('|')})(?![A-Za-z0-9_])`);
}

// The sentence's checkable text, markup left out, and its pieces as
// {at: index in that text, begin: byte offset in the document, piece}.
function proseOf(data, sentence) {
  const pieces = [];
  let at = 0;
  for (const segment of sentence.segments) {
    const piece = data.subarray(segment.begin, segment.end).toString('utf8');
    if (piece) {
      pieces.push({ at, begin: segment.begin, piece });
      at += piece.length;
    }
  }
  return { prose: pieces.map((p) => p.piece).join(''), pieces };
}

// Where index (in UTF-16 units of the joined prose) is in the document, in
// UTF-8 bytes. An end index maps to the end of the piece it closes.
function byteOffset(pieces, index, end = false) {
  for (const { at, begin, piece } of pieces) {
    if (index < at + piece.length || (end && index === at + piece.length)) {
      return begin + Buffer.byteLength(piece.slice(0, index - at), 'utf8');
    }
  }
  throw new Error('index outside the sentence');
}

// The findings for one document.
function findUnattributed(document, attribution) {
  const data = Buffer.from(document.text, 'utf8');
  const findings = [];
  for (const sentence of document.sentences) {
    const { prose, pieces } = proseOf(data, sentence);
    const folded = fold(prose);
    if (attribution.test(folded) || SOURCE_IN_PARENTHESES.test(prose)) continue;
    for (const match of folded.matchAll(PERCENTAGE)) {
      const end = match.index + match[0].length;
      const claim = prose.slice(match.index, end).replace(new RegExp(`${SPACE}+`, 'g'), ' ');
      findings.push({
        rule: 'unattributed-percentage',
        span: { begin: byteOffset(pieces, end - match[1].length), end: byteOffset(pieces, end, true) },
        verdict: 'VERDICT_NEEDS_VERIFICATION',
        claim,
        message: `No source is given in this sentence for "${claim}"; name where the figure comes from.`,
      });
    }
  }
  return findings;
}

// --- The gRPC service ---------------------------------------------------------

// How a configuration value reads in an error message.
// protobufjs builds google.protobuf.Value in camelCase (listValue), keepCase or not.
const KINDS = { nullValue: 'nothing', numberValue: 'a number', stringValue: 'a string',
  boolValue: 'true/false', structValue: 'a mapping', listValue: 'a list' };
const kindOf = (value) => KINDS[value.kind] || 'nothing';

// One pattern per configuration id, so that hosts with different options can
// share one server (endpoint:); '' is a host that sends no id.
const configurations = new Map([['', attributionPattern(ATTRIBUTION_WORDS)]]);

const service = {
  Describe(call, callback) {
    callback(null, {
      name: 'percentages', version: '1.0.0', protocol_version: PROTOCOL_VERSION,
      rules: [{ id: 'unattributed-percentage',
        summary: 'A percentage with no source named in its sentence.' }],
      options: [{ name: 'attribution_words', type: 'list of strings',
        summary: 'More words that name a source, e.g. ["per the", noted].' }],
      configuration_ids: true,
    });
  },

  Configure(call, callback) {
    const invalid = (details) => callback({ code: grpc.status.INVALID_ARGUMENT, details });
    const words = [...ATTRIBUTION_WORDS];
    for (const [key, value] of Object.entries(call.request.options?.fields ?? {})) {
      if (key !== 'attribution_words') {
        return invalid(`unknown option '${key}'; the only option is 'attribution_words'`);
      }
      if (value.kind !== 'listValue') {
        return invalid(`option 'attribution_words' must be a list of words, like [noted, "per the"], not ${kindOf(value)}`);
      }
      for (const [i, item] of value.listValue.values.entries()) {
        if (item.kind !== 'stringValue' || wordsOf(item.stringValue).length === 0) {
          const what = item.kind === 'stringValue' ? 'an empty string' : kindOf(item);
          return invalid(`option 'attribution_words': item ${i + 1} must be a word, not ${what}`);
        }
        words.push(item.stringValue);
      }
    }
    configurations.set(call.request.configuration_id, attributionPattern(words));
    callback(null, {});
  },

  // One document at a time on Node's single thread: concurrent calls are safe.
  Check(call, callback) {
    const attribution = configurations.get(call.request.configuration_id);
    if (!attribution) {
      return callback({ code: grpc.status.FAILED_PRECONDITION,
        details: `unknown configuration_id '${call.request.configuration_id}'; call Configure` });
    }
    callback(null, { findings: findUnattributed(call.request.document, attribution) });
  },
};

// --- Start, handshake and stop -------------------------------------------------

function main() {
  const usage = 'usage: plugin.js [--listen unix:/path/to.sock | --listen 127.0.0.1:PORT]';
  let listen;
  try {
    ({ values: { listen } } = parseArgs({ options: { listen: { type: 'string' } } }));
  } catch (error) {
    fail(`${error.message}\n${usage}`, 2);
  }
  const protocol = process.env.FACTCHECK_PLUGIN_PROTOCOL;
  const startedByHost = protocol !== undefined;
  if (startedByHost && protocol !== String(PROTOCOL_VERSION)) {
    fail(`the host speaks protocol ${protocol}, this plugin speaks ${PROTOCOL_VERSION}`);
  }
  if (!startedByHost && !listen) {
    fail(`give --listen ADDRESS, or let factcheck start the plugin (command:)\n${usage}`, 2);
  }

  const folder = listen ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-percentages-'));
  let address = listen || `unix:${folder}/plugin.sock`;
  // Documents can be larger than gRPC's default limit of 4 MiB.
  const server = new grpc.Server({ 'grpc.max_receive_message_length': -1,
    'grpc.max_send_message_length': -1 });
  server.addService(pb.Checker.service, service);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const exit = () => {
      if (folder) fs.rmSync(folder, { recursive: true, force: true });
      process.exit(0);
    };
    // The host stops us only when it has no call in flight, but keeps its
    // connection open meanwhile; by hand, give calls in flight a second.
    if (startedByHost) {
      server.forceShutdown();
      exit();
    } else {
      setTimeout(() => { server.forceShutdown(); exit(); }, 1000).unref();
      server.tryShutdown(exit);
    }
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  server.bindAsync(address, grpc.ServerCredentials.createInsecure(), (error, port) => {
    if (error) {
      if (folder) fs.rmSync(folder, { recursive: true, force: true });
      fail(`cannot listen on ${address}: ${error.message}`);
    }
    if (address.endsWith(':0')) address = `${address.slice(0, -2)}:${port}`; // The system chose the port.
    if (startedByHost) {
      // The handshake: one line (stdout to a pipe is written at once); then
      // serve until stdin closes.
      process.stdout.write(`FACTCHECK-PLUGIN ${PROTOCOL_VERSION} ${address}\n`);
      process.stdin.on('end', stop).on('error', stop).resume();
    } else {
      console.error(`serving at ${address}; Ctrl-C to stop`);
    }
  });
}

function fail(message, code = 1) {
  console.error(message);
  process.exit(code);
}

main();
