// A checker's options, read against the specs it declares.
#include "common/options.h"

#include <gtest/gtest.h>

#include "factcheck/error.h"

namespace factcheck::kit {
namespace {

using google::protobuf::Struct;

const std::vector<OptionSpec> kSpecs = {
    {"reference", OptionType::kPaths, "Reference files.", true},
    {"home_jurisdiction", OptionType::kString, "The newsroom's country."},
    {"strict", OptionType::kBool, "Stricter."},
    {"extra_words", OptionType::kStrings, "More words."},
};

Struct Parse(std::initializer_list<std::pair<const char*, google::protobuf::Value>> fields) {
  Struct options;
  for (const auto& [key, value] : fields) (*options.mutable_fields())[key] = value;
  return options;
}

google::protobuf::Value Text(const char* text) {
  google::protobuf::Value v;
  v.set_string_value(text);
  return v;
}

std::string ErrorOf(const Struct& options) {
  try {
    Options(options, kSpecs, "office-holders", "/etc/factcheck");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST(OptionsTest, ReadsEachTypeAndResolvesPathsAgainstTheConfigFolder) {
  google::protobuf::Value strict;
  strict.set_bool_value(true);
  const Options options(Parse({{"reference", Text("ref/uk.yaml")},
                               {"home_jurisdiction", Text("United Kingdom")},
                               {"strict", strict},
                               {"extra_words", Text("Tory")}}),
                        kSpecs, "office-holders", "/etc/factcheck");
  ASSERT_EQ(options.Paths("reference").size(), 1u);
  EXPECT_EQ(options.Paths("reference")[0].path, "/etc/factcheck/ref/uk.yaml");
  EXPECT_EQ(options.String("home_jurisdiction"), "United Kingdom");
  EXPECT_EQ(options.Bool("strict"), true);
  EXPECT_EQ(options.Strings("extra_words"), std::vector<std::string>{"Tory"});
  EXPECT_FALSE(options.Number("absent").has_value());
}

TEST(OptionsTest, UnknownOptionsWrongTypesAndMissingRequiredOnesAreErrors) {
  EXPECT_EQ(ErrorOf(Parse({{"reference", Text("a.yaml")}, {"colour", Text("red")}})),
            "office-holders: unknown option 'colour' (expected: reference, home_jurisdiction, "
            "strict, extra_words)");
  EXPECT_EQ(ErrorOf(Parse({{"reference", Text("a.yaml")}, {"strict", Text("yes")}})),
            "office-holders: option 'strict' must be true or false");
  EXPECT_EQ(ErrorOf(Parse({{"home_jurisdiction", Text("X")}})),
            "office-holders: option 'reference' is required");
}

}  // namespace
}  // namespace factcheck::kit
