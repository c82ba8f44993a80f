// Recall and false contradictions of the office-holders checker on real
// news: it checks the unmodified articles (every CONTRADICTED there is a
// false alarm unless the article itself is wrong), then injects errors into
// them one at a time and counts how many the checker catches, per claim form:
//
//   - swap: a SUPPORTED holder's name replaced by another holder of the same
//     office who was not in office that day (one who held it earlier, or one
//     who took it later), written the same way (full name or surname);
//   - former: "former" put before the title of a sitting holder.
//
// A caught error is a CONTRADICTED finding on the injected claim, except
// for an earlier holder in a sentence that names no time and does not speak
// of the article's present ("President Ford signed the bill"): the sentence
// may be about that holder's term, so the checker must flag it as
// NEEDS_VERIFICATION with the holder's term, and a caught error there is any
// finding on the claim other than SUPPORTED. Which of the two a sentence is
// comes from the checker's own reading of the unmodified sentence, so a
// misread sentence shows as a miss in the first row or a flag in the second.
// Errors the data cannot decide are left out and counted: a replacement
// whose name (as written) fits several holders of the office, and "former"
// before a name that fits several people ("former President Bush" in 2005).
//
//   build/bin/office_holders_injection [--data DIR] [--corpus reuters|bbc|both]
//       [--reference bundled|sources|both] [--bbc-as-of YYYY-MM-DD]
//       [--home-jurisdiction NAME] [--list] [--sample N] [--seed S]
//       [--write-reference DIR]
//
// DIR is ../shared/data (the default, or $FACTCHECK_SHARED_DATA): Reuters-21578
// in reuters21578/, the BBC articles in bbc-dev/, and the sources of the
// "sources" reference data in reference-sources/ (see reference_sources.h).
// The bundled data is config/reference/office-holders, as in the default
// configuration. --list prints every CONTRADICTED finding of the unmodified
// articles and every missed injection; --sample N prints N random SUPPORTED
// and N random NEEDS_VERIFICATION findings. Without the data folder it says
// so and exits 0.
#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "config/paths.h"
#include "corpora.h"
#include "document/document_loader.h"
#include "office_holders/check_document.h"
#include "reference/office_holders.h"
#include "reference_sources.h"

namespace factcheck::bench {
namespace {

namespace fs = std::filesystem;
using office_holders::Claim;
using office_holders::ClaimForm;
using office_holders::OfficeHoldersCheck;

struct Flags {
  fs::path data;
  std::string corpus = "both";
  std::string reference = "both";
  std::string bbc_as_of = "2005-03-01";
  std::string home;
  bool list = false;
  int sample = 0;
  unsigned seed = 1;
  fs::path write_reference;
};

enum Kind { kSwapPast, kSwapPastUntimed, kSwapLater, kFormer, kKinds };
const char* const kKindNames[kKinds] = {"swap, earlier holder", "earlier, no time (NV)",
                                        "swap, later holder", "\"former\" added"};

struct Tally {
  int injected = 0;
  int caught = 0;
};

struct Run {
  std::map<v1::Verdict, int> verdicts;
  std::vector<std::string> contradicted;  // Unmodified articles.
  std::vector<std::string> supported, needs_verification;
  std::array<std::array<Tally, kKinds>, office_holders::kClaimFormCount> tallies{};
  std::vector<std::string> missed;
  int other_contradictions = 0;  // New ones elsewhere in an injected article.
  int undecidable = 0;           // Left out: the name fits several people.
  // Claims written again in another form: read back as SUPPORTED claims of
  // that form, or not (a miss of the form's reading).
  int recast_read = 0;
  std::vector<std::string> recast_unread;
};

std::optional<std::chrono::year_month_day> Day(const std::string& text) {
  int y, m, d;
  if (std::sscanf(text.c_str(), "%d-%d-%d", &y, &m, &d) != 3) return std::nullopt;
  return std::chrono::year{y} / m / d;
}

std::string Collapsed(std::string s) {
  for (char& c : s) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return s;
}

// The sentence around a finding, and the finding.
std::string Describe(const std::string& path, const v1::Document& document,
                     const v1::Finding& finding) {
  std::string sentence;
  for (const auto& s : document.sentences()) {
    if (s.span().begin() <= finding.span().begin() && finding.span().begin() < s.span().end()) {
      sentence = document.text().substr(s.span().begin(), s.span().end() - s.span().begin());
    }
  }
  const std::string claim =
      document.text().substr(finding.span().begin(), finding.span().end() - finding.span().begin());
  return path + " [" + Collapsed(claim) + "] " + finding.message() + "\n    | " +
         Collapsed(sentence);
}

class Bench {
 public:
  Bench(const reference::OfficeHolders& reference, const OfficeHoldersCheck& check,
        const Flags& flags)
      : reference_(reference), check_(check), flags_(flags) {}

