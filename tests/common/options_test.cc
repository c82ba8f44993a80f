// A checker's options, read against the specs it declares.
#include "common/options.h"

#include <gtest/gtest.h>

#include <filesystem>

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

// A path as the rule reads it: joined to the configuration's folder unless
// absolute, made lexically normal, and shown relative to that folder when
// inside it.
ReferencePath ByTheRule(const std::string& dir, const std::string& path) {
  namespace fs = std::filesystem;
  const fs::path full =
      (fs::path(path).is_absolute() ? fs::path(path) : fs::path(dir) / path).lexically_normal();
  const fs::path inside = full.lexically_relative(fs::path(dir).lexically_normal());
  if (!inside.empty() && *inside.begin() != "..") return {full.string(), inside.string()};
  std::error_code ec;
  const fs::path shown = fs::proximate(full, ec);
  return {full.string(), ec ? full.string() : shown.string()};
}

TEST(OptionsTest, EveryPathIsResolvedAndShownByOneRuleHoweverItIsWritten) {
  const std::vector<std::string> dirs = {"/etc/factcheck",
                                         "/etc/factcheck/",
                                         "/etc//factcheck",
                                         "/etc/./factcheck",
                                         "/etc/x/../factcheck",
                                         "/",
                                         "config",
                                         "config/",
                                         ".",
                                         "..",
                                         "../config",
                                         "./config",
                                         ""};
  const std::vector<std::string> paths = {"uk.yaml",
                                          "ref/uk.yaml",
                                          "ref/a/b/uk.yaml",
                                          "./uk.yaml",
                                          "ref/./uk.yaml",
                                          "ref//uk.yaml",
                                          "ref/",
                                          "../uk.yaml",
                                          "ref/../uk.yaml",
                                          "/abs/uk.yaml",
                                          "/abs//x/../uk.yaml",
                                          ".",
                                          "..",
                                          ".hidden.yaml",
                                          "ref/..yaml",
                                          "a..b/c",
                                          "/etc/factcheck/ref/uk.yaml",
                                          "/etc/factcheck/uk.yaml",
                                          "/etc/factcheckx/uk.yaml",
                                          "/etc/factcheck",
                                          "/etc/factcheck/",
                                          "/etc/factcheck/./uk.yaml",
                                          "/etc/factcheck//uk.yaml",
                                          "/etc/factcheck/ref/../uk.yaml",
                                          "/etc/uk.yaml"};
  for (const auto& dir : dirs) {
    for (const auto& path : paths) {
      SCOPED_TRACE("folder '" + dir + "', path '" + path + "'");
      const Options options(Parse({{"reference", Text(path.c_str())}}), kSpecs, "office-holders",
                            dir);
      const std::vector<ReferencePath> got = options.Paths("reference");
      ASSERT_EQ(got.size(), 1u);
      const ReferencePath expected = ByTheRule(dir, path);
      EXPECT_EQ(got[0].path, expected.path);
      EXPECT_EQ(got[0].shown, expected.shown);
    }
  }
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
