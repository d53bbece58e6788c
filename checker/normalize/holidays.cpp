// Holidays common in English-language news: fixed dates (Christmas), nth
// weekdays (Thanksgiving, Memorial Day), Easter-based feasts, days of the
// Islamic and the Hebrew calendars, and the festivals of the Hindu, Sikh,
// Buddhist, Chinese and Parsi calendars (lunisolar_calendar.h), with
// "last/next/this" and an optional year ("Christmas 2022", "Yom Kippur
// 2018", "Diwali 2019").
#include <re2/re2.h>

#include <cctype>
#include <memory>
#include <unordered_map>

#include "checker/normalize/calendar.h"
#include "checker/normalize/hebrew_calendar.h"
#include "checker/normalize/lexicon.h"
#include "checker/normalize/lunisolar_calendar.h"
#include "checker/normalize/rule.h"

namespace factlint::normalize::internal {

namespace {

// kWorkday: a fixed date moved to the nearest weekday (Boss's Day);
// kOrthodox: days counted from Orthodox (Julian) Easter.
// kKingsDay: April 27, or the 26th when the 27th is a Sunday;
// kHijri: a day of the Islamic calendar (month, day; lunisolar.h's
// astronomical reckoning, which a local sighting may follow by a day);
// kHijriLastFriday: the last Friday before the Hijri day (Jumu'atul-Wida).
// kHebrew: a day of the Hebrew calendar (month, day; hebrew_calendar.h),
// lasting `nth` days from the evening before, moved as `offset` says
// (HebrewShift).
// kHijriMonth: the whole Islamic month `month` (Ramadan).
// kHinduLunar: tithi `day` of amanta month `month` (lunisolar::HinduMonth),
// kept on the day its tithi holds at observance `nth`
// (lunisolar::Observance), `offset` days on.
// kSankranti: the day the Sun enters sidereal sign `month` (0 Aries),
// `offset` days on; `nth` 1 keeps a transit after sunset on its civil day.
// kBengaliSolar: day `day` of the Bengali month of sign `month`.
// kNakshatra: the day of lunar mansion `day` in the solar month of `month`.
// kChineseNewYear, kShahenshahi: the first day of those calendars' years.
enum class Rule_ {
  kFixed,
  kNth,
  kEaster,
  kElection,
  kWorkday,
  kOrthodox,
  kKingsDay,
  kHijri,
  kHijriLastFriday,
  kHebrew,
  kHijriMonth,
  kHinduLunar,
  kSankranti,
  kBengaliSolar,
  kNakshatra,
  kChineseNewYear,
  kShahenshahi
};

// The calendars computed from the Sun and the Moon (DateIn remembers them).
bool IsLunisolar(Rule_ rule) {
  return rule >= Rule_::kHebrew;
}

namespace ls = lunisolar;
constexpr int kSunrise = static_cast<int>(ls::Observance::kSunrise);
constexpr int kMidday = static_cast<int>(ls::Observance::kMidday);
constexpr int kEvening = static_cast<int>(ls::Observance::kEvening);
constexpr int kMidnight = static_cast<int>(ls::Observance::kMidnight);
// Signs of the sidereal zodiac (kSankranti, kBengaliSolar, kNakshatra).
constexpr int kAries = 0, kLeo = 4, kCapricorn = 9;
// The Moon's mansion Shravana (Thiruvonam in Malayalam).
constexpr int kShravanaMansion = 21;

// How a Hebrew holiday moves off a day it may not fall on (Holiday::offset).
enum HebrewShift {
  kNoShift = 0,
  kOffSabbath = 1,    // Tisha B'Av: a Saturday moves to Sunday
  kYomHashoah = 2,    // a Friday moves to Thursday, a Sunday to Monday
  kYomHaatzmaut = 3,  // Friday or Saturday to Thursday, Monday to Tuesday
  kPurim = 4,         // in Adar II in a leap year
};

struct Holiday {
  const char* pattern;  // lowercase, apostrophes already folded to '
  Rule_ rule;
  int month = 0;   // kFixed, kNth
  int day = 0;     // kFixed: day of month; kNth: weekday (0 Sunday)
  int nth = 0;     // kNth: 1-5 or -1 for the last
  int offset = 0;  // days after the base date (Easter, Thanksgiving + 1 ...)
  // Days the holiday lasts after its first (Lent: Ash Wednesday to Holy
  // Saturday); a kHijriMonth lasts its month.
  int length = 0;
  // A name that is also a word or a given name is a holiday only when the
  // text says so: kNeedsYear with a year or "last/next/this" ("rakhi 2018",
  // not "Rakhi, 45, said"); kNeedsCapital capitalized ("Lent 2018", not
  // "lent in 2018").
  enum Ambiguity { kPlain, kNeedsYear, kNeedsCapital } ambiguity = kPlain;
};

const Holiday kHolidays[] = {
    {"new year'?s(?: day)?", Rule_::kFixed, 1, 1},
    {"new year'?s eve", Rule_::kFixed, 12, 31},
    {"(?:(?:dr\\.? )?martin luther kings?(?:,? jr\\.?)?|mlk)(?:'s)?(?: jr\\.?)? day|civil rights "
     "day",
     Rule_::kNth, 1, 1, 3},
    {"presidents'? day|president'?s'? day|washington'?s birthday", Rule_::kNth, 2, 1, 3},
    {"groundhog day", Rule_::kFixed, 2, 2},
    {"valentine'?s?(?: day)?|st\\.? valentine'?s day", Rule_::kFixed, 2, 14},
    {"(?:st\\.?|saint) patrick'?s day|(?:st\\.?|saint) paddy'?s day", Rule_::kFixed, 3, 17},
    {"april fools'?(?: day)?", Rule_::kFixed, 4, 1},
    {"earth day", Rule_::kFixed, 4, 22},
    {"cinco de mayo", Rule_::kFixed, 5, 5},
    {"mother'?s'? day", Rule_::kNth, 5, 0, 2},
    {"memorial day", Rule_::kNth, 5, 1, -1},
    {"flag day", Rule_::kFixed, 6, 14},
    {"father'?s'? day", Rule_::kNth, 6, 0, 3},
    {"juneteenth", Rule_::kFixed, 6, 19},
    {"canada day", Rule_::kFixed, 7, 1},
    {"independence day|(?:the )?fourth of july", Rule_::kFixed, 7, 4},
    {"bastille day", Rule_::kFixed, 7, 14},
    {"labou?r day", Rule_::kNth, 9, 1, 1},
    {"patriot day", Rule_::kFixed, 9, 11},
    {"columbus day|indigenous peoples'? day", Rule_::kNth, 10, 1, 2},
    {"halloween|hallowe'en", Rule_::kFixed, 10, 31},
    {"boss(?:'?s'?)? day|national boss day", Rule_::kWorkday, 10, 16},
    {"world vegan day", Rule_::kFixed, 11, 1},
    {"election day", Rule_::kElection, 11},
    {"veterans'? day|armistice day|remembrance day", Rule_::kFixed, 11, 11},
    {"remembrance sunday", Rule_::kNth, 11, 0, 2},
    {"thanksgiving(?: day)?", Rule_::kNth, 11, 4, 4},
    {"black friday", Rule_::kNth, 11, 4, 4, 1},
    {"cyber monday", Rule_::kNth, 11, 4, 4, 4},
    {"christmas eve", Rule_::kFixed, 12, 24},
    {"christmas(?: day)?|xmas", Rule_::kFixed, 12, 25},
    {"boxing day", Rule_::kFixed, 12, 26},
    {"koningsdag|king'?s day", Rule_::kKingsDay, 4, 27},
    {"eid al-fitr|eid ul-fitr", Rule_::kHijri, 10, 1},
    {"eid al-adha|id ul-adha|eid ul-adha|sacrifice feast|bakr id", Rule_::kHijri, 12, 10},
    {"islamic new year|amun jadid", Rule_::kHijri, 1, 1},
    {"(?:the )?day of ashura|ashura", Rule_::kHijri, 1, 10},
    {"mawlid(?: al-nabawi)?", Rule_::kHijri, 3, 12},
    {"laylat al[- ]?[kq]adr|night of (?:measures|power)", Rule_::kHijri, 9, 27},
    {"ramadan|ramzan|ramazan", Rule_::kHijriMonth, 9},
    {"isra and mi'raj|the prophet'?s ascension|the night journey|ascension to heaven",
     Rule_::kHijri, 7, 27},
    {"jamat ul-vida|jumu'atul-wida", Rule_::kHijriLastFriday, 10, 1},
    {"rosh hashann?ah?", Rule_::kHebrew, 7, 1, 2},
    {"yom kippur", Rule_::kHebrew, 7, 10, 1},
    {"su(?:kk|cc)o[ts]|feast of (?:the )?(?:tabernacles|booths|ingathering)", Rule_::kHebrew, 7, 15,
     7},
    {"shemini atzeret", Rule_::kHebrew, 7, 22, 1},
    {"simc?hat torah", Rule_::kHebrew, 7, 23, 1},
    {"c?hann?ukk?ah?", Rule_::kHebrew, 9, 25, 8},
    {"tu b(?:'|i)?sh(?:e)?vat", Rule_::kHebrew, 11, 15, 1},
    {"purim", Rule_::kHebrew, 12, 14, 1, 4},
    {"shushan purim", Rule_::kHebrew, 12, 15, 1, 4},
    {"passover|pesach", Rule_::kHebrew, 1, 15, 8},
    {"yom hashoah|holocaust day", Rule_::kHebrew, 1, 27, 1, 2},
    {"yom ha'?atzmaut", Rule_::kHebrew, 2, 5, 1, 3},
    {"lag b'?a?omer", Rule_::kHebrew, 2, 18, 1},
    {"shavuo[ts]", Rule_::kHebrew, 3, 6, 2},
    {"tisha b'?av", Rule_::kHebrew, 5, 9, 1, 1},
    {"ugadi|yugadi|gudi padwa|samvatsaradi|chaitra (?:sukh?|shuk)ladi", Rule_::kHinduLunar,
     ls::kChaitra, 1, kSunrise},
    {"ram(?:a)? navami", Rule_::kHinduLunar, ls::kChaitra, 9, kMidday},
    {"mahav(?:i|ee)r jayanti|mahav(?:i|ee)r janma kalyanak", Rule_::kHinduLunar, ls::kChaitra, 13,
     kSunrise},
    {"hanuman jayanti", Rule_::kHinduLunar, ls::kChaitra, 15, kSunrise},
    {"akshaya tritiya|akha teej", Rule_::kHinduLunar, ls::kVaishakha, 3, kSunrise},
    // India keeps the Buddha's day by the full moon at sunrise; South-East
    // Asia's Vesak falls on the evening the full moon holds, often a day
    // earlier (May 22 and 23, 2024).
    {"buddha purnima|buddha jayanti", Rule_::kHinduLunar, ls::kVaishakha, 15, kSunrise},
    {"vesak|wesak|vaisakha|buddha day", Rule_::kHinduLunar, ls::kVaishakha, 15, kEvening},
    {"rath(?:a)?[- ]?yatra", Rule_::kHinduLunar, ls::kAshadha, 2, kSunrise},
    {"guru purnima", Rule_::kHinduLunar, ls::kAshadha, 15, kSunrise},
    {"raksha bandhan", Rule_::kHinduLunar, ls::kShravana, 15, kMidday},
    {"rakhi", Rule_::kHinduLunar, ls::kShravana, 15, kMidday, 0, 0, Holiday::kNeedsYear},
    {"(?:krishna )?janmashtami|gokulashtami|krishna jayanti", Rule_::kHinduLunar, ls::kShravana, 23,
     kMidnight},
    {"ganesh(?:a)? chaturthi|vinayaka? chaturthi|vinayaka chavithi", Rule_::kHinduLunar,
     ls::kBhadrapada, 4, kMidday},
    {"navaratri|navratri|navarathri|sharad navratri", Rule_::kHinduLunar, ls::kAshvin, 1, kSunrise,
     0, 8},
    {"maha saptami|durga saptami", Rule_::kHinduLunar, ls::kAshvin, 7, kSunrise},
    {"maha ashtami|durga ashtami|maha durgashtami", Rule_::kHinduLunar, ls::kAshvin, 8, kSunrise},
    {"maha navami", Rule_::kHinduLunar, ls::kAshvin, 9, kSunrise},
    {"dussehra|dasara|vijaya ?dashami|vijayadasami", Rule_::kHinduLunar, ls::kAshvin, 10, kMidday},
    {"(?:maharishi )?valmiki jayanti|pargat diwas", Rule_::kHinduLunar, ls::kAshvin, 15, kSunrise},
    {"karw?va chauth", Rule_::kHinduLunar, ls::kAshvin, 19, kEvening},
    {"dhanteras|dhana? ?trayodashi|dhanvantari trayodashi", Rule_::kHinduLunar, ls::kAshvin, 28,
     kEvening},
    {"c?hh?oti diwali|kali chaudas|naraka? chaturdashi|roop chaudas", Rule_::kHinduLunar,
     ls::kAshvin, 29, kEvening},
    {"diwali|deepavali|divali|lakshmi puja|laxmi puja", Rule_::kHinduLunar, ls::kAshvin, 30,
     kEvening},
    {"govardhan puja|annakut", Rule_::kHinduLunar, ls::kKartika, 1, kSunrise},
    {"bhai dooj|bhau beej|bhai phonta|bhaiya dooj|bhai tika", Rule_::kHinduLunar, ls::kKartika, 2,
     kMidday},
    {"chhath(?: puja)?|dala puja|surya shashthi|surya sashti", Rule_::kHinduLunar, ls::kKartika, 6,
     kSunrise},
    {"guru nanak(?:'s)? (?:jayanti|birthday|gurpurab)|guru nanak dev jayanti", Rule_::kHinduLunar,
     ls::kKartika, 15, kSunrise},
    {"guru go[bv]ind singh(?:'s)? (?:jayanti|birthday)", Rule_::kHinduLunar, ls::kPausha, 7,
     kSunrise},
    {"[vb]asant panchami|saraswati puja", Rule_::kHinduLunar, ls::kMagha, 5, kSunrise},
    {"guru ravidass?(?:'s)? (?:jayanti|birthday)", Rule_::kHinduLunar, ls::kMagha, 15, kSunrise},
    {"(?:maha ?)?shiva?ratri", Rule_::kHinduLunar, ls::kMagha, 29, kMidnight},
    {"holika dahan|c?hh?oti holi|kamudu pyre", Rule_::kHinduLunar, ls::kPhalguna, 15, kEvening},
    // Holi's colours the morning after the bonfire.
    {"holi|dhulandi|dhuleti|phagwah|rangwali holi", Rule_::kHinduLunar, ls::kPhalguna, 15, kEvening,
     1},
    {"makara? sankranth?i|(?:thai )?pongal|uttarayan", Rule_::kSankranti, kCapricorn, 0, 0},
    {"maghi", Rule_::kSankranti, kCapricorn, 0, 0, 0, 0, Holiday::kNeedsYear},
    {"bh?ogi(?: pandigai)?|lohri", Rule_::kSankranti, kCapricorn, 0, 0, -1},
    {"maa?ttu pongal", Rule_::kSankranti, kCapricorn, 0, 0, 1},
    {"kaa?num pongal|kanni pongal", Rule_::kSankranti, kCapricorn, 0, 0, 2},
    {"vaisakhi|baisakhi|vasakhi|vaishakhi", Rule_::kSankranti, kAries, 0, 1},
    {"puthandu|tamil new year", Rule_::kSankranti, kAries, 0, 0},
    {"vishu", Rule_::kSankranti, kAries, 0, 0, 0, 0, Holiday::kNeedsYear},
    {"rabindra(?:nath)? jayanti", Rule_::kBengaliSolar, kAries, 25},
    {"(?:thiru ?)?onam|thiruvonam", Rule_::kNakshatra, kLeo, kShravanaMansion},
    {"(?:chinese )?lunar new year'?s?(?: day)?|chinese new year'?s?(?: day)?",
     Rule_::kChineseNewYear},
    {"parsi new year|pateti", Rule_::kShahenshahi},
    {"navroz", Rule_::kShahenshahi, 0, 0, 0, 0, 0, Holiday::kNeedsYear},
    {"easter(?: sunday)?", Rule_::kEaster, 0, 0, 0, 0},
    {"easter mon(?:day)?", Rule_::kEaster, 0, 0, 0, 1},
    {"good friday", Rule_::kEaster, 0, 0, 0, -2},
    {"(?:maundy|holy|covenant) thu(?:rsday)?|thu(?:rsday)? of mysteries", Rule_::kEaster, 0, 0, 0,
     -3},
    {"palm sunday|branch sunday", Rule_::kEaster, 0, 0, 0, -7},
    {"ash wednesday", Rule_::kEaster, 0, 0, 0, -46},
    {"mardi gras|shrove tuesday|fat tuesday|pancake day", Rule_::kEaster, 0, 0, 0, -47},
    {"ascension day", Rule_::kEaster, 0, 0, 0, 39},
    {"lent", Rule_::kEaster, 0, 0, 0, -46, 45, Holiday::kNeedsCapital},
    {"pentecost(?: sunday)?|whit ?sunday|white sunday", Rule_::kEaster, 0, 0, 0, 49},
    {"whit ?monday|monday of the holy spirit", Rule_::kEaster, 0, 0, 0, 50},
    {"trinity sunday", Rule_::kEaster, 0, 0, 0, 56},
    {"orthodox easter(?: sunday)?", Rule_::kOrthodox, 0, 0, 0, 0},
    {"orthodox (?:good|great) friday", Rule_::kOrthodox, 0, 0, 0, -2},
    {"clean monday|orthodox shrove monday", Rule_::kOrthodox, 0, 0, 0, -48},
    {"lazarus saturday", Rule_::kOrthodox, 0, 0, 0, -8},
    {"great lent|great fast", Rule_::kOrthodox, 0, 0, 0, -48, 39},
};

// The first Hijri `month`/`day` that falls in Gregorian `year`.
std::optional<Date> HijriIn(int year, int month, int day) {
  const long approx = (year - 622L) * 33 / 32;
  for (long hy = approx - 2; hy <= approx + 3; ++hy) {
    const std::optional<Date> d = ls::HijriToGregorian(hy, month, day);
    if (d && d->year() == year) return d;
  }
  return std::nullopt;
}

// `compute()` for `key`, remembered per thread: the astronomical calendars
// take about a millisecond a year, and a text may name one festival many
// times. Each caller (each `Compute` type) has its own table.
template <typename Value, typename Compute>
Value Remembered(long key, Compute compute) {
  thread_local std::unordered_map<long, Value> computed;
  if (auto it = computed.find(key); it != computed.end()) return it->second;
  if (computed.size() > 4096) computed.clear();
  return computed[key] = compute();
}

// The Islamic month `month` that begins in Gregorian `year`, first to last
// day.
std::optional<DateRange> ComputeHijriMonthIn(int year, int month) {
  const long approx = (year - 622L) * 33 / 32;
  for (long hy = approx - 2; hy <= approx + 3; ++hy) {
    const std::optional<Date> first = ls::HijriToGregorian(hy, month, 1);
    if (!first || first->year() != year) continue;
    const std::optional<Date> next =
        month == 12 ? ls::HijriToGregorian(hy + 1, 1, 1) : ls::HijriToGregorian(hy, month + 1, 1);
    if (!next) return std::nullopt;
    return DateRange{*first, calendar::AddDays(*next, -1)};
  }
  return std::nullopt;
}

// ComputeHijriMonthIn, remembered.
std::optional<DateRange> HijriMonthIn(int year, int month) {
  return Remembered<std::optional<DateRange>>((static_cast<long>(month) << 16) | (year & 0xffff),
                                              [&] { return ComputeHijriMonthIn(year, month); });
}

// The first day of a Hebrew holiday in Gregorian `year`, moved off the days
// it may not fall on.
std::optional<Date> HebrewIn(const Holiday& h, int year) {
  const long hebrew_year = hebrew::HebrewYearOfMonthIn(year, h.month);
  const int month = h.offset == kPurim ? hebrew::PurimMonth(hebrew_year) : h.month;
  std::optional<Date> d = hebrew::HebrewToGregorian(hebrew_year, month, h.day);
  if (!d) return std::nullopt;
  const int wd = d->day_of_week().as_number();  // 0 Sunday
  int shift = 0;
  if (h.offset == kOffSabbath && wd == 6) shift = 1;
  if (h.offset == kYomHashoah) shift = wd == 5 ? -1 : wd == 0 ? 1 : 0;
  if (h.offset == kYomHaatzmaut) shift = wd == 5 ? -1 : wd == 6 ? -2 : wd == 1 ? 1 : 0;
  return calendar::AddDays(*d, shift);
}

std::optional<Date> ComputeDateIn(const Holiday& h, int year) {
  switch (h.rule) {
    case Rule_::kHebrew: return HebrewIn(h, year);
    case Rule_::kHinduLunar: {
      auto d = ls::HinduLunarDay(year, h.month, h.day, static_cast<ls::Observance>(h.nth));
      if (!d) return std::nullopt;
      return calendar::AddDays(*d, h.offset);
    }
    case Rule_::kSankranti: {
      auto d = ls::SolarTransitDay(year, h.month, /*sunset_rule=*/h.nth == 0);
      if (!d) return std::nullopt;
      return calendar::AddDays(*d, h.offset);
    }
    case Rule_::kBengaliSolar: return ls::BengaliSolarDay(year, h.month, h.day);
    case Rule_::kNakshatra: return ls::NakshatraDay(year, h.month, h.day);
    case Rule_::kChineseNewYear: return ls::ChineseNewYear(year);
    case Rule_::kShahenshahi: return ls::ShahenshahiNewYear(year);
    case Rule_::kFixed:
      return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(h.month),
                  static_cast<unsigned short>(h.day));
    case Rule_::kNth: {
      auto d = calendar::NthWeekday(year, h.month, h.day, h.nth);
      if (!d) return std::nullopt;
      return calendar::AddDays(*d, h.offset);
    }
    case Rule_::kEaster: return calendar::AddDays(calendar::Easter(year), h.offset);
    case Rule_::kOrthodox: {
      // Julian computus (Meeus), then the Julian date to the Gregorian: 13
      // days apart from 1900 to 2099.
      if (year < 1900 || year > 2099) return std::nullopt;
      const int a = year % 4, b = year % 7, c = year % 19;
      const int d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
      const int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
      const Date julian(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                        static_cast<unsigned short>(day));
      return calendar::AddDays(julian, 13 + h.offset);
    }
    case Rule_::kKingsDay: {
      const Date d(static_cast<unsigned short>(year), 4, 27);
      return d.day_of_week().as_number() == 0 ? calendar::AddDays(d, -1) : d;
    }
    case Rule_::kHijri: return HijriIn(year, h.month, h.day);
    case Rule_::kHijriMonth: return HijriIn(year, h.month, 1);  // its first day
    case Rule_::kHijriLastFriday: {
      // The Friday before the Hijri day may fall in the year before it.
      for (const int y : {year, year + 1}) {
        auto d = HijriIn(y, h.month, h.day);
        if (!d) continue;
        Date f = calendar::AddDays(*d, -1);
        while (f.day_of_week().as_number() != 5) f = calendar::AddDays(f, -1);
        if (f.year() == year) return f;
      }
      return std::nullopt;
    }
    case Rule_::kWorkday: {
      const Date d(static_cast<unsigned short>(year), static_cast<unsigned short>(h.month),
                   static_cast<unsigned short>(h.day));
      const int wd = d.day_of_week().as_number();
      return wd == 6 ? calendar::AddDays(d, -1) : wd == 0 ? calendar::AddDays(d, 1) : d;
    }
    case Rule_::kElection:
      // The Tuesday after the first Monday of November.
      return calendar::AddDays(*calendar::NthWeekday(year, 11, 1, 1), 1);
  }
  return std::nullopt;
}

// The holiday's first day in `year`; the calendars computed from the Sun
// and the Moon are remembered (Remembered).
std::optional<Date> DateIn(const Holiday& h, int year) {
  if (!IsLunisolar(h.rule) && h.rule != Rule_::kHijri && h.rule != Rule_::kHijriLastFriday)
    return ComputeDateIn(h, year);
  return Remembered<std::optional<Date>>(
      (static_cast<long>(&h - kHolidays) << 16) | (year & 0xffff),
      [&] { return ComputeDateIn(h, year); });
}

// The holidays of the lunisolar calendars and the ones that last several
// days (Lent): a rule of their own, which other date patterns do not embed
// (every composed pattern that holds a holiday name would hold them too, and
// cost their length on every sentence), and which no other piece composes.
bool InOwnRule(const Holiday& h) {
  return IsLunisolar(h.rule) || h.length > 0;
}

// The names of the holidays of one group: those InOwnRule or all the others.
std::string AllNames(bool own_rule) {
  std::string out;
  for (const Holiday& h : kHolidays) {
    if (InOwnRule(h) != own_rule) continue;
    if (!out.empty()) out += "|";
    std::string p;
    // Let the rule accept curly apostrophes and any spacing.
    for (const char* c = h.pattern; *c; ++c) {
      if (*c == '\'')
        p += "(?:'|’)";
      else if (*c == ' ')
        p += "\\s+";
      else
        p += *c;
    }
    out += p;
  }
  return out;
}

const Holiday* Identify(std::string_view text) {
  std::string folded;
  for (char c : lexicon::Fold(text)) {
    if (c == '\t' || c == '\n') c = ' ';
    if (c == ' ' && (folded.empty() || folded.back() == ' ')) continue;
    folded += c;
  }
  static const std::vector<std::unique_ptr<RE2>>* const kCompiled = [] {
    auto* v = new std::vector<std::unique_ptr<RE2>>;
    for (const Holiday& h : kHolidays) v->push_back(std::make_unique<RE2>(h.pattern));
    return v;
  }();
  for (size_t i = 0; i < kCompiled->size(); ++i)
    if (RE2::FullMatch(folded, *(*kCompiled)[i])) return &kHolidays[i];
  return nullptr;
}

// Groups: 1 modifier, 2 holiday, 3 year.
std::optional<Value> HolidayValue(const Match& m, const Context& context) {
  const Holiday* h = Identify(m.Get(2));
  if (!h) return std::nullopt;
  if (h->ambiguity == Holiday::kNeedsYear && !m.Has(1) && !m.Has(3)) return std::nullopt;
  if (h->ambiguity == Holiday::kNeedsCapital &&
      !std::isupper(static_cast<unsigned char>(m.Get(2).front())))
    return std::nullopt;
  auto at = [h](int y) -> std::optional<DateRange> {
    if (h->rule == Rule_::kHijriMonth) return HijriMonthIn(y, h->month);
    auto d = DateIn(*h, y);
    if (!d) return std::nullopt;
    // A Jewish holiday begins at sundown the evening before and lasts its
    // days: "Yom Kippur 2018" is 2018-09-18 (evening) to 2018-09-19.
    if (h->rule == Rule_::kHebrew)
      return DateRange{calendar::AddDays(*d, -1), calendar::AddDays(*d, h->nth - 1)};
    return DateRange{*d, calendar::AddDays(*d, h->length)};
  };
  std::optional<DateRange> range;
  if (m.Has(3)) {
    const int year = YearOf(m.Get(3), context.ref);
    if (!calendar::ValidYear(year)) return std::nullopt;
    range = at(year);
  } else {
    range = calendar::ResolveAnnualModified(at, context.ref,
                                            m.Has(1) ? calendar::CanonicalModifier(m.Get(1)) : "",
                                            calendar::DirectionOf(context));
  }
  if (!range) return std::nullopt;
  if (range->from == range->to) return DateValue(*range, "day", calendar::IsoDay(range->from));
  Value v =
      DateValue(*range, "day", calendar::IsoDay(range->from) + "/" + calendar::IsoDay(range->to));
  v.kind = Kind::kInterval;
  return v;
}

}  // namespace

std::string HolidayNamesPattern() {
  return AllNames(/*own_rule=*/false);
}

std::optional<Date> HolidayDate(std::string_view name, int year) {
  const Holiday* h = Identify(name);
  if (!h || !calendar::ValidYear(year)) return std::nullopt;
  return DateIn(*h, year);
}

void AddHolidayRules(std::vector<Rule>& rules) {
  for (const bool lunisolar : {false, true}) {
    rules.push_back({Kind::kDate, lunisolar ? "holiday-lunisolar" : "holiday",
                     "(?:(last|next|this|this\\s+past|this\\s+coming|coming|past)\\s+)?(" +
                         AllNames(lunisolar) + ")(?:,?\\s+(?:of\\s+" +
                         (lunisolar ? "|in\\s+" : "") + ")?(" + lexicon::kYearPattern + "))?",
                     HolidayValue, /*composable=*/!lunisolar, AllNames(lunisolar),
                     /*own_prefilter_set=*/lunisolar});
  }
}

}  // namespace factlint::normalize::internal
