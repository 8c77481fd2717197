// A proleptic Gregorian calendar date, with the arithmetic the date
// extractor and the command line need.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace crimestats {

struct Date {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..days_in_month

  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;

  // "YYYY-MM-DD".
  std::string iso() const;
  // 0 = Monday ... 6 = Sunday.
  int weekday() const;
  // Days since 1970-01-01 (negative before).
  long days_since_epoch() const;
  static Date from_days_since_epoch(long days);
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
bool is_valid_date(int year, int month, int day);

// Parses exactly "YYYY-MM-DD" (a real calendar date); nullopt otherwise.
std::optional<Date> parse_iso_date(std::string_view s);

// Today's date in UTC.
Date today_utc();

}  // namespace crimestats
