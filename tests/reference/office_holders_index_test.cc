// The compiled index (`factcheck reference compile`): a model read in place
// from its tables answers every question as the model built from YAML, is
// loaded alone, and bytes that are no index of this build are refused or
// read safely, never trusted.
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>

#include "common/text_tokens.h"
#include "factcheck/error.h"
#include "reference/office_holders.h"
#include "test_support.h"

namespace factcheck::reference {
namespace {

const char kData[] =
    "coverage: {checked: 2024-01-01, complete_from: 1990}\n"
    "offices:\n"
    "  - id: il.pm\n"
    "    title: Prime Minister\n"
    "    aliases: [premier]\n"
    "    jurisdiction: Israel\n"
    "    adjectives: [Israeli]\n"
    "    source: Knesset\n"
    "    holders:\n"
    "      - {name: Ehud Olmert, from: 2006-04-14, to: 2009-03-31}\n"
    "      - {name: Benjamin Netanyahu, from: 2009-03-31, to: 2021-06-13}\n"
    "      - {name: Naftali Bennett, from: 2021-06-13, to: 2022-06-30}\n"
    "      - {name: Benjamin Netanyahu, from: 2022-12-29}\n"
    "  - id: us.president\n"
    "    title: President\n"
    "    jurisdiction: United States\n"
    "    adjectives: [U.S., American]\n"
    "    holders:\n"
    "      - {name: George H. W. Bush, from: 1989-01-20, to: 1993-01-20}\n"
    "      - {name: Bill Clinton, from: 1993-01-20, to: 2001-01-20}\n"
    "people:\n"
    "  - {name: Benjamin Netanyahu, aliases: [Bibi], born: 1949-10-21}\n"
    "  - {name: Bill Clinton, surname: Clinton}\n";

class IndexTest : public ::testing::Test {
 protected:
  void SetUp() override {
    yaml_path_ = dir_.Write("data.yaml", kData);
    from_yaml_.Load(yaml_path_, "data.yaml");
    from_yaml_.Finish();
    index_path_ = Write("data.fcidx", from_yaml_.Compile({yaml_path_}));
  }
  std::string Write(const std::string& name, const std::string& bytes) {
    const std::string path = (dir_.path() / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
  // The values of the longest phrase of `index` at the start of `phrase`.
  static std::vector<std::uint32_t> Lookup(const OfficeHolders& model,
                                           const text::PhraseIndex& index,
                                           const std::string& phrase) {
    text::TokenList tokens = text::TokenizePhrase(phrase);
    model.Number(&tokens.mutable_tokens());
    return index.Longest(tokens, 0).values;
  }

  testing::TempDir dir_;
  std::string yaml_path_;
  std::string index_path_;
  OfficeHolders from_yaml_;
};

TEST_F(IndexTest, ACompiledModelAnswersAsTheYamlModel) {
  OfficeHolders from_index;
  from_index.Load(index_path_, "data.fcidx");
  from_index.Finish();
  const auto a = from_yaml_.Counts(), b = from_index.Counts();
  EXPECT_EQ(b.files, a.files);
  EXPECT_EQ(b.offices, a.offices);
  EXPECT_EQ(b.holdings, a.holdings);
  EXPECT_EQ(b.people, a.people);
  EXPECT_EQ(b.jurisdictions, a.jurisdictions);
  for (std::uint32_t p = 0; p < a.people; ++p) {
    const PersonView x = from_yaml_.people()[p], y = from_index.people()[p];
    EXPECT_EQ(y.name, x.name);
    EXPECT_EQ(y.born, x.born);
    ASSERT_EQ(y.holdings.size(), x.holdings.size()) << x.name;
    for (std::size_t h = 0; h < x.holdings.size(); ++h) {
      EXPECT_EQ(y.holdings[h].office, x.holdings[h].office);
      EXPECT_EQ(y.holdings[h].holding, x.holdings[h].holding);
    }
  }
  for (std::uint32_t o = 0; o < a.offices; ++o) {
    const Office& x = from_yaml_.offices()[o];
    const Office& y = from_index.offices()[o];
    EXPECT_EQ(y.DisplayName(), x.DisplayName());
    EXPECT_EQ(from_index.Citation(y.source), from_yaml_.Citation(x.source));
    ASSERT_EQ(y.holders.size(), x.holders.size());
    for (std::size_t h = 0; h < x.holders.size(); ++h) {
      EXPECT_EQ(y.holders[h].Term(), x.holders[h].Term());
      EXPECT_EQ(y.holders[h].known_until, x.holders[h].known_until);
      EXPECT_EQ(from_index.Cite(y.holders[h].source), from_yaml_.Cite(x.holders[h].source));
    }
    EXPECT_EQ(y.complete_from.has_value(), x.complete_from.has_value());
  }
  for (const char* name : {"Benjamin Netanyahu", "Bibi", "Bill Clinton", "George Bush",
                           "George H. W. Bush", "Nobody Known"}) {
    EXPECT_EQ(Lookup(from_index, from_index.names(), name),
              Lookup(from_yaml_, from_yaml_.names(), name))
        << name;
  }
  EXPECT_EQ(Lookup(from_index, from_index.names(), "Bibi"), std::vector<std::uint32_t>{1});
  EXPECT_EQ(Lookup(from_index, from_index.surnames(), "Clinton"),
            Lookup(from_yaml_, from_yaml_.surnames(), "Clinton"));
  EXPECT_EQ(Lookup(from_index, from_index.titles(), "premier"), std::vector<std::uint32_t>{0});
  EXPECT_EQ(Lookup(from_index, from_index.jurisdiction_names(), "American"),
            Lookup(from_yaml_, from_yaml_.jurisdiction_names(), "American"));
  EXPECT_EQ(from_index.jurisdictions(), from_yaml_.jurisdictions());
}

TEST_F(IndexTest, AnIndexIsLoadedAlone) {
  {
    OfficeHolders model;
    model.Load(index_path_);
    EXPECT_THROW(model.Load(yaml_path_), Error);
  }
  {
    OfficeHolders model;
    model.Load(yaml_path_);
    EXPECT_THROW(model.Load(index_path_), Error);
  }
}

TEST_F(IndexTest, AnIndexOfAnotherLayoutIsRefused) {
  std::string bytes = from_yaml_.Compile({yaml_path_});
  bytes[12] ^= 0x01;  // The layout word, after the magic and the version.
  OfficeHolders model;
  try {
    model.Load(Write("other.fcidx", bytes));
    FAIL() << "an index of another layout was read";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("lays records out otherwise"), std::string::npos)
        << e.what();
  }
}

// Damage behind a hash that matches (as an index written by a faulty
// build would have): each byte of the payload changed in turn, the model
// is refused or reads without leaving its tables (the sanitizers' build
// runs this too).
TEST_F(IndexTest, DamagedTablesAreRefusedOrReadSafely) {
  const std::string index = from_yaml_.Compile({yaml_path_});
  // The payload ends the file; its size is in the header: magic (8 bytes),
  // version, layout, source count (4 each), sources key, payload size.
  std::uint64_t payload_size = 0;
  std::memcpy(&payload_size, index.data() + 28, sizeof payload_size);
  ASSERT_LE(payload_size, index.size());
  const std::string payload = index.substr(index.size() - payload_size);
  ASSERT_GT(payload.size(), 100u);
  int refused = 0, read = 0;
  for (std::size_t at = 0; at < payload.size(); at += 3) {
    std::string damaged = payload;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x5a);
    OfficeHolders model;
    try {
      model.Load(Write("damaged.fcidx", IndexFileWithPayload(damaged)));
      model.Finish();
    } catch (const Error&) {
      ++refused;
      continue;
    }
    ++read;
    for (const char* phrase : {"Prime Minister Benjamin Netanyahu", "President Bill Clinton"}) {
      for (const text::PhraseIndex* phrases : {&model.names(), &model.titles()}) {
        for (std::uint32_t value : Lookup(model, *phrases, phrase)) {
          const bool in_range = phrases == &model.names() ? value < model.people().size()
                                                          : value < model.offices().size();
          EXPECT_TRUE(in_range) << "byte " << at;
        }
      }
    }
    for (std::uint32_t p = 0; p < model.people().size(); ++p) {
      for (const HoldingRef& ref : model.people()[p].holdings) {
        ASSERT_LT(ref.office, model.offices().size());
        ASSERT_LT(ref.holding, model.offices()[ref.office].holders.size());
      }
    }
  }
  EXPECT_GT(refused, 0);
  EXPECT_GT(read, 0);
}

}  // namespace
}  // namespace factcheck::reference