  Run Measure(const std::vector<Article>& articles, const std::string& as_of) {
    Run run;
    for (const Article& article : articles) {
      DocumentOptions options;
      if (!as_of.empty()) options.command_line_as_of = Day(as_of);
      LoadedDocument loaded;
      try {
        loaded = BuildDocument(article.path, article.text, options);
      } catch (const std::exception&) {
        continue;
      }
      auto claims = check_.Claims(loaded.document);
      if (!claims) continue;
      int contradicted = 0;
      for (std::size_t c = 0; c < claims->size(); ++c) {
        const auto& judged = (*claims)[c];
        const v1::Finding& f = judged.finding;
        ++run.verdicts[f.verdict()];
        const std::string line = Describe(article.path, loaded.document, f);
        if (f.verdict() == v1::VERDICT_CONTRADICTED) {
          run.contradicted.push_back(line);
          ++contradicted;
        } else if (f.verdict() == v1::VERDICT_SUPPORTED) {
          run.supported.push_back(line);
        } else {
          run.needs_verification.push_back(line);
        }
        if (f.verdict() == v1::VERDICT_SUPPORTED) {
          Inject(article, options, judged.claim, c, contradicted, &run);
          Recast(article, options, judged.claim, contradicted, &run);
        }
      }
    }
    return run;
  }

 private:
  // The (person, office) the data supports the claim with: in office then.
  std::optional<std::pair<std::uint32_t, std::uint32_t>> Supporting(const Claim& claim) const {
    for (std::uint32_t person : claim.people) {
      for (const auto& h : reference_.people()[person].holdings) {
        if (std::find(claim.offices.begin(), claim.offices.end(), h.office) ==
            claim.offices.end()) {
          continue;
        }
        const auto& holding = reference_.offices()[h.office].holders[h.holding];
        if (holding.SurelyHeldOn(claim.when.first, claim.when.last)) {
          return std::pair{person, h.office};
        }
      }
    }
    return std::nullopt;
  }

  // The way the press writes a person's surname: the data's, else the last
  // word of the name.
  std::string SurnameOf(std::uint32_t person) const {
    const auto& p = reference_.loaded_people()[person];
    if (!p.surnames.empty()) return p.surnames.front();
    const auto space = p.name.rfind(' ');
    return space == std::string::npos ? p.name : p.name.substr(space + 1);
  }

  // Whether another holder of `office` is written `name` too.
  bool SharedName(std::uint32_t office, std::uint32_t person, const std::string& name,
                  bool by_surname) const {
    for (const auto& h : reference_.offices()[office].holders) {
      if (h.person == person) continue;
      const std::string other =
          by_surname ? SurnameOf(h.person) : std::string(reference_.people()[h.person].name);
      if (other == name) return true;
    }
    return false;
  }

  // Another holder of `office`, not in office during the claim's period,
  // with another surname, in office within 40 years of it; earlier or later
  // as `pick` asks (else the other).
  std::optional<std::pair<std::uint32_t, Kind>> Replacement(const Claim& claim,
                                                            std::uint32_t person,
                                                            std::uint32_t office,
                                                            std::size_t pick) const {
    std::vector<std::uint32_t> earlier, later;
    const auto window = std::chrono::days{365 * 40};  // Holders an editor could mix up.
    for (const auto& h : reference_.offices()[office].holders) {
      if (h.person == person || SurnameOf(h.person) == SurnameOf(person)) continue;
      if (h.PossiblyHeldOn(claim.when.first, claim.when.last)) continue;
      if (h.from.first > claim.when.last + window ||
          (h.to && h.to->last < claim.when.first - window)) {
        continue;
      }
      auto& into = h.from.first > claim.when.last ? later : earlier;
      if (std::find(into.begin(), into.end(), h.person) == into.end()) into.push_back(h.person);
    }
    // Held it both before and after: neither list.
    const bool want_later = pick % 2 == 1;
    const auto& first = want_later ? later : earlier;
    const auto& second = want_later ? earlier : later;
    if (!first.empty()) {
      return std::pair{first[pick % first.size()], want_later ? kSwapLater : kSwapPast};
    }
    if (!second.empty()) {
      return std::pair{second[pick % second.size()], want_later ? kSwapPast : kSwapLater};
    }
    return std::nullopt;
  }

