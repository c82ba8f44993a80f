// The office-holder reference data: offices, who held them when, and people.
// Loaded from YAML files (schema in docs/plugins/office-holders.md), merged,
// validated, and indexed for matching in text.
#ifndef FACTCHECK_PLUGINS_REFERENCE_OFFICE_HOLDERS_H_
#define FACTCHECK_PLUGINS_REFERENCE_OFFICE_HOLDERS_H_

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common/partial_date.h"
#include "common/phrase_index.h"
#include "common/word_set.h"
#include "reference/citations.h"

namespace factcheck::yaml {
class Fields;
struct Value;
}  // namespace factcheck::yaml

namespace factcheck::reference {

class IndexReader;

// Whether `path` is a compiled index (`factcheck reference compile`).
bool IsIndexFile(const std::string& path);

// An index file around `payload` with the header that makes it load (no
// sources, the payload's hash): for tests and fuzzing of the reader.
std::string IndexFileWithPayload(std::string_view payload);

using factcheck::Days;
using factcheck::FormatDay;
using factcheck::ParsePartialDate;
using factcheck::PartialDate;

struct SourceRef {
  std::uint32_t file = 0;
  std::uint32_t line = 0;
  // The published source the record names (`source:`), numbered in the
  // model's Citations; 0 when it names none.
  std::uint32_t citation = 0;
};

struct Holding {
  std::uint32_t person;
  PartialDate from;
  std::optional<PartialDate> to;  // None: still in office.
  // For a term still open: the last day the data was checked (its file's
  // `coverage: checked`); after it the term may have ended. None: open
  // terms are taken as lasting.
  std::optional<Days> known_until;
  SourceRef source;

  // Surely in office on a day: between from's last and to's first day.
  bool SurelyHeldOn(Days first, Days last) const;
  // Possibly in office on some day of [first, last], given partial dates.
  bool PossiblyHeldOn(Days first, Days last) const;
  // "from 2022-12-29" or "from 2019-07-24 to 2022-09-06".
  std::string Term() const;
};

struct Office {
  std::string id;
  std::string title;
  std::vector<std::string> aliases;
  std::string jurisdiction;
  std::vector<std::string> adjectives;
  std::vector<Holding> holders;  // Sorted by start.
  SourceRef source;
  // The first day from which the data lists every holder: the earliest
  // `coverage: complete_from` of the files that give its terms (an office
  // extended by a full history is complete from that history's start).
  // None: no file declares it, and the data is taken as complete.
  std::optional<PartialDate> complete_from;

  // "Prime Minister of Israel".
  std::string DisplayName() const;
};

// A person as the files give one, while they load.
struct Person {
  std::string name;
  std::vector<std::string> aliases;
  std::vector<std::string> surnames;  // As the data states them (`surname`): "Duncan Smith".
  std::optional<std::chrono::year_month_day> born;
  SourceRef source;  // Its `people` entry, if it has one.
};

// A term of a person: offices()[office].holders[holding].
struct HoldingRef {
  std::uint32_t office;
  std::uint32_t holding;
};

// A person as the checkers read one, from the people table.
struct PersonView {
  std::string_view name;
  std::optional<std::chrono::year_month_day> born;
  std::span<const HoldingRef> holdings;  // In office order, then by start.
  SourceRef source;
};

// Everybody the data names, in flat arrays that Finish() builds and a
// compiled index lends (memory-mapped, a million people cost no parsing).
class PeopleTable {
 public:
  PersonView operator[](std::uint32_t person) const;
  std::size_t size() const { return entries_.items().size(); }
  bool empty() const { return size() == 0; }

  // Builds the table; `holdings[p]` lists the terms of person p.
  void Build(const std::vector<Person>& people, const std::vector<HoldingRef>& holdings,
             const std::vector<std::uint32_t>& holdings_start);

  struct Entry {
    std::uint32_t name_offset;
    std::uint32_t name_length;
    std::int32_t born;  // Days since 1970-01-01, or kNotBorn.
    std::uint32_t first_holding;
    std::uint32_t holding_count;
    std::uint32_t file;
    std::uint32_t line;
    std::uint32_t citation;
  };
  static constexpr std::int32_t kNotBorn = INT32_MIN;
  struct Parts {
    std::span<const Entry> entries;
    std::span<const char> chars;
    std::span<const HoldingRef> holdings;
  };
  Parts parts() const { return {entries_.items(), chars_.items(), holdings_.items()}; }
  // Reads the table from a compiled index of `files` files.
  void Borrow(const Parts& parts, std::uint32_t files);

