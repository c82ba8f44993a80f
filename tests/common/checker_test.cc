// What the kit's Checker tells the host once configured: the word sets its
// sentence filters test, as word lists (ConfigureResponse.word_lists).
#include "common/checker.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace factcheck::kit {
namespace {

class FilteringChecker final : public Checker {
 public:
  FilteringChecker() : Checker(CheckerSpec{"filtering", "1.0", {}, {}}) {}

 private:
  void Load(const Options&) override { titles_ = text::WordSet({"president", "minister"}); }
  bool CheckDocument(const v1::Document&, v1::CheckResponse*) const override { return true; }
  std::vector<const text::WordSet*> SentenceFilters() const override {
    return {&titles_, &empty_, nullptr};
  }

  text::WordSet titles_;
  text::WordSet empty_;
};

class SilentChecker final : public Checker {
 public:
  SilentChecker() : Checker(CheckerSpec{"silent", "1.0", {}, {}}) {}

 private:
  void Load(const Options&) override {}
  bool CheckDocument(const v1::Document&, v1::CheckResponse*) const override { return true; }
};

// The plugin object the host gets from a library: the checker wrapped.
template <typename PluginClass>
std::unique_ptr<Plugin> Created() {
  return std::unique_ptr<Plugin>(internal::CreatePlugin<PluginClass>(kProtocolVersion).plugin);
}

TEST(CheckerTest, TellsTheHostTheWordsOfEachSentenceFilterOnceConfigured) {
  const std::unique_ptr<Plugin> plugin = Created<FilteringChecker>();
  v1::ConfigureResponse response;
  ASSERT_TRUE(internal::ConfigureInProcess(*plugin, v1::ConfigureRequest(), &response).ok());
  // The empty set and the null one are no lists.
  ASSERT_EQ(response.word_lists_size(), 1);
  std::vector<std::string> words(response.word_lists(0).words().begin(),
                                 response.word_lists(0).words().end());
  std::sort(words.begin(), words.end());
  EXPECT_EQ(words, (std::vector<std::string>{"minister", "president"}));
}

TEST(CheckerTest, AConfigureThatFailsTellsNothing) {
  const std::unique_ptr<Plugin> plugin = Created<FilteringChecker>();
  v1::ConfigureRequest request;
  (*request.mutable_options()->mutable_fields())["unknown"].set_bool_value(true);
  v1::ConfigureResponse response;
  EXPECT_EQ(internal::ConfigureInProcess(*plugin, request, &response).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(response.word_lists_size(), 0);
}

TEST(CheckerTest, ACheckerWithoutFiltersTellsNoList) {
  const std::unique_ptr<Plugin> plugin = Created<SilentChecker>();
  v1::ConfigureResponse response;
  ASSERT_TRUE(internal::ConfigureInProcess(*plugin, v1::ConfigureRequest(), &response).ok());
  EXPECT_EQ(response.word_lists_size(), 0);
}

}  // namespace
}  // namespace factcheck::kit
