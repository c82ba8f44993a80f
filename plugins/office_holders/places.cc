#include "office_holders/places.h"

#include <string_view>
#include <unordered_set>

#include "common/host_tokens.h"
#include "common/word_hash.h"

namespace factcheck::office_holders {
namespace {

// One country a line: its name, then its adjectives and, marked with @, its
// other names.
constexpr std::string_view kPlaces = R"(
Afghanistan|Afghan
Albania|Albanian
Algeria|Algerian
Andorra|Andorran
Angola|Angolan
Antigua and Barbuda|Antiguan
Argentina|Argentine|Argentinian
Armenia|Armenian
Australia|Australian
Austria|Austrian
Azerbaijan|Azerbaijani|Azeri
Bahamas|Bahamian
Bahrain|Bahraini
Bangladesh|Bangladeshi
Barbados|Barbadian
Belarus|Belarusian|@Byelorussia|Byelorussian
Belgium|Belgian
Belize|Belizean
Benin|Beninese
Bhutan|Bhutanese
Bolivia|Bolivian
Bosnia|Bosnian|@Bosnia and Herzegovina
Botswana|Botswanan
Brazil|Brazilian
Brunei|Bruneian
Bulgaria|Bulgarian
Burkina Faso|Burkinabe
Burma|Burmese|@Myanmar
Burundi|Burundian
Cambodia|Cambodian|@Kampuchea
Cameroon|Cameroonian
Canada|Canadian
Cape Verde|Cape Verdean
Central African Republic
Chad|Chadian
Chile|Chilean
China|Chinese|@People's Republic of China|@PRC
Colombia|Colombian
Comoros|Comoran
Congo|Congolese|@Democratic Republic of Congo|@DRC|@Zaire|Zairean
Costa Rica|Costa Rican
Croatia|Croatian
Cuba|Cuban
Cyprus|Cypriot
Czech Republic|Czech|@Czechia|@Czechoslovakia|Czechoslovak
Denmark|Danish
Djibouti|Djiboutian
Dominica|@Dominican Republic
Ecuador|Ecuadorean|Ecuadorian
Egypt|Egyptian
El Salvador|Salvadorean|Salvadoran
Equatorial Guinea
Eritrea|Eritrean
Estonia|Estonian
Ethiopia|Ethiopian
Fiji|Fijian
Finland|Finnish
France|French
Gabon|Gabonese
Gambia|Gambian
Georgia|Georgian
Germany|German|@West Germany|West German|@East Germany|East German
Ghana|Ghanaian
Greece|Greek
Grenada|Grenadian
Guatemala|Guatemalan
Guinea|Guinean|@Guinea-Bissau
Guyana|Guyanese
Haiti|Haitian
Honduras|Honduran
Hungary|Hungarian
Iceland|Icelandic
India|Indian
Indonesia|Indonesian
Iran|Iranian
Iraq|Iraqi
Ireland|Irish|@Irish Republic|@Republic of Ireland
Israel|Israeli
Italy|Italian
Ivory Coast|Ivorian|@Cote d'Ivoire
Jamaica|Jamaican
Japan|Japanese
Jordan|Jordanian
Kazakhstan|Kazakh
Kenya|Kenyan
Kiribati
Kosovo|Kosovar
Kuwait|Kuwaiti
Kyrgyzstan|Kyrgyz
Laos|Lao|Laotian
Latvia|Latvian
Lebanon|Lebanese
Lesotho
Liberia|Liberian
Libya|Libyan
Liechtenstein
Lithuania|Lithuanian
Luxembourg|Luxembourgish
Macedonia|Macedonian|@North Macedonia
Madagascar|Malagasy
Malawi|Malawian
Malaysia|Malaysian
Maldives|Maldivian
Mali|Malian
Malta|Maltese
Mauritania|Mauritanian
Mauritius|Mauritian
Mexico|Mexican
Moldova|Moldovan
Monaco|Monegasque
Mongolia|Mongolian
Montenegro|Montenegrin
Morocco|Moroccan
Mozambique|Mozambican
Namibia|Namibian
Nepal|Nepalese|Nepali
Netherlands|Dutch|@Holland
New Zealand|New Zealander
Nicaragua|Nicaraguan
Niger|Nigerien
Nigeria|Nigerian
North Korea|North Korean
Norway|Norwegian
Oman|Omani
Pakistan|Pakistani
Palestine|Palestinian|@Palestinian Authority
Panama|Panamanian
Papua New Guinea
Paraguay|Paraguayan
Peru|Peruvian
Philippines|Philippine|Filipino
Poland|Polish
Portugal|Portuguese
Qatar|Qatari
Romania|Romanian|@Rumania|Rumanian
Russia|Russian|@Russian Federation
Rwanda|Rwandan
Saudi Arabia|Saudi
Senegal|Senegalese
Serbia|Serbian|Serb
Seychelles
Sierra Leone|Sierra Leonean
Singapore|Singaporean
Slovakia|Slovak
Slovenia|Slovenian|Slovene
Somalia|Somali
South Africa|South African
South Korea|South Korean|@Korea|Korean
South Sudan
Soviet Union|Soviet|@USSR
Spain|Spanish
Sri Lanka|Sri Lankan
Sudan|Sudanese
Suriname|Surinamese
Swaziland|Swazi|@Eswatini
Sweden|Swedish
Switzerland|Swiss
Syria|Syrian
Taiwan|Taiwanese
Tajikistan|Tajik
Tanzania|Tanzanian
Thailand|Thai
Togo|Togolese
Tonga|Tongan
Solomon Islands|Solomon Islander|@Solomons
Samoa|Samoan|@Western Samoa
Tuvalu|Tuvaluan
Nauru|Nauruan
Saint Vincent and the Grenadines|Vincentian|@St Vincent and the Grenadines|@St. Vincent and the Grenadines|@St Vincent|@St. Vincent
Saint Kitts and Nevis|Kittitian|@St Kitts and Nevis|@St. Kitts and Nevis|@St Kitts|@St. Kitts
Saint Lucia|Saint Lucian|@St Lucia|@St. Lucia|St Lucian|St. Lucian
Micronesia|Micronesian|@Federated States of Micronesia
Marshall Islands|Marshallese
Palau|Palauan
Trinidad and Tobago|Trinidadian
Tunisia|Tunisian
Turkey|Turkish|@Turkiye
Turkmenistan|Turkmen
Uganda|Ugandan
Ukraine|Ukrainian
United Arab Emirates|@UAE|Emirati
United Kingdom|British|@Britain|@UK|@Great Britain
United States|American|@US|@USA|@America
Uruguay|Uruguayan
Uzbekistan|Uzbek
Vanuatu
Vatican|@Holy See
Venezuela|Venezuelan
Vietnam|Vietnamese|@Viet Nam
Yemen|Yemeni
Yugoslavia|Yugoslav
Zambia|Zambian
Zimbabwe|Zimbabwean
Scotland|Scottish
Wales|Welsh
Northern Ireland
England|English
Quebec
Ontario
Bavaria|Bavarian
Catalonia|Catalan
Hong Kong
European Union|@EU|@European Community|@EC|@EEC
European Commission
NATO
United Nations|@UN
)";

// Seats of government and capitals that tell which country an article is
// about without naming it ("the White House said"): the seat, then its
// country as kPlaces names it. Never read as a title's place ("London
// Mayor" is no national title). Capitals shared with a region, a person or
// a company's name in everyday copy are left out.
constexpr std::string_view kSeats = R"(
White House|United States
Washington|United States
Capitol Hill|United States
Pentagon|United States
Wall Street|United States
Downing Street|United Kingdom
Whitehall|United Kingdom
Westminster|United Kingdom
Elysee|France
Matignon|France
Bundestag|Germany
Bonn|Germany
Knesset|Israel
Ottawa|Canada
Canberra|Australia
New Delhi|India
Beijing|China
Ankara|Turkey
Tokyo|Japan
Seoul|South Korea
Brasilia|Brazil
Pretoria|South Africa
)";