 private:
  std::uint32_t files_ = UINT32_MAX;  // A source citing no file reads as none.
  text::FlatColumn<Entry> entries_;
  text::FlatColumn<char> chars_;
  text::FlatColumn<HoldingRef> holdings_;
};

// What a reference file declares about how far its data reaches
// (`coverage:`): every holder of its offices is listed from `complete_from`
// on, and was checked against the sources on `checked`.
struct Coverage {
  std::optional<PartialDate> checked;
  std::optional<PartialDate> complete_from;
};

struct ReferenceCounts {
  std::size_t files = 0;
  std::size_t offices = 0;
  std::size_t holdings = 0;
  std::size_t people = 0;
  std::size_t jurisdictions = 0;
};

class OfficeHolders {
 public:
  OfficeHolders();
  ~OfficeHolders();
  OfficeHolders(const OfficeHolders&) = delete;  // The indexes point at the vocabulary.
  OfficeHolders& operator=(const OfficeHolders&) = delete;

  // Reads one file and merges it in; `shown_as` names it in errors and
  // citations (default: `path`). Throws LocatedError for bad data.
  void Load(const std::string& path, const std::string& shown_as = "");
  // Checks what needs every file (holders overlapping in an office) and
  // builds the indexes. Throws LocatedError. Nothing to do for an index.
  void Finish();

  // The compiled index of the finished model (after Finish): its tables in
  // a flat binary file that Load() maps and reads in place instead of
  // parsing YAML and building indexes, keyed by the contents of `sources`
  // so that a stale index is refused.
  std::string Compile(const std::vector<std::string>& sources) const;
  // The same for a caller that has the sources' key (SourcesKey) already.
  std::string Compile(const std::vector<std::string>& sources, std::uint64_t sources_key) const;
  // The key an index records of its sources, their paths and bytes; reads
  // them. Throws Error for a source that cannot be read.
  static std::uint64_t SourcesKey(const std::vector<std::string>& sources);
  // Reads the compiled index at `path` for sources whose key the caller has
  // computed: stale unless the index records that key, and no source is
  // read again. Throws as Load does for a corrupt or stale index.
  void LoadIndexOf(const std::string& path, std::uint64_t sources_key);

  const std::vector<Office>& offices() const { return offices_; }
  // The coverage the file of `office` declares (empty when it declares none).
  const Coverage& CoverageOf(std::uint32_t office) const {
    return coverage_[offices_[office].source.file];
  }
  // The reference files, as cited, and their coverage, in load order.
  const std::vector<std::string>& files() const { return files_; }
  const Coverage& FileCoverage(std::uint32_t file) const { return coverage_[file]; }
  const PeopleTable& people() const { return people_table_; }
  // The people as the YAML files gave them, with their aliases and
  // surnames (empty for a compiled index).
  const std::vector<Person>& loaded_people() const { return people_; }
  const std::vector<std::string>& jurisdictions() const { return jurisdictions_; }
  ReferenceCounts Counts() const;
  // Whether the model was read from a compiled index rather than YAML.
  bool compiled() const { return mapping_ != nullptr; }

  // "config/reference/israel.yaml:12".
  std::string Cite(SourceRef source) const;
  // Where files disagree: offices of one title and jurisdiction from
  // different files that name different people for the same days, one line
  // each, citing both records ("a.yaml:12 lists X as ... from ...;
  // b.yaml:40 lists Y"). For `factcheck reference check`.
  std::vector<std::string> Disagreements() const;
  // The published source of the record (a holder's own `source:`, else its
  // office's): a URL or a citation; empty when the data gives none.
  const std::string& Citation(SourceRef source) const { return citations_.Get(source.citation); }

