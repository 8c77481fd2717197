#include <catch2/catch.hpp>

#include "crimestats/date.hpp"

using crimestats::Date;

TEST_CASE("ISO dates parse only when they are real calendar dates") {
  CHECK(crimestats::parse_iso_date("2019-10-03") == Date{2019, 10, 3});
  CHECK(crimestats::parse_iso_date("2020-02-29") == Date{2020, 2, 29});
  CHECK_FALSE(crimestats::parse_iso_date("2019-02-29"));
  CHECK_FALSE(crimestats::parse_iso_date("1900-02-29"));
  CHECK(crimestats::parse_iso_date("2000-02-29"));
  CHECK_FALSE(crimestats::parse_iso_date("2019-13-01"));
  CHECK_FALSE(crimestats::parse_iso_date("2019-1-01"));
  CHECK_FALSE(crimestats::parse_iso_date("20191001"));
  CHECK_FALSE(crimestats::parse_iso_date("2019-10-0x"));
}

TEST_CASE("weekdays and day arithmetic") {
  CHECK(Date{2018, 10, 8}.weekday() == 0);   // Monday
  CHECK(Date{2018, 10, 12}.weekday() == 4);  // Friday
  CHECK(Date{2018, 10, 14}.weekday() == 6);  // Sunday
  CHECK(Date{1970, 1, 1}.days_since_epoch() == 0);
  CHECK(Date::from_days_since_epoch(Date{2024, 2, 29}.days_since_epoch() + 1) == Date{2024, 3, 1});
  CHECK(Date::from_days_since_epoch(-1) == Date{1969, 12, 31});
  CHECK(Date{2019, 8, 5}.iso() == "2019-08-05");
}
