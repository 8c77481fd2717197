// Table-driven tests for the dates extractor: each sentence with the
// reference date it is read against and every date it must yield (value,
// granularity, until, relative and the exact text matched), or none.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "crimestats/extractor.hpp"

using namespace crimestats;

namespace {

const Extractor& dates() {
  static const auto extractor = make_dates_extractor(CRIMESTATS_SOURCE_DIR "/data");
  return *extractor;
}

struct Expect {
  std::string value;
  Granularity granularity;
  std::string until;  // empty: not a range
  bool relative;
  std::string text;
};

struct Case {
  std::string sentence;
  Date reference;
  std::vector<Expect> expected;
  DateOrder order = DateOrder::dmy;
};

constexpr auto Y = Granularity::year;
constexpr auto M = Granularity::month;
constexpr auto D = Granularity::day;

const std::vector<Case>& cases() {
  static const std::vector<Case> table{
      // Bare years, only where the text uses them as years.
      {"There were 375 offences in 2018, up from 298 in 2013.", {2019, 9, 20},
       {{"2018", Y, "", false, "2018"}, {"2013", Y, "", false, "2013"}}},
      {"The gangs unit was set up in 2016 to tackle dealing.", {2019, 9, 20}, {{"2016", Y, "", false, "2016"}}},
      {"Reports have doubled since 2016.", {2019, 9, 20}, {{"2016", Y, "", false, "2016"}}},
      // A hedge between the cue and the date keeps the cue: "since at least".
      {"The lab had been running since at least March.", {2023, 7, 2}, {{"2023-03", M, "", false, "March"}}},
      {"Thefts have risen since at least 2015.", {2019, 9, 20}, {{"2015", Y, "", false, "2015"}}},
      {"The band played at least March music.", {2023, 7, 2}, {}},
      // "as of <month>" dates a figure.
      {"As of April, 312 cases were still open.", {2022, 6, 30}, {{"2022-04", M, "", false, "April"}}},
      {"He was known as March to his friends.", {2022, 6, 30}, {}},
      // Planned, earmarked or timetabled for a month looks ahead.
      {"A second round of checks is planned for February.", {2022, 10, 5}, {{"2023-02", M, "", false, "February"}}},
      {"The new unit is earmarked for January.", {2022, 10, 5}, {{"2023-01", M, "", false, "January"}}},
      // Month, day and year between dashes.
      {"The raid of Jun - 14 - 2022 was filmed.", {2023, 1, 5}, {{"2022-06-14", D, "", false, "Jun - 14 - 2022"}}},
      {"He scored on Monday - 12 - 2022 was bad.", {2023, 1, 5}, {}},
      {"The 2019 figures show a sharp rise in knife crime.", {2020, 3, 1}, {{"2019", Y, "", false, "2019"}}},
      {"Offences rose by 18 per cent on 2021.", {2023, 10, 13}, {{"2021", Y, "", false, "2021"}}},
      {"The strategy was refreshed in mid-2019.", {2020, 3, 1}, {{"2019", Y, "", false, "2019"}}},
      {"Raids were carried out in 2016, 2017 and 2018.", {2020, 3, 1},
       {{"2016", Y, "", false, "2016"}, {"2017", Y, "", false, "2017"}, {"2018", Y, "", false, "2018"}}},
      {"The report (2018) found gaps in training.", {2020, 3, 1}, {{"2018", Y, "", false, "2018"}}},
      {"Seizures rose from 31 in 2021 to 58.", {2023, 3, 16}, {{"2021", Y, "", false, "2021"}}},
      {"2019 was a record year for seizures.", {2020, 3, 1}, {{"2019", Y, "", false, "2019"}}},
      {"Cannabis farms were found in 2021, 2022 and 2023.", {2024, 3, 1},
       {{"2021", Y, "", false, "2021"}, {"2022", Y, "", false, "2022"}, {"2023", Y, "", false, "2023"}}},
      {"He was charged with offences dating back to 1998.", {2020, 3, 1}, {{"1998", Y, "", false, "1998"}}},
      {"The force deployed 2000 officers at the festival.", {2020, 3, 1}, {}},
      {"There were 2013 offences recorded.", {2020, 3, 1}, {}},
      {"Flat 2019 and Room 2018 were searched.", {2020, 3, 1}, {}},
      {"More than 1,500 people were arrested.", {2020, 3, 1}, {}},
      {"Call the helpline on 1800 666 111 with information.", {2020, 3, 1}, {}},
      {"Between 2000 and 2500 officers took part.", {2020, 3, 1}, {}},
      {"The charity raised £2018 for victims.", {2020, 3, 1}, {}},
      {"Officers dealt with the case in 2000 cases out of ten.", {2020, 3, 1}, {}},
      {"The force was founded in the 1990s.", {2020, 3, 1}, {}},

      // Financial years and spans of years.
      {"Figures for 2022/23 show a fall in burglary.", {2023, 10, 1}, {{"2022", Y, "2023", false, "2022/23"}}},
      {"Knife crime rose in 2013-14.", {2015, 1, 1}, {{"2013", Y, "2014", false, "2013-14"}}},
      {"Arrests climbed steadily from 2016 to 2018.", {2019, 1, 1}, {{"2016", Y, "2018", false, "2016 to 2018"}}},
      {"The 2016-18 programme ended early.", {2019, 1, 1}, {{"2016", Y, "2018", false, "2016-18"}}},

      // Days, months and years written out.
      {"He was arrested on 10th January 2020.", {2020, 2, 1}, {{"2020-01-10", D, "", false, "10th January 2020"}}},
      {"The hearing took place on January 10, 2020 at Norwich.", {2020, 2, 1},
       {{"2020-01-10", D, "", false, "January 10, 2020"}}},
      {"Raids took place on 10 Jan 2020 across the county.", {2020, 2, 1}, {{"2020-01-10", D, "", false, "10 Jan 2020"}}},
      // A no-break space (U+00A0) before the day, as web pages write it.
      {"The raid was on\xC2\xA0" "10 March 2020 in Leeds.", {2020, 6, 1},
       {{"2020-03-10", D, "", false, "10 March 2020"}}},
      {"Officers returned on Jan. 10 and found more cannabis.", {2020, 2, 1}, {{"2020-01-10", D, "", false, "Jan. 10"}}},
      {"It happened on the 3rd of March 2021.", {2021, 6, 1}, {{"2021-03-03", D, "", false, "3rd of March 2021"}}},
      {"The figures cover January 2018.", {2019, 1, 1}, {{"2018-01", M, "", false, "January 2018"}}},
      {"Drug trafficking rose in the rolling 12 months to August 2019.", {2019, 9, 20},
       {{"2019-08", M, "", false, "August 2019"}}},
      {"Recorded crime in the year ending March 2023 fell.", {2023, 7, 1}, {{"2023-03", M, "", false, "March 2023"}}},
      {"The cash was found at 6:13am 10th January 2020.", {2020, 2, 1},
       {{"2020-01-10", D, "", false, "10th January 2020"}}},

      // Numeric and ISO dates.
      {"The order was made on 21/10/2019.", {2020, 1, 1}, {{"2019-10-21", D, "", false, "21/10/2019"}}},
      {"The order was made on 03/04/2019.", {2020, 1, 1}, {{"2019-04-03", D, "", false, "03/04/2019"}}},
      {"The order was made on 03/04/2019.", {2020, 1, 1}, {{"2019-03-04", D, "", false, "03/04/2019"}}, DateOrder::mdy},
      {"The order was made on 10/21/2019.", {2020, 1, 1}, {{"2019-10-21", D, "", false, "10/21/2019"}}},
      {"The order was made on 21/10/2019.", {2020, 1, 1}, {{"2019-10-21", D, "", false, "21/10/2019"}}, DateOrder::mdy},
      {"The log shows 2021-10-21T09:30:00Z as the time of the call.", {2022, 1, 1},
       {{"2021-10-21", D, "", false, "2021-10-21"}}},
      {"The helpline runs 24/7 for victims.", {2022, 1, 1}, {}},

      // A day and month with no year: the nearest one before the reference
      // date, or after it where the sentence speaks of the future.
      {"The raid happened on 28 December.", {2020, 1, 5}, {{"2019-12-28", D, "", false, "28 December"}}},
      {"The raid happened on 2 January.", {2020, 1, 5}, {{"2020-01-02", D, "", false, "2 January"}}},
      {"He will be sentenced on 4 January.", {2019, 12, 20}, {{"2020-01-04", D, "", false, "4 January"}}},
      {"He will be sentenced on 24 December.", {2019, 12, 20}, {{"2019-12-24", D, "", false, "24 December"}}},
      {"He was bailed until June.", {2021, 8, 10}, {{"2022-06", M, "", false, "June"}}},
      {"Both were remanded in custody to reappear in court on April 3.", {2024, 3, 14},
       {{"2024-04-03", D, "", false, "April 3"}}},
      {"The figures for June were published.", {2021, 8, 10}, {{"2021-06", M, "", false, "June"}}},
      {"June's figures were worse.", {2021, 8, 10}, {{"2021-06", M, "", false, "June"}}},
      {"May's speech was welcomed.", {2021, 8, 10}, {}},
      {"The officer retired in May.", {2019, 3, 1}, {{"2018-05", M, "", false, "May"}}},
      {"The man will appear in court in May.", {2019, 3, 1}, {{"2019-05", M, "", false, "May"}}},
      {"The appeal must be lodged by the end of March.", {2019, 5, 1}, {{"2020-03", M, "", false, "March"}}},
      {"The appeal was lodged by the end of March.", {2019, 5, 1}, {{"2019-03", M, "", false, "March"}}},
      {"In October 3 people were arrested.", {2019, 11, 1}, {{"2019-10", M, "", false, "October"}}},
      // A hearing still to come: "for sentence", "for trial", "for reports".
      {"She was committed to Leicester Crown Court for sentence on January 8.", {2023, 11, 20},
       {{"2024-01-08", D, "", false, "January 8"}}},
      {"The pair were remanded for trial on 14 March.", {2022, 10, 2}, {{"2023-03-14", D, "", false, "14 March"}}},
      {"The case was adjourned for reports until 2 February.", {2021, 12, 9},
       {{"2022-02-02", D, "", false, "2 February"}}},
      {"He was bailed for sentencing on 30 May.", {2020, 6, 1}, {{"2021-05-30", D, "", false, "30 May"}}},
      {"He was remanded until 5 January.", {2022, 12, 15}, {{"2023-01-05", D, "", false, "5 January"}}},
      {"The hearing was adjourned until 9 January.", {2022, 12, 15}, {{"2023-01-09", D, "", false, "9 January"}}},
      // Not a hearing to come: "for" is not before the noun, or the hearing has been.
      {"His trial on 3 November heard from 12 witnesses.", {2023, 12, 1}, {{"2023-11-03", D, "", false, "3 November"}}},
      {"The sentence on 3 November was appealed.", {2023, 12, 1}, {{"2023-11-03", D, "", false, "3 November"}}},
      {"She stood trial for fraud, and was jailed on 3 November.", {2023, 12, 1},
       {{"2023-11-03", D, "", false, "3 November"}}},

      // Weekdays must agree with the year chosen.
      {"On Friday, October 12, police seized 400 wraps.", {2018, 10, 19},
       {{"2018-10-12", D, "", false, "Friday, October 12"}}},
      {"On Friday 12 October officers raided a flat.", {2020, 1, 15},
       {{"2018-10-12", D, "", false, "Friday 12 October"}}},
      {"The shop was raided on Friday 30 December.", {2023, 1, 5},
       {{"2022-12-30", D, "", false, "Friday 30 December"}}},
      {"The shop was raided on Friday 31 December.", {2023, 1, 5},
       {{"2021-12-31", D, "", false, "Friday 31 December"}}},
      {"Officers raided the flat on Monday, October 8.", {2026, 11, 22},
       {{"2018-10-08", D, "", false, "Monday, October 8"}}},
      {"He was bailed until Tuesday 16th April.", {2024, 4, 20},
       {{"2024-04-16", D, "", false, "Tuesday 16th April"}}},
      {"A Friday 12 October 2019 date was set.", {2020, 1, 1}, {{"2019-10-12", D, "", false, "Friday 12 October 2019"}}},

      // 29 February only in a leap year.
      {"The warrant was executed on 29 February.", {2021, 6, 1}, {{"2020-02-29", D, "", false, "29 February"}}},
      {"The trial is due to start on 29 February.", {2021, 6, 1}, {{"2024-02-29", D, "", false, "29 February"}}},
      {"A raid on Thursday 29 February found cannabis.", {2023, 6, 1},
       {{"2024-02-29", D, "", false, "Thursday 29 February"}}},
      {"The warrant was executed on 29 February 2019.", {2021, 6, 1}, {}},

      // Ranges and lists.
      {"Between January 2018 and April 2019, 121 people were referred.", {2019, 10, 1},
       {{"2018-01", M, "2019-04", false, "January 2018 and April 2019"}}},
      {"The crackdown took place between October 3 and October 10.", {2022, 10, 11},
       {{"2022-10-03", D, "2022-10-10", false, "October 3 and October 10"}}},
      {"During a week of action between Monday, October 8 to Sunday, October 14, 22 people were held.",
       {2018, 10, 19}, {{"2018-10-08", D, "2018-10-14", false, "Monday, October 8 to Sunday, October 14"}}},
      {"The operation ran from 23 June-29 June.", {2019, 7, 10},
       {{"2019-06-23", D, "2019-06-29", false, "23 June-29 June"}}},
      {"Checks ran from 3 to 9 October 2022.", {2023, 1, 1},
       {{"2022-10-03", D, "2022-10-09", false, "3 to 9 October 2022"}}},
      {"Patrols were stepped up between 11 and 17 October.", {2019, 11, 1},
       {{"2019-10-11", D, "2019-10-17", false, "11 and 17 October"}}},
      {"Warrants were executed on October 11 and 17.", {2019, 11, 1},
       {{"2019-10-11", D, "", false, "October 11"}, {"2019-10-17", D, "", false, "17"}}},
      {"Officers were out on Mon 13th and Fri 17th November.", {2023, 11, 20},
       {{"2023-11-13", D, "", false, "Mon 13th"}, {"2023-11-17", D, "", false, "Fri 17th November"}}},
      {"The amnesty ran from 28 December to 3 January.", {2020, 1, 20},
       {{"2019-12-28", D, "2020-01-03", false, "28 December to 3 January"}}},
      {"Arrests were made on March 3-7.", {2023, 3, 20}, {{"2023-03-03", D, "2023-03-07", false, "March 3-7"}}},
      {"Police made 19 arrests on 3, 4 and 5 October.", {2021, 10, 20},
       {{"2021-10-03", D, "", false, "3"}, {"2021-10-04", D, "", false, "4"}, {"2021-10-05", D, "", false, "5 October"}}},
      {"Test purchases were made in September, October and November.", {2022, 1, 10},
       {{"2021-09", M, "", false, "September"}, {"2021-10", M, "", false, "October"},
        {"2021-11", M, "", false, "November"}}},
      {"The operation ran from mid-January to early March.", {2022, 6, 15},
       {{"2022-01", M, "2022-03", false, "January to early March"}}},
      {"On 3 March, 2000 people marched through the town.", {2022, 6, 15}, {{"2022-03-03", D, "", false, "3 March"}}},
      {"Four people were arrested on Wednesday (May 4).", {2022, 6, 15}, {{"2022-05-04", D, "", false, "May 4"}}},
      {"Between January and April 2019 the team made 40 arrests.", {2019, 10, 1},
       {{"2019-01", M, "2019-04", false, "January and April 2019"}}},

      // Relative years and months.
      {"Essex Police received £664,000 last year.", {2020, 1, 5}, {{"2019", Y, "", true, "last year"}}},
      {"Funding was announced earlier this year.", {2019, 10, 1}, {{"2019", Y, "", true, "earlier this year"}}},
      {"New rules come in next year.", {2019, 12, 31}, {{"2020", Y, "", true, "next year"}}},
      {"Last month the unit seized £10,000.", {2020, 1, 15}, {{"2019-12", M, "", true, "Last month"}}},
      {"The team was set up earlier this month.", {2020, 1, 15}, {{"2020-01", M, "", true, "earlier this month"}}},
      {"The farm was found in March last year.", {2020, 2, 1}, {{"2019-03", M, "", true, "March last year"}}},
      {"Police stopped his car on September 9 last year.", {2024, 1, 29},
       {{"2023-09-09", D, "", true, "September 9 last year"}}},
      {"The drugs were found last March.", {2020, 1, 15}, {{"2019-03", M, "", true, "last March"}}},

      // Not dates: durations, weekdays alone, seasons, times, names.
      {"Crime fell over the last year.", {2020, 1, 1}, {}},
      {"Drug crime rose by 25% over the past five years.", {2020, 1, 1}, {}},
      {"It has been a priority in the last 18 months.", {2020, 1, 1}, {}},
      {"He was jailed for 12 months.", {2020, 1, 1}, {}},
      {"Sentences totalled 42 years, 10 months.", {2020, 1, 1}, {}},
      {"The claim was made at the conference on Thursday.", {2020, 1, 1}, {}},
      {"Figures from last summer show a rise.", {2020, 1, 1}, {}},
      {"The shop was raided at 6:13am.", {2020, 1, 1}, {}},
      {"Theresa May said more must be done.", {2020, 1, 1}, {}},
      {"Police raided a house in the Fenland town of March.", {2020, 1, 1}, {}},
      {"Between 10 and 12 arrests were made.", {2020, 1, 1}, {}},
      {"Traffic was held between junctions 25 and 26.", {2020, 1, 1}, {}},
      {"Offenders aged 18 to 25 were targeted.", {2020, 1, 1}, {}},
      {"Patrols ran from 9am to 5pm.", {2020, 1, 1}, {}},
      {"He was born on 29/02/2001.", {2020, 1, 1}, {}},
      {"A 15.7% rise was recorded.", {2020, 1, 1}, {}},
      // US and statistics styles.
      {"The suspect was arrested on Jan. 5 after a traffic stop.", {2023, 11, 20},
       {{"2023-01-05", D, "", false, "Jan. 5"}}},
      {"The shooting happened on March 3, 2023, police said.", {2023, 11, 20},
       {{"2023-03-03", D, "", false, "March 3, 2023"}}},
      {"Officers responded to the call on Tuesday, Nov. 14.", {2023, 11, 20},
       {{"2023-11-14", D, "", false, "Tuesday, Nov. 14"}}},
      {"Sentencing is scheduled for Thursday, Jan. 18.", {2023, 11, 20},
       {{"2024-01-18", D, "", false, "Thursday, Jan. 18"}}},
      {"There were 1,200 thefts in the 2022-23 financial year.", {2023, 11, 20},
       {{"2022", Y, "2023", false, "2022-23"}}},
      {"Shoplifting rose in the year ending March 2023.", {2023, 11, 20}, {{"2023-03", M, "", false, "March 2023"}}},
      {"Recorded offences rose between 2019/20 and 2022/23.", {2023, 11, 20},
       {{"2019", Y, "2020", false, "2019/20"}, {"2022", Y, "2023", false, "2022/23"}}},
      // A quarter or a fiscal year names its year.
      {"Robberies rose 8% in Q3 2022.", {2023, 11, 20}, {{"2022", Y, "", false, "2022"}}},
      {"Losses reached $3.2 billion in fiscal 2022, the FBI said.", {2023, 11, 20}, {{"2022", Y, "", false, "2022"}}},
      {"The city's FY2023 budget includes $12 million for policing.", {2023, 11, 20},
       {{"2023", Y, "", false, "FY2023"}}},
      {"Police made 62 arrests in FY2022-23.", {2023, 11, 20}, {{"2022", Y, "2023", false, "2022-23"}}},
      {"Fleet codes FY1234 and FY9999 were listed.", {2023, 11, 20}, {}},
      // Numbers that are not dates.
      {"The helpline is open 24/7.", {2023, 11, 20}, {}},
      {"The attacks of 9/11 changed policing.", {2023, 11, 20}, {}},
      {"Crime patterns shifted through the 2020s.", {2023, 11, 20}, {}},
      {"The home side won 2-1 on Saturday.", {2023, 11, 20}, {}},
      {"The raid began at 10.30am on Wednesday.", {2023, 11, 20}, {}},
      {"The crash closed the A1(M) near junction 7.", {2023, 11, 20}, {}},
      {"The force upgraded to version 2.3.1 of its software.", {2023, 11, 20}, {}},
      {"Call 0800 555 111 or 101 with information.", {2023, 11, 20}, {}},
      // A thousands comma or a fifth digit makes a count, never a year.
      {"Crimes fell between April 1 and September 30, 4,763 fewer than a year earlier.", {2024, 11, 28},
       {{"2024-04-01", D, "2024-09-30", false, "April 1 and September 30"}}},
      {"On March 3, 12500 people marched through the city.", {2024, 11, 28}, {{"2024-03-03", D, "", false, "March 3"}}},

      // A weekday settles which number of a numeric date is the month.
      {"Release date: Thu, 03/07/2024", {2024, 3, 7}, {{"2024-03-07", D, "", false, "Thu, 03/07/2024"}}},
      {"Issued Friday 05/04/2024 by the press office.", {2024, 4, 5},
       {{"2024-04-05", D, "", false, "Friday 05/04/2024"}}},
      {"Issued Monday 04/03/2024 by the press office.", {2024, 3, 4},
       {{"2024-03-04", D, "", false, "Monday 04/03/2024"}}, DateOrder::mdy},
      {"Issued Tuesday 04/02/2024 by the press office.", {2024, 4, 2},
       {{"2024-04-02", D, "", false, "Tuesday 04/02/2024"}}, DateOrder::mdy},
      {"The order was made on 03/07/2024.", {2024, 8, 1}, {{"2024-07-03", D, "", false, "03/07/2024"}}},

      // Statute years: the year closes the title of a law.
      {"He admitted an offence under the Misuse of Drugs Act 1971.", {2024, 3, 1}, {{"1971", Y, "", false, "1971"}}},
      {"She was charged under section 5 of the Firearms (Amendment) Act 1997 in Leeds.", {2024, 3, 1},
       {{"1997", Y, "", false, "1997"}}},
      {"The Proceeds of Crime Act 2002 lets courts seize assets.", {2024, 3, 1}, {{"2002", Y, "", false, "2002"}}},
      {"Campaigners handed the Bill 2000 signatures.", {2024, 3, 1}, {}},
      {"He was convicted under section 15 of the Misuse of Drugs Act, 1977, in Sligo.", {2024, 3, 1},
       {{"1977", Y, "", false, "1977"}}},
      {"Under the Act, 1995 people were cautioned.", {2024, 3, 1}, {}},

      // Fixed-date holidays are their day, after a preposition or as "X Day".
      {"Two burglaries have been reported since Christmas.", {2024, 7, 10},
       {{"2023-12-25", D, "", false, "Christmas"}}},
      {"The off-licence was raided on Boxing Day.", {2024, 1, 15}, {{"2023-12-26", D, "", false, "Boxing Day"}}},
      {"Extra officers will patrol the town on New Year's Eve.", {2024, 11, 1},
       {{"2024-12-31", D, "", false, "New Year's Eve"}}},
      {"Fireworks were thrown at a patrol car on Bonfire Night.", {2024, 11, 20},
       {{"2024-11-05", D, "", false, "Bonfire Night"}}},
      {"A man was stabbed outside a bar on St. Patrick's Day.", {2024, 5, 1},
       {{"2024-03-17", D, "", false, "St. Patrick's Day"}}},
      {"The flat was first searched at Christmas 2018.", {2024, 5, 1}, {{"2018-12-25", D, "", false, "Christmas 2018"}}},
      {"Anzac Day services in Perth passed without arrests.", {2024, 6, 1}, {{"2024-04-25", D, "", false, "Anzac Day"}}},
      {"The jeweller was robbed on Valentines Day.", {2024, 3, 1}, {{"2024-02-14", D, "", false, "Valentines Day"}}},
      {"Christmas shoppers were warned about pickpockets.", {2024, 12, 1}, {}},
      {"He was arrested at a Christmas party in Hull.", {2024, 12, 30}, {}},
      {"Halloween costumes were taken from the shop.", {2024, 11, 1}, {}},
      {"Stalls sold flags before India's Independence Day.", {2024, 9, 1}, {}},
      {"Shoplifting rose between Christmas and New Year's Day.", {2024, 7, 10},
       {{"2023-12-25", D, "2024-01-01", false, "Christmas and New Year's Day"}}},
      {"Patrols will be doubled from Christmas Eve to Boxing Day.", {2024, 10, 1},
       {{"2024-12-24", D, "2024-12-26", false, "Christmas Eve to Boxing Day"}}},
      {"Fans clashed with police at Easter Road.", {2024, 9, 1}, {}},
      {"Paramilitary attacks have continued since the Good Friday Agreement.", {2024, 9, 1}, {}},
      {"Tickets for the Boxing Day Test were forged.", {2024, 9, 1}, {}},
      {"The boat was stopped off Christmas Island.", {2024, 9, 1}, {}},
      {"Extra patrols ran over the Easter weekend.", {2024, 9, 1}, {}},
      // Easter and the feasts around it move: computed for the year.
      {"Two men were stabbed over Easter.", {2024, 6, 1}, {{"2024-03-31", D, "", false, "Easter"}}},
      {"The raid took place on Good Friday.", {2024, 3, 20}, {{"2023-04-07", D, "", false, "Good Friday"}}},
      {"Roads will close on Easter Monday.", {2024, 3, 20}, {{"2024-04-01", D, "", false, "Easter Monday"}}},
      {"The shop was looted at Easter 2019.", {2024, 3, 20}, {{"2019-04-21", D, "", false, "Easter 2019"}}},

      // Court scheduling looks ahead.
      {"A confiscation hearing was listed for 9 May.", {2024, 6, 1}, {{"2025-05-09", D, "", false, "9 May"}}},
      {"The trial was fixed for 14 October at Exeter.", {2024, 11, 1}, {{"2025-10-14", D, "", false, "14 October"}}},
      {"The case was adjourned to 3 February.", {2024, 3, 1}, {{"2025-02-03", D, "", false, "3 February"}}},
      {"His trial is set for 12 March.", {2024, 4, 1}, {{"2025-03-12", D, "", false, "12 March"}}},
      {"He was set free on 2 March.", {2024, 4, 1}, {{"2024-03-02", D, "", false, "2 March"}}},

      // Deadlines, effects and pending hearings look ahead without "will"; a
      // past word just before the cue, or a perfect after a modal, looks back.
      {"Councils must submit their budgets by 28 February.", {2024, 10, 5},
       {{"2025-02-28", D, "", false, "28 February"}}},
      {"Landlords have until 9 March to register.", {2024, 11, 12}, {{"2025-03-09", D, "", false, "9 March"}}},
      {"The tenant had until 9 March to leave.", {2024, 11, 12}, {{"2024-03-09", D, "", false, "9 March"}}},
      {"Firms face a deadline of 31 May to comply.", {2024, 8, 2}, {{"2025-05-31", D, "", false, "31 May"}}},
      {"The club missed the deadline of 31 May.", {2024, 8, 2}, {{"2024-05-31", D, "", false, "31 May"}}},
      {"The curfew order takes effect from 6 April.", {2024, 9, 30}, {{"2025-04-06", D, "", false, "6 April"}}},
      {"The ban comes into force on 1 February.", {2024, 9, 30}, {{"2025-02-01", D, "", false, "1 February"}}},
      {"The ban came into force on 1 February.", {2024, 9, 30}, {{"2024-02-01", D, "", false, "1 February"}}},
      {"The new custody suite is due to open in March.", {2024, 9, 30}, {{"2025-03", M, "", false, "March"}}},
      {"He was due to appear on 3 March but failed to attend.", {2024, 5, 6},
       {{"2024-03-03", D, "", false, "3 March"}}},
      {"She remains in custody pending a hearing on Jan. 14.", {2024, 12, 2},
       {{"2025-01-14", D, "", false, "Jan. 14"}}},
      {"Police were deployed ahead of a derby on 2 February.", {2024, 12, 2},
       {{"2025-02-02", D, "", false, "2 February"}}},
      {"The parade went ahead on 2 February.", {2024, 12, 2}, {{"2024-02-02", D, "", false, "2 February"}}},
      {"The fines are effective from 1 January.", {2024, 12, 2}, {{"2025-01-01", D, "", false, "1 January"}}},
      {"She was expected to be sentenced on 8 July.", {2024, 8, 20}, {{"2024-07-08", D, "", false, "8 July"}}},
      {"She is expected to be sentenced on 8 July.", {2024, 8, 20}, {{"2025-07-08", D, "", false, "8 July"}}},
      {"The suspect must have left the flat by 4 June.", {2024, 8, 20}, {{"2024-06-04", D, "", false, "4 June"}}},

      // Month and day in figures with no year: only where the article writes
      // month first (or the caller says so) and a date's cue stands before.
      {"The suspect was arrested 10/28 and charged on Oct. 30.", {2024, 11, 5},
       {{"2024-10-28", D, "", false, "10/28"}, {"2024-10-30", D, "", false, "Oct. 30"}}},
      {"He was jailed on 3/12 for a parole violation.", {2024, 4, 1}, {{"2024-03-12", D, "", false, "3/12"}},
       DateOrder::mdy},
      {"He is held pending a hearing on 12/9.", {2024, 11, 21}, {{"2024-12-09", D, "", false, "12/9"}},
       DateOrder::mdy},
      {"The store was robbed Friday, 11/8, the report says.", {2024, 11, 21},
       {{"2024-11-08", D, "", false, "11/8"}}, DateOrder::mdy},
      {"The hotline will be staffed 24/7 from Dec. 1.", {2024, 11, 21}, {{"2024-12-01", D, "", false, "Dec. 1"}}},
      {"Officers have guarded the port since 9/11.", {2024, 11, 21}, {}, DateOrder::mdy},
      {"Fares rose on 3/4 of the routes.", {2024, 11, 21}, {}, DateOrder::mdy},
      {"The Tigers won 3/1 at home.", {2024, 11, 21}, {}, DateOrder::mdy},
      {"The recipe calls for 1/2 cup of flour.", {2024, 11, 21}, {}, DateOrder::mdy},
      {"The driver had 20/20 vision and a 50/50 chance.", {2024, 11, 21}, {}, DateOrder::mdy},
      {"Turnout was up by 1/2 point.", {2024, 11, 21}, {}, DateOrder::mdy},
      {"The man was booked on 11/5 in Leeds.", {2024, 11, 21}, {}},
      {"Stopped on 3/4 after a chase, he will appear on 12 April.", {2024, 3, 20},
       {{"2024-04-12", D, "", false, "12 April"}}},

      // "<Month> to <Month>": a range, whose end takes the tense of the clause.
      {"Data covering January to June will be released in August.", {2024, 5, 20},
       {{"2024-01", M, "2024-06", false, "January to June"}, {"2024-08", M, "", false, "August"}}},
      {"Returns for October to March, the force said, will follow.", {2024, 11, 28},
       {{"2024-10", M, "2025-03", false, "October to March"}}},
      {"Burglaries recorded from April to October rose.", {2024, 11, 28},
       {{"2024-04", M, "2024-10", false, "April to October"}}},
      {"The man arrested in March will appear in court.", {2024, 11, 28}, {{"2024-03", M, "", false, "March"}}},
  };
  return table;
}

std::string describe(const std::vector<DateFact>& facts, std::string_view text) {
  std::string out;
  for (const auto& f : facts) {
    out += f.value + (f.until.empty() ? "" : "/" + f.until) + (f.relative ? " (relative)" : "") + " \"" +
           std::string(text.substr(f.span.begin, f.span.end - f.span.begin)) + "\"; ";
  }
  return out;
}

}  // namespace

