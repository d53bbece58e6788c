#include "checker/normalize/astronomy.h"

#include <cmath>

namespace factlint::normalize::astronomy {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kJ2000 = 2451545.0;
// The Julian day of 1970-01-01 00:00 UT, where factlint's day numbers start.
constexpr double kUnixEpochJd = 2440587.5;

double Radians(double degrees) {
  return degrees * kPi / 180.0;
}
double Degrees(double radians) {
  return radians * 180.0 / kPi;
}
double Normalized(double degrees) {
  double d = std::fmod(degrees, 360.0);
  return d < 0 ? d + 360.0 : d;
}
// The signed difference a - b folded into [-180, 180).
double Difference(double a, double b) {
  return Normalized(a - b + 180.0) - 180.0;
}

// Terrestrial minus universal time in seconds (Espenak and Meeus's
// polynomials); a minute of it moves a moment by less than a calendar needs,
// but it costs nothing to keep.
double DeltaT(double jd) {
  const double y = 2000.0 + (jd - kJ2000) / 365.25;
  if (y >= 2005 && y < 2050) {
    const double t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t * t;
  }
  if (y >= 1986 && y < 2005) {
    const double t = y - 2000;
    return 63.86 +
           t * (0.3345 + t * (-0.060374 + t * (0.0017275 + t * (0.000651814 + t * 0.00002373599))));
  }
  if (y >= 1961 && y < 1986) {
    const double t = y - 1975;
    return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
  }
  if (y >= 1941 && y < 1961) {
    const double t = y - 1950;
    return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
  }
  const double u = (y - 1820) / 100;
  return -20 + 32 * u * u;
}

// Julian centuries of dynamical time since J2000.
double Centuries(double jd) {
  return (jd + DeltaT(jd) / 86400.0 - kJ2000) / 36525.0;
}

// The Moon's longitude terms of Meeus's table 47.A with an amplitude of at
// least 0.0003 degree: multiples of D (elongation), M (Sun's anomaly), M'
// (Moon's anomaly), F (argument of latitude), and the amplitude in 1e-6
// degree.
struct MoonTerm {
  signed char d, m, mp, f;
  int amplitude;
};
constexpr MoonTerm kMoonTerms[] = {
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
};

// The Lahiri ayanamsa: the tropical zodiac's drift from the sidereal one,
// 23.857 degrees at J2000, growing with the precession of the equinoxes.
double Ayanamsa(double jd) {
  return 23.857 + 1.3969 * Centuries(jd);
}

// The first moment after `jd` at which `longitude` (a function of time that
// grows by about `rate` degrees a day) equals `degrees`: a first guess from
// the mean rate, then Newton's method on the wrapped difference.
template <typename Longitude>
double NextCrossing(double jd, double degrees, double rate, Longitude longitude) {
  double ahead = Normalized(degrees - longitude(jd));
  if (ahead < 1e-9) ahead = 360.0;
  double t = jd + ahead / rate;
  for (int i = 0; i < 30; ++i) {
    const double error = Difference(longitude(t), degrees);
    constexpr double kStep = 1.0 / 1440;  // a minute
    const double slope = Difference(longitude(t + kStep), longitude(t)) / kStep;
    const double step = error / (slope > 0 ? slope : rate);
    t -= step;
    if (std::fabs(step) < 1e-6) break;
  }
  return t;
}

// The Sun's place at `jd` for the sunrise formula: declination and the
// equation of time, both in degrees.
struct SunPlace {
  double declination;
  double equation_of_time;
};
SunPlace SunPlaceAt(double jd) {
  const double t = Centuries(jd);
  const double mean_longitude = Normalized(280.46646 + 36000.76983 * t);
  const double lambda = Radians(SunLongitude(jd));
  const double obliquity = Radians(23.439291 - 0.0130042 * t);
  const double right_ascension =
      Degrees(std::atan2(std::cos(obliquity) * std::sin(lambda), std::cos(lambda)));
  return {Degrees(std::asin(std::sin(obliquity) * std::sin(lambda))),
          Difference(mean_longitude - 0.0057183, right_ascension)};
}

// Sunrise (sign -1) or sunset (+1) on local day `d`: the hour angle at which
// the Sun's upper limb meets the horizon, refraction included (-0.833
// degree), around the Sun's transit; twice refined with the Sun's place at
// the moment found. Polar day and night clamp to noon and midnight.
double SunEvent(const Date& d, const Place& place, int sign) {
  const double day_start = JulianDay(d);
  double event = day_start + 0.5 - place.longitude / 360.0;
  for (int i = 0; i < 3; ++i) {
    const SunPlace sun = SunPlaceAt(event);
    const double transit = day_start + 0.5 - (place.longitude + sun.equation_of_time) / 360.0;
    const double phi = Radians(place.latitude), delta = Radians(sun.declination);
    double cos_h = (std::sin(Radians(-0.833)) - std::sin(phi) * std::sin(delta)) /
                   (std::cos(phi) * std::cos(delta));
    cos_h = cos_h < -1 ? -1 : cos_h > 1 ? 1 : cos_h;
    event = transit + sign * Degrees(std::acos(cos_h)) / 360.0;
  }
  return event;
}

}  // namespace

