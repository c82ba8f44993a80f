#!/usr/bin/env python3
# An example out-of-process factcheck plugin in Python. It flags percentages
# stated without a source in the same sentence ("rose 40%", "fell 3.5 per
# cent", "a 5-percentage-point lead") as rule `unattributed-percentage`.
# examples/plugins/node/plugin.js is the same checker in JavaScript; both must
# give exactly the same findings (examples/plugins/run-example-tests.sh).
#
# Started by the host (`command:`), it serves on a unix socket in a private
# temporary folder and prints the handshake line; started by hand, it serves
# on the address given with --listen. See README.md beside this file.
import argparse
import concurrent.futures
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading

try:
    import grpc
except ImportError:
    sys.exit("this plugin needs gRPC for Python: apt-get install python3-grpcio python3-protobuf "
             f"python3-grpc-tools (and Debian's /usr/bin/python3; this is {sys.executable})")

HERE = os.path.dirname(os.path.abspath(__file__))
PROTO_FILE = "factcheck/v1/checker.proto"


def find_proto_dir():
    """The folder of factcheck's .proto files: $FACTCHECK_PROTO_DIR, else this
    repository's proto/ when the example runs from it, else an installed
    factcheck's (pkg-config --variable=protodir factcheck), so a copy of this
    folder works anywhere factcheck is installed."""
    def installed():
        try:
            return subprocess.run(["pkg-config", "--variable=protodir", "factcheck"],
                                  capture_output=True, text=True).stdout.strip()
        except OSError:
            return ""  # No pkg-config.

    for candidate in (lambda: os.environ.get("FACTCHECK_PROTO_DIR", ""),
                      lambda: os.path.normpath(os.path.join(HERE, "..", "..", "..", "proto")),
                      installed):
        folder = candidate()
        if folder and os.path.isfile(os.path.join(folder, PROTO_FILE)):
            return folder
    sys.exit(f"cannot find {PROTO_FILE}: set FACTCHECK_PROTO_DIR to factcheck's proto folder "
             "(PREFIX/share/factcheck/proto)")


PROTO_DIR = find_proto_dir()
PROTOCOL_VERSION = 1


def load_protocol():
    """Generates the Python code for checker.proto once per version of the
    file (into ~/.cache/factcheck/python-stubs/<hash>/) and imports it."""
    with open(os.path.join(PROTO_DIR, PROTO_FILE), "rb") as proto:
        digest = hashlib.sha256(proto.read()).hexdigest()[:16]
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    out = os.path.join(cache, "factcheck", "python-stubs", digest)
    if not os.path.isdir(out):
        os.makedirs(os.path.dirname(out), exist_ok=True)
        staging = tempfile.mkdtemp(dir=os.path.dirname(out))
        # protoc's output goes to stderr: stdout is reserved for the handshake.
        subprocess.run([sys.executable, "-m", "grpc_tools.protoc", "-I" + PROTO_DIR,
                        "--python_out=" + staging, "--grpc_python_out=" + staging, PROTO_FILE],
                       check=True, stdout=sys.stderr)
        try:
            os.rename(staging, out)  # Atomic, so a concurrent start sees all or nothing.
        except OSError:
            shutil.rmtree(staging)  # Another process got there first.
    sys.path.insert(0, out)
    from factcheck.v1 import checker_pb2, checker_pb2_grpc
    return checker_pb2, checker_pb2_grpc


pb, pb_grpc = load_protocol()

# --- The checker -------------------------------------------------------------
# The patterns are written identically in plugin.js. They use explicit
# character classes and no case-insensitive flag, so that Python and
# JavaScript agree on every character; the text is matched after folding
# A-Z to a-z, which keeps every index in place.

SPACE = r"[ \t\r\n\u00a0\u202f]"  # Including no-break spaces: "40\u00a0%".
NUMBER = r"(?<![A-Za-z0-9_.,])[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?"
UNIT = (rf"(?:{SPACE}?%|{SPACE}*per{SPACE}*cent(?![A-Za-z0-9_])"
        rf"|(?:{SPACE}|-)+percentage(?:{SPACE}|-)+points?(?![A-Za-z0-9_]))")
