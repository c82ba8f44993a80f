// The events reference: its schema and its errors with file, line, column.
#include "reference/events.h"

#include <gtest/gtest.h>

#include "factcheck/error.h"
#include "test_support.h"

namespace factcheck::reference {
namespace {

std::string LoadError(const std::string& yaml) {
  testing::TempDir dir;
  Events events;
  try {
    events.Load(dir.Write("events.yaml", yaml), "events.yaml");
    events.Finish();
  } catch (const LocatedError& e) {
    return std::to_string(e.line()) + ":" + std::to_string(e.column()) + ": " + e.what();
  }
  return "";
}

TEST(EventsTest, ReadsTheSchema) {
  testing::TempDir dir;
  Events events;
  events.Load(dir.Write("e.yaml",
                        "events:\n"
                        "  - id: cop15\n"
                        "    name: Copenhagen climate summit\n"
                        "    aliases: [COP15]\n"
                        "    kind: summit\n"
                        "    date: 2009-12-07\n"
                        "    end: 2009-12-18\n"
                        "    participants: [United Nations]\n"),
              "e.yaml");
  events.Finish();
  ASSERT_EQ(events.events().size(), 1u);
  const Event& event = events.events()[0];
  EXPECT_EQ(event.kind, "summit");
  EXPECT_EQ(event.end->text(), "2009-12-18");
  EXPECT_EQ(events.Cite(event.source), "e.yaml:2");
  EXPECT_EQ(events.names().phrase_count(), 2u);
}

TEST(EventsTest, BadDataNamesLineAndColumn) {
  EXPECT_EQ(LoadError("events:\n  - {id: a, name: A, date: 2009-13}\n"),
            "2:28: 'date' must be a date: YYYY, YYYY-MM or YYYY-MM-DD (got '2009-13')");
  EXPECT_EQ(LoadError("events:\n  - {id: a, name: A, date: 2009, end: 2008}\n"),
            "2:39: 'end' (2008) is before 'date' (2009)");
  EXPECT_EQ(
      LoadError("events:\n  - {id: a, name: A, date: 2009}\n  - {id: a, name: B, date: 2010}\n")
          .rfind("3:10: duplicate event id 'a'", 0),
      0u);
  EXPECT_EQ(LoadError("events:\n  - {id: a, name: A}\n"), "2:5: missing 'date'");
  EXPECT_EQ(LoadError("events:\n  - {id: a, name: A, date: 2009, place: Oslo}\n")
                .rfind("2:34: unknown key 'place' in an event", 0),
            0u);
  EXPECT_EQ(LoadError("offices: []\n"),
            "1:1: unknown section 'offices' (expected events or series)");
}

}  // namespace
}  // namespace factcheck::reference