  static bool IsPunctuationAt(const std::string& text, std::size_t at) {
    return at < text.size() && (text[at] == ',' || text[at] == '.' || text[at] == ';' ||
                                text[at] == ':' || text[at] == ')');
  }

  static std::string Lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
  }

  // The honorific the article gives `surname` ("Mr Blair"), if any.
  static std::string HonorificFor(const std::string& text, const std::string& surname) {
    for (const char* honorific : {"Mr", "Mrs", "Ms", "Miss", "Dr"}) {
      for (const char* dot : {" ", ". "}) {
        if (text.find(std::string(honorific) + dot + surname) != std::string::npos) {
          return std::string(honorific) + (dot[0] == '.' ? "." : "");
        }
      }
    }
    return "";
  }

  // A SUPPORTED "Prime Minister Tony Blair" written in the other forms, in
  // the same place: "Tony Blair, the prime minister,", "the prime minister,
  // Tony Blair,", and "Mr Blair, the prime minister," where the article
  // itself calls the person "Mr Blair". Each must be read back as a
  // SUPPORTED claim of its form; errors are then injected into it, so every
  // form is measured on real sentences (the corpora seldom use the other
  // forms themselves).
  void Recast(const Article& article, const DocumentOptions& options, const Claim& claim,
              int contradicted_before, Run* run) {
    if (claim.form != ClaimForm::kTitleName || claim.modifier != office_holders::Modifier::kNone ||
        claim.by_surname || claim.explicit_time || claim.historical || claim.people.size() != 1 ||
        claim.person_end != claim.end || claim.person_begin <= claim.begin) {
      return;
    }
    const std::string& text = article.text;
    if (text.compare(claim.end, 2, "'s") == 0 || text.compare(claim.end, 4, "\u2019s") == 0) {
      return;  // A possessive reads differently in the other forms.
    }
    std::string title = text.substr(claim.begin, claim.person_begin - claim.begin);
    while (!title.empty() && title.back() == ' ') title.pop_back();
    const std::size_t rank = title.rfind(claim.title_text);
    if (rank == std::string::npos || title.find('\n') != std::string::npos) return;
    title = title.substr(0, rank) + Lower(claim.title_text);
    std::size_t k = claim.begin;
    while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\n')) --k;
    const bool starts = k == 0 || text[k - 1] == '.' || text[k - 1] == '-' || text[k - 1] == '"' ||
                        text[k - 1] == '\n';
    const std::string close = IsPunctuationAt(text, claim.end) ? "" : ",";
    const std::string name = claim.person_text;
    std::vector<std::pair<ClaimForm, std::string>> forms = {
        {ClaimForm::kNameTitle, name + ", the " + title + close},
        {ClaimForm::kTitleCommaName,
         std::string(starts ? "The " : "the ") + title + ", " + name + close}};
    const std::string surname = SurnameOf(claim.people.front());
    if (const std::string honorific = HonorificFor(text, surname); !honorific.empty()) {
      forms.push_back(
          {ClaimForm::kHonorificTitle, honorific + " " + surname + ", the " + title + close});
    }
    for (const auto& [form, phrase] : forms) {
      Article recast{article.path, text};
      recast.text.replace(claim.begin, claim.end - claim.begin, phrase);
      ReadRecast(recast, options, claim.begin, static_cast<std::uint32_t>(phrase.size()), form,
                 contradicted_before, run);
    }
  }