std::string Joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& word : words) out += (out.empty() ? "" : " ") + word;
  return out;
}

}  // namespace

Places::Places(const reference::OfficeHolders& reference) {
  // Most offices share their country's name and adjectives with others: a
  // name written as one before is where the first put it, and not folded
  // again (jurisdictions_ keeps the first place of each).
  std::unordered_set<std::string_view, text::WordViewHash, std::equal_to<>> seen;
  auto add = [&](const std::string& name, std::uint32_t j) {
    if (seen.insert(name).second) jurisdictions_.emplace(Joined(text::FoldedWords(name)), j);
  };
  for (std::uint32_t o = 0; o < reference.offices().size(); ++o) {
    const auto& office = reference.offices()[o];
    const std::uint32_t j = reference.OfficeJurisdiction(o);
    add(office.jurisdiction, j);
    for (const auto& adjective : office.adjectives) add(adjective, j);
  }
  std::size_t start = 0;
  while (start < kPlaces.size()) {
    std::size_t end = kPlaces.find('\n', start);
    if (end == std::string_view::npos) end = kPlaces.size();
    const std::string_view line = kPlaces.substr(start, end - start);
    start = end + 1;
    if (line.empty()) continue;
    Place place;
    std::vector<std::pair<std::string, bool>> phrases;  // Folded, is an adjective.
    for (std::size_t b = 0; b <= line.size();) {
      std::size_t e = line.find('|', b);
      if (e == std::string_view::npos) e = line.size();
      std::string_view phrase = line.substr(b, e - b);
      const bool other_name = phrase.starts_with('@');
      if (other_name) phrase.remove_prefix(1);
      if (place.name.empty()) place.name = std::string(phrase);
      phrases.emplace_back(Joined(text::FoldedWords(phrase)), b > 0 && !other_name);
      b = e + 1;
    }
    for (const auto& [phrase, adjective] : phrases) {
      if (auto it = jurisdictions_.find(phrase); it != jurisdictions_.end()) {
        place.jurisdiction = it->second;
      }
    }
    const auto index = static_cast<std::uint32_t>(places_.size());
    places_.push_back(std::move(place));
    for (const auto& [phrase, adjective] : phrases) {
      by_phrase_.Add(phrase, Entry{index, adjective});
    }
  }
  for (std::size_t begin = 0; begin < kSeats.size();) {
    std::size_t end = kSeats.find('\n', begin);
    if (end == std::string_view::npos) end = kSeats.size();
    const std::string_view line = kSeats.substr(begin, end - begin);
    begin = end + 1;
    const auto bar = line.find('|');
    if (bar == std::string_view::npos) continue;
    const auto country = by_phrase_.entries.find(Joined(text::FoldedWords(line.substr(bar + 1))));
    if (country == by_phrase_.entries.end()) continue;
    seats_.Add(Joined(text::FoldedWords(line.substr(0, bar))), country->second);
  }
}