# A change word just before the figure becomes part of the claim: "rose 40%".
CHANGE_WORDS = ["rose", "rise", "rises", "fell", "fall", "falls", "grew", "jumped", "climbed",
                "dropped", "declined", "increased", "decreased", "gained", "lost", "up", "down"]
PERCENTAGE = re.compile(rf"(?:(?<![A-Za-z0-9_])(?:{'|'.join(CHANGE_WORDS)})(?:{SPACE}+by)?{SPACE}+)?"
                        rf"({NUMBER}{UNIT})")
# Words that attribute a figure anywhere in its sentence; `attribution_words`
# adds to them. "per" ("per the ministry") is left out: it is also "per cent".
ATTRIBUTION_WORDS = ["according to", "said", "says", "say", "told", "reported", "estimated",
                     "estimates", "survey", "surveys", "poll", "polls", "study", "studies",
                     "figures from", "figures by", "data from", "data by"]
# A parenthesis opening on a capital letter names a source: "(ONS)", "(Source: Eurostat)".
SOURCE_IN_PARENTHESES = re.compile(rf"\({SPACE}*[A-Z]")


ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def fold(text):
    """A-Z to a-z and nothing else, so that the length never changes."""
    return text.translate(ASCII_LOWER)


def words_of(phrase):
    """The words of a phrase, split at spaces."""
    return [word for word in re.split(f"{SPACE}+", fold(phrase)) if word]


def attribution_pattern(phrases):
    """One pattern for whole words and phrases; a space in a phrase matches any run of spaces."""
    alternatives = [f"{SPACE}+".join(re.escape(word) for word in words_of(p)) for p in phrases]
    return re.compile(rf"(?<![A-Za-z0-9_])(?:{'|'.join(alternatives)})(?![A-Za-z0-9_])")


def prose_of(data, sentence):
    """The sentence's checkable text, markup left out, and its pieces as
    (index in that text, byte offset in the document, piece)."""
    pieces, at = [], 0
    for segment in sentence.segments:
        piece = data[segment.begin:segment.end].decode("utf-8")
        if piece:
            pieces.append((at, segment.begin, piece))
            at += len(piece)
    return "".join(piece for _, _, piece in pieces), pieces


def byte_offset(pieces, index, end=False):
    """Where index (in code points of the joined prose) is in the document, in
    UTF-8 bytes. An end index maps to the end of the piece it closes."""
    for at, begin, piece in pieces:
        if index < at + len(piece) or (end and index == at + len(piece)):
            return begin + len(piece[:index - at].encode("utf-8"))
    raise ValueError("index outside the sentence")


def find_unattributed(document, attribution):
    """The findings for one document."""
    data = document.text.encode("utf-8")
    findings = []
    for sentence in document.sentences:
        prose, pieces = prose_of(data, sentence)
        folded = fold(prose)
        if attribution.search(folded) or SOURCE_IN_PARENTHESES.search(prose):
            continue
        for match in PERCENTAGE.finditer(folded):
            claim = re.sub(f"{SPACE}+", " ", prose[match.start():match.end()])
            findings.append(pb.Finding(
                rule="unattributed-percentage",
                span=pb.Span(begin=byte_offset(pieces, match.start(1)),
                             end=byte_offset(pieces, match.end(1), end=True)),
                verdict=pb.VERDICT_NEEDS_VERIFICATION,
                claim=claim,
                message=f'No source is given in this sentence for "{claim}"; '
                        "name where the figure comes from."))
    return findings


# --- The gRPC service ---------------------------------------------------------

def kind_of(value):
    """How a configuration value reads in an error message."""
    return {"null_value": "nothing", "number_value": "a number", "string_value": "a string",
            "bool_value": "true/false", "struct_value": "a mapping",
            "list_value": "a list"}.get(value.WhichOneof("kind"), "nothing")


