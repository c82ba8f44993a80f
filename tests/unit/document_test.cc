// Document building: which bytes are checkable prose and how they split into
// sentences.
#include <gtest/gtest.h>

#include "document/document_loader.h"
#include "factcheck/error.h"

namespace factcheck {
namespace {

// Each sentence's checkable text: its segments joined with '|'.
std::vector<std::string> Sentences(const std::string& path, const std::string& text) {
  LoadedDocument loaded = BuildDocument(path, text, DocumentOptions{});
  std::vector<std::string> out;
  for (const auto& sentence : loaded.document.sentences()) {
    std::string joined;
    for (const auto& segment : sentence.segments()) {
      if (!joined.empty()) joined += "|";
      joined += text.substr(segment.begin(), segment.end() - segment.begin());
    }
    EXPECT_EQ(sentence.span().begin(), sentence.segments(0).begin());
    out.push_back(joined);
  }
  return out;
}

TEST(DocumentTest, AbbreviationsDoNotEndSentences) {
  EXPECT_EQ(Sentences("a.md", "Mr. Smith met U.S. officials on Monday. They talked.\n"),
            (std::vector<std::string>{"Mr. Smith met U.S. officials on Monday.", "They talked."}));
}

TEST(DocumentTest, MiddleInitialsDoNotEndSentences) {
  EXPECT_EQ(
      Sentences("a.md", "President George W. Bush met Harry S. Truman's heirs. They talked.\n"),
      (std::vector<std::string>{"President George W. Bush met Harry S. Truman's heirs.",
                                "They talked."}));
}

TEST(DocumentTest, AnInitialThatOpensANameDoesNotEndASentence) {
  EXPECT_EQ(Sentences("a.md",
                      "Officials said W. Michael Blumenthal would go. It went to Plan B. "
                      "Officials agreed.\n"),
            (std::vector<std::string>{"Officials said W. Michael Blumenthal would go.",
                                      "It went to Plan B. Officials agreed."}));
}

TEST(DocumentTest, ALetterThatIsNoInitialStillEndsASentence) {
  // "I" after "World War" is a numeral; "vitamin" is no name.
  EXPECT_EQ(Sentences("a.md",
                      "It began after World War I. Then it grew. They took vitamin C. It "
                      "helped.\n"),
            (std::vector<std::string>{"It began after World War I.", "Then it grew.",
                                      "They took vitamin C.", "It helped."}));
}

TEST(DocumentTest, MarkdownLeavesOutCodeHtmlCommentsImagesAndLinkTargets) {
  const std::string text =
      "---\ntitle: front matter is not prose\n---\n"
      "# Heading\n\n"
      "See [the minister](https://example.org/minister) and `code span` here.\n\n"
      "<!-- a comment -->\n\n"
      "```\nfenced code.\n```\n\n"
      "    indented code.\n\n"
      "Text with ![alt text](pic.png) an image and <b>html</b> inline.\n"
      "A <https://example.org> autolink.\n";
  EXPECT_EQ(Sentences("a.md", text),
            (std::vector<std::string>{"Heading", "See |the minister| and | here.",
                                      "Text with | an image and |html| inline.", "A | autolink."}));
}

TEST(DocumentTest, EmphasisSplitsSegmentsButSoftBreaksDoNot) {
  EXPECT_EQ(Sentences("a.md", "The **former** prime\nminister spoke.\n"),
            (std::vector<std::string>{"The |former| prime\nminister spoke."}));
}

TEST(DocumentTest, SentencesNeverCrossBlocks) {
  EXPECT_EQ(
      Sentences("a.md",
                "- First item\n- Second item\n\n| a cell | another |\n|---|---|\n| x | y |\n"),
      (std::vector<std::string>{"First item", "Second item", "a cell", "another", "x", "y"}));
}

TEST(DocumentTest, PlainTextWithLongLinesIsOneParagraphPerLine) {
  const std::string line(120, 'x');
  EXPECT_EQ(Sentences("a.txt", "Key Moment\n" + line + ".\nShort line.\n"),
            (std::vector<std::string>{"Key Moment", line + ".", "Short line."}));
}

TEST(DocumentTest, HardWrappedPlainTextJoinsLinesOfAParagraph) {
  const std::string first = "The minister of finance said in a statement on";
  const std::string second = "Tuesday that the budget would be published in March.";
  EXPECT_EQ(Sentences("a.txt", "Headline\n" + first + " the\n" + second + "\n\nNext.\n"),
            (std::vector<std::string>{"Headline", first + " the\n" + second, "Next."}));
}

TEST(DocumentTest, AsOfComesFromCommandLineThenFrontMatterThenConfigThenToday) {
  DocumentOptions options;
  const std::string text = "---\ndate: 2023-06-15T08:00:00+02:00\n---\nText.\n";
  EXPECT_EQ(BuildDocument("a.md", text, options).document.as_of(), "2023-06-15");
  options.command_line_as_of = std::chrono::year{2001} / 2 / 3;
  auto loaded = BuildDocument("a.md", text, options);
  EXPECT_EQ(loaded.document.as_of(), "2001-02-03");
  EXPECT_EQ(loaded.as_of_source, AsOfSource::kCommandLine);
  DocumentOptions config_only;
  config_only.config_as_of = std::chrono::year{1999} / 12 / 31;
  loaded = BuildDocument("a.md", "Text.\n", config_only);
  EXPECT_EQ(loaded.document.as_of(), "1999-12-31");
  EXPECT_EQ(loaded.as_of_source, AsOfSource::kConfig);
  EXPECT_EQ(BuildDocument("a.md", "Text.\n", {}).as_of_source, AsOfSource::kToday);
}

TEST(DocumentTest, MetadataHoldsFrontMatterScalars) {
  auto loaded = BuildDocument("a.md", "---\ntitle: Visit\nauthor: Ann\n---\nText.\n", {});
  EXPECT_EQ(loaded.document.metadata().at("title"), "Visit");
  EXPECT_EQ(loaded.document.metadata().at("author"), "Ann");
  // Read by yaml-cpp (a list), and a text short enough to be held in place
  // by its string, which the document then takes.
  loaded = BuildDocument("a.md", "---\ntags: [a]\ntitle: \"A \\\"B\\\"\"\n---\nText.\n", {});
  EXPECT_EQ(loaded.document.metadata().at("title"), "A \"B\"");
  EXPECT_EQ(loaded.document.metadata().count("tags"), 0u);
  loaded = BuildDocument("a.md", "---\na: b\n---\n", {});
  EXPECT_EQ(loaded.document.metadata().at("a"), "b");
}

TEST(DocumentTest, FrontMatterDateOrderReadsNumericDates) {
  DocumentOptions options;
  options.command_line_as_of = std::chrono::year{2024} / 1 / 1;
  for (const auto& [yaml, begin] :
       {std::pair{"date_order: dmy", "2023-04-03"}, std::pair{"lang: en-GB", "2023-04-03"},
        std::pair{"date_order: mdy", "2023-03-04"}}) {
    const auto loaded = BuildDocument(
        "a.md", std::string("---\n") + yaml + "\n---\nThe deal closed on 3/4/2023.\n", options);
    ASSERT_EQ(loaded.document.time_expressions_size(), 1) << yaml;
    EXPECT_EQ(loaded.document.time_expressions(0).begin(), begin) << yaml;
  }
}

TEST(DocumentTest, InvalidInputNamesLineAndColumn) {
  try {
    BuildDocument("a.md", "ok\nab\xFF", {});
    FAIL();
  } catch (const LocatedError& e) {
    EXPECT_EQ(e.Describe(), "a.md:2:3: file is not valid UTF-8");
  }
}

TEST(DocumentTest, EmptyAndProseFreeFilesHaveNoSentences) {
  EXPECT_TRUE(Sentences("a.md", "").empty());
  EXPECT_TRUE(Sentences("a.md", "```\ncode only\n```\n").empty());
  EXPECT_TRUE(Sentences("a.md", "---\ntitle: x\n---\n").empty());
}

}  // namespace
}  // namespace factcheck
