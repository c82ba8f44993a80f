#include "document/time_calendars.h"

#include <array>
#include <cmath>

namespace factcheck::tagger::calendar {

using namespace std::chrono;

namespace {

constexpr double kRadians = 3.14159265358979323846 / 180;
constexpr double kSynodicMonth = 29.530588861;

double Normalized(double degrees) {
  degrees = std::fmod(degrees, 360.0);
  return degrees < 0 ? degrees + 360 : degrees;
}

// Julian day of 0h UT of d, and the day that holds a Julian day in a time
// zone `hours` ahead of UT.
double JulianDay(sys_days d) { return d.time_since_epoch().count() + 2440587.5; }
sys_days DayOf(double jd, double hours) {
  return sys_days{days{static_cast<long>(std::floor(jd - 2440587.5 + hours / 24))}};
}

// Terrestrial minus universal time, in days (about a minute now).
double DeltaT(double jd) {
  static constexpr std::array<std::array<double, 2>, 13> kTable = {{{1900, -3},
                                                                    {1920, 21},
                                                                    {1940, 24},
                                                                    {1950, 29},
                                                                    {1960, 33},
                                                                    {1970, 40},
                                                                    {1980, 51},
                                                                    {1990, 57},
                                                                    {2000, 64},
                                                                    {2010, 66},
                                                                    {2020, 69},
                                                                    {2050, 93},
                                                                    {2100, 200}}};
  const double year = 2000 + (jd - 2451545) / 365.25;
  double seconds = kTable.back()[1];
  for (std::size_t i = 1; i < kTable.size(); ++i) {
    if (year <= kTable[i][0]) {
      const double f = std::max(0.0, year - kTable[i - 1][0]) / (kTable[i][0] - kTable[i - 1][0]);
      seconds = kTable[i - 1][1] + f * (kTable[i][1] - kTable[i - 1][1]);
      break;
    }
  }
  return seconds / 86400;
}

// The Sun's apparent longitude (Meeus ch. 25, about 0.01 degree).
double SunLongitude(double jde) {
  const double t = (jde - 2451545.0) / 36525;
  const double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const double m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * kRadians;
  const double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * std::sin(m) +
                   (0.019993 - 0.000101 * t) * std::sin(2 * m) + 0.000289 * std::sin(3 * m);
  const double omega = (125.04 - 1934.136 * t) * kRadians;
  return Normalized(l0 + c - 0.00569 - 0.00478 * std::sin(omega));
}

// Multiples of D, M, M', F and the coefficient (1e-6 degree) of the terms
// of the Moon's longitude (Meeus table 47.A).
struct MoonTerm {
  std::int8_t d, m, mp, f;
  std::int32_t sine;
};
constexpr std::array<MoonTerm, 59> kMoonTerms = {{
    {0, 0, 1, 0, 6288774}, {2, 0, -1, 0, 1274027}, {2, 0, 0, 0, 658314},  {0, 0, 2, 0, 213618},
    {0, 1, 0, 0, -185116}, {0, 0, 0, 2, -114332},  {2, 0, -2, 0, 58793},  {2, -1, -1, 0, 57066},
    {2, 0, 1, 0, 53322},   {2, -1, 0, 0, 45758},   {0, 1, -1, 0, -40923}, {1, 0, 0, 0, -34720},
    {0, 1, 1, 0, -30383},  {2, 0, 0, -2, 15327},   {0, 0, 1, 2, -12528},  {0, 0, 1, -2, 10980},
    {4, 0, -1, 0, 10675},  {0, 0, 3, 0, 10034},    {4, 0, -2, 0, 8548},   {2, 1, -1, 0, -7888},
    {2, 1, 0, 0, -6766},   {1, 0, -1, 0, -5163},   {1, 1, 0, 0, 4987},    {2, -1, 1, 0, 4036},
    {2, 0, 2, 0, 3994},    {4, 0, 0, 0, 3861},     {2, 0, -3, 0, 3665},   {0, 1, -2, 0, -2689},
    {2, 0, -1, 2, -2602},  {2, -1, -2, 0, 2390},   {1, 0, 1, 0, -2348},   {2, -2, 0, 0, 2236},
    {0, 1, 2, 0, -2120},   {0, 2, 0, 0, -2069},    {2, -2, -1, 0, 2048},  {2, 0, 1, -2, -1773},
    {2, 0, 0, 2, -1595},   {4, -1, -1, 0, 1215},   {0, 0, 2, 2, -1110},   {3, 0, -1, 0, -892},
    {2, 1, 1, 0, -810},    {4, -1, -2, 0, 759},    {0, 2, -1, 0, -713},   {2, 2, -1, 0, -700},
    {2, 1, -2, 0, 691},    {2, -1, 0, -2, 596},    {4, 0, 1, 0, 549},     {0, 0, 4, 0, 537},
    {4, -1, 0, 0, 520},    {1, 0, -2, 0, -487},    {2, 1, 0, -2, -399},   {0, 0, 2, -2, -381},
    {1, 1, 1, 0, 351},     {3, 0, -2, 0, -340},    {4, 0, -3, 0, 330},    {2, -1, 2, 0, 327},
    {0, 2, 1, 0, -323},    {1, 1, -1, 0, 299},     {2, 0, 3, 0, 294},
}};

// The Moon's geocentric longitude (Meeus ch. 47).
double MoonLongitude(double jde) {
  const double t = (jde - 2451545.0) / 36525;
  const double lp = 218.3164477 + 481267.88123421 * t - 0.0015786 * t * t;
  const double d = (297.8501921 + 445267.1114034 * t - 0.0018819 * t * t) * kRadians;
  const double m = (357.5291092 + 35999.0502909 * t - 0.0001536 * t * t) * kRadians;
  const double mp = (134.9633964 + 477198.8675055 * t + 0.0087414 * t * t) * kRadians;
  const double f = (93.2720950 + 483202.0175233 * t - 0.0036539 * t * t) * kRadians;
  const double e = 1 - 0.002516 * t - 0.0000074 * t * t;
  double sum = 0;
  for (const MoonTerm& term : kMoonTerms) {
    double c = term.sine;
    if (term.m == 1 || term.m == -1) c *= e;
    if (term.m == 2 || term.m == -2) c *= e * e;
    sum += c * std::sin(term.d * d + term.m * m + term.mp * mp + term.f * f);
  }
  sum += 3958 * std::sin((119.75 + 131.849 * t) * kRadians) + 1962 * std::sin(lp * kRadians - f) +
         318 * std::sin((53.09 + 479264.290 * t) * kRadians);
  return Normalized(lp + sum / 1e6);
}

// The Moon's longitude minus the Sun's at Julian day `jd` (UT).
double Elongation(double jd) {
  const double jde = jd + DeltaT(jd);
  return Normalized(MoonLongitude(jde) - SunLongitude(jde));
}

double TropicalSun(double jd) { return SunLongitude(jd + DeltaT(jd)); }
// Lahiri's ayanamsa: 23.853 degrees at J2000, growing 50.29" a year.
double Ayanamsa(double jd) { return 23.853 + 1.3970 * (jd - 2451545) / 36525; }
double SiderealSun(double jd) { return Normalized(TropicalSun(jd) - Ayanamsa(jd)); }
double SiderealMoon(double jd) { return Normalized(MoonLongitude(jd + DeltaT(jd)) - Ayanamsa(jd)); }

// The new moon nearest to `jd` (within half a month).
double NewMoonNear(double jd) {
  for (int i = 0; i < 8; ++i) {
    double e = Elongation(jd);
    if (e > 180) e -= 360;
    jd -= e / 12.1907;
  }
  return jd;
}
double NewMoonBefore(double jd) {
  double t = NewMoonNear(jd - Elongation(jd) / 12.1907);
  if (t > jd) t = NewMoonNear(t - kSynodicMonth);
  return t;
}

struct Place {
  double latitude, longitude;  // Degrees; east positive.
};
constexpr Place kDelhi{28.6139, 77.2090};
constexpr Place kMecca{21.4225, 39.8262};
constexpr Place kChennai{13.0827, 80.2707};
constexpr Place kThiruvananthapuram{8.5241, 76.9366};
constexpr Place kColombo{6.9271, 79.8612};

// Sunrise or sunset at `place` on day d, as a Julian day (UT).
double SunEvent(sys_days d, Place place, bool rise) {
  const double jd0 = JulianDay(d);
  double t = jd0 + 0.5 - place.longitude / 360;
  for (int i = 0; i < 3; ++i) {
    const double n = t - 2451545.0;
    const double l = Normalized(280.460 + 0.9856474 * n);
    const double g = Normalized(357.528 + 0.9856003 * n) * kRadians;
    const double lambda = (l + 1.915 * std::sin(g) + 0.020 * std::sin(2 * g)) * kRadians;
    const double epsilon = (23.439 - 0.0000004 * n) * kRadians;
    const double ra = std::atan2(std::cos(epsilon) * std::sin(lambda), std::cos(lambda)) / kRadians;
    const double dec = std::asin(std::sin(epsilon) * std::sin(lambda));
    double eot = l - ra;
    eot = Normalized(eot + 180) - 180;
    const double phi = place.latitude * kRadians;
    const double cos_h = (std::sin(-0.833 * kRadians) - std::sin(phi) * std::sin(dec)) /
                         (std::cos(phi) * std::cos(dec));
    const double h = std::acos(std::max(-1.0, std::min(1.0, cos_h))) / kRadians;
    const double noon = jd0 + 0.5 - place.longitude / 360 - eot / 360;
    t = noon + (rise ? -h : h) / 360;
  }
  return t;
}

// The Gregorian date of a Julian calendar date.
sys_days FromJulian(int y, unsigned m, unsigned d) {
  const int a = (14 - static_cast<int>(m)) / 12;
  const long yy = y + 4800 - a, mm = static_cast<long>(m) + 12 * a - 3;
  const long jdn = d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - 32083;
  return sys_days{days{jdn - 2440588}};
}

}  // namespace

sys_days Easter(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return sys_days{year{y} / month / day};
}

sys_days OrthodoxEaster(int y) {
  const int a = y % 4, b = y % 7, c = y % 19, d = (19 * c + 15) % 30;
  const int e = (2 * a + 4 * b - d + 34) % 7;
  const int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
  return FromJulian(y, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

// The Hebrew calendar (Reingold and Dershowitz, "Calendrical Calculations").
namespace {

constexpr long kHebrewEpoch = -1373427;  // 1 Tishri AM 1, in days from 1 January AD 1.
constexpr long kFixedOf1970 = 719163;

long FloorDiv(long a, long b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

long ElapsedDays(long y) {
  const long months = FloorDiv(235 * y - 234, 19);
  const long parts = 12084 + 13753 * months;
  const long day = 29 * months + FloorDiv(parts, 25920);
  return ((3 * (day + 1)) % 7 < 3) ? day + 1 : day;
}

long NewYear(long y) {
  const long ny0 = ElapsedDays(y - 1), ny1 = ElapsedDays(y), ny2 = ElapsedDays(y + 1);
  const long correction = ny2 - ny1 == 356 ? 2 : ny1 - ny0 == 382 ? 1 : 0;
  return kHebrewEpoch + ny1 + correction;
}

int LastDayOfMonth(int month, int y) {
  const long length = NewYear(y + 1) - NewYear(y);
  const bool long_heshvan = length % 10 == 5, short_kislev = length % 10 == 3;
  if (month == 2 || month == 4 || month == 6 || month == 10 || month == 13) return 29;
  if (month == 12 && !HebrewLeapYear(y)) return 29;
  if (month == 8 && !long_heshvan) return 29;
  if (month == 9 && short_kislev) return 29;
  return 30;
}

}  // namespace

bool HebrewLeapYear(int hebrew_year) { return (7L * hebrew_year + 1) % 19 < 7; }

sys_days FromHebrew(int hebrew_year, int month, int day) {
  long fixed = NewYear(hebrew_year) + day - 1;
  const int last_month = HebrewLeapYear(hebrew_year) ? 13 : 12;
  if (month < 7) {
    for (int m = 7; m <= last_month; ++m) fixed += LastDayOfMonth(m, hebrew_year);
    for (int m = 1; m < month; ++m) fixed += LastDayOfMonth(m, hebrew_year);
  } else {
    for (int m = 7; m < month; ++m) fixed += LastDayOfMonth(m, hebrew_year);
  }
  return sys_days{days{fixed - kFixedOf1970}};
}

std::vector<sys_days> IslamicDays(int y, int month, int day) {
  std::vector<sys_days> out;
  // The tabular calendar places each month within two days: it finds the
  // new moon, and the evening at Mecca decides the first day.
  const long first_hijri = (y - 622) * 33 / 32 - 1;
  for (long h = first_hijri; h <= first_hijri + 3; ++h) {
    const double tabular =
        (59 * (month - 1) + 1) / 2 + (h - 1) * 354 + (3 + 11 * h) / 30 + 1948439.5;
    const double conjunction = NewMoonBefore(tabular + 1.5);
    const sys_days evening = DayOf(conjunction, 3);
    const sys_days first =
        conjunction < SunEvent(evening, kMecca, false) ? evening + days{1} : evening + days{2};
    const sys_days d = first + days{day - 1};
    if (year_month_day{d}.year() == year{y}) out.push_back(d);
  }
  return out;
}

sys_days ChineseNewYear(int y) {
  // Month 11 holds the winter solstice; the year starts two new moons
  // later, three when a leap month (one with no major solar term) comes
  // between.
  auto solstice = [](int of) {
    double lo = JulianDay(sys_days{year{of} / December / 15}), hi = lo + 10;
    for (int i = 0; i < 40; ++i) {
      const double mid = (lo + hi) / 2;
      (Normalized(TropicalSun(mid) - 270) < 180 ? hi : lo) = mid;
    }
    return hi;
  };
  auto month11 = [&](int of) {
    const double s = solstice(of);
    double n = NewMoonBefore(s + 1);
    while (DayOf(n, 8) > DayOf(s, 8)) n = NewMoonNear(n - kSynodicMonth);
    return n;
  };
  const double start = month11(y - 1), end = month11(y);
  std::vector<double> moons{start};
  while (DayOf(moons.back() + kSynodicMonth, 8) < DayOf(end, 8) - days{10}) {
    moons.push_back(NewMoonNear(moons.back() + kSynodicMonth));
  }
  int count = 2;
  if (moons.size() == 13) {
    for (std::size_t i = 1; i < moons.size() && i <= 2; ++i) {
      const double next = i + 1 < moons.size() ? moons[i + 1] : end;
      const double a = JulianDay(DayOf(moons[i], 8)) - 8.0 / 24;
      const double b = JulianDay(DayOf(next, 8)) - 8.0 / 24;
      if (static_cast<int>(TropicalSun(a) / 30) == static_cast<int>(TropicalSun(b) / 30)) {
        count = 3;
        break;
      }
    }
  }
  return DayOf(moons[count], 8);
}

namespace {

// The moment of day d at `place` (Julian day, UT).
double MomentOf(sys_days d, DayTime when, Place place = kDelhi) {
  const double rise = SunEvent(d, place, true), set = SunEvent(d, place, false);
  switch (when) {
    case DayTime::kSunrise:
      return rise;
    case DayTime::kMorning:
      return rise + (set - rise) * 0.2;
    case DayTime::kMidday:
      return (rise + set) / 2;
    case DayTime::kAfternoon:
      return rise + (set - rise) * 0.7;
    case DayTime::kSunset:
      return set;
    case DayTime::kEvening:
      return set + 1.2 / 24;
    case DayTime::kNight:
      return set + 2.5 / 24;
    case DayTime::kMidnight:
      return (set + SunEvent(d + days{1}, place, true)) / 2;
  }
  return rise;
}

int TithiOf(double jd) { return static_cast<int>(Elongation(jd) / 12) + 1; }

// Whether tithi t is the one that holds at `when` on day d, or one that
// starts and ends between that moment and the next day's.
bool Covers(sys_days d, DayTime when, int t, Place place = kDelhi) {
  const int a = TithiOf(MomentOf(d, when, place));
  const int b = TithiOf(MomentOf(d + days{1}, when, place));
  if (a == b) return a == t;
  for (int k = a; k != b; k = k % 30 + 1) {
    if (k == t) return true;
  }
  return false;
}

}  // namespace

bool TithiAt(sys_days d, DayTime when, int tithi) { return TithiOf(MomentOf(d, when)) == tithi; }

std::vector<sys_days> HinduLunarDays(int y, int month, int tithi, DayTime when) {
  std::vector<sys_days> out;
  double moon = NewMoonBefore(JulianDay(sys_days{year{y} / January / 1}) - 40);
  const double stop = JulianDay(sys_days{year{y} / December / 31}) + 5;
  while (moon < stop) {
    const double next = NewMoonNear(moon + kSynodicMonth);
    const int sign = static_cast<int>(SiderealSun(moon) / 30);
    const bool leap = static_cast<int>(SiderealSun(next) / 30) == sign;
    if (!leap && (sign + 1) % 12 + 1 == month) {
      // Tithi t takes about 0.98 days; look around where it should be.
      const sys_days guess = DayOf(moon + (tithi - 1) * 0.98, 5.5);
      for (sys_days d = guess - days{2}; d <= guess + days{3}; d += days{1}) {
        if (Covers(d, when, tithi)) {
          if (year_month_day{d}.year() == year{y}) out.push_back(d);
          break;
        }
      }
    }
    moon = next;
  }
  return out;
}

namespace {

// The moment the Sun enters sidereal sign `sign` in year y.
double SankrantiMoment(int y, int sign) {
  const double target = 30.0 * sign;
  auto entered = [&](double jd) { return Normalized(SiderealSun(jd) - target) < 180; };
  // The day it crosses, then the moment, by bisection.
  double lo = JulianDay(sys_days{year{y} / January / 1});
  for (int i = 0; i < 366 && (entered(lo) || !entered(lo + 1)); ++i) lo += 1;
  double hi = lo + 1;
  for (int i = 0; i < 30; ++i) {
    const double mid = (lo + hi) / 2;
    (entered(mid) ? hi : lo) = mid;
  }
  return hi;
}

}  // namespace

sys_days Sankranti(int y, int sign) { return DayOf(SankrantiMoment(y, sign), 5.5); }

sys_days ThaiPongal(int y) {
  const double moment = SankrantiMoment(y, 9);
  const sys_days d = DayOf(moment, 5.5);
  return moment < SunEvent(d, kChennai, false) ? d : d + days{1};
}

std::optional<sys_days> Vesak(int y) {
  for (sys_days d{year{y} / May / 1}; d <= sys_days{year{y} / May / 31}; d += days{1}) {
    if (Covers(d, DayTime::kMidday, 15, kColombo)) return d;
  }
  return std::nullopt;
}

std::optional<sys_days> Onam(int y) {
  for (sys_days d{year{y} / August / 1}; d < sys_days{year{y} / October / 1}; d += days{1}) {
    const double rise = SunEvent(d, kThiruvananthapuram, true);
    const double set = SunEvent(d, kThiruvananthapuram, false);
    const double morning = rise + (set - rise) * 0.2;
    const double sun = SiderealSun(morning), moon = SiderealMoon(morning);
    if (sun >= 120 && sun < 150 && moon >= 280 && moon < 280 + 40.0 / 3) return d;
  }
  return std::nullopt;
}

}  // namespace factcheck::tagger::calendar
