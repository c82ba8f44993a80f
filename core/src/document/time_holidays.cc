#include "document/time_holidays.h"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <unordered_map>

#include "document/time_calendars.h"
#include "document/time_lexicon.h"

namespace factcheck::tagger {

using namespace std::chrono;
using calendar::DayTime;

namespace {

using Spans = std::vector<HolidaySpan>;

HolidaySpan One(sys_days d) { return {d, d}; }
Spans Fixed(int y, unsigned m, unsigned d) { return {One(sys_days{year{y} / m / d})}; }
// The n-th weekday wd (1 Monday) of month m; the last when n is -1.
sys_days NthWeekday(int y, unsigned m, int n, unsigned wd) {
  if (n < 0) return sys_days{year{y} / m / weekday_last{weekday{wd % 7}}};
  return sys_days{year{y} / m / weekday_indexed{weekday{wd % 7}, static_cast<unsigned>(n)}};
}
Spans Easter(int y, int offset, int length = 1) {
  const sys_days d = calendar::Easter(y) + days{offset};
  return {{d, d + days{length - 1}}};
}
Spans Orthodox(int y, int offset, int length = 1) {
  const sys_days d = calendar::OrthodoxEaster(y) + days{offset};
  return {{d, d + days{length - 1}}};
}
// A Jewish holiday of `length` days from day d of Hebrew month m: from the
// evening before, when it starts at sundown.
Spans Hebrew(int y, int m, int d, int length = 1) {
  const int hebrew_year = y + (m >= 7 && m <= 9 ? 3761 : 3760);
  if ((m == 12) && calendar::HebrewLeapYear(hebrew_year)) m = 13;  // Adar II.
  const sys_days first = calendar::FromHebrew(hebrew_year, m, d);
  return {{first - days{1}, first + days{length - 1}}};
}
// A Jewish holiday moved off some weekdays (Israel's memorial days).
Spans HebrewMoved(int y, int m, int d, std::initializer_list<std::pair<unsigned, int>> moves) {
  Spans spans = Hebrew(y, m, d);
  const unsigned wd = weekday{spans[0].end}.iso_encoding();
  for (auto [from, by] : moves) {
    if (wd == from) spans[0] = {spans[0].begin + days{by}, spans[0].end + days{by}};
  }
  return spans;
}
Spans Islamic(int y, int m, int d) {
  Spans spans;
  for (sys_days day : calendar::IslamicDays(y, m, d)) spans.push_back(One(day));
  return spans;
}
Spans Hindu(int y, int month, int tithi, DayTime when, int offset = 0) {
  Spans spans;
  for (sys_days day : calendar::HinduLunarDays(y, month, tithi, when)) {
    spans.push_back(One(day + days{offset}));
  }
  return spans;
}
// Raksha Bandhan: the full moon of Shravana, in the afternoon, or the next
// morning when it lasts past the first fifth of it.
Spans RakshaBandhan(int y) {
  Spans spans = Hindu(y, 5, 15, DayTime::kAfternoon);
  for (HolidaySpan& span : spans) {
    if (calendar::TithiAt(span.begin + days{1}, DayTime::kMorning, 15)) {
      span = One(span.begin + days{1});
    }
  }
  return spans;
}
Spans Ramadan(int y) {
  Spans spans = Islamic(y, 9, 1);
  for (HolidaySpan& span : spans) {
    const auto eid = calendar::IslamicDays(y, 10, 1);
    auto it = std::find_if(eid.begin(), eid.end(), [&](sys_days d) { return d > span.begin; });
    span.end = it != eid.end() ? *it - days{1} : span.begin + days{28};
  }
  return spans;
}
// The last Friday before Eid al-Fitr.
Spans JumuatulWida(int y) {
  Spans spans = Islamic(y, 10, 1);
  for (HolidaySpan& span : spans) {
    sys_days d = span.begin - days{1};
    while (weekday{d} != Friday) d -= days{1};
    span = One(d);
  }
  return spans;
}
// The Shahenshahi Parsi year has 365 days and no leap day: its first day
// moves a day earlier every four years (16 August 2020).
Spans ParsiNewYear(int y) {
  const sys_days known{year{2020} / August / 16};
  sys_days d = known + days{365 * (y - 2020)};
  while (year_month_day{d}.year() < year{y}) d += days{365};
  while (year_month_day{d}.year() > year{y}) d -= days{365};
  return {One(d)};
}
Spans Navaratri(int y) {
  Spans spans = Hindu(y, 7, 1, DayTime::kSunrise);
  const Spans end = Hindu(y, 7, 10, DayTime::kAfternoon);
  for (std::size_t i = 0; i < spans.size() && i < end.size(); ++i) spans[i].end = end[i].begin;
  return spans;
}
Spans Solar(sys_days d, int offset = 0) { return {One(d + days{offset})}; }

struct HolidayDef {
  const char* title;
  // Its names, '|' between them; a leading '^' wants a capital or the
  // sentence's start ("Lent", not "lent").
  const char* names;
  Spans (*in_year)(int y);
};

// clang-format off
constexpr HolidayDef kHolidays[] = {
    {"New Year's Day", "new year's day|new years day|new year's", [](int y) { return Fixed(y, 1, 1); }},
    {"New Year's Eve", "new year's eve|new years eve|new year eve", [](int y) { return Fixed(y, 12, 31); }},
    {"Epiphany", "epiphany|three kings day", [](int y) { return Fixed(y, 1, 6); }},
    {"Orthodox Christmas", "orthodox christmas", [](int y) { return Fixed(y, 1, 7); }},
    {"Valentine's Day", "valentine's day|valentines day|valentine day", [](int y) { return Fixed(y, 2, 14); }},
    {"International Women's Day", "international women's day|women's day", [](int y) { return Fixed(y, 3, 8); }},
    {"St Patrick's Day", "st patrick's day|saint patrick's day|st paddy's day|saint paddy's day", [](int y) { return Fixed(y, 3, 17); }},
    {"April Fools' Day", "april fools' day|april fool's day|april fools day", [](int y) { return Fixed(y, 4, 1); }},
    {"Earth Day", "earth day", [](int y) { return Fixed(y, 4, 22); }},
    {"Anzac Day", "anzac day", [](int y) { return Fixed(y, 4, 25); }},
    {"May Day", "may day", [](int y) { return Fixed(y, 5, 1); }},
    {"World Press Freedom Day", "world press freedom day", [](int y) { return Fixed(y, 5, 3); }},
    {"World Environment Day", "world environment day", [](int y) { return Fixed(y, 6, 5); }},
    {"Juneteenth", "juneteenth", [](int y) { return Fixed(y, 6, 19); }},
    {"Canada Day", "canada day", [](int y) { return Fixed(y, 7, 1); }},
    {"Bastille Day", "bastille day", [](int y) { return Fixed(y, 7, 14); }},
    {"Halloween", "halloween|hallowe'en", [](int y) { return Fixed(y, 10, 31); }},
    {"United Nations Day", "united nations day", [](int y) { return Fixed(y, 10, 24); }},
    {"All Saints' Day", "all saints' day|all saints day", [](int y) { return Fixed(y, 11, 1); }},
    {"World Vegan Day", "world vegan day", [](int y) { return Fixed(y, 11, 1); }},
    {"Guy Fawkes Night", "guy fawkes night|guy fawkes day|bonfire night", [](int y) { return Fixed(y, 11, 5); }},
    {"Armistice Day", "armistice day|remembrance day|veterans day|veterans' day", [](int y) { return Fixed(y, 11, 11); }},
    {"World AIDS Day", "world aids day", [](int y) { return Fixed(y, 12, 1); }},
    {"Human Rights Day", "human rights day", [](int y) { return Fixed(y, 12, 10); }},
    {"Christmas Eve", "christmas eve|xmas eve", [](int y) { return Fixed(y, 12, 24); }},
    {"Christmas", "christmas|xmas|christmas day|xmas day", [](int y) { return Fixed(y, 12, 25); }},
    {"Boxing Day", "boxing day|st stephen's day|saint stephen's day", [](int y) { return Fixed(y, 12, 26); }},
    {"Australia Day", "australia day", [](int y) { return Fixed(y, 1, 26); }},
    {"King's Day", "king's day|koningsdag", [](int y) {
       const sys_days d{year{y} / April / 27};
       return Spans{One(weekday{d} == Sunday ? d - days{1} : d)};
     }},
    {"Boss's Day", "boss's day|bosses day|bosses' day|boss day", [](int y) {
       const sys_days d{year{y} / October / 16};
       const unsigned wd = weekday{d}.iso_encoding();
       return Spans{One(wd == 6 ? d - days{1} : wd == 7 ? d + days{1} : d)};
     }},
    {"Martin Luther King's Day", "martin luther king day|martin luther king jr day|martin luther king junior day|mlk day|mlk jr day|civil rights day",
     [](int y) { return Spans{One(NthWeekday(y, 1, 3, 1))}; }},
    {"Presidents' Day", "presidents' day|presidents day|president's day|washington's birthday",
     [](int y) { return Spans{One(NthWeekday(y, 2, 3, 1))}; }},
    {"Commonwealth Day", "commonwealth day", [](int y) { return Spans{One(NthWeekday(y, 3, 2, 1))}; }},
    {"Mother's Day", "mother's day|mothers day", [](int y) { return Spans{One(NthWeekday(y, 5, 2, 7))}; }},
    {"Memorial Day", "memorial day", [](int y) { return Spans{One(NthWeekday(y, 5, -1, 1))}; }},
    {"Father's Day", "father's day|fathers day", [](int y) { return Spans{One(NthWeekday(y, 6, 3, 7))}; }},
    {"Labor Day", "labor day", [](int y) { return Spans{One(NthWeekday(y, 9, 1, 1))}; }},
    {"Columbus Day", "columbus day", [](int y) { return Spans{One(NthWeekday(y, 10, 2, 1))}; }},
    {"Thanksgiving Day", "thanksgiving|thanksgiving day", [](int y) { return Spans{One(NthWeekday(y, 11, 4, 4))}; }},
    {"Black Friday", "black friday", [](int y) { return Spans{One(NthWeekday(y, 11, 4, 4) + days{1})}; }},
    {"Cyber Monday", "cyber monday", [](int y) { return Spans{One(NthWeekday(y, 11, 4, 4) + days{4})}; }},
    {"Easter Sunday", "easter|easter sunday|easter day", [](int y) { return Easter(y, 0); }},
    {"Easter Monday", "easter monday|easter mon", [](int y) { return Easter(y, 1); }},
    {"Holy Saturday", "holy saturday|easter saturday|easter eve", [](int y) { return Easter(y, -1); }},
    {"Good Friday", "good friday|holy friday", [](int y) { return Easter(y, -2); }},
    {"Maundy Thursday", "maundy thursday|holy thursday|covenant thursday|covenant thu|thursday of mysteries|thu of mysteries|sheer thursday",
     [](int y) { return Easter(y, -3); }},
    {"Palm Sunday", "palm sunday|branch sunday|yew sunday", [](int y) { return Easter(y, -7); }},
    {"Ash Wednesday", "ash wednesday", [](int y) { return Easter(y, -46); }},
    {"Shrove Tuesday", "shrove tuesday|mardi gras|pancake day|pancake tuesday", [](int y) { return Easter(y, -47); }},
    {"Lent", "^lent", [](int y) { return Easter(y, -46, 46); }},
    {"Ascension Day", "ascension day|ascension thursday|feast of the ascension", [](int y) { return Easter(y, 39); }},
    {"Pentecost", "pentecost|pentecost sunday|whit sunday|whitsunday|white sunday|whitsun", [](int y) { return Easter(y, 49); }},
    {"Whit Monday", "whit monday|pentecost monday|monday of the holy spirit", [](int y) { return Easter(y, 50); }},
    {"Trinity Sunday", "trinity sunday", [](int y) { return Easter(y, 56); }},
    {"Corpus Christi", "corpus christi|feast of corpus christi", [](int y) { return Easter(y, 60); }},
    {"Orthodox Easter Sunday", "orthodox easter|orthodox easter sunday|pascha", [](int y) { return Orthodox(y, 0); }},
    {"Orthodox Easter Monday", "orthodox easter monday", [](int y) { return Orthodox(y, 1); }},
    {"Orthodox Holy Saturday", "orthodox holy saturday", [](int y) { return Orthodox(y, -1); }},
    {"Orthodox Good Friday", "orthodox good friday|orthodox great friday|orthodox great and holy friday", [](int y) { return Orthodox(y, -2); }},
    {"Orthodox Palm Sunday", "orthodox palm sunday", [](int y) { return Orthodox(y, -7); }},
    {"Lazarus Saturday", "lazarus saturday", [](int y) { return Orthodox(y, -8); }},
    {"Clean Monday", "clean monday|orthodox shrove monday|orthodox ash monday|green monday|pure monday", [](int y) { return Orthodox(y, -48); }},
    {"Great Lent", "great lent|great fast", [](int y) { return Orthodox(y, -48, 40); }},
    {"Rosh Hashanah", "rosh hashanah|rosh hashana|rosh hashanna|rosh hoshana", [](int y) { return Hebrew(y, 7, 1, 2); }},
    {"Yom Kippur", "yom kippur", [](int y) { return Hebrew(y, 7, 10); }},
    {"Sukkot", "sukkot|succot|succos|sukkos|feast of tabernacles|feast of booths|feast of the ingathering", [](int y) { return Hebrew(y, 7, 15, 8); }},
    {"Shemini Atzeret", "shemini atzeret", [](int y) { return Hebrew(y, 7, 22); }},
    {"Simchat Torah", "simchat torah|simhat torah", [](int y) { return Hebrew(y, 7, 23); }},
    {"Hanukkah", "hanukkah|chanukah|hanukah|hannukah|hannukkah|chanukkah|hanuka", [](int y) { return Hebrew(y, 9, 25, 8); }},
    {"Tu BiShvat", "tu bishvat|tu b'shvat|tu bishevat", [](int y) { return Hebrew(y, 11, 15); }},
    {"Purim", "purim", [](int y) { return Hebrew(y, 12, 14); }},
    {"Shushan Purim", "shushan purim", [](int y) { return Hebrew(y, 12, 15); }},
    {"Passover", "passover|pesach|pesah", [](int y) { return Hebrew(y, 1, 15, 8); }},
    {"Yom HaShoah", "yom hashoah|holocaust remembrance day|holocaust day",
     [](int y) { return HebrewMoved(y, 1, 27, {{5, -1}, {7, 1}}); }},
    {"Yom Ha'atzmaut", "yom ha'atzmaut|yom haatzmaut",
     [](int y) { return HebrewMoved(y, 2, 5, {{5, -1}, {6, -2}, {1, 1}}); }},
    {"Lag BaOmer", "lag baomer|lag b'omer|lag bomer", [](int y) { return Hebrew(y, 2, 18); }},
    {"Shavuot", "shavuot|shavuos|feast of weeks", [](int y) { return Hebrew(y, 3, 6, 2); }},
    {"Tisha B'Av", "tisha b'av|tisha bav|tisha be'av", [](int y) { return HebrewMoved(y, 5, 9, {{6, 1}}); }},
    {"Islamic New Year", "islamic new year|hijri new year|arabic new year|amun jadid", [](int y) { return Islamic(y, 1, 1); }},
    {"Ashura", "ashura|day of ashura", [](int y) { return Islamic(y, 1, 10); }},
    {"Mawlid", "mawlid|mawlid al nabi|mawlid al nabawi|mawlid an nabi|milad un nabi|prophet's birthday|the prophet's birthday",
     [](int y) { return Islamic(y, 3, 12); }},
    {"Isra and Mi'raj", "isra and mi'raj|isra and miraj|isra mi'raj|lailat al miraj|the prophet's ascension|the night journey",
     [](int y) { return Islamic(y, 7, 27); }},
    {"Ramadan", "ramadan|ramazan|ramzan|ramadhan", Ramadan},
    {"Laylat al-Qadr", "laylat al qadr|laylat al kadr|lailat al qadr|night of power|night of measures|night of destiny",
     [](int y) { return Islamic(y, 9, 27); }},
    {"Jumu'atul-Wida", "jumu'atul wida|jumu'atul widaa|jamat ul vida|jumat ul vida", JumuatulWida},
    {"Eid al-Fitr", "eid al fitr|eid ul fitr|eid el fitr|id al fitr|id ul fitr", [](int y) { return Islamic(y, 10, 1); }},
    {"Eid al-Adha", "eid al adha|eid ul adha|eid el adha|id al adha|id ul adha|bakr id|bakrid|bakra eid|sacrifice feast|feast of the sacrifice",
     [](int y) { return Islamic(y, 12, 10); }},
    {"Chinese New Year", "chinese new year|chinese new year's|chinese new year's day|chinese lunar new year|chinese lunar new year's|chinese lunar new year's day|lunar new year",
     [](int y) { return Spans{One(calendar::ChineseNewYear(y))}; }},
    {"Parsi New Year", "parsi new year|jamshedi navroz", ParsiNewYear},
    {"Ugadi", "ugadi|yugadi|samvatsaradi|chaitra sukladi|chaitra sukhladi|gudi padwa", [](int y) { return Hindu(y, 1, 1, DayTime::kSunrise); }},
    {"Rama Navami", "rama navami|ram navami", [](int y) { return Hindu(y, 1, 9, DayTime::kSunrise); }},
    {"Mahavir Jayanti", "mahavir jayanti|mahaveer jayanti|mahavir janma kalyanak|mahaveer janma kalyanak", [](int y) { return Hindu(y, 1, 13, DayTime::kSunrise); }},
    {"Vesak", "vesak|wesak|vaisakha|buddha day|day of vesak", [](int y) {
       const auto d = calendar::Vesak(y);
       return d ? Spans{One(*d)} : Spans{};
     }},
    {"Buddha Purnima", "buddha purnima|buddha jayanti", [](int y) { return Hindu(y, 2, 15, DayTime::kSunrise); }},
    {"Ratha-Yatra", "ratha yatra|rath yatra|rathayatra|rathjatra", [](int y) { return Hindu(y, 4, 2, DayTime::kSunrise); }},
    {"Raksha Bandhan", "raksha bandhan|rakshabandhan|rakhi", RakshaBandhan},
    {"Krishna Janmashtami", "krishna janmashtami|janmashtami|gokulashtami", [](int y) { return Hindu(y, 5, 23, DayTime::kMidnight); }},
    {"Ganesh Chaturthi", "ganesh chaturthi|vinayaka chaturthi|vinayaka chavithi", [](int y) { return Hindu(y, 6, 4, DayTime::kMidday); }},
    {"Navaratri", "navaratri|navratri|durga puja|durgotsava", Navaratri},
    {"Maha Saptami", "maha saptami", [](int y) { return Hindu(y, 7, 7, DayTime::kMorning); }},
    {"Durga Ashtami", "durga ashtami|maha ashtami", [](int y) { return Hindu(y, 7, 8, DayTime::kMorning); }},
    {"Maha Navami", "maha navami", [](int y) { return Hindu(y, 7, 9, DayTime::kMorning); }},
    {"Vijayadashami", "vijayadashami|dussehra|dusshera|dasara|dashain", [](int y) { return Hindu(y, 7, 10, DayTime::kAfternoon); }},
    {"Pargat Diwas", "valmiki jayanti|maharishi valmiki jayanti|pargat diwas", [](int y) { return Hindu(y, 7, 15, DayTime::kEvening); }},
    {"Karva Chauth", "karva chauth|karwa chauth|karaka chaturthi", [](int y) { return Hindu(y, 7, 19, DayTime::kNight); }},
    {"Dhanteras", "dhanteras|dhanatrayodashi|dhanvantari trayodashi", [](int y) { return Hindu(y, 7, 28, DayTime::kSunset); }},
    {"Naraka Chaturdashi", "naraka chaturdashi|narak chaturdashi|kali chaudas|roop chaudas|choti diwali|chhoti diwali",
     [](int y) { return Hindu(y, 7, 30, DayTime::kEvening, -1); }},
    {"Diwali", "diwali|deepavali|divali|lakshmi puja", [](int y) { return Hindu(y, 7, 30, DayTime::kEvening); }},
    {"Govardhan Puja", "govardhan puja|annakut", [](int y) { return Hindu(y, 8, 1, DayTime::kMorning); }},
    {"Bhai Dooj", "bhai dooj|bhai duj|bhaiya dooj|bhau beej|bhai tika|bhai phonta", [](int y) { return Hindu(y, 8, 2, DayTime::kAfternoon); }},
    {"Chhath", "chhath|chhath puja|chhath parv|dala puja|dala chhath|surya shashthi", [](int y) { return Hindu(y, 8, 6, DayTime::kSunrise); }},
    {"Guru Gobind Singh Jayanti", "guru gobind singh jayanti|guru gobind singh birthday|guru govind singh jayanti|guru govind singh birthday",
     [](int y) { return Hindu(y, 10, 7, DayTime::kSunrise); }},
    {"Vasant Panchami", "vasant panchami|basant panchami|saraswati puja", [](int y) { return Hindu(y, 11, 5, DayTime::kSunrise); }},
    {"Guru Ravidass Jayanti", "guru ravidass jayanti|guru ravidas jayanti|guru ravidass birthday|guru ravidas birthday|ravidas jayanti",
     [](int y) { return Hindu(y, 11, 15, DayTime::kSunrise); }},
    {"Dayananda Saraswati Jayanti", "saraswati jayanti|dayananda saraswati jayanti|swami dayananda saraswati jayanti|maharishi dayananda saraswati jayanti",
     [](int y) { return Hindu(y, 11, 25, DayTime::kSunrise); }},
    {"Maha Shivaratri", "maha shivaratri|mahashivaratri|maha shivratri|shivaratri", [](int y) { return Hindu(y, 11, 29, DayTime::kMidnight); }},
    {"Holika Dahan", "holika dahan|chhoti holi|kamudu pyre", [](int y) { return Hindu(y, 12, 15, DayTime::kEvening); }},
    {"Holi", "holi|dhulandi|dhuleti|phagwah|rangwali holi", [](int y) { return Hindu(y, 12, 15, DayTime::kEvening, 1); }},
    {"Thai Pongal", "thai pongal|pongal|makar sankranti|makara sankranti|makar sankranthi|makara sankranthi|maghi",
     [](int y) { return Solar(calendar::ThaiPongal(y)); }},
    {"Boghi", "boghi|bogi|bhogi|bogi pandigai", [](int y) { return Solar(calendar::ThaiPongal(y), -1); }},
    {"Mattu Pongal", "mattu pongal|maattu pongal", [](int y) { return Solar(calendar::ThaiPongal(y), 1); }},
    {"Kaanum Pongal", "kaanum pongal|kanni pongal", [](int y) { return Solar(calendar::ThaiPongal(y), 2); }},
    {"Vaisakhi", "vaisakhi|baisakhi|vasakhi|vaishakhi|mesadi|vaisakhadi", [](int y) { return Solar(calendar::Sankranti(y, 0)); }},
    {"Rabindra Jayanti", "rabindra jayanti|rabindranath jayanti", [](int y) { return Solar(calendar::Sankranti(y, 0), 25); }},
    {"Thiru Onam", "onam|thiru onam|thiruvonam", [](int y) {
       const auto d = calendar::Onam(y);
       return d ? Spans{One(*d)} : Spans{};
     }},
};
// clang-format on

class Names {
 public:
  static const Names& Get() {
    static const Names names;
    return names;
  }
  // The names whose first word is first_words()[index].
  const std::vector<HolidayName>& StartingWith(std::size_t index) const {
    return starting_with_[index];
  }
  const std::vector<std::string>& first_words() const { return first_words_; }