  // Injects errors into the claim read in [at, at + length) of `recast`.
  void ReadRecast(const Article& recast, const DocumentOptions& options, std::uint32_t at,
                  std::uint32_t length, ClaimForm form, int contradicted_before, Run* run) {
    LoadedDocument loaded;
    try {
      loaded = BuildDocument(recast.path, recast.text, options);
    } catch (const std::exception&) {
      return;
    }
    auto claims = check_.Claims(loaded.document);
    if (!claims) return;
    for (std::size_t c = 0; c < claims->size(); ++c) {
      const auto& judged = (*claims)[c];
      if (judged.claim.begin < at || judged.claim.begin >= at + length) continue;
      if (judged.claim.form == form && judged.finding.verdict() == v1::VERDICT_SUPPORTED) {
        ++run->recast_read;
        Inject(recast, options, judged.claim, c, contradicted_before, run);
        return;
      }
      run->recast_unread.push_back(std::string(office_holders::ClaimFormName(form)) + ": " +
                                   Describe(recast.path, loaded.document, judged.finding));
      return;
    }
    const std::size_t end = recast.text.find('\n', at);
    run->recast_unread.push_back(
        std::string(office_holders::ClaimFormName(form)) + ": " + recast.path +
        " no claim found in: " + Collapsed(recast.text.substr(at, end - at)));
  }

  // Checks `text` and says which verdict the finding covering [begin, end)
  // has (UNSPECIFIED: none); counts CONTRADICTED findings elsewhere.
  v1::Verdict Caught(const std::string& path, const std::string& text,
                     const DocumentOptions& options, std::uint32_t begin, std::uint32_t end,
                     int before, Run* run, std::string* message) const {
    LoadedDocument loaded;
    try {
      loaded = BuildDocument(path, text, options);
    } catch (const std::exception&) {
      return v1::VERDICT_UNSPECIFIED;
    }
    v1::CheckResponse response;
    check_.Check(loaded.document, &response);
    v1::Verdict verdict = v1::VERDICT_UNSPECIFIED;
    int others = 0;
    for (const auto& f : response.findings()) {
      const bool here = f.span().begin() < end && begin < f.span().end();
      if (here && verdict != v1::VERDICT_CONTRADICTED) {
        *message = Describe(path, loaded.document, f);
        verdict = f.verdict();
      }
      if (!here && f.verdict() == v1::VERDICT_CONTRADICTED) ++others;
    }
    if (others > before) run->other_contradictions += others - before;
    return verdict;
  }

  void Record(Run* run, const Claim& claim, Kind kind, v1::Verdict verdict,
              const std::string& message, const std::string& change) {
    const bool caught = kind == kSwapPastUntimed
                            ? verdict != v1::VERDICT_SUPPORTED && verdict != v1::VERDICT_UNSPECIFIED
                            : verdict == v1::VERDICT_CONTRADICTED;
    auto& tally = run->tallies[static_cast<int>(claim.form)][kind];
    ++tally.injected;
    if (caught) {
      ++tally.caught;
    } else {
      run->missed.push_back(std::string(kKindNames[kind]) + " (" + change + "): " + message);
    }
  }

  void Inject(const Article& article, const DocumentOptions& options, const Claim& claim,
              std::size_t index, int contradicted_before, Run* run) {
    if (claim.modifier != office_holders::Modifier::kNone || claim.explicit_time ||
        claim.historical || claim.given_name_only) {
      // Only claims that speak of the holder in office that day, by a name
      // that can be swapped ("King Charles" has no surname to swap).
      return;
    }
    const auto supporting = Supporting(claim);
    if (!supporting) return;
    const std::size_t pick = std::hash<std::string>{}(article.path) + index;
    std::string message;
    if (auto other = Replacement(claim, supporting->first, supporting->second, pick)) {
      const auto person = reference_.people()[other->first];
      const std::string name =
          claim.by_surname ? SurnameOf(other->first) : std::string(person.name);
      if (SharedName(supporting->second, other->first, name, claim.by_surname)) {
        ++run->undecidable;
      } else {
        std::string text = article.text;
        text.replace(claim.person_begin, claim.person_end - claim.person_begin, name);
        const auto end = static_cast<std::uint32_t>(claim.person_begin + name.size());
        const v1::Verdict verdict = Caught(article.path, text, options, claim.person_begin, end,
                                           contradicted_before, run, &message);
        Kind kind = other->second;
        if (kind == kSwapPast && !claim.present && !claim.explicit_time) kind = kSwapPastUntimed;
        Record(run, claim, kind, verdict, message, claim.person_text + " -> " + name);
      }
    }
    if (claim.people.size() > 1) {
      ++run->undecidable;  // "former President Bush": which Bush?
      return;
    }
    // "former" before the title; capitalized at the start of a sentence.
    std::string text = article.text;
    const std::uint32_t at = claim.time_word_at;
    std::size_t k = at;
    while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\n')) --k;
    const bool starts = k == 0 || text[k - 1] == '.' || text[k - 1] == '-' || text[k - 1] == '"';
    const std::string word = starts ? "Former " : "former ";
    text.insert(at, word);
    const v1::Verdict verdict =
        Caught(article.path, text, options, at, static_cast<std::uint32_t>(claim.end + word.size()),
               contradicted_before, run, &message);
    Record(run, claim, kFormer, verdict, message, "former " + claim.title_text);
  }