double JulianDay(const Date& d) {
  return static_cast<double>(DayNumber(d)) + kUnixEpochJd;
}

Date LocalDate(double jd, double utc_offset_hours) {
  return FromDayNumber(static_cast<long>(std::floor(jd + utc_offset_hours / 24.0 - kUnixEpochJd)));
}

double SunLongitude(double jd) {
  const double t = Centuries(jd);
  const double l0 = 280.46646 + t * (36000.76983 + t * 0.0003032);
  const double m = Radians(357.52911 + t * (35999.05029 - t * 0.0001537));
  const double center = (1.914602 - t * (0.004817 + t * 0.000014)) * std::sin(m) +
                        (0.019993 - t * 0.000101) * std::sin(2 * m) + 0.000289 * std::sin(3 * m);
  const double omega = Radians(125.04 - 1934.136 * t);
  // Aberration and nutation turn the true longitude into the apparent one.
  return Normalized(l0 + center - 0.00569 - 0.00478 * std::sin(omega));
}

double MoonLongitude(double jd) {
  const double t = Centuries(jd);
  const double lp = 218.3164477 + t * (481267.88123421 - t * 0.0015786);
  const double d = Radians(297.8501921 + t * (445267.1114034 - t * 0.0018819));
  const double m = Radians(357.5291092 + t * (35999.0502909 - t * 0.0001536));
  const double mp = Radians(134.9633964 + t * (477198.8675055 + t * 0.0087414));
  const double f = Radians(93.2720950 + t * (483202.0175233 - t * 0.0036539));
  // The Earth's orbit grows rounder: terms with the Sun's anomaly shrink.
  const double e = 1 - t * (0.002516 + t * 0.0000074);
  double sum = 0;
  for (const MoonTerm& term : kMoonTerms) {
    double amplitude = term.amplitude;
    if (term.m == 1 || term.m == -1) amplitude *= e;
    if (term.m == 2 || term.m == -2) amplitude *= e * e;
    sum += amplitude * std::sin(term.d * d + term.m * m + term.mp * mp + term.f * f);
  }
  // Venus, Jupiter and the Earth's flattening.
  const double a1 = Radians(119.75 + 131.849 * t), a2 = Radians(53.09 + 479264.290 * t);
  sum += 3958 * std::sin(a1) + 1962 * std::sin(Radians(lp) - f) + 318 * std::sin(a2);
  const double omega = Radians(125.04 - 1934.136 * t);
  return Normalized(lp + sum / 1e6 - 0.00478 * std::sin(omega));
}

double Elongation(double jd) {
  return Normalized(MoonLongitude(jd) - SunLongitude(jd));
}

double SiderealSunLongitude(double jd) {
  return Normalized(SunLongitude(jd) - Ayanamsa(jd));
}

double SiderealMoonLongitude(double jd) {
  return Normalized(MoonLongitude(jd) - Ayanamsa(jd));
}

double NextElongation(double jd, double degrees) {
  return NextCrossing(jd, degrees, 12.19, Elongation);
}

double NextSunLongitude(double jd, double degrees, bool sidereal) {
  return sidereal ? NextCrossing(jd, degrees, 0.9856, SiderealSunLongitude)
                  : NextCrossing(jd, degrees, 0.9856, SunLongitude);
}

double NextSiderealMoonLongitude(double jd, double degrees) {
  return NextCrossing(jd, degrees, 13.18, SiderealMoonLongitude);
}

double Sunrise(const Date& d, const Place& place) {
  return SunEvent(d, place, -1);
}

double Sunset(const Date& d, const Place& place) {
  return SunEvent(d, place, +1);
}

}  // namespace factlint::normalize::astronomy