TEST_CASE("dates extractor is registered under its name") { CHECK(dates().name() == "dates"); }

TEST_CASE("the case table has at least 60 sentences") { CHECK(cases().size() >= 60); }

TEST_CASE("dates: value, granularity, until, relative and text") {
  for (const auto& c : cases()) {
    Facts facts;
    dates().extract(ExtractInput{c.sentence, c.reference, c.order}, facts);
    INFO(c.sentence << "  [reference " << c.reference.iso() << "]  found: " << describe(facts.dates, c.sentence));
    REQUIRE(facts.dates.size() == c.expected.size());
    for (std::size_t i = 0; i < c.expected.size(); ++i) {
      const auto& got = facts.dates[i];
      const auto& want = c.expected[i];
      CHECK(got.value == want.value);
      CHECK(got.granularity == want.granularity);
      CHECK(got.until == want.until);
      CHECK(got.relative == want.relative);
      CHECK(c.sentence.substr(got.span.begin, got.span.end - got.span.begin) == want.text);
      CHECK_FALSE(got.dateline);
    }
  }
}

namespace {

struct DatelineCase {
  std::string text;
  std::string published;  // empty: the text states no publication date
};

const std::vector<DatelineCase>& dateline_cases() {
  static const std::vector<DatelineCase> table{
      {"Headline about a drugs raid\n\nPublished by Radio Anglia\n6:13am 10th January 2020. (Updated at 3:36pm "
       "11th January 2020)\n\nOfficers seized cannabis in 2019.\n",
       "2020-01-10"},
      {"date 2021-10-21\nGang leader jailed\nA man was jailed on Monday.\n", "2021-10-21"},
      {"Gang leader jailed\nBy Jane Clark\nFriday 10 March 2023 14:32\nA man was jailed for eight years.\n",
       "2023-03-10"},
      {"Gang leader jailed\nPosted on Sept. 14, 2023 by News Desk\nA man was jailed for eight years.\n",
       "2023-09-14"},
      {"Gang leader jailed\nLast modified on Fri 10 Jan 2020 06.13 GMT\nFirst published on Thu 9 Jan 2020 18.00 "
       "GMT\nA man was jailed.\n",
       "2020-01-09"},
      {"Gang leader jailed\nA man was jailed for eight years.\nHe had 40 wraps of heroin.\n"
       "This article was first published on 14 September 2023.\n",
       "2023-09-14"},
      {"Published: 14:32 Friday 10 March 2023\nGang leader jailed\n", "2023-03-10"},
      {"Gang leader jailed\n\nAuthor: Kofi Mensah\nMar - 07 - 2023 , 09:15\n\nA man was jailed.\n", "2023-03-07"},
      {"Gang leader jailed\nSept. 14, 2023 at 3:45 p.m. EDT\nA man was jailed.\n", "2023-09-14"},
      // A reading time after the date is page furniture, not a sentence.
      {"Gang leader jailed\n14 September 2023 \u2022 3 min read\nA man was jailed.\n", "2023-09-14"},
      // A revision stamp at the top is the dateline when the page shows no other.
      {"Gang leader jailed\nUpdated: 12 March 2021\nA man was jailed for eight years.\n", "2021-03-12"},
      {"Gang leader jailed\nBy SAM COLE\nUpdated 9:05 AM EDT, June 3, 2024\nA man was jailed.\n", "2024-06-03"},
      {"Metro / City / Crime\n\nPTI / Updated: Apr 8, 2024, 11:20 IST\nA man was jailed.\n", "2024-04-08"},
      {"Gang leader jailed\n9:15 AM AEST, 3 May 2024\nA man was jailed.\n", "2024-05-03"},
      {"Gang leader jailed\nUpdated 10:02 GMT, 12 March 2021\nPublished 11 March 2021\nA man was jailed.\n",
       "2021-03-11"},
      // Dates in the story are not the publication date.
      {"Gang leader jailed\nThe guidance was updated on 12 March 2021 after a review.\nA man was jailed.\n", ""},
      {"Home Office figures\nThe Home Office published figures on 10 January 2020 showing a rise.\n", ""},
      {"Gang leader jailed\nA man was arrested on 10 January 2020 and jailed for eight years.\n", ""},
      {"Gang leader jailed\nThe 10 January 2020 report was read out in court.\n", ""},
      // A dateline's date sits near the start of its line, not 200 bytes in.
      {"Gang leader jailed\nA man was jailed for eight years.\nThe court heard that he had kept the drugs in a "
       "rented garage behind a row of shops, that he had paid for it in cash every month, and that neighbours had "
       "seen cars arrive there late at night; this article was first published on 14 September 2023.\n",
       ""},
  };
  return table;
}

}  // namespace

