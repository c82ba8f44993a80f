#include "events.h"

#include <algorithm>

#include "factcheck/error.h"
#include "text_tokens.h"
#include "yaml_stream.h"

namespace factcheck::dates {
namespace {

class Reader {
 public:
  explicit Reader(const std::string& path) : path_(path) {}

  [[noreturn]] void Fail(const yaml::Value& node, const std::string& message) const {
    yaml::Fail(path_, node, message);
  }

  std::string Text(const yaml::Value& map, const char* key, bool required) const {
    const yaml::Value* value = map.Find(key);
    if (value == nullptr || value->kind == yaml::Value::Kind::kNull) {
      if (required) Fail(map, std::string("missing '") + key + "'");
      return {};
    }
    if (value->kind != yaml::Value::Kind::kScalar || value->scalar.empty()) {
      Fail(*value, std::string("'") + key + "' must be a non-empty string");
    }
    return value->scalar;
  }

  std::vector<std::string> List(const yaml::Value& map, const char* key) const {
    std::vector<std::string> out;
    const yaml::Value* value = map.Find(key);
    if (value == nullptr || value->kind == yaml::Value::Kind::kNull) return out;
    if (value->kind != yaml::Value::Kind::kSequence) {
      Fail(*value, std::string("'") + key + "' must be a list");
    }
    for (const auto& item : value->children) {
      if (item.kind != yaml::Value::Kind::kScalar || item.scalar.empty()) {
        Fail(item, std::string("each entry of '") + key + "' must be a non-empty string");
      }
      out.push_back(item.scalar);
    }
    return out;
  }

  std::optional<PartialDate> Date(const yaml::Value& map, const char* key, bool required) const {
    const yaml::Value* value = map.Find(key);
    if (value == nullptr || value->kind == yaml::Value::Kind::kNull) {
      if (required) Fail(map, std::string("missing '") + key + "'");
      return std::nullopt;
    }
    auto date = value->kind == yaml::Value::Kind::kScalar
                    ? office_holders::ParsePartialDate(value->scalar)
                    : std::nullopt;
    if (!date) {
      Fail(*value, std::string("'") + key + "' must be a date: YYYY, YYYY-MM or YYYY-MM-DD (got '" +
                       value->scalar + "')");
    }
    return date;
  }

 private:
  const std::string& path_;
};

}  // namespace

void Events::Load(const std::string& path, const std::string& shown_as) {
  const auto file = static_cast<std::uint32_t>(files_.size());
  files_.push_back(shown_as.empty() ? path : shown_as);
  const std::string& shown = files_.back();
  Reader reader(shown);
  yaml::ReadSections(
      path, shown,
      [&](const yaml::Value& section) {
        if (section.scalar != "events" && section.scalar != "series") {
          reader.Fail(section,
                      "unknown section '" + section.scalar + "' (expected events or series)");
        }
      },
      [&](const yaml::Value& section, const yaml::Value& item) {
        if (section.scalar == "series") {
          if (item.kind != yaml::Value::Kind::kMapping)
            reader.Fail(item, "a series must be a mapping");
          for (std::size_t i = 0; i < item.children.size(); i += 2) {
            const auto& key = item.children[i];
            if (key.scalar != "id" && key.scalar != "kind" && key.scalar != "participants" &&
                key.scalar != "complete_from") {
              reader.Fail(key, "unknown key '" + key.scalar +
                                   "' in a series (expected one of: id, kind, participants, "
                                   "complete_from)");
            }
          }
          Series series;
          series.id = reader.Text(item, "id", true);
          series.kind = reader.Text(item, "kind", true);
          series.participants = reader.List(item, "participants");
          if (series.participants.empty()) reader.Fail(item, "a series needs 'participants'");
          series.complete_from = *reader.Date(item, "complete_from", true);
          series.source = {file, item.line};
          series_.push_back(std::move(series));
          return;
        }
        if (item.kind != yaml::Value::Kind::kMapping)
          reader.Fail(item, "an event must be a mapping");
        static const std::vector<std::string> kKeys = {"id",   "name", "aliases",     "kind",
                                                       "date", "end",  "participants"};
        for (std::size_t i = 0; i < item.children.size(); i += 2) {
          const auto& key = item.children[i];
          if (std::find(kKeys.begin(), kKeys.end(), key.scalar) == kKeys.end()) {
            reader.Fail(key, "unknown key '" + key.scalar +
                                 "' in an event (expected one of: id, name, aliases, kind, date, "
                                 "end, participants)");
          }
        }
        Event event;
        event.id = reader.Text(item, "id", true);
        event.name = reader.Text(item, "name", true);
        event.aliases = reader.List(item, "aliases");
        event.kind = reader.Text(item, "kind", false);
        event.date = *reader.Date(item, "date", true);
        event.end = reader.Date(item, "end", false);
        event.participants = reader.List(item, "participants");
        event.source = {file, item.line};
        if (event.end && event.end->last < event.date.first) {
          reader.Fail(*item.Find("end"),
                      "'end' (" + event.end->text + ") is before 'date' (" + event.date.text + ")");
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
    names_.Add(text::FoldedWords(events_[e].name), e);
    for (const auto& alias : events_[e].aliases) names_.Add(text::FoldedWords(alias), e);
  }
}

std::string Events::Cite(SourceRef source) const {
  return files_[source.file] + ":" + std::to_string(source.line);
}

}  // namespace factcheck::dates
