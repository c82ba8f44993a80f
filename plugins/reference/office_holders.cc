#include "reference/office_holders.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <unordered_map>

#include "common/host_tokens.h"
#include "common/text_tokens.h"
#include "factcheck/error.h"
#include "reference/name_forms.h"
#include "reference/yaml_fields.h"
#include "reference/yaml_stream.h"

namespace factcheck::reference {
namespace {

using namespace std::chrono;

// Where each record came from, for citations.
class FileReader : public yaml::Fields {
 public:
  FileReader(const std::string& path, std::uint32_t file) : yaml::Fields(path), file_(file) {}
  SourceRef Source(const yaml::Value& node) const { return {file_, node.line}; }

 private:
  std::uint32_t file_;
};

}  // namespace

bool Holding::SurelyHeldOn(Days first, Days last) const {
  const Days start = from.last;
  const Days end = to ? to->first : known_until.value_or(Days::max());
  return start <= last && first <= end && start <= end;
}

bool Holding::PossiblyHeldOn(Days first, Days last) const {
  const Days start = from.first;
  const Days end = to ? to->last : Days::max();
  return start <= last && first <= end;
}

std::string Holding::Term() const {
  return "from " + from.text() + (to ? " to " + to->text() : "");
}

std::string Office::DisplayName() const {
  // "of the United Kingdom", "of the European Union", "of the Czech
  // Republic", "of the Netherlands", "of NATO", "of Israel".
  static constexpr std::string_view kPlural[] = {"Netherlands", "Philippines", "Bahamas",
                                                 "Maldives",    "Seychelles",  "Comoros"};
  const bool needs_article =
      jurisdiction.starts_with("United ") || jurisdiction.starts_with("European ") ||
      jurisdiction.ends_with(" Republic") ||
      std::find(std::begin(kPlural), std::end(kPlural), jurisdiction) != std::end(kPlural);
  return title + (needs_article ? " of the " : " of ") + jurisdiction;
}

std::uint32_t OfficeHolders::PersonFor(const std::string& name) {
  const std::string key = text::Fold(name);
  auto [it, inserted] =
      person_by_folded_name_.try_emplace(key, static_cast<std::uint32_t>(people_.size()));
  if (inserted) {
    Person person;
    person.name = name;
    people_.push_back(std::move(person));
  }
  return it->second;
}

Office* OfficeHolders::Extended(const yaml::Fields& reader, const yaml::Value& item,
                                const Office& office) {
  const yaml::Value* extends = item.Find("extends");
  if (extends == nullptr) return nullptr;
  if (extends->kind != yaml::Value::Kind::kScalar ||
      (extends->scalar != "true" && extends->scalar != "false")) {
    reader.Fail(*extends, "'extends' must be true or false");
  }
  const auto found = office_ids_.find(office.id);
  if (extends->scalar != "true" || found == office_ids_.end()) return nullptr;
  Office& existing = offices_[found->second];
  if (existing.source.file == office.source.file) {
    reader.Fail(*item.Find("id"), "duplicate office id '" + office.id + "' in one file (first at " +
                                      Cite(existing.source) + ")");
  }
  if (text::Fold(existing.title) != text::Fold(office.title) ||
      text::Fold(existing.jurisdiction) != text::Fold(office.jurisdiction)) {
    reader.Fail(*item.Find("id"), "'" + office.id + "' extends " + existing.DisplayName() + " (" +
                                      Cite(existing.source) + ") but names " +
                                      office.DisplayName());
  }
  return &existing;
}

void OfficeHolders::CheckOverlaps(Office* office) const {
  // Overlap: a term surely starts before an earlier one surely ends (the
  // earlier one that ends latest). A handover on the same day is allowed.
  std::size_t latest = 0;
  for (std::size_t h = 1; h < office->holders.size(); ++h) {
    Holding& before = office->holders[latest];
    const Holding& after = office->holders[h];
    // A term another file starts after this open term was last checked
    // ends it: that file knows more recent news.
    if (!before.to && before.known_until && after.source.file != before.source.file &&
        after.from.first > *before.known_until) {
      before.to = after.from;
      before.known_until.reset();
    }
    const Days before_end = before.to ? before.to->first : Days::max();
    const Days after_end = after.to ? after.to->first : Days::max();
    if (after.from.last < before_end) {
      throw LocatedError(files_[after.source.file], after.source.line, 1,
                         "holders overlap in office '" + office->id +
                             "': " + people_[after.person].name + " (" + after.Term() + ") and " +
                             people_[before.person].name + " (" + before.Term() + ", " +
                             Cite(before.source) + ")");
    }
    if (after_end > before_end) latest = h;
  }
}

OfficeHolders::OfficeHolders() = default;
OfficeHolders::~OfficeHolders() = default;

void OfficeHolders::Load(const std::string& path, const std::string& shown_as) {
  if (mapping_ != nullptr) {
    throw Error((shown_as.empty() ? path : shown_as) +
                ": a compiled index is loaded alone; compile this file into it");
  }
  if (IsIndexFile(path)) {
    LoadIndex(path, shown_as);
    return;
  }
  const auto file = static_cast<std::uint32_t>(files_.size());
  files_.push_back(shown_as.empty() ? path : shown_as);
  coverage_.emplace_back();
  FileReader reader(files_.back(), file);
  auto check_section = [&](const yaml::Value& section) {
    if (section.scalar != "offices" && section.scalar != "people" && section.scalar != "coverage") {
      reader.Fail(section, "unknown section " + yaml::Shown(section.scalar) +
                               " (expected offices, people or coverage)");
    }
  };
  yaml::ReadSections(
      path, files_.back(), check_section, [&](const yaml::Value& section, const yaml::Value& item) {
        if (section.scalar == "coverage") {
          reader.CheckKeys(item, {"checked", "complete_from"}, "the coverage");
          coverage_.back().checked = reader.Date(item, "checked", false);
          coverage_.back().complete_from = reader.Date(item, "complete_from", false);
          return;
        }
        if (section.scalar == "offices") {
          reader.CheckKeys(item,
                           {"id", "title", "aliases", "jurisdiction", "adjectives", "source",
                            "extends", "holders"},
                           "an office");
          Office office;
          office.id = reader.Text(item, "id", true);
          office.title = reader.Text(item, "title", true);
          office.aliases = reader.List(item, "aliases");
          office.jurisdiction = reader.Text(item, "jurisdiction", true);
          office.adjectives = reader.List(item, "adjectives");
          office.source = reader.Source(item);
          office.source.citation = citations_.Add(reader.Text(item, "source", false));
          Office* extended = Extended(reader, item, office);
          if (extended == nullptr && !office_ids_.try_emplace(office.id, offices_.size()).second) {
            reader.Fail(*item.Find("id"), "duplicate office id '" + office.id + "' (first at " +
                                              Cite(offices_[office_ids_[office.id]].source) +
                                              "; `extends: true` adds terms to it)");
          }
          if (const yaml::Value* holders = item.Find("holders")) {
            if (holders->kind != yaml::Value::Kind::kSequence &&
                holders->kind != yaml::Value::Kind::kNull) {
              reader.Fail(*holders, "'holders' must be a list");
            }
            for (const yaml::Value& entry : holders->children) {
              reader.CheckKeys(entry, {"name", "from", "to", "source"}, "a holder");
              Holding holding;
              holding.person = PersonFor(reader.Text(entry, "name", true));
              holding.from = *reader.Date(entry, "from", true);
              holding.to = reader.Date(entry, "to", false);
              holding.source = reader.Source(entry);
              holding.source.citation = citations_.Add(reader.Text(entry, "source", false));
              if (holding.source.citation == 0) holding.source.citation = office.source.citation;
              if (holding.to && holding.to->last < holding.from.first) {
                reader.Fail(*entry.Find("to"), "'to' (" + holding.to->text() +
                                                   ") is before 'from' (" + holding.from.text() +
                                                   ")");
              }
              (extended ? extended : &office)->holders.push_back(std::move(holding));
            }
          }
          if (extended == nullptr) offices_.push_back(std::move(office));
        } else {  // people
          reader.CheckKeys(item, {"name", "aliases", "surname", "born"}, "a person");
          Person& person = people_[PersonFor(reader.Text(item, "name", true))];
          person.source = reader.Source(item);
          for (auto& alias : reader.List(item, "aliases")) person.aliases.push_back(alias);
          // `surname`: one ("Duncan Smith") or a list.
          const yaml::Value* surname = item.Find("surname");
          if (surname != nullptr && surname->kind == yaml::Value::Kind::kScalar) {
            person.surnames.push_back(reader.Text(item, "surname", false));
          } else {
            for (auto& each : reader.List(item, "surname")) person.surnames.push_back(each);
          }
          if (auto born = reader.Date(item, "born", false)) {
            if (born->first != born->last)
              reader.Fail(*item.Find("born"), "'born' must be YYYY-MM-DD");
            person.born = year_month_day{born->first};
          }
        }
      });
}

void OfficeHolders::Finish() {
  if (mapping_ != nullptr) return;  // A compiled index was finished when compiled.
  for (Office& office : offices_) {
    std::stable_sort(
        office.holders.begin(), office.holders.end(),
        [](const Holding& a, const Holding& b) { return a.from.first < b.from.first; });
    office.complete_from = coverage_[office.source.file].complete_from;
    for (Holding& holding : office.holders) {
      // An extension's terms were checked when their own file was.
      const Coverage& coverage = coverage_[holding.source.file];
      if (!holding.to && coverage.checked) holding.known_until = coverage.checked->first;
      if (coverage.complete_from &&
          (!office.complete_from || coverage.complete_from->first < office.complete_from->first)) {
        office.complete_from = coverage.complete_from;
      }
    }
    CheckOverlaps(&office);
  }
  IndexOffices();
  for (std::uint32_t o = 0; o < offices_.size(); ++o) {
    const Office& office = offices_[o];
    const std::uint32_t jurisdiction = office_jurisdiction_[o];
    jurisdiction_names_.Add(text::FoldedWords(office.jurisdiction), jurisdiction * 2);
    for (const auto& adjective : office.adjectives) {
      jurisdiction_names_.Add(text::FoldedWords(adjective), jurisdiction * 2 + 1);
    }
    titles_.Add(text::FoldedWords(office.title), o);
    for (const auto& alias : office.aliases) titles_.Add(text::FoldedWords(alias), o);
  }
  BuildPeople();
  FilterFirstWords();
}

void OfficeHolders::FilterFirstWords() {
  text::PhraseIndex::FilterFirstWords(
      {&titles_, &jurisdiction_names_, &names_, &surnames_, &bare_surnames_});
}

namespace {

// One word of every title and alias, which a sentence must have to hold
// the title: of each phrase, the word the most phrases share ("minister" of
// "Foreign Minister", "secretary" of "Secretary of State"), the head noun
// that titles repeat, rarer in prose than "foreign", "state" or "trade".
// Any word of a phrase would keep the filter sound; this choice keeps the
// set small and its words uncommon.
// `*all_keyed` is false when a title or alias is only function words
// ("of the"): it has no key word.
text::WordSet TitleKeyWords(const std::vector<Office>& offices, bool* all_keyed) {
  // Every phrase's folded words in one list, each phrase the range up to its
  // end; counted by views of the list's strings, which stay where they are
  // once it is filled. A set and a string map a phrase cost a start-up a
  // third of the index's load.
  std::vector<std::string> words;
  std::vector<std::size_t> phrase_ends;
  auto add_phrase = [&](std::string_view phrase) {
    for (std::string& word : text::FoldedWords(phrase)) words.push_back(std::move(word));
    phrase_ends.push_back(words.size());
  };
  for (const Office& office : offices) {
    add_phrase(office.title);
    for (const auto& alias : office.aliases) add_phrase(alias);
  }
  auto is_function_word = [](std::string_view word) {
    return word == "of" || word == "the" || word == "for" || word == "and";
  };
  // How many phrases have each word, a phrase that repeats it counted once.
  std::unordered_map<std::string_view, std::size_t, text::WordViewHash, std::equal_to<>>
      phrases_with;
  phrases_with.reserve(words.size());
  std::size_t from = 0;
  for (const std::size_t to : phrase_ends) {
    for (std::size_t i = from; i < to; ++i) {
      if (std::find(words.begin() + static_cast<std::ptrdiff_t>(from),
                    words.begin() + static_cast<std::ptrdiff_t>(i),
                    words[i]) == words.begin() + static_cast<std::ptrdiff_t>(i)) {
        ++phrases_with[words[i]];
      }
    }
    from = to;
  }
  // Each phrase's key: its word in the most phrases, the last of equals.
  text::WordSet keys;
  *all_keyed = true;
  from = 0;
  for (const std::size_t to : phrase_ends) {
    const std::string* key = nullptr;
    std::size_t key_count = 0;
    for (std::size_t i = from; i < to; ++i) {
      if (is_function_word(words[i])) continue;
      const std::size_t count = phrases_with.find(std::string_view(words[i]))->second;
      if (!key || count >= key_count) {
        key = &words[i];
        key_count = count;
      }
    }
    if (key) {
      keys.Add(*key);
    } else {
      *all_keyed = false;
    }
    from = to;
  }
  return keys;
}

}  // namespace

void OfficeHolders::IndexOffices() {
  std::unordered_map<std::string, std::uint32_t> jurisdiction_ids;
  jurisdictions_.clear();
  office_jurisdiction_.clear();
  title_words_ = TitleKeyWords(offices_, &every_title_keyed_);
  for (const Office& office : offices_) {
    auto [it, inserted] = jurisdiction_ids.try_emplace(
        text::Fold(office.jurisdiction), static_cast<std::uint32_t>(jurisdictions_.size()));
    if (inserted) jurisdictions_.push_back(office.jurisdiction);
    office_jurisdiction_.push_back(it->second);
  }
}

void OfficeHolders::BuildPeople() {
  // Each person's terms, office by office: counted, then placed.
  std::vector<std::uint32_t> start(people_.size() + 1, 0);
  for (const Office& office : offices_) {
    for (const Holding& holding : office.holders) ++start[holding.person + 1];
  }
  for (std::size_t p = 1; p < start.size(); ++p) start[p] += start[p - 1];
  std::vector<HoldingRef> holdings(start.back());
  std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
  for (std::uint32_t o = 0; o < offices_.size(); ++o) {
    for (std::uint32_t h = 0; h < offices_[o].holders.size(); ++h) {
      holdings[next[offices_[o].holders[h].person]++] = {o, h};
    }
  }
  people_table_.Build(people_, holdings, start);
  for (std::uint32_t p = 0; p < people_.size(); ++p) {
    const Person& person = people_[p];
    const NameForms forms = FormsOf(person.name, person.aliases, person.surnames);
    for (const auto& phrase : forms.full) names_.Add(phrase, p);
    for (const auto& phrase : forms.surnames) surnames_.Add(phrase, p);
    for (const auto& phrase : forms.bare) bare_surnames_.Add(phrase, p);
  }
}

void PeopleTable::Build(const std::vector<Person>& people, const std::vector<HoldingRef>& holdings,
                        const std::vector<std::uint32_t>& holdings_start) {
  std::vector<Entry>& entries = entries_.owned();
  std::vector<char>& chars = chars_.owned();
  entries.clear();
  chars.clear();
  entries.reserve(people.size());
  for (std::uint32_t p = 0; p < people.size(); ++p) {
    const Person& person = people[p];
    Entry entry{};
    entry.name_offset = static_cast<std::uint32_t>(chars.size());
    entry.name_length = static_cast<std::uint32_t>(person.name.size());
    chars.insert(chars.end(), person.name.begin(), person.name.end());
    entry.born = person.born ? Days{*person.born}.time_since_epoch().count() : kNotBorn;
    entry.first_holding = holdings_start[p];
    entry.holding_count = holdings_start[p + 1] - holdings_start[p];
    entry.file = person.source.file;
    entry.line = person.source.line;
    entry.citation = person.source.citation;
    entries.push_back(entry);
  }
  holdings_.owned() = holdings;
}

void PeopleTable::Borrow(const Parts& parts, std::uint32_t files) {
  files_ = files;
  entries_.Borrow(parts.entries);
  chars_.Borrow(parts.chars);
  holdings_.Borrow(parts.holdings);
}

PersonView PeopleTable::operator[](std::uint32_t person) const {
  const Entry& entry = entries_.items()[person];
  const auto chars = chars_.items();
  const auto holdings = holdings_.items();
  PersonView view;
  // A borrowed table's ranges are checked here, not trusted.
  if (entry.name_offset <= chars.size() && entry.name_length <= chars.size() - entry.name_offset)
    view.name = std::string_view(chars.data() + entry.name_offset, entry.name_length);
  if (entry.born != kNotBorn)
    view.born = std::chrono::year_month_day{Days{std::chrono::days{entry.born}}};
  if (entry.first_holding <= holdings.size() &&
      entry.holding_count <= holdings.size() - entry.first_holding)
    view.holdings = holdings.subspan(entry.first_holding, entry.holding_count);
  if (entry.file < files_) view.source = {entry.file, entry.line, entry.citation};
  return view;
}

bool OfficeHolders::MayHaveClaim(const v1::Document& document, int s) const {
  return ClaimFilter(document).AnyIn(s);
}

bool OfficeHolders::MayNameSomeone(const v1::Document& document, int s) const {
  const auto tokens = text::SentenceTokenView::Of(document, s);
  if (!tokens) return true;  // No host tokens: the sentence is matched in full.
  // A name starts at a capitalized word, at the word after one (a surname
  // after a given name the data lacks, "Gordon brown" aside), or at a short
  // particle before one ("van Rompuy", "bin Laden"): only those are looked up.
  // Flags read once a token, carried to the next: most words are none of
  // these, and are let go before their forms are read.
  const std::size_t size = tokens->size();
  std::uint32_t flags = size > 0 ? tokens->flags(0) : 0;
  bool after_capital = false;
  for (std::size_t i = 0; i < size; ++i) {
    const std::uint32_t next_flags = i + 1 < size ? tokens->flags(i + 1) : 0;
    const bool capitalized = (flags & text::kTokenCapitalized) != 0;
    const bool is_word = (flags & text::kTokenKindMask) == 0;
    const bool before_capital = (next_flags & text::kTokenCapitalized) != 0;
    const bool may_start =
        capitalized || after_capital || (before_capital && tokens->folded(i).size() <= 5);
    after_capital = capitalized;
    flags = next_flags;
    if (!is_word || !may_start) continue;
    const std::string_view transliterated = tokens->transliterated(i);
    const std::uint64_t hash = tokens->hash(i);
    // A word with a transliteration is asked as before, under either form.
    if (transliterated.empty() && !names_.MayStartWithHash(hash) &&
        !bare_surnames_.MayStartWithHash(hash)) {
      continue;
    }
    const std::uint32_t word = vocabulary_.NumberOf(tokens->folded(i), hash, transliterated);
    if (names_.StartsWith(word) || bare_surnames_.StartsWith(word)) return true;
  }
  return false;
}

ReferenceCounts OfficeHolders::Counts() const {
  ReferenceCounts counts;
  counts.files = files_.size();
  counts.offices = offices_.size();
  for (const auto& office : offices_) counts.holdings += office.holders.size();
  counts.people = people_table_.size();
  counts.jurisdictions = jurisdictions_.size();
  return counts;
}

std::vector<std::string> OfficeHolders::Disagreements() const {
  // Offices by folded title and jurisdiction.
  std::unordered_map<std::string, std::vector<std::uint32_t>> same;
  for (std::uint32_t o = 0; o < offices_.size(); ++o) {
    same[text::Fold(offices_[o].title) + "|" + text::Fold(offices_[o].jurisdiction)].push_back(o);
  }
  std::vector<std::string> out;
  for (const auto& [key, offices] : same) {
    for (std::size_t a = 0; a < offices.size(); ++a) {
      for (std::size_t b = a + 1; b < offices.size(); ++b) {
        const Office& first = offices_[offices[a]];
        const Office& second = offices_[offices[b]];
        if (first.source.file == second.source.file) continue;
        for (const Holding& x : first.holders) {
          for (const Holding& y : second.holders) {
            if (x.person == y.person) continue;
            // Days both surely cover: from the later start to the earlier end.
            const Days start = std::max(x.from.last, y.from.last);
            const Days x_end = x.to ? x.to->first : x.known_until.value_or(Days::max());
            const Days y_end = y.to ? y.to->first : y.known_until.value_or(Days::max());
            if (start >= std::min(x_end, y_end)) continue;
            out.push_back(Cite(x.source) + " lists " + std::string(people_table_[x.person].name) +
                          " as " + first.DisplayName() + " " + x.Term() + "; " + Cite(y.source) +
                          " lists " + std::string(people_table_[y.person].name) + " " + y.Term());
          }
        }
      }
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string OfficeHolders::Cite(SourceRef source) const {
  return files_[source.file] + ":" + std::to_string(source.line);
}

}  // namespace factcheck::reference