TEST_CASE("publication dateline") {
  for (const auto& c : dateline_cases()) {
    INFO(c.text);
    const auto published = dates().publication_date(c.text, DateOrder::dmy);
    Facts facts;
    dates().extract(ExtractInput{c.text, Date{2024, 1, 1}, DateOrder::dmy}, facts);
    int marked = 0;
    for (const auto& f : facts.dates) {
      if (!f.dateline) continue;
      ++marked;
      CHECK(f.value == c.published);
      CHECK(f.granularity == Granularity::day);
    }
    if (c.published.empty()) {
      CHECK_FALSE(published);
      CHECK(marked == 0);
    } else {
      REQUIRE(published);
      CHECK(published->iso() == c.published);
      CHECK(marked == 1);
    }
  }
}

TEST_CASE("the revision date beside a dateline is still a date") {
  const std::string text =
      "Headline\nPublished by Radio Anglia\n6:13am 10th January 2020. (Updated at 3:36pm 11th January 2020)\n";
  Facts facts;
  dates().extract(ExtractInput{text, Date{2020, 1, 10}, DateOrder::dmy}, facts);
  REQUIRE(facts.dates.size() == 2);
  CHECK(facts.dates[0].value == "2020-01-10");
  CHECK(facts.dates[0].dateline);
  CHECK(facts.dates[1].value == "2020-01-11");
  CHECK_FALSE(facts.dates[1].dateline);
}

// The scan reads the text in 64-byte chunks: a date, the words around it and
// the dash before it read the same wherever the chunk boundaries fall.
TEST_CASE("dates read the same at every offset") {
  for (std::size_t pad = 0; pad <= 70; ++pad) {
    for (const std::string before : {" ", " seen\xE2\x80\x94", " (on "}) {
      const std::string text = std::string(pad, 'x') + before + "Friday 10 March 2023, and again in September.";
      INFO(text);
      Facts facts;
      dates().extract(ExtractInput{text, Date{2023, 12, 1}, DateOrder::dmy}, facts);
      REQUIRE(facts.dates.size() == 2);
      CHECK(facts.dates[0].value == "2023-03-10");
      CHECK(text.substr(facts.dates[0].span.begin, facts.dates[0].span.end - facts.dates[0].span.begin) ==
            "Friday 10 March 2023");
      CHECK(facts.dates[1].value == "2023-09");
    }
  }
}

TEST_CASE("missing lexicons are reported with the file name") {
  CHECK_THROWS_WITH(make_dates_extractor("/nonexistent"), Catch::Contains("date_"));
}