  // Office titles and aliases -> office indexes.
  const text::PhraseIndex& titles() const { return titles_; }
  // Jurisdiction names and adjectives -> jurisdiction indexes, each value
  // encoded as index * 2 + 1 for an adjective ("U.S.", "Israeli") and
  // index * 2 for a name ("United States", "Israel"); see JurisdictionOf.
  const text::PhraseIndex& jurisdiction_names() const { return jurisdiction_names_; }
  static std::uint32_t JurisdictionOf(std::uint32_t value) { return value >> 1; }
  static bool IsAdjective(std::uint32_t value) { return (value & 1u) != 0; }
  // Full names and aliases, and the ways the press writes them (without
  // middle initials or suffixes, transliterated; see name_forms.h) ->
  // person indexes.
  const text::PhraseIndex& names() const { return names_; }
  // Surnames alone -> person indexes (used only with context).
  const text::PhraseIndex& surnames() const { return surnames_; }
  // Surnames of people the data names without a given name ("Lord
  // Prescott", "Thatcher"): a capitalized word before one may be the given
  // name the data does not have ("John Prescott").
  const text::PhraseIndex& bare_surnames() const { return bare_surnames_; }
  // False when the sentence has none of the key words of the titles and
  // aliases (each phrase's head noun: "minister", "secretary"), so it cannot
  // hold a claim: a cheap scan that spares most sentences the full matching.
  bool MayHaveClaim(const v1::Document& document, int s) const;
  // The same test of every sentence of `document`, for a scan of them all
  // (the host's bit for the title words found once).
  text::SentenceFilter ClaimFilter(const v1::Document& document) const {
    return text::SentenceFilter(title_words_, document);
  }
  // Those key words, folded.
  const text::WordSet& title_words() const { return title_words_; }
  // Whether every title and alias holds one of them (false if one is only
  // function words, "of the", and so has none).
  bool every_title_keyed() const { return every_title_keyed_; }
  // False when no word of the sentence that may start a name (capitalized,
  // after a capitalized word, or a short particle before one) starts a
  // person's full name or a surname the data gives alone: it names nobody
  // the data knows.
  bool MayNameSomeone(const v1::Document& document, int s) const;

  // Numbers the words of a sentence's tokens for the indexes above.
  void Number(std::vector<text::Token>* tokens) const { vocabulary_.Number(tokens); }
  // Leaves them to be numbered as the indexes above look them up: most
  // words of a sentence start no title, place or name, and are never
  // numbered (text::PhraseIndex::StartsAt).
  static void LeaveUnnumbered(std::vector<text::Token>* tokens) {
    text::Vocabulary::LeaveUnnumbered(tokens);
  }
  std::uint32_t OfficeJurisdiction(std::uint32_t office) const {
    return office_jurisdiction_[office];
  }

 private:
  std::uint32_t PersonFor(const std::string& name);
  // The office of another file that `item` (an office with `extends:
  // true`) adds its terms to, if one of that id is loaded; nullptr when
  // it stands alone. Fails when the two name different offices.
  Office* Extended(const yaml::Fields& reader, const yaml::Value& item, const Office& office);
  // Throws LocatedError where two terms of `office` overlap; an open term
  // that another file's later term follows ends where that one starts.
  void CheckOverlaps(Office* office) const;
  // Reads a compiled index (see Compile) instead of YAML; throws Error for
  // a corrupt index, or one whose sources changed since: checked against
  // `sources_key` when given, else against the sources when at hand.
  void LoadIndex(const std::string& path, const std::string& shown_as,
                 std::optional<std::uint64_t> sources_key = std::nullopt);
  void ReadPayload(IndexReader& reader);
  // The terms and the tables read in place (the mapping outlives them).
  void ReadTables(IndexReader& reader, const std::vector<std::uint32_t>& holder_counts,
                  std::uint32_t files, std::uint32_t cited);
  // What Finish() derives from the offices that an index does not store.
  void IndexOffices();
  // The people table and the name indexes, from people_ and the offices.
  void BuildPeople();
  // Fills each index's filter of the hashes of its first words, built or
  // read (PhraseIndex::FilterFirstWords): most words of a text start no
  // title or name, and are let go without asking the vocabulary.
  void FilterFirstWords();

  // The compiled index the tables borrow from, when one was loaded.
  std::shared_ptr<const void> mapping_;
  std::vector<std::string> files_;
  std::vector<Coverage> coverage_;  // By file.
  Citations citations_;
  std::vector<Office> offices_;
  std::vector<Person> people_;  // As loaded; checkers read people_table_.
  PeopleTable people_table_;
  std::vector<std::string> jurisdictions_;
  std::vector<std::uint32_t> office_jurisdiction_;
  std::unordered_map<std::string, std::uint32_t> office_ids_;
  std::unordered_map<std::string, std::uint32_t> person_by_folded_name_;
  text::WordSet title_words_;
  bool every_title_keyed_ = true;
  text::Vocabulary vocabulary_;
  text::PhraseIndex titles_{&vocabulary_};
  text::PhraseIndex jurisdiction_names_{&vocabulary_};
  text::PhraseIndex names_{&vocabulary_};
  text::PhraseIndex surnames_{&vocabulary_};
  text::PhraseIndex bare_surnames_{&vocabulary_};
};

}  // namespace factcheck::reference

#endif  // FACTCHECK_PLUGINS_REFERENCE_OFFICE_HOLDERS_H_