 private:
  Names() {
    std::map<std::string, std::vector<HolidayName>> by_first;
    for (int id = 0; id < static_cast<int>(std::size(kHolidays)); ++id) {
      std::string_view all = kHolidays[id].names;
      while (!all.empty()) {
        const std::size_t bar = all.find('|');
        HolidayName name = Parse(all.substr(0, bar), id);
        by_first[name.words[0]].push_back(std::move(name));
        all = bar == std::string_view::npos ? std::string_view() : all.substr(bar + 1);
      }
    }
    for (auto& [word, names] : by_first) {
      first_words_.push_back(word);
      starting_with_.push_back(std::move(names));
    }
  }
  static HolidayName Parse(std::string_view text, int id) {
    HolidayName name{{}, id, !text.empty() && text[0] == '^'};
    if (name.capital) text.remove_prefix(1);
    std::string word;
    char separator = ' ', before_word = ' ';
    auto push = [&] {
      if (!word.empty() && !(word == "s" && before_word == '\'')) name.words.push_back(word);
      word.clear();
    };
    for (char c : text) {
      if (c == ' ' || c == '\'' || c == '-' || c == '.') {
        push();
        separator = c;
      } else {
        if (word.empty()) before_word = separator;
        word.push_back(c);
      }
    }
    push();
    // "the night journey" is matched from "night"; the grammar reads "the".
    if (name.words.size() > 1 && name.words[0] == "the") name.words.erase(name.words.begin());
    return name;
  }

