#include "reference/events.h"

#include <algorithm>

#include "common/text_tokens.h"
#include "factcheck/error.h"
#include "reference/yaml_fields.h"
#include "reference/yaml_stream.h"

namespace factcheck::reference {

void Events::Load(const std::string& path, const std::string& shown_as) {
  const auto file = static_cast<std::uint32_t>(files_.size());
  files_.push_back(shown_as.empty() ? path : shown_as);
  const std::string& shown = files_.back();
  yaml::Fields reader(shown);
  yaml::ReadSections(
      path, shown,
      [&](const yaml::Value& section) {
        if (section.scalar != "events" && section.scalar != "series") {
          reader.Fail(section, "unknown section " + yaml::Shown(section.scalar) +
                                   " (expected events or series)");
        }
      },
      [&](const yaml::Value& section, const yaml::Value& item) {
        if (section.scalar == "series") {
          reader.CheckKeys(item, {"id", "kind", "participants", "complete_from", "source"},
                           "a series");
          Series series;
          series.id = reader.Text(item, "id", true);
          series.kind = reader.Text(item, "kind", true);
          series.participants = reader.List(item, "participants");
          if (series.participants.empty()) reader.Fail(item, "a series needs 'participants'");
          series.complete_from = *reader.Date(item, "complete_from", true);
          series.source = {file, item.line, citations_.Add(reader.Text(item, "source", false))};
          series_.push_back(std::move(series));
          return;
        }
        reader.CheckKeys(item,
                         {"id", "name", "aliases", "kind", "date", "end", "participants", "source"},
                         "an event");
        Event event;
        event.id = reader.Text(item, "id", true);
        event.name = reader.Text(item, "name", true);
        event.aliases = reader.List(item, "aliases");
        event.kind = reader.Text(item, "kind", false);
        event.date = *reader.Date(item, "date", true);
        event.end = reader.Date(item, "end", false);
        event.participants = reader.List(item, "participants");
        event.source = {file, item.line, citations_.Add(reader.Text(item, "source", false))};
        if (event.end && event.end->last < event.date.first) {
          reader.Fail(*item.Find("end"), "'end' (" + event.end->text() + ") is before 'date' (" +
                                             event.date.text() + ")");
        }
        if (!ids_.try_emplace(event.id, events_.size()).second) {
          reader.Fail(*item.Find("id"), "duplicate event id '" + event.id + "' (first at " +
                                            Cite(events_[ids_[event.id]].source) + ")");
        }
        events_.push_back(std::move(event));
      });
}

void Events::Finish() {
  for (std::uint32_t e = 0; e < events_.size(); ++e) {
    auto add = [&](const std::string& name) {
      const auto words = text::FoldedWords(name);
      names_.Add(words, e);
      if (!words.empty()) name_words_.Add(words.front());
    };
    add(events_[e].name);
    for (const auto& alias : events_[e].aliases) add(alias);
  }
  std::unordered_map<std::string, std::uint32_t> participant_ids;
  auto add_participant = [&](const std::string& participant) {
    const std::string folded = text::Fold(participant);
    auto [it, inserted] =
        participant_ids.try_emplace(folded, static_cast<std::uint32_t>(participant_names_.size()));
    if (inserted) participant_names_.push_back(folded);
    participants_.Add(text::FoldedWords(participant), it->second);
  };
  for (const Event& event : events_) {
    kinds_.insert(event.kind);
    for (const auto& p : event.participants) add_participant(p);
  }
  for (const Series& series : series_) {
    kinds_.insert(series.kind);
    for (const auto& p : series.participants) add_participant(p);
  }
}

std::string Events::Cite(SourceRef source) const {
  return files_[source.file] + ":" + std::to_string(source.line);
}

}  // namespace factcheck::reference