  const reference::OfficeHolders& reference_;
  const OfficeHoldersCheck& check_;
  const Flags& flags_;
};

std::string Percent(const Tally& t) {
  if (t.injected == 0) return "-";
  char out[64];
  std::snprintf(out, sizeof out, "%d/%d %.1f%%", t.caught, t.injected,
                100.0 * t.caught / t.injected);
  return out;
}

void Print(const std::string& title, const Run& run, const Flags& flags) {
  auto count = [&](v1::Verdict v) {
    auto it = run.verdicts.find(v);
    return it == run.verdicts.end() ? 0 : it->second;
  };
  std::printf("\n== %s\n", title.c_str());
  std::printf("unmodified: %d supported, %d needs verification, %d contradicted\n",
              count(v1::VERDICT_SUPPORTED), count(v1::VERDICT_NEEDS_VERIFICATION),
              count(v1::VERDICT_CONTRADICTED));
  std::printf("%-30s %-22s %-22s %-22s %-22s %-22s\n", "injected errors caught, by form",
              kKindNames[0], kKindNames[1], kKindNames[2], kKindNames[3], "all");
  Tally total;
  for (int form = 0; form < office_holders::kClaimFormCount; ++form) {
    Tally all;
    for (int kind = 0; kind < kKinds; ++kind) {
      all.injected += run.tallies[form][kind].injected;
      all.caught += run.tallies[form][kind].caught;
    }
    total.injected += all.injected;
    total.caught += all.caught;
    std::printf("%-30s %-22s %-22s %-22s %-22s %-22s\n",
                office_holders::ClaimFormName(static_cast<ClaimForm>(form)),
                Percent(run.tallies[form][0]).c_str(), Percent(run.tallies[form][1]).c_str(),
                Percent(run.tallies[form][2]).c_str(), Percent(run.tallies[form][3]).c_str(),
                Percent(all).c_str());
  }
  std::printf("%-30s %-22s %-22s %-22s %-22s %-22s\n", "all forms", "", "", "", "",
              Percent(total).c_str());
  std::printf("left out, the data cannot decide (the name fits several holders): %d\n",
              run.undecidable);
  std::printf(
      "TITLE NAME claims written again in the other forms: %d read back as SUPPORTED claims of "
      "that form (counted above), %zu not\n",
      run.recast_read, run.recast_unread.size());
  std::printf("new contradictions elsewhere in injected articles: %d\n", run.other_contradictions);
  if (flags.list) {
    std::printf("-- every CONTRADICTED on the unmodified articles (%zu)\n",
                run.contradicted.size());
    for (const auto& line : run.contradicted) std::printf("%s\n", line.c_str());
    std::printf("-- every missed injection (%zu)\n", run.missed.size());
    for (const auto& line : run.missed) std::printf("%s\n", line.c_str());
    std::printf("-- every claim written again in another form and not read back (%zu)\n",
                run.recast_unread.size());
    for (const auto& line : run.recast_unread) std::printf("%s\n", line.c_str());
  }
  if (flags.sample > 0) {
    std::mt19937 random(flags.seed);
    for (const auto* list : {&run.supported, &run.needs_verification}) {
      std::vector<std::string> sample;
      std::sample(list->begin(), list->end(), std::back_inserter(sample), flags.sample, random);
      std::printf("-- a random sample of %zu %s (seed %u)\n", sample.size(),
                  list == &run.supported ? "SUPPORTED" : "NEEDS_VERIFICATION", flags.seed);
      for (const auto& line : sample) std::printf("%s\n", line.c_str());
    }
  }
}

Flags Parse(int argc, char** argv) {
  Flags flags;
  if (const char* env = std::getenv("FACTCHECK_SHARED_DATA")) flags.data = env;
  if (flags.data.empty()) flags.data = "../shared/data";
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "%s needs a value\n", arg.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--data") {
      flags.data = value();
    } else if (arg == "--corpus") {
      flags.corpus = value();
    } else if (arg == "--reference") {
      flags.reference = value();
    } else if (arg == "--bbc-as-of") {
      flags.bbc_as_of = value();
    } else if (arg == "--home-jurisdiction") {
      flags.home = value();
    } else if (arg == "--list") {
      flags.list = true;
    } else if (arg == "--sample") {
      flags.sample = std::stoi(value());
    } else if (arg == "--seed") {
      flags.seed = static_cast<unsigned>(std::stoul(value()));
    } else if (arg == "--write-reference") {
      flags.write_reference = value();
    } else {
      std::fprintf(stderr, "unknown argument %s (see the comment at the top of %s)\n", arg.c_str(),
                   __FILE__);
      std::exit(2);
    }
  }
  return flags;
}