class Percentages(pb_grpc.CheckerServicer):
    def __init__(self):
        # One pattern per configuration id, so that hosts with different
        # options can share one server (endpoint:); "" is a host that sends
        # no id. Entries are replaced whole, never changed: Check only reads.
        self.configurations = {"": attribution_pattern(ATTRIBUTION_WORDS)}

    def Describe(self, request, context):
        return pb.DescribeResponse(
            name="percentages", version="1.0.0", protocol_version=PROTOCOL_VERSION,
            rules=[pb.Rule(id="unattributed-percentage",
                           summary="A percentage with no source named in its sentence.")],
            options=[pb.OptionSpec(name="attribution_words", type="list of strings",
                                   summary='More words that name a source, e.g. ["per the", noted].')],
            configuration_ids=True)

    def Configure(self, request, context):
        words = list(ATTRIBUTION_WORDS)
        for key, value in request.options.fields.items():
            if key != "attribution_words":
                context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                              f"unknown option '{key}'; the only option is 'attribution_words'")
            if value.WhichOneof("kind") != "list_value":
                context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                              f"option 'attribution_words' must be a list of words, "
                              f"like [noted, \"per the\"], not {kind_of(value)}")
            for n, item in enumerate(value.list_value.values, 1):
                if item.WhichOneof("kind") != "string_value" or not words_of(item.string_value):
                    what = "an empty string" if item.WhichOneof("kind") == "string_value" else kind_of(item)
                    context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                                  f"option 'attribution_words': item {n} must be a word, not {what}")
                words.append(item.string_value)
        self.configurations[request.configuration_id] = attribution_pattern(words)
        return pb.ConfigureResponse()

    def Check(self, request, context):
        attribution = self.configurations.get(request.configuration_id)
        if attribution is None:
            context.abort(grpc.StatusCode.FAILED_PRECONDITION,
                          f"unknown configuration_id '{request.configuration_id}'; call Configure")
        return pb.CheckResponse(findings=find_unattributed(request.document, attribution))


# --- Start, handshake and stop -------------------------------------------------

def wait_for_eof(stop):
    """Sets stop when stdin closes. It reads the file descriptor itself: a
    thread blocked in sys.stdin would hold its lock and make Python abort at exit."""
    while os.read(0, 4096):
        pass
    stop.set()


def main():
    parser = argparse.ArgumentParser(
        description="Example factcheck plugin: flags percentages with no source in their sentence.")
    parser.add_argument("--listen", metavar="ADDRESS",
                        help="serve here (unix:/path/to.sock or 127.0.0.1:PORT) instead of "
                             "in a private temporary folder")
    args = parser.parse_args()
    started_by_host = os.environ.get("FACTCHECK_PLUGIN_PROTOCOL") is not None
    if started_by_host and os.environ["FACTCHECK_PLUGIN_PROTOCOL"] != str(PROTOCOL_VERSION):
        sys.exit(f"the host speaks protocol {os.environ['FACTCHECK_PLUGIN_PROTOCOL']}, "
                 f"this plugin speaks {PROTOCOL_VERSION}")
    if not started_by_host and not args.listen:
        parser.error("give --listen ADDRESS, or let factcheck start the plugin (command:)")

    folder = None if args.listen else tempfile.mkdtemp(prefix="factcheck-percentages-")
    address = args.listen or f"unix:{folder}/plugin.sock"
    # Documents can be larger than gRPC's default limit of 4 MiB.
    server = grpc.server(concurrent.futures.ThreadPoolExecutor(max_workers=8),
                         options=[("grpc.max_receive_message_length", -1),
                                  ("grpc.max_send_message_length", -1)])
    pb_grpc.add_CheckerServicer_to_server(Percentages(), server)
    port = server.add_insecure_port(address)
    if port == 0:
        sys.exit(f"cannot listen on {address}")
    if address.endswith(":0"):  # "127.0.0.1:0": the system chose the port.
        address = f"{address[:-2]}:{port}"
    server.start()

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    if started_by_host:
        # The handshake: one line, flushed; then serve until stdin closes.
        print(f"FACTCHECK-PLUGIN {PROTOCOL_VERSION} {address}", flush=True)
        threading.Thread(target=wait_for_eof, args=(stop,), daemon=True).start()
    else:
        print(f"serving at {address}; Ctrl-C to stop", file=sys.stderr)
    while not stop.wait(1):  # A timed wait lets the signal handlers run.
        pass
    # The host stops us only when it has no call in flight, but keeps its
    # connection open meanwhile, which a graceful stop would wait for; by hand,
    # give calls in flight a second to finish.
    server.stop(grace=None if started_by_host else 1).wait()
    if folder:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
