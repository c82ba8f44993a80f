// The events reference: named events and their dates (schema in
// docs/plugins/dates.md), and an index to find their names in text.
#ifndef FACTCHECK_PLUGINS_REFERENCE_EVENTS_H_
#define FACTCHECK_PLUGINS_REFERENCE_EVENTS_H_

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/phrase_index.h"
#include "common/word_set.h"
#include "reference/office_holders.h"

namespace factcheck::reference {

struct Event {
  std::string id;
  std::string name;
  std::vector<std::string> aliases;
  std::string kind;
  PartialDate date;
  std::optional<PartialDate> end;
  std::vector<std::string> participants;
  SourceRef source;
};

// A declaration that the events files list every event of `kind` with these
// participants from `complete_from` on, so that the absence of one is
// evidence too.
struct Series {
  std::string id;
  std::string kind;
  std::vector<std::string> participants;
  PartialDate complete_from;
  SourceRef source;
};

class Events {
 public:
  Events() = default;
  Events(const Events&) = delete;
  Events& operator=(const Events&) = delete;

  // Reads one file; `shown_as` names it in errors and citations. Throws
  // LocatedError for bad data.
  void Load(const std::string& path, const std::string& shown_as = "");
  // Builds the name index. Call once after loading.
  void Finish();

  const std::vector<Event>& events() const { return events_; }
  const std::vector<Series>& series() const { return series_; }
  const text::PhraseIndex& names() const { return names_; }
  // Participants of events and series, by their folded words, in the same
  // vocabulary as names(); values index participant_names() (folded).
  const text::PhraseIndex& participants() const { return participants_; }
  const std::vector<std::string>& participant_names() const { return participant_names_; }
  // Every event and series kind ("summit", "visit").
  const std::set<std::string, std::less<>>& kinds() const { return kinds_; }
  // The first words of every name and alias, to skip sentences cheaply.
  const text::WordSet& name_words() const { return name_words_; }
  void Number(std::vector<text::Token>* tokens) const { vocabulary_.Number(tokens); }
  std::string Cite(SourceRef source) const;
  // The record's `source:` (a URL or a citation); empty when it has none.
  const std::string& Citation(SourceRef source) const { return citations_.Get(source.citation); }

 private:
  std::vector<std::string> files_;
  Citations citations_;
  std::vector<Event> events_;
  std::vector<Series> series_;
  std::unordered_map<std::string, std::size_t> ids_;
  text::Vocabulary vocabulary_;
  text::PhraseIndex names_{&vocabulary_};
  text::PhraseIndex participants_{&vocabulary_};
  std::vector<std::string> participant_names_;
  std::set<std::string, std::less<>> kinds_;
  text::WordSet name_words_;
};

}  // namespace factcheck::reference

#endif  // FACTCHECK_PLUGINS_REFERENCE_EVENTS_H_