int Main(int argc, char** argv) {
  const Flags flags = Parse(argc, argv);
  if (!fs::is_directory(flags.data / "reuters21578") || !fs::is_directory(flags.data / "bbc-dev") ||
      !fs::is_directory(flags.data / "reference-sources")) {
    std::printf(
        "skipped: %s has no reuters21578/, bbc-dev/ and reference-sources/ (pass --data "
        "DIR or set FACTCHECK_SHARED_DATA)\n",
        flags.data.string().c_str());
    return 0;
  }
  struct Reference {
    std::string name;
    std::vector<std::string> files;
  };
  std::vector<Reference> references;
  if (flags.reference != "sources") {
    Reference bundled{"bundled reference data (config/reference/office-holders)", {}};
    for (const auto& entry : fs::directory_iterator(fs::path(DefaultConfigPath()).parent_path() /
                                                    "reference" / "office-holders")) {
      bundled.files.push_back(entry.path().string());
    }
    std::sort(bundled.files.begin(), bundled.files.end());
    references.push_back(std::move(bundled));
  }
  if (flags.reference != "bundled") {
    const fs::path out = flags.write_reference.empty()
                             ? fs::temp_directory_path() / "factcheck-injection-reference"
                             : flags.write_reference;
    std::vector<std::string> notes;
    Reference sources{"reference data built from reference-sources",
                      BuildReferenceFromSources(flags.data / "reference-sources", out, &notes)};
    for (const auto& note : notes) std::printf("reference: %s\n", note.c_str());
    references.push_back(std::move(sources));
  }
  struct Corpus {
    std::string name;
    std::vector<Article> articles;
    std::string as_of;  // Empty: each article's front matter.
  };
  std::vector<Corpus> corpora;
  if (flags.corpus != "bbc") {
    corpora.push_back({"Reuters-21578 (1987)", ReadReuters(flags.data / "reuters21578"), ""});
  }
  if (flags.corpus != "reuters") {
    corpora.push_back({"BBC (2004-2005, as of " + flags.bbc_as_of + ")",
                       ReadTextFiles(flags.data / "bbc-dev", "bbc/"), flags.bbc_as_of});
  }
  for (const Reference& ref : references) {
    reference::OfficeHolders reference;
    for (const auto& file : ref.files) reference.Load(file);
    reference.Finish();
    const auto counts = reference.Counts();
    office_holders::CheckOptions options;
    if (!flags.home.empty()) options.home_jurisdiction = flags.home;
    const OfficeHoldersCheck check(reference, options);
    for (const Corpus& corpus : corpora) {
      const auto start = std::chrono::steady_clock::now();
      Run run = Bench(reference, check, flags).Measure(corpus.articles, corpus.as_of);
      const double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      Print(corpus.name + ", " + std::to_string(corpus.articles.size()) + " articles; " + ref.name +
                " (" + std::to_string(counts.offices) + " offices, " +
                std::to_string(counts.holdings) + " terms)" +
                (flags.home.empty() ? "" : "; home jurisdiction " + flags.home) + "; " +
                std::to_string(static_cast<int>(seconds)) + " s",
            run, flags);
    }
  }
  return 0;
}

}  // namespace
}  // namespace factcheck::bench

int main(int argc, char** argv) { return factcheck::bench::Main(argc, argv); }