  std::vector<std::string> first_words_;                 // In order; a word's index is its number.
  std::vector<std::vector<HolidayName>> starting_with_;  // By first_words_ index.
};

// Whether a word of the text stands for a word of a name: the same, or with
// an "s" ("patricks", "kings").
bool Fits(std::string_view text, std::string_view name) {
  return text == name ||
         (text.size() == name.size() + 1 && text.back() == 's' && text.starts_with(name));
}

// The token after the words of `name` from token i, or 0.
std::size_t MatchName(const std::vector<TimeToken>& t, std::size_t i, const HolidayName& name) {
  std::size_t k = i;
  for (const std::string& word : name.words) {
    // Skip the punctuation inside names, and the "s" of "'s".
    while (k < t.size() && t[k].kind == TimeToken::kPunct &&
           (t[k].lower == "'" || t[k].lower == "-" || t[k].lower == ".") && k > i) {
      ++k;
      if (k < t.size() && t[k - 1].lower == "'" && t[k].lower == "s" && word != "s") ++k;
    }
    if (k >= t.size() || t[k].kind != TimeToken::kWord || !Fits(t[k].lower, word)) return 0;
    ++k;
  }
  // A possessive after the last word: "New Year's".
  if (k + 1 < t.size() && t[k].lower == "'" && t[k + 1].lower == "s" && !t[k].space_before) {
    k += 2;
  }
  return k;
}

}  // namespace

const std::vector<std::string>& HolidayFirstWords() { return Names::Get().first_words(); }

const std::vector<HolidayName>& HolidayNamesStartingWith(std::size_t index) {
  return Names::Get().StartingWith(index);
}

std::optional<HolidayMatch> MatchHoliday(const std::vector<TimeToken>& tokens, std::size_t i) {
  if (i >= tokens.size() || tokens[i].holiday == 0) return std::nullopt;
  std::optional<HolidayMatch> best;
  for (const HolidayName& name : Names::Get().StartingWith(tokens[i].holiday - 1u)) {
    if (name.capital && !tokens[i].capitalized && i > 0) continue;
    const std::size_t next = MatchName(tokens, i, name);
    if (next > 0 && (!best || next > best->next)) best = HolidayMatch{name.id, next};
  }
  return best;
}

const char* HolidayTitle(int id) { return kHolidays[id].title; }

const std::vector<HolidaySpan>& HolidayInYear(int id, int y) {
  static const std::vector<HolidaySpan> kNone;
  // The Gregorian calendar's years, and the Moon's within reach.
  if (y < 1583 || y > 2200) return kNone;
  // Worked out once a thread: a holiday of the Islamic calendar takes near a
  // million instructions a year, and an archive names the same few
  // holidays and years again and again. At most every holiday in every
  // year of the range.
  thread_local std::unordered_map<std::int64_t, std::vector<HolidaySpan>> known;
  const std::int64_t key = static_cast<std::int64_t>(id) * 10000 + y;
  auto it = known.find(key);
  if (it == known.end()) it = known.emplace(key, kHolidays[id].in_year(y)).first;
  return it->second;
}

}  // namespace factcheck::tagger
