// The ways the press writes the names the reference data gives.
#include "reference/name_forms.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace factcheck::reference {
namespace {

bool Has(const std::vector<Phrase>& phrases, const Phrase& phrase) {
  return std::find(phrases.begin(), phrases.end(), phrase) != phrases.end();
}

TEST(NameFormsTest, MiddleInitialsMayBeLeftOutOrWrittenTogether) {
  const NameForms w = FormsOf("George W. Bush", {}, {});
  EXPECT_TRUE(Has(w.full, {"george", "w", "bush"}));
  EXPECT_TRUE(Has(w.full, {"george", "bush"}));
  const NameForms hw = FormsOf("George H. W. Bush", {}, {});
  EXPECT_TRUE(Has(hw.full, {"george", "hw", "bush"}));
  EXPECT_TRUE(Has(hw.full, {"george", "bush"}));
  EXPECT_TRUE(Has(hw.surnames, {"bush"}));
  // A first initial stays: "G. William Miller" is not any William Miller.
  const NameForms miller = FormsOf("G. William Miller", {}, {});
  EXPECT_TRUE(Has(miller.full, {"g", "william", "miller"}));
  EXPECT_FALSE(Has(miller.full, {"william", "miller"}));
}

TEST(NameFormsTest, SuffixesParticlesAndStatedSurnames) {
  EXPECT_TRUE(Has(FormsOf("Martin Luther King Jr.", {}, {}).full, {"martin", "luther", "king"}));
  const NameForms leyen = FormsOf("Ursula von der Leyen", {}, {});
  EXPECT_TRUE(Has(leyen.surnames, {"von", "der", "leyen"}));
  const NameForms ids = FormsOf("Iain Duncan Smith", {}, {"Duncan Smith"});
  EXPECT_TRUE(Has(ids.surnames, {"duncan", "smith"}));
  const NameForms bibi = FormsOf("Benjamin Netanyahu", {"Netanyahu"}, {});
  EXPECT_TRUE(Has(bibi.surnames, {"netanyahu"}));
  EXPECT_TRUE(bibi.bare.empty());
}

TEST(NameFormsTest, TransliterationsOfUmlauts) {
  const NameForms forms = FormsOf("Gerhard Schröder", {}, {});
  EXPECT_TRUE(Has(forms.full, {"gerhard", "schroder"}));
  EXPECT_TRUE(Has(forms.full, {"gerhard", "schroeder"}));
  EXPECT_TRUE(Has(forms.surnames, {"schroeder"}));
}

TEST(NameFormsTest, PeersAndMonarchs) {
  const NameForms peer = FormsOf("Lord Cameron of Chipping Norton", {}, {});
  EXPECT_TRUE(Has(peer.full, {"lord", "cameron"}));
  EXPECT_TRUE(Has(peer.surnames, {"cameron"}));
  EXPECT_TRUE(Has(peer.bare, {"cameron"}));
  const NameForms queen = FormsOf("Elizabeth II", {}, {});
  EXPECT_TRUE(Has(queen.full, {"elizabeth", "ii"}));
  EXPECT_TRUE(Has(queen.surnames, {"elizabeth"}));
  EXPECT_FALSE(Has(queen.full, {"elizabeth"}));
  EXPECT_TRUE(Has(FormsOf("Thatcher", {}, {}).bare, {"thatcher"}));
  EXPECT_TRUE(Has(FormsOf("Sir Keir Starmer", {}, {}).full, {"keir", "starmer"}));
}

}  // namespace
}  // namespace factcheck::reference