Places::Match Places::At(const std::vector<text::Token>& tokens, std::size_t start) const {
  return Longest(by_phrase_, tokens, start);
}

bool Places::MayCueIn(const v1::Document& document, int s) const {
  const auto tokens = text::SentenceTokenView::Of(document, s);
  if (!tokens) return true;
  for (std::size_t i = 0; i < tokens->size(); ++i) {
    const std::uint32_t flags = tokens->flags(i);
    if ((flags & text::kTokenKindMask) != 0 || (flags & text::kTokenCapitalized) == 0) continue;
    const std::string_view folded = tokens->folded(i);
    if (by_phrase_.first_words.Contains(folded) || seats_.first_words.Contains(folded)) {
      return true;
    }
  }
  return false;
}

Places::Match Places::CueAt(const std::vector<text::Token>& tokens, std::size_t start) const {
  Match place = At(tokens, start);
  Match seat = Longest(seats_, tokens, start);
  return seat.length > place.length ? seat : place;
}

void Places::Phrases::Add(const std::string& phrase, Entry entry) {
  // The first of a phrase's words, as the folded word of a token.
  first_words.Add(phrase.substr(0, phrase.find(' ')));
  entries.emplace(phrase, entry);
}

Places::Match Places::Longest(const Phrases& phrases, const std::vector<text::Token>& tokens,
                              std::size_t start) const {
  Match match;
  if (!phrases.StartsAt(tokens, start)) return match;
  std::string phrase;
  for (std::size_t i = start; i < tokens.size() && i < start + 3; ++i) {
    const text::Token& token = tokens[i];
    if (token.kind != text::Token::Kind::kWord || !token.capitalized) break;
    if (!phrase.empty()) phrase += ' ';
    phrase += token.folded;
    if (auto it = phrases.entries.find(phrase); it != phrases.entries.end()) {
      match.length = i - start + 1;
      match.name = places_[it->second.place].name;
      match.jurisdiction = places_[it->second.place].jurisdiction;
      match.adjective = it->second.adjective;
    }
    if (token.possessive) break;
  }
  return match;
}

std::optional<std::uint32_t> Places::Jurisdiction(const std::string& name) const {
  auto it = jurisdictions_.find(Joined(text::FoldedWords(name)));
  if (it == jurisdictions_.end()) return std::nullopt;
  return it->second;
}

}  // namespace factcheck::office_holders
