// The calendars holidays are set in: Easter by the Gregorian and Julian
// computus, the Hebrew calendar by its arithmetic rules, and the Islamic,
// Chinese and Hindu calendars from the positions of the Sun and the Moon
// (Meeus, "Astronomical Algorithms", ch. 25 and 47: the Moon's longitude to
// about 10", new moons to about a minute). Lunar dates are predictions for
// 1900-2100: where a community fixes a date by sighting the Moon, the day it
// keeps may differ by one.
#ifndef FACTCHECK_CORE_DOCUMENT_TIME_CALENDARS_H_
#define FACTCHECK_CORE_DOCUMENT_TIME_CALENDARS_H_

#include <chrono>
#include <optional>
#include <vector>

namespace factcheck::tagger::calendar {

using std::chrono::sys_days;

// Western Easter Sunday of year y.
sys_days Easter(int y);
// Orthodox Easter Sunday of year y, as a Gregorian date.
sys_days OrthodoxEaster(int y);

// Hebrew months are numbered from Nisan (1) to Adar (12), Adar II (13) in
// leap years; the year starts at Tishri (7).
bool HebrewLeapYear(int hebrew_year);
sys_days FromHebrew(int hebrew_year, int month, int day);

// The days of Gregorian year y that are day `day` of Islamic month `month`
// (1 Muharram .. 12 Dhu al-Hijjah): none, one or two. A month starts the
// day after the evening at Mecca by whose sunset the new moon was born.
std::vector<sys_days> IslamicDays(int y, int month, int day);

// The first day of the Chinese year that starts in Gregorian year y (days
// counted in China's time, UTC+8).
sys_days ChineseNewYear(int y);

// Hindu lunar months, amanta (new moon to new moon), named from Chaitra (1)
// to Phalguna (12) by the sidereal sign the Sun is in when they begin.
// Tithis: 1-15 in the bright half, 16-30 in the dark half (30: new moon).
// Morning is a fifth of the daylight after sunrise, afternoon seven tenths;
// evening is 1.2 hours after sunset (pradosh), night 2.5 (moonrise in the
// dark half's fourth day).
enum class DayTime {
  kSunrise,
  kMorning,
  kMidday,
  kAfternoon,
  kSunset,
  kEvening,
  kNight,
  kMidnight
};
// The days of Gregorian year y on which tithi `tithi` of the regular (not
// leap) month `month` holds at `when` in New Delhi; when it holds at no
// such moment, the day it falls in.
std::vector<sys_days> HinduLunarDays(int y, int month, int tithi, DayTime when);
// The day of year y on which the Sun enters sidereal sign `sign` (0 Aries
// .. 11 Pisces, Lahiri ayanamsa), in India's time (UTC+5:30).
sys_days Sankranti(int y, int sign);
// The first day of the Tamil month Thai: the day the Sun enters Capricorn
// if it does before sunset in Chennai, else the next.
sys_days ThaiPongal(int y);
// Vesak as Sri Lanka and the United Nations keep it: the day of the full
// moon of May (the full-moon tithi at midday in Colombo).
std::optional<sys_days> Vesak(int y);
// Onam: the day of the Malayalam month Chingam (Sun in sidereal Leo) on
// which the Moon is in the Thiruvonam asterism in the morning in Kerala.
std::optional<sys_days> Onam(int y);
// Whether the tithi at `when` of day d in New Delhi is `tithi`.
bool TithiAt(sys_days d, DayTime when, int tithi);

}  // namespace factcheck::tagger::calendar

#endif  // FACTCHECK_CORE_DOCUMENT_TIME_CALENDARS_H_
