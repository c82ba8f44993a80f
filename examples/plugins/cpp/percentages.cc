// An example in-process factcheck plugin in C++, built out of the source tree
// against the installed SDK (find_package(factcheck)). It flags percentages
// stated without a source in the same sentence ("rose 40%", "fell 3.5 per
// cent", "a 5-percentage-point lead") as rule `unattributed-percentage`: the
// same checker as ../python/plugin.py and ../node/plugin.js, with the same
// findings on ../fixtures/. README.md beside this file walks through it.
#include <factcheck/plugin.h>

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace {

using factcheck::v1::CheckRequest;
using factcheck::v1::CheckResponse;

const std::vector<std::string> kChangeWords = {
    "rose",    "rise",     "rises",     "fell",      "fall",   "falls", "grew", "jumped", "climbed",
    "dropped", "declined", "increased", "decreased", "gained", "lost",  "up",   "down"};
// Words that attribute a figure anywhere in its sentence; the option
// `attribution_words` adds to them. "per" is left out: it is also "per cent".
const std::vector<std::string> kAttributionWords = {
    "according to", "said",      "says",         "say",        "told",      "reported",
    "estimated",    "estimates", "survey",       "surveys",    "poll",      "polls",
    "study",        "studies",   "figures from", "figures by", "data from", "data by"};

bool IsWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The length of a space at `at` (ASCII space, tab, line break, or a no-break
// space U+00A0 / U+202F in UTF-8), or 0.
std::size_t SpaceAt(std::string_view s, std::size_t at) {
  if (at >= s.size()) return 0;
  if (s[at] == ' ' || s[at] == '\t' || s[at] == '\r' || s[at] == '\n') return 1;
  if (s.substr(at, 2) == "\xC2\xA0") return 2;
  if (s.substr(at, 3) == "\xE2\x80\xAF") return 3;
  return 0;
}
// Skips a run of spaces (and hyphens, when `hyphens`); returns where it ends.
std::size_t SkipSpaces(std::string_view s, std::size_t at, bool hyphens = false) {
  while (at < s.size()) {
    if (std::size_t n = SpaceAt(s, at)) {
      at += n;
    } else if (hyphens && s[at] == '-') {
      ++at;
    } else {
      break;
    }
  }
  return at;
}
bool WordEndsAt(std::string_view s, std::size_t at) { return at >= s.size() || !IsWordChar(s[at]); }
bool WordStartsAt(std::string_view s, std::size_t at) { return at == 0 || !IsWordChar(s[at - 1]); }

// The words of a phrase (A-Z folded), split at spaces.
std::vector<std::string> WordsOf(std::string_view phrase) {
  std::vector<std::string> words;
  std::string word;
  for (std::size_t at = 0; at < phrase.size();) {
    if (std::size_t n = SpaceAt(phrase, at)) {
      if (!word.empty()) words.push_back(std::exchange(word, {}));
      at += n;
      continue;
    }
    const char c = phrase[at++];
    word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

// Where a number with its unit ("40%", "3.5 per cent", "5-percentage-point")
// that starts at `at` ends, or npos. `folded` has A-Z folded to a-z.
std::size_t PercentageEnd(std::string_view folded, std::size_t at) {
  if (at >= folded.size() || !IsDigit(folded[at])) return std::string_view::npos;
  if (at > 0 && (IsWordChar(folded[at - 1]) || folded[at - 1] == '.' || folded[at - 1] == ',')) {
    return std::string_view::npos;
  }
  std::size_t end = at;
  while (end < folded.size() && IsDigit(folded[end])) ++end;
  while (end + 3 < folded.size() + 0 && folded[end] == ',' && IsDigit(folded[end + 1]) &&
         IsDigit(folded[end + 2]) && IsDigit(folded[end + 3])) {
    end += 4;
  }
  if (end + 1 < folded.size() && folded[end] == '.' && IsDigit(folded[end + 1])) {
    end += 1;
    while (end < folded.size() && IsDigit(folded[end])) ++end;
  }
  // "%" after at most one space.
  const std::size_t space = SpaceAt(folded, end);
  if (end < folded.size() && folded[end] == '%') return end + 1;
  if (space > 0 && end + space < folded.size() && folded[end + space] == '%')
    return end + space + 1;
  // "per cent", spaces allowed around and between.
  std::size_t p = SkipSpaces(folded, end);
  if (folded.substr(p, 3) == "per") {
    const std::size_t c = SkipSpaces(folded, p + 3);
    if (folded.substr(c, 4) == "cent" && WordEndsAt(folded, c + 4)) return c + 4;
  }
  // "percentage point(s)", with spaces or hyphens.
  p = SkipSpaces(folded, end, true);
  if (p > end && folded.substr(p, 10) == "percentage") {
    const std::size_t q = SkipSpaces(folded, p + 10, true);
    if (q > p + 10 && folded.substr(q, 5) == "point") {
      std::size_t stop = q + 5;
      if (stop < folded.size() && folded[stop] == 's') ++stop;
      if (WordEndsAt(folded, stop)) return stop;
    }
  }
  return std::string_view::npos;
}

// Where a change word ("rose", "fell by") and its spaces that start at `at`
// end, or npos.
std::size_t ChangeWordEnd(std::string_view folded, std::size_t at) {
  if (!WordStartsAt(folded, at)) return std::string_view::npos;
  for (const std::string& word : kChangeWords) {
    if (folded.substr(at, word.size()) != word) continue;
    const std::size_t after = at + word.size();
    const std::size_t by = SkipSpaces(folded, after);
    if (by > after && folded.substr(by, 2) == "by") {
      const std::size_t next = SkipSpaces(folded, by + 2);
      if (next > by + 2 && PercentageEnd(folded, next) != std::string_view::npos) return next;
    }
    const std::size_t next = SkipSpaces(folded, after);
    if (next > after && PercentageEnd(folded, next) != std::string_view::npos) return next;
  }
  return std::string_view::npos;
}

bool PhraseAt(std::string_view folded, std::size_t at, const std::vector<std::string>& words) {
  if (!WordStartsAt(folded, at)) return false;
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (w > 0) {
      const std::size_t next = SkipSpaces(folded, at);
      if (next == at) return false;
      at = next;
    }
    if (folded.substr(at, words[w].size()) != words[w]) return false;
    at += words[w].size();
  }
  return WordEndsAt(folded, at);
}

// A source named anywhere in the sentence: a word or phrase, or a
// parenthesis that opens on a capital letter ("(ONS)").
bool Attributed(std::string_view prose, std::string_view folded,
                const std::vector<std::vector<std::string>>& phrases) {
  for (std::size_t at = 0; at < folded.size(); ++at) {
    for (const auto& words : phrases) {
      if (PhraseAt(folded, at, words)) return true;
    }
    if (prose[at] == '(') {
      const std::size_t p = SkipSpaces(prose, at + 1);
      if (p < prose.size() && prose[p] >= 'A' && prose[p] <= 'Z') return true;
    }
  }
  return false;
}

// The sentence's prose (its segments joined) and where each piece starts.
struct Piece {
  std::size_t at;     // In the prose.
  std::size_t begin;  // In the document.
  std::size_t size;
};

// The document offset of a prose offset; an end offset maps to the end of
// the piece it closes.
std::size_t DocumentOffset(const std::vector<Piece>& pieces, std::size_t index, bool end) {
  for (const Piece& p : pieces) {
    if (index < p.at + p.size || (end && index == p.at + p.size)) return p.begin + index - p.at;
  }
  return 0;
}

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  for (std::size_t at = 0; at < text.size();) {
    if (SpaceAt(text, at)) {
      at = SkipSpaces(text, at);
      out += ' ';
    } else {
      out += text[at++];
    }
  }
  return out;
}

class Percentages final : public factcheck::Plugin {
 public:
  grpc::Status Describe(factcheck::v1::DescribeResponse* response) override {
    response->set_name("percentages");
    response->set_version("1.0.0");
    auto* rule = response->add_rules();
    rule->set_id("unattributed-percentage");
    rule->set_summary("A percentage with no source named in its sentence.");
    auto* option = response->add_options();
    option->set_name("attribution_words");
    option->set_type("list of strings");
    option->set_summary("More words that name a source, e.g. [\"per the\", noted].");
    return grpc::Status();  // OK
  }

  grpc::Status Configure(const factcheck::v1::ConfigureRequest& request) override {
    std::vector<std::vector<std::string>> phrases;
    for (const std::string& phrase : kAttributionWords) phrases.push_back(WordsOf(phrase));
    for (const auto& [key, value] : request.options().fields()) {
      if (key != "attribution_words") {
        return Invalid("unknown option '" + key + "'; the only option is 'attribution_words'");
      }
      if (!value.has_list_value()) {
        return Invalid(
            "option 'attribution_words' must be a list of words, like [noted, \"per the\"]");
      }
      int n = 0;
      for (const auto& item : value.list_value().values()) {
        ++n;
        if (!item.has_string_value() || WordsOf(item.string_value()).empty()) {
          return Invalid("option 'attribution_words': item " + std::to_string(n) +
                         " must be a word");
        }
        phrases.push_back(WordsOf(item.string_value()));
      }
    }
    // Configure runs before any Check; the lock keeps it safe all the same.
    std::lock_guard lock(mutex_);
    phrases_ = std::make_shared<const std::vector<std::vector<std::string>>>(std::move(phrases));
    return grpc::Status();  // OK
  }

  grpc::Status Check(const CheckRequest& request, CheckResponse* response) const override {
    std::shared_ptr<const std::vector<std::vector<std::string>>> phrases;
    {
      std::lock_guard lock(mutex_);
      phrases = phrases_;
    }
    if (!phrases) return grpc::Status(grpc::StatusCode::FAILED_PRECONDITION, "not configured");
    const std::string& text = request.document().text();
    for (const auto& sentence : request.document().sentences()) {
      CheckSentence(text, sentence, *phrases, response);
    }
    return grpc::Status();  // OK
  }

 private:
  static grpc::Status Invalid(const std::string& message) {
    return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, message);
  }

  static void CheckSentence(const std::string& text, const factcheck::v1::Sentence& sentence,
                            const std::vector<std::vector<std::string>>& phrases,
                            CheckResponse* response) {
    std::string prose;
    std::vector<Piece> pieces;
    for (const auto& segment : sentence.segments()) {
      const std::size_t size = segment.end() - segment.begin();
      if (size == 0) continue;
      pieces.push_back({prose.size(), segment.begin(), size});
      prose.append(text, segment.begin(), size);
    }
    std::string folded = prose;
    for (char& c : folded) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    if (Attributed(prose, folded, phrases)) return;
    for (std::size_t at = 0; at < folded.size();) {
      std::size_t number = ChangeWordEnd(folded, at);
      if (number == std::string_view::npos) number = at;
      const std::size_t end = PercentageEnd(folded, number);
      if (end == std::string_view::npos) {
        ++at;
        continue;
      }
      const std::string claim = CollapseSpaces(std::string_view(prose).substr(at, end - at));
      auto* finding = response->add_findings();
      finding->set_rule("unattributed-percentage");
      finding->mutable_span()->set_begin(DocumentOffset(pieces, number, false));
      finding->mutable_span()->set_end(DocumentOffset(pieces, end, true));
      finding->set_verdict(factcheck::v1::VERDICT_NEEDS_VERIFICATION);
      finding->set_claim(claim);
      finding->set_message("No source is given in this sentence for \"" + claim +
                           "\"; name where the figure comes from.");
      at = end;
    }
  }

  mutable std::mutex mutex_;
  std::shared_ptr<const std::vector<std::vector<std::string>>> phrases_;
};

}  // namespace

FACTCHECK_PLUGIN(Percentages);
