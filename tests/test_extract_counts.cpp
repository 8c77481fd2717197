// Table tests for the counts extractor, in the style of Duckling's corpora:
// each sentence with every count it must yield (value, category, subject,
// qualifier and the exact text matched), and sentences that must yield none.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "crimestats/extractor.hpp"

using crimestats::Qualifier;

namespace {

struct Expected {
  double value;
  std::string category;
  std::string subject;
  Qualifier qualifier;
  std::string text;
};

struct Case {
  std::string sentence;
  std::vector<Expected> counts;
};

constexpr Qualifier none = Qualifier::none;

const crimestats::Extractor& extractor() {
  static const auto instance = crimestats::make_counts_extractor(CRIMESTATS_SOURCE_DIR "/data");
  return *instance;
}

std::vector<crimestats::Count> extract(const std::string& text) {
  crimestats::Facts facts;
  extractor().extract(crimestats::ExtractInput{text, crimestats::Date{2023, 6, 1}, crimestats::DateOrder::dmy}, facts);
  return facts.counts;
}

void check_cases(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    INFO("sentence: " << c.sentence);
    const auto found = extract(c.sentence);
    REQUIRE(found.size() == c.counts.size());
    for (std::size_t i = 0; i < found.size(); ++i) {
      const auto& want = c.counts[i];
      const auto& got = found[i];
      INFO("count " << i);
      CHECK(got.value == want.value);
      CHECK(got.category == want.category);
      CHECK(got.subject == want.subject);
      CHECK(got.qualifier == want.qualifier);
      CHECK(c.sentence.substr(got.span.begin, got.span.end - got.span.begin) == want.text);
    }
  }
}

}  // namespace

TEST_CASE("counts extractor is registered under its name") { CHECK(extractor().name() == "counts"); }

TEST_CASE("the counted noun gives the category") {
  check_cases({
      {"Detectives made 27 arrests during the week of action.",
       {{27, "arrests", "arrests", none, "27 arrests"}}},
      {"The force recorded 1,204 drug offences last year.",
       {{1204, "offences", "drug offences", none, "1,204 drug offences"}}},
      {"Officers shut down 14 county lines in the operation.",
       {{14, "lines", "county lines", none, "14 county lines"}}},
      {"Teams executed six warrants across the borough.",
       {{6, "warrants", "warrants", none, "six warrants"}}},
      {"Investigators took 41 mobile phones from the flat.",
       {{41, "seizures", "mobile phones", none, "41 mobile phones"}}},
      {"The unit now has 85 officers on patrol.",
       {{85, "officers", "officers", none, "85 officers"}}},
      {"There were 12 victims identified by the inquiry.",
       {{12, "victims", "victims", none, "12 victims"}}},
      {"The drive brought in 240 new recruits this spring.",
       {{240, "officers", "recruits", none, "240 new recruits"}}},
      {"Gangs are active in 17 towns across the region.",
       {{17, "other", "towns", none, "17 towns"}}},
      {"The operation led to 63 charges being laid.",
       {{63, "charges", "charges", none, "63 charges"}}},
      {"The court handed down 9 convictions in the case.",
       {{9, "convictions", "convictions", none, "9 convictions"}}},
      {"Officers recovered 97 more firearms than the previous year.",
       {{97, "seizures", "firearms", none, "97 more firearms"}}},
      {"Volunteers run youth clubs in 23 schools.",
       {{23, "other", "schools", none, "23 schools"}}},
      {"A total of 310 burglaries were reported in the district.",
       {{310, "offences", "burglaries", none, "310 burglaries"}}},
  });
}

TEST_CASE("the governing verb gives the category of a group of people") {
  check_cases({
      {"Police arrested 31 people in a series of raids.",
       {{31, "arrests", "people", none, "31 people"}}},
      {"Officers have arrested a total of 45 suspects.",
       {{45, "arrests", "suspects", none, "45 suspects"}}},
      {"Since the spring, 640 people have been arrested in the city.",
       {{640, "arrests", "people", none, "640 people"}}},
      {"Eight men have since been charged with supply offences.",
       {{8, "charges", "men", none, "Eight men"}}},
      {"The team also safeguarded 26 vulnerable children.",
       {{26, "safeguarded", "children", none, "26 vulnerable children"}}},
      {"In all, 13 young people were safeguarded during the week.",
       {{13, "safeguarded", "young people", none, "13 young people"}}},
      {"Arresting 17 people in one morning is a record for the force.",
       {{17, "arrests", "people", none, "17 people"}}},
      {"Five teenagers were jailed at the crown court.",
       {{5, "convictions", "teenagers", none, "Five teenagers"}}},
      {"Three people were injured in the attack.",
       {{3, "victims", "people", none, "Three people"}}},
      {"Police said 40 people were referred to the charity.",
       {{40, "people", "people", none, "40 people"}}},
      {"Four men, aged between 20 and 35, were detained at the port.",
       {{4, "arrests", "men", none, "Four men"}}},
      {"Seven people remain in custody and 3 suspects were bailed.",
       {{7, "people", "people", none, "Seven people"}, {3, "people", "suspects", none, "3 suspects"}}},
      {"Police rescued 11 women from the house.",
       {{11, "safeguarded", "women", none, "11 women"}}},
      {"Detectives have charged 9 in connection with the plot.",
       {{9, "charges", "", none, "9"}}},
  });
}

TEST_CASE("premises take the warrants category when raided or visited") {
  check_cases({
      {"Officers visited 212 addresses linked to cuckooing.",
       {{212, "warrants", "addresses", none, "212 addresses"}}},
      {"Police raided 19 homes in the dawn operation.",
       {{19, "warrants", "homes", none, "19 homes"}}},
      {"The inquiry ended with search warrants executed at 14 locations.",
       {{14, "warrants", "locations", none, "14 locations"}}},
      {"The chain has 14 locations across Canada.", {{14, "other", "locations", none, "14 locations"}}},
      {"Detectives searched 8 properties in the town.",
       {{8, "warrants", "properties", none, "8 properties"}}},
      {"The scheme has fitted alarms to 400 homes.",
       {{400, "other", "homes", none, "400 homes"}}},
  });
}

TEST_CASE("hedges before and after a count") {
  check_cases({
      {"More than 500 people have been arrested since May.",
       {{500, "arrests", "people", Qualifier::more_than, "More than 500 people"}}},
      {"Nearly 90 officers took part in the sweep.",
       {{90, "officers", "officers", Qualifier::approximately, "Nearly 90 officers"}}},
      {"At least 14 knives were handed in at the amnesty bins.",
       {{14, "seizures", "knives", Qualifier::at_least, "At least 14 knives"}}},
      {"Fewer than 20 burglaries were solved.",
       {{20, "offences", "burglaries", Qualifier::less_than, "Fewer than 20 burglaries"}}},
      {"Up to 60 officers will join the unit.",
       {{60, "officers", "officers", Qualifier::at_most, "Up to 60 officers"}}},
      {"An estimated 3,000 children are involved in county lines.",
       {{3000, "people", "children", Qualifier::approximately, "An estimated 3,000 children"}}},
      {"Police seized in excess of 200 weapons.",
       {{200, "seizures", "weapons", Qualifier::more_than, "in excess of 200 weapons"}}},
      {"Around 70 arrests followed the tip-off.",
       {{70, "arrests", "arrests", Qualifier::approximately, "Around 70 arrests"}}},
      {"The gang ran 30 or more drug lines.",
       {{30, "lines", "drug lines", Qualifier::at_least, "30 or more drug lines"}}},
  });
}

TEST_CASE("number words and large numbers") {
  check_cases({
      {"Twenty-three arrests were made overnight.",
       {{23, "arrests", "arrests", none, "Twenty-three arrests"}}},
      {"One hundred and forty officers took part.",
       {{140, "officers", "officers", none, "One hundred and forty officers"}}},
      {"A dozen warrants were executed in the city.",
       {{12, "warrants", "warrants", none, "A dozen warrants"}}},
      {"Funding will pay for 12,500 extra officers.",
       {{12500, "officers", "officers", none, "12,500 extra officers"}}},
      {"Police made one arrest at the scene.",
       {{1, "arrests", "arrest", none, "one arrest"}}},
      {"One man was charged with possession.",
       {{1, "charges", "man", none, "One man"}}},
  });
}

TEST_CASE("comparisons, subsets and splits keep every side") {
  check_cases({
      {"There were 412 knife offences in 2022, up from 350 in 2021.",
       {{412, "offences", "knife offences", none, "412 knife offences"}, {350, "offences", "knife offences", none, "350"}}},
      {"Gangs were active in 12 out of 15 wards in the borough.",
       {{12, "other", "wards", none, "12"}, {15, "other", "wards", none, "15 wards"}}},
      {"The number of burglaries rose from 280 to 315 offences.",
       {{280, "offences", "offences", none, "280"}, {315, "offences", "offences", none, "315 offences"}}},
      {"Over 300 people have been arrested, 48 of those teenagers.",
       {{300, "arrests", "people", Qualifier::more_than, "Over 300 people"}, {48, "arrests", "teenagers", none, "48"}}},
      {"Nine of the 11 suspects have been charged.",
       {{9, "charges", "suspects", none, "Nine"}, {11, "charges", "suspects", none, "11 suspects"}}},
      {"Of those arrested, 20 have been charged and 6 released on bail.",
       {{20, "charges", "", none, "20"}, {6, "people", "", none, "6"}}},
      {"Cleveland had the highest rate, 141 offences per 1,000 people, followed by West Yorkshire (129) and "
       "Greater Manchester (118).",
       {{141, "offences", "offences", none, "141 offences"}, {129, "offences", "offences", none, "129"},
        {118, "offences", "offences", none, "118"}}},
      {"Three men were arrested, and John Smith (34) was later charged.", {{3, "arrests", "men", none, "Three men"}}},
      {"Kent recorded 900 thefts, Surrey 740 and Sussex 615.",
       {{900, "offences", "thefts", none, "900 thefts"},
        {740, "offences", "thefts", none, "740"},
        {615, "offences", "thefts", none, "615"}}},
      {"There were 88 stabbings last year, 12 fewer than the year before.",
       {{88, "offences", "stabbings", none, "88 stabbings"}, {12, "offences", "stabbings", none, "12"}}},
      {"The number of arrests in the county fell to 1,930.",
       {{1930, "arrests", "arrests", none, "1,930"}}},
      // Ages after the noun stand between it and its verb.
      {"Two men aged 18 and 19 were charged.", {{2, "charges", "men", none, "Two men"}}},
      {"Five people aged under 18 were arrested.", {{5, "arrests", "people", none, "Five people"}}},
      // An aside between commas after the subject is stepped over.
      {"Knife offences, however, rose by 7% to 50,489.", {{50489, "offences", "Knife offences", none, "50,489"}}},
      {"Burglaries, meanwhile, fell to 1,204.", {{1204, "offences", "Burglaries", none, "1,204"}}},
      {"The number of burglaries, however, rose to 300.", {{300, "offences", "burglaries", none, "300"}}},
      // An age between the number and its noun, and an uncounted second
      // member of the subject, leave the verb to the count.
      {"Two 17-year-old boys and a 15-year-old girl were arrested.",
       {{2, "arrests", "boys", none, "Two 17-year-old boys"}}},
      {"Three 17-year-olds were charged.", {{3, "charges", "year-olds", none, "Three 17-year-olds"}}},
      {"Four 16 year old boys were arrested.", {{4, "arrests", "boys", none, "Four 16 year old boys"}}},
      {"Two men and a woman were arrested.", {{2, "arrests", "men", none, "Two men"}}},
      {"A total of nine people - six men and three women - were arrested.",
       {{9, "arrests", "people", none, "nine people"},
        {6, "arrests", "men", none, "six men"},
        {3, "arrests", "women", none, "three women"}}},
      // A phrase or relative clause between the noun and its passive verb.
      {"Nine members of a gang that sold heroin in Plymouth have been jailed.",
       {{9, "convictions", "members", none, "Nine members"}}},
      {"Three women who stored drugs at their homes were given sentences of two years.",
       {{3, "convictions", "women", none, "Three women"}}},
      {"Five men in their 20s were arrested.", {{5, "arrests", "men", none, "Five men"}}},
      // An apposition between commas, long when the verb follows it, and
      // its last member taking the verb too.
      {"Three people, a 45-year-old man from Hamilton and two women aged 29 and 33, were arrested on Tuesday.",
       {{3, "arrests", "people", none, "Three people"}, {2, "arrests", "women", none, "two women"}}},
      {"Police arrested two men, who were later charged.", {{2, "arrests", "men", none, "two men"}}},
      {"Five people, one of them a teenager from Derby who had travelled from the city by train, said they "
       "were arrested.",
       {{5, "people", "people", none, "Five people"}}},
      {"Twenty officers from the unit arrested 5 men.",
       {{20, "officers", "officers", none, "Twenty officers"}, {5, "arrests", "men", none, "5 men"}}},
      // A level in a reported clause, and in a later clause with its own subject.
      {"Figures show that drug offences in Plymouth rose by 17% last year to 512, while the number of people "
       "charged rose to 388.",
       {{512, "offences", "drug offences", none, "512"}, {388, "charges", "people", none, "388"}}},
      // A reported clause after a reporting verb, with no "that".
      {"Harris County Sheriff Ed Gonzalez said overdose deaths in the county fell 12% in 2023, to 781.",
       {{781, "victims", "overdose deaths", none, "781"}}},
      {"The review found burglaries across the district rose by 9% to 1,204.",
       {{1204, "offences", "burglaries", none, "1,204"}}},
      // A noun in a phrase after a preposition is not the subject, modifiers and all.
      {"Its survey found incidents of abuse against shop staff rose to more than 1,300 a day.",
       {{1300, "offences", "incidents", Qualifier::more_than, "more than 1,300"}}},
      // ... but a noun in the later clause is no subject of its own.
      {"Officers removed 1,150 knives through sweeps and surrender bins, 197 more than the year before.",
       {{1150, "seizures", "knives", none, "1,150 knives"}, {197, "seizures", "knives", none, "197"}}},
      // "face" gives charges to its subject only when its object is charges.
      {"Three men from Leeds face drugs charges.", {{3, "charges", "men", none, "Three men"}}},
      {"In all, 19 people between the ages of 21 and 56 face a total of 126 charges.",
       {{19, "charges", "people", none, "19 people"}, {126, "charges", "charges", none, "126 charges"}}},
      {"Police face 300 complaints.", {{300, "other", "complaints", none, "300 complaints"}}},
      {"Two men face jail.", {{2, "people", "men", none, "Two men"}}},
      // A part named by a pronoun takes the verb after it.
      {"Officers arrested 40 people, 12 of whom were later charged.",
       {{40, "arrests", "people", none, "40 people"}, {12, "charges", "", none, "12"}}},
      // A fronted "of" phrase names the group the number is part of.
      {"Of the vehicles recovered, 214 were found at the port.", {{214, "seizures", "vehicles", none, "214"}}},
      {"Of the victims, 12 were children.", {{12, "victims", "victims", none, "12"}}},
      {"Of course, 300 is a lot.", {}},
      {"Police arrested 40 people, 12 of them women.",
       {{40, "arrests", "people", none, "40 people"}, {12, "arrests", "women", none, "12"}}},
      {"Five men and another woman have been charged.", {{5, "charges", "men", none, "Five men"}}},
      {"Officers charged 22 people, including 4 women and 2 pensioners.",
       {{22, "charges", "people", none, "22 people"},
        {4, "charges", "women", none, "4 women"},
        {2, "charges", "pensioners", none, "2 pensioners"}}},
      {"18 children and 7 adults were safeguarded by the team.",
       {{18, "safeguarded", "children", none, "18 children"}, {7, "safeguarded", "adults", none, "7 adults"}}},
      {"Twelve of those arrested were under 18.",
       {{12, "arrests", "", none, "Twelve"}}},
  });
}

TEST_CASE("subjects, headlines and names") {
  check_cases({
      {"The force logged 4,100 robberies, a drop of 290, while burglaries increased to 8,650.",
       {{4100, "offences", "robberies", none, "4,100 robberies"},
        {290, "offences", "robberies", none, "290"},
        {8650, "offences", "burglaries", none, "8,650"}}},
      {"In the 12 months to March, 41 people died on the roads.",
       {{41, "victims", "people", none, "41 people"}}},
      {"Police Make 19 Arrests In Dawn Raids", {{19, "arrests", "Arrests", none, "19 Arrests"}}},
      {"The cannabis farm was found at 1400 Station Road.", {}},
      {"Officers stopped 63 vehicles on the motorway.", {{63, "other", "vehicles", none, "63 vehicles"}}},
  });
}

TEST_CASE("a split by place repeats the last count") {
  check_cases({
      {"Officers found 250 vulnerable adults in the county. This included 40 from Harlow and 25 from Epping.",
       {{250, "people", "adults", none, "250 vulnerable adults"},
        {40, "people", "adults", none, "40"},
        {25, "people", "adults", none, "25"}}},
  });
}

TEST_CASE("unlisted plurals count as other unless a person verb governs them") {
  check_cases({
      {"The force dismantled 27 cannabis factories this year.",
       {{27, "other", "cannabis factories", none, "27 cannabis factories"}}},
      {"Staff logged 315 complaints about dealing.",
       {{315, "other", "complaints", none, "315 complaints"}}},
      // Drug finds counted as incidents are not items seized.
      {"Officers made 14 drug seizures.", {{14, "other", "drug seizures", none, "14 drug seizures"}}},
      {"There were 33,000 seizures of drugs last year.",
       {{33000, "other", "seizures of drugs", none, "33,000 seizures of drugs"}}},
      {"The court issued 18 criminal behaviour orders.",
       {{18, "other", "criminal behaviour orders", none, "18 criminal behaviour orders"}}},
      {"Officers reached 3,000 pupils in 40 schools.",
       {{3000, "people", "pupils", none, "3,000 pupils"}, {40, "other", "schools", none, "40 schools"}}},
      // A verb that acts on people alone says they are people.
      {"The force charged 1,100 line holders.", {{1100, "charges", "line holders", none, "1,100 line holders"}}},
      {"Twelve ringleaders were jailed on Friday.", {{12, "convictions", "ringleaders", none, "Twelve ringleaders"}}},
      // One that acts on things too does not.
      {"Officers seized 40 bicycles.", {{40, "seizures", "bicycles", none, "40 bicycles"}}},
      {"Inspectors visited 30 schools.", {{30, "other", "schools", none, "30 schools"}}},
  });
}

TEST_CASE("numbers that are not counts") {
  check_cases({
      // Ages.
      {"A boy aged 15 was among those held.", {}},
      {"Children as young as 12 are being groomed.", {}},
      {"Support stops when people reach 18.", {}},
      {"He was arrested when he reached 18.", {}},
      {"A 17-year-old boy was later released.", {}},
      {"The victim, 34, of Harlow, was taken to hospital.", {}},
      // Durations.
      {"He was jailed for seven years and four months.", {}},
      {"The inquiry lasted 18 months.", {}},
      {"He had 87 microgrammes of alcohol in 100 millilitres of breath.", {}},
      {"Each dose held 50 micrograms, and the bottle 250 ml.", {}},
      {"The scheme has run for the past five years.", {}},
      // Dates, years and times.
      {"The raids took place on March 14 and March 21.", {}},
      {"Officers struck at 5:45am on 3 October 2022.", {}},
      {"In 2019 officers changed tactics.", {}},
      {"The figures cover 2021/22 and 2022-23.", {}},
      // Money, percentages and drug quantities.
      {"Police seized £45,000 in cash and $3,000 in notes.", {}},
      {"Burglary rose by 12 per cent and robbery by 9%.", {}},
      {"Officers found 350 grams of cocaine and 80 wraps of heroin.", {}},
      {"Officers found 42 cannabis plants in the loft.", {}},
      // References, codes, phone numbers and page furniture.
      {"He was stopped under section 60 on the A127 near junction 29.", {}},
      {"Call 101 or 0800 555 111 with information.", {}},
      {"Listen live on Coast 104.5 FM.", {}},
      {"Upload up to 5 images, 4MB each.", {}},
      {"This site uses 3 cookies to work.", {}},
      {"Covid-19 changed how crime was recorded.", {}},
      // Rates, ratios and vague quantities.
      {"That is one in five of all recorded crimes.", {}},
      {"Nine out of 10 victims of courier fraud are over 70.", {}},
      {"Three out of every four burglaries go unsolved.", {}},
      {"One in every 20 cars stopped had no insurance.", {}},
      // ... but a part of a group is counted.
      {"Police arrested 12 out of 40 people at the scene.",
       {{12, "arrests", "", none, "12"}, {40, "people", "people", none, "40 people"}}},
      {"Dozens of officers and hundreds of residents attended.", {}},
      {"One of the men was known to police.", {}},
      {"Tackling drugs is our number one priority.", {}},
      {"One officer said the raid went well.", {}},
      // A bare number with nothing counted.
      {"The total rose again, said the inspector, who joined in 2004 at 23.", {}},
  });
}

TEST_CASE("a sentence is read in full when any number in it may count") {
  // Years, dates, durations, "one of" and phone numbers alone leave a
  // sentence untokenised; beside a count, they are read with it, and a
  // listed noun after a year or a number keeps it open.
  check_cases({
      {"In 2021, 312 people were arrested.", {{312, "arrests", "people", none, "312 people"}}},
      {"Officers made 2019 arrests over the summer.", {{2019, "arrests", "arrests", none, "2019 arrests"}}},
      {"On 5 June 2023 officers seized 30 knives.", {{30, "seizures", "knives", none, "30 knives"}}},
      {"By 2020 2,000 officers had joined the force.", {{2000, "officers", "officers", none, "2,000 officers"}}},
      {"He served five years before 11 men were convicted.", {{11, "convictions", "men", none, "11 men"}}},
      {"One of the gang fled, and police arrested 6 people.", {{6, "arrests", "people", none, "6 people"}}},
      {"Ring 0800 555 111, said officers who arrested 8 men.", {{8, "arrests", "men", none, "8 men"}}},
      {"Aged 19 and 23, the two men were charged.", {{2, "charges", "men", none, "two men"}}},
      {"The line 0800 555 111 opened on 2 May 2022.", {}},
  });
}

TEST_CASE("time phrases, months and limits around a number") {
  check_cases({
      {"Last year 312 people were charged with possession.",
       {{312, "charges", "people", none, "312 people"}}},
      {"In the 2022/23 financial year 1,204 offences were recorded.",
       {{1204, "offences", "offences", none, "1,204 offences"}}},
      {"The same day 14 men were arrested in Leeds.", {{14, "arrests", "men", none, "14 men"}}},
      {"Every year 300 knives are handed in.", {{300, "seizures", "knives", none, "300 knives"}}},
      {"In recent years 400 knives have been seized.", {{400, "seizures", "knives", none, "400 knives"}}},
      {"During March 45 people were arrested.", {{45, "arrests", "people", none, "45 people"}}},
      {"On Monday two men were arrested.", {{2, "arrests", "men", none, "two men"}}},
      {"On Monday 13 men were arrested.", {{13, "arrests", "men", none, "13 men"}}},
      {"Officers searched 31 addresses on Monday 13 November.",
       {{31, "warrants", "addresses", none, "31 addresses"}}},
      // A copula and a hedge make a limit, mostly an age, unless a noun is counted.
      {"Around half of the 600 people arrested were under 25.", {{600, "arrests", "people", none, "600 people"}}},
      {"Officers said the victims were over 60.", {}},
      {"There were under 500 arrests last year.",
       {{500, "arrests", "arrests", Qualifier::less_than, "under 500 arrests"}}},
      {"Arrests rose to just under 500.", {{500, "arrests", "Arrests", Qualifier::approximately, "just under 500"}}},
      // Still a reference, a day or a year.
      {"Pupils in Year 9 were spoken to.", {}},
      {"The raid was on March 14 and the trial opens in May 2024.", {}},
      {"Week 12 of the trial began.", {}},
  });
}

TEST_CASE("the base of a rate is not counted") {
  check_cases({
      {"The county saw 58 offences per 100,000 people.",
       {{58, "offences", "offences", none, "58 offences"}}},
  });
}

TEST_CASE("reports from other forces, courts and countries") {
  check_cases({
      // US sheriffs, troopers and agencies.
      {"Deputies arrested 14 suspects during the two-day sweep.",
       {{14, "arrests", "suspects", none, "14 suspects"}}},
      {"Authorities seized 37 firearms and 12 vehicles from the compound.",
       {{37, "seizures", "firearms", none, "37 firearms"}, {12, "seizures", "vehicles", none, "12 vehicles"}}},
      {"The Sheriff's Office booked 33 people into the county jail.",
       {{33, "arrests", "people", none, "33 people"}}},
      {"Troopers made 62 DUI arrests over the holiday weekend.",
       {{62, "arrests", "arrests", none, "62 DUI arrests"}}},
      {"Officers recovered 4 stolen trucks and 2 loaded handguns.",
       {{4, "seizures", "trucks", none, "4 stolen trucks"}, {2, "seizures", "handguns", none, "2 loaded handguns"}}},
      {"The shooting left 2 dead and 5 wounded.",
       {{2, "victims", "", none, "2"}, {5, "victims", "", none, "5"}}},
      // Ireland and Australia.
      {"Gardai seized 11 vehicles and arrested four people at the checkpoint.",
       {{11, "seizures", "vehicles", none, "11 vehicles"}, {4, "arrests", "people", none, "four people"}}},
      {"Strike Force detectives laid 87 charges against 21 people.",
       {{87, "charges", "charges", none, "87 charges"}, {21, "charges", "people", none, "21 people"}}},
      {"Victoria Police say 19 offenders were apprehended during the blitz.",
       {{19, "arrests", "offenders", none, "19 offenders"}}},
      // Courts.
      // A part of a group no earlier count names takes the group's noun.
      {"Cocaine was implicated in 371 of those deaths.", {{371, "victims", "deaths", none, "371"}}},
      {"Agents executed search warrants at four residences.",
       {{4, "warrants", "residences", none, "four residences"}}},
      // The offence groups of recorded crime tables.
      {"Police recorded 134,802 violence against the person offences, down from 143,714 the year before.",
       {{134802, "offences", "violence against the person offences", none, "134,802 violence against the person offences"},
        {143714, "offences", "violence against the person offences", none, "143,714"}}},
      {"There were 4,000 criminal damage and arson offences.",
       {{4000, "offences", "criminal damage and arson offences", none, "4,000 criminal damage and arson offences"}}},
      // People named by nationality or where they are from, when a verb says what befell them.
      {"12 Romanian nationals were arrested.", {{12, "arrests", "nationals", none, "12 Romanian nationals"}}},
      {"Two Britons were arrested in Spain.", {{2, "arrests", "Britons", none, "Two Britons"}}},
      {"In 2022, 1,029 New Mexicans died of drug overdoses.",
       {{1029, "victims", "New Mexicans", none, "1,029 New Mexicans"}}},
      {"He sang with 3 Lions fans.", {{3, "people", "fans", none, "3 Lions fans"}}},
      {"Two Britons run the bar.", {}},
      // A quoted modifier between the number and its noun.
      {"Officers seized six \"deal line\" phones.", {{6, "seizures", "\"deal line\" phones", none, "six \"deal line\" phones"}}},
      {"Officers seized six \xE2\x80\x98" "burner\xE2\x80\x99" " phones.",
       {{6, "seizures", "phones", none, "six \xE2\x80\x98" "burner\xE2\x80\x99" " phones"}}},
      // A verb joined to another before the number.
      {"The task force charged or reported 63 people for offences.", {{63, "charges", "people", none, "63 people"}}},
      {"Police arrested and interviewed 12 people.", {{12, "arrests", "people", none, "12 people"}}},
      // Offences someone is charged with are charges.
      {"Police charged 14 people with a combined 312 offences.",
       {{14, "charges", "people", none, "14 people"}, {312, "charges", "offences", none, "312 offences"}}},
      {"He has been charged with 47 offences.", {{47, "charges", "offences", none, "47 offences"}}},
      {"He was charged with assault, and 47 offences were recorded.",
       {{47, "offences", "offences", none, "47 offences"}}},
      {"Five of the co-defendants have pleaded guilty.", {{5, "convictions", "co-defendants", none, "Five"}}},
      {"He and at least six co-conspirators sold cocaine.",
       {{6, "people", "co-conspirators", Qualifier::at_least, "at least six co-conspirators"}}},
      {"He was charged with 12 counts of fraud and one count of money laundering.",
       {{12, "charges", "counts", none, "12 counts"}, {1, "charges", "count", none, "one count"}}},
      {"Three teenagers, aged 15, 16 and 17, were arrested.",
       {{3, "arrests", "teenagers", none, "Three teenagers"}}},
      {"Two men, 19 and 23, were charged with burglary.",
       {{2, "charges", "men", none, "Two men"}}},
      {"The court heard he had 23 previous convictions for 41 offences.",
       {{23, "convictions", "convictions", none, "23 previous convictions"},
        {41, "offences", "offences", none, "41 offences"}}},
      // Other groups of people and things a report counts.
      {"The crash left two people dead and three others seriously injured.",
       {{2, "victims", "people", none, "two people"}, {3, "victims", "others", none, "three others"}}},
      {"About 40 firefighters and 3,000 protesters were at the scene.",
       {{40, "people", "firefighters", Qualifier::approximately, "About 40 firefighters"},
        {3000, "people", "protesters", none, "3,000 protesters"}}},
      {"Detectives found 8 cannabis farms and seized 3 dogs.",
       {{8, "other", "cannabis farms", none, "8 cannabis farms"}, {3, "seizures", "dogs", none, "3 dogs"}}},
      {"Three lorries collided on the bypass.", {{3, "other", "lorries", none, "Three lorries"}}},
      // Results lists: a label and a colon.
      {"Week of action results: Arrests: 45, Knives seized: 12.",
       {{45, "arrests", "Arrests", none, "45"}, {12, "seizures", "Knives", none, "12"}}},
      {"People charged: 9", {{9, "charges", "People", none, "9"}}},
  });
}

TEST_CASE("numbers outside crime statistics are not counts") {
  check_cases({
      {"Police received 999 calls from neighbours at around 2am.", {}},
      {"A 911 call was made shortly after midnight.", {}},
      {"The side won 3-1 and then 4-0 on Saturday.", {}},
      {"Top 10 tips for staying safe online.", {}},
      {"The company filed for Chapter 7 bankruptcy in March.", {}},
      {"The meeting was held in Room 101 of the town hall.", {}},
      {"The scheme began in the 1980s and he was in his 20s at the time.", {}},
      {"She paid 10 pounds a week for 52 weeks under the scheme.", {}},
      {"The shop ran a 2-for-1 offer on the day.", {}},
      {"The inquest heard he had drunk 8 pints.", {}},
      {"World War 2 and Formula 1 were on the programme.", {}},
      {"He was ordered to complete 200 hours of unpaid work.", {}},
      {"The victim was stabbed 12 times in the attack.", {}},
      {"The figures: 45 in May and 12 in June.", {}},
      {"Time: 10", {}},
  });
}

TEST_CASE("charges admitted or proved are convictions") {
  check_cases({
      {"She admitted 11 counts of theft and three counts of forgery.",
       {{11, "convictions", "counts", none, "11 counts"}, {3, "convictions", "counts", none, "three counts"}}},
      {"The builder pleaded guilty to four charges of fraud.",
       {{4, "convictions", "charges", none, "four charges"}}},
      {"He was convicted of seven counts of arson.", {{7, "convictions", "counts", none, "seven counts"}}},
      {"He pleaded not guilty to three charges of assault.", {{3, "charges", "charges", none, "three charges"}}},
      {"The pair were found guilty of six counts of robbery.", {{6, "convictions", "counts", none, "six counts"}}},
      // Denied, or laid but not proved: still charges.
      {"He denied 12 counts of fraud.", {{12, "charges", "counts", none, "12 counts"}}},
      {"She admitted 5 counts of theft, and was charged with two counts of assault.",
       {{5, "convictions", "counts", none, "5 counts"}, {2, "charges", "counts", none, "two counts"}}},
      // Admitted to hospital is no conviction.
      {"Four patients were admitted to hospital.", {{4, "people", "patients", none, "Four patients"}}},
  });
}

TEST_CASE("crimes named by their own words") {
  check_cases({
      {"Officers logged 143 ram raids in the region, up from 97.",
       {{143, "offences", "ram raids", none, "143 ram raids"}, {97, "offences", "ram raids", none, "97"}}},
      {"There were 12 ram-raids and 30 smash-and-grabs on the high street.",
       {{12, "offences", "ram-raids", none, "12 ram-raids"}, {30, "offences", "smash-and-grabs", none, "30 smash-and-grabs"}}},
      {"In Wagga, break and enters rose 9 per cent to 410.", {{410, "offences", "break and enters", none, "410"}}},
      {"In Perth, 48 more housebreakings were reported.",
       {{48, "offences", "housebreakings", none, "48 more housebreakings"}}},
      // Items found in a search.
      {"Detectives found a rifle loaded with 7 rounds and three digital scales.",
       {{7, "seizures", "rounds", none, "7 rounds"}, {3, "seizures", "digital scales", none, "three digital scales"}}},
      // A participle says what befell things no verb of the clause governs.
      {"The city logged 902 stolen cars last year.", {{902, "offences", "cars", none, "902 stolen cars"}}},
      {"Police recovered 40 stolen cars.", {{40, "seizures", "cars", none, "40 stolen cars"}}},
  });
}

TEST_CASE("the verb reaches past a coordinated subject and a participle phrase") {
  check_cases({
      {"Last year 802 teenagers and young adults were charged with offences.",
       {{802, "charges", "teenagers", none, "802 teenagers"}}},
      {"The number of children aged 12 to 16 proceeded against rose 4 per cent to 1,930.",
       {{1930, "charges", "children", none, "1,930"}}},
  });
}

TEST_CASE("rankings, rates and lists whose noun stands earlier") {
  check_cases({
      {"Brixton recorded the most robberies of any ward, at 212, followed by Peckham (180), Deptford in Lewisham (141) and Hackney (99).",
       {{212, "offences", "robberies", none, "212"},
        {180, "offences", "robberies", none, "180"},
        {141, "offences", "robberies", none, "141"},
        {99, "offences", "robberies", none, "99"}}},
      {"Tamworth had the highest rate of assault offences, at 2,104 per 100,000 residents, followed by Armidale (1,877).",
       {{2104, "offences", "assault offences", none, "2,104"}, {1877, "offences", "assault offences", none, "1,877"}}},
      {"Leeds and Bradford recorded the largest numbers of burglaries, with 3,210 and 2,950 respectively.",
       {{3210, "offences", "burglaries", none, "3,210"}, {2950, "offences", "burglaries", none, "2,950"}}},
      {"Police logged 412 car thefts. The northern district had the most with 96, followed by Riverside (71).",
       {{412, "offences", "car thefts", none, "412 car thefts"},
        {96, "offences", "car thefts", none, "96"},
        {71, "offences", "car thefts", none, "71"}}},
      {"The homicide rate, at about 31 per 100 000 people, is among the worst.",
       {{31, "victims", "homicide", Qualifier::approximately, "about 31"}}},
      {"Recorded crime rose to 9,108, a rate of 11,400 per 100,000 people.",
       {{9108, "offences", "crime", none, "9,108"}, {11400, "offences", "crime", none, "11,400"}}},
      {"There were 5,110 burglaries, an average of about 14 a day.",
       {{5110, "offences", "burglaries", none, "5,110 burglaries"}, {14, "offences", "burglaries", Qualifier::approximately, "about 14"}}},
      {"Ontario recorded 602 homicides, Quebec 411, the Prairie Provinces 388 and British Columbia 270.",
       {{602, "victims", "homicides", none, "602 homicides"},
        {411, "victims", "homicides", none, "411"},
        {388, "victims", "homicides", none, "388"},
        {270, "victims", "homicides", none, "270"}}},
      {"Robberies averaged 9 a day over the summer.", {{9, "offences", "Robberies", none, "9"}}},
      {"Dealers on the estate sold 40 a day.", {}},
      {"Police logged 7,300 thefts. Camden recorded the highest number, at 1,020.",
       {{7300, "offences", "thefts", none, "7,300 thefts"}, {1020, "offences", "thefts", none, "1,020"}}},
      // Ages after names stay ages, and a ranking with no number is nothing.
      {"Mark Hale (41) and Ann Hale (39) were remanded.", {}},
      {"The station closes at 10, the last of the day.", {}},
      {"Waltham had the most burglaries of all.", {}},
      {"Police made 40 arrests. The most senior detective, at 61, retired.",
       {{40, "arrests", "arrests", none, "40 arrests"}}},
      {"Essex recorded 95 offences per 1,000 people. Suffolk had the lowest, at 48.",
       {{95, "offences", "offences", none, "95 offences"}, {48, "offences", "offences", none, "48"}}},
  });
}

TEST_CASE("reports of a crime, crime kinds and labels") {
  check_cases({
      {"The helpline took 2,315 reports of investment fraud.",
       {{2315, "offences", "reports", none, "2,315 reports"}}},
      {"Campaigners logged 640 hate crime reports in the city.",
       {{640, "offences", "crime reports", none, "640 hate crime reports"}}},
      {"Shoppers targeted by card fraud lost £4m, with 1,930 reports made.",
       {{1930, "offences", "reports", none, "1,930 reports"}}},
      {"The council received 85 reports of fly-tipping on the estate.", {{85, "other", "reports", none, "85 reports"}}},
      {"Vandalism in the city centre rose by 11 per cent to 842.", {{842, "offences", "Vandalism", none, "842"}}},
      // Labels of crime groups are no counts, and no subject.
      {"Group 3 crimes of dishonesty rose by 4 per cent to 6,120.",
       {{6120, "offences", "crimes", none, "6,120"}}},
      {"The Tier 2 and Class 4 schemes were merged.", {}},
      // A story told, not a count.
      {"In one case, a woman was followed home.", {}},
      {"On one occasion, he threatened staff with a knife.", {}},
      {"Police made one arrest.", {{1, "arrests", "arrest", none, "one arrest"}}},
  });
}

TEST_CASE("possessives, abbreviations, name appositions and Indian scales") {
  check_cases({
      {"Burglaries fell in 14 of the county's 17 policing areas.",
       {{14, "other", "areas", none, "14"}, {17, "other", "areas", none, "17 policing areas"}}},
      {"Wales's four police forces signed the pledge.", {{4, "other", "police forces", none, "four police forces"}}},
      {"Agents detained three U.K. nationals at the border.",
       {{3, "arrests", "nationals", none, "three U.K. nationals"}}},
      {"Two of the injured were taken to hospital.", {{2, "victims", "", none, "Two"}}},
      {"One of the accused spoke to reporters.", {}},
      {"Two of the accused, Patel and Hughes, were remanded in custody.", {{2, "people", "", none, "Two"}}},
      {"Four of those arrested were remanded in custody.", {{4, "people", "", none, "Four"}}},
      {"The campaign reached more than 2.5 lakh pupils.",
       {{250000, "people", "pupils", Qualifier::more_than, "more than 2.5 lakh pupils"}}},
      {"Police said 1 crore people live in the district.", {{10000000, "people", "people", none, "1 crore people"}}},
      // Earlier counts of a sentence stay with their own clause.
      {"Kent was one of the 9 areas to record a rise, with burglary up 3 per cent to 2,210.",
       {{9, "other", "areas", none, "9 areas"}, {2210, "offences", "burglary", none, "2,210"}}},
      {"Officers recovered 620 knives, 48 more than the year before.",
       {{620, "seizures", "knives", none, "620 knives"}, {48, "seizures", "knives", none, "48"}}},
  });
}

TEST_CASE("warrants served at premises, amounts in units and counts after a date") {
  check_cases({
      {"Detectives executed warrants at a garage and at 6 homes in Wigan.",
       {{6, "warrants", "homes", none, "6 homes"}}},
      {"Agents served search warrants on Feb. 9 at three homes.", {{3, "warrants", "homes", none, "three homes"}}},
      {"The couple owned 2 homes in Spain.", {{2, "other", "homes", none, "2 homes"}}},
      // A listed noun before a unit only modifies it.
      {"The haul was worth about 90,000 street doses.", {}},
      {"That is 45,000 individual tablets.", {}},
      // A day of the month carries along only to days and years.
      {"Figures show 9,210 crimes were logged between May 1 and October 31, 1,022 fewer than a year earlier.",
       {{9210, "offences", "crimes", none, "9,210 crimes"}, {1022, "offences", "crimes", none, "1,022"}}},
      {"The hearings were held on June 3, 4 and 5.", {}},
  });
}

TEST_CASE("ranges, ages of a group and sayings") {
  check_cases({
      {"Officers detained between 6 and 9 people at the festival.",
       {{6, "arrests", "", none, "6"}, {9, "arrests", "people", none, "9 people"}}},
      {"Deputies questioned 14 people between 16 and 21 about the fight.",
       {{14, "people", "people", none, "14 people"}}},
      {"One burglary is one too many, the inspector said.", {}},
      {"One burglary was reported overnight.", {{1, "offences", "burglary", none, "One burglary"}}},
  });
}

TEST_CASE("decimal rates, clauses with with, bought things, doses and staff") {
  check_cases({
      // A rate's numerator may be a decimal; the base and "per cent" are not counts.
      {"Cumbria logged 64.7 burglaries per 1,000 homes, against 58.3 per 1,000 in Lancashire.",
       {{64.7, "offences", "burglaries", none, "64.7 burglaries"}, {58.3, "offences", "burglaries", none, "58.3"}}},
      {"Inverclyde had the worst rate, at 38.6 deaths per 100,000 people.",
       {{38.6, "victims", "deaths", none, "38.6 deaths"}}},
      {"The county's robbery rate, at about 2.9 per 1,000 residents, was the lowest.",
       {{2.9, "offences", "robbery", Qualifier::approximately, "about 2.9"}}},
      {"Thefts rose 4.5 per cent in the year.", {}},
      {"The average sentence was 2.5 years.", {}},
      // ", with N recorded" counts the clause's own subject, not an earlier count.
      {"Detectives made 52 arrests. Robberies are also down, with 410 recorded so far, compared with 530 a year ago.",
       {{52, "arrests", "arrests", none, "52 arrests"},
        {410, "offences", "Robberies", none, "410"},
        {530, "offences", "Robberies", none, "530"}}},
      // Things bought or replaced are not seizures; things found stay seizures.
      {"The budget pays for 85 new patrol cars.", {{85, "other", "patrol cars", none, "85 new patrol cars"}}},
      {"The council is replacing 45 vehicles this year.", {{45, "other", "vehicles", none, "45 vehicles"}}},
      {"Officers recovered 12 vehicles and 30 phones.",
       {{12, "seizures", "vehicles", none, "12 vehicles"}, {30, "seizures", "phones", none, "30 phones"}}},
      {"The depot took delivery of 3 new scanners.", {{3, "other", "scanners", none, "3 new scanners"}}},
      // Packages and doses of a drug are amounts, not counts.
      {"Customs found 64 pellets of heroin in his luggage.", {}},
      {"The raid uncovered 900 bottles of codeine syrup.", {}},
      {"He stole 12 bottles of whisky.", {{12, "other", "bottles", none, "12 bottles"}}},
      // Drug users are people; police call handlers are officers, hotel staff people.
      {"The heroin could have supplied around 700 abusers for a week.",
       {{700, "people", "abusers", Qualifier::approximately, "around 700 abusers"}}},
      {"The agency arrested 310 drug users last year.", {{310, "arrests", "drug users", none, "310 drug users"}}},
      {"The force has hired 45 more call handlers.", {{45, "officers", "call handlers", none, "45 more call handlers"}}},
      {"About 260 hospital staff took the training.",
       {{260, "people", "hospital staff", Qualifier::approximately, "About 260 hospital staff"}}},
      {"Nine people were shot in the city.", {{9, "victims", "people", none, "Nine people"}}},
      // A head noun after a coordinated list of modifiers.
      {"Some 85 bus, tram and rail staff attended the briefing.",
       {{85, "people", "rail staff", Qualifier::approximately, "Some 85 bus, tram and rail staff"}}},
      {"Officers spoke to 30 taxi, bus or lorry drivers.",
       {{30, "people", "lorry drivers", none, "30 taxi, bus or lorry drivers"}}},
      {"The pair made at least 17 trips, records show, and sold cocaine.",
       {{17, "other", "trips", Qualifier::at_least, "at least 17 trips"}}},
  });
}

TEST_CASE("own clauses after and, nominalised verbs, ranking bases and league tables") {
  check_cases({
      // A second number with its own auxiliary and verb is people unless a listed verb says more.
      {"Officers said 9 people were arrested and 31 were handed dispersal notices.",
       {{9, "arrests", "people", none, "9 people"}, {31, "people", "people", none, "31"}}},
      {"Officers said 9 people were arrested and 4 were charged.",
       {{9, "arrests", "people", none, "9 people"}, {4, "charges", "", none, "4"}}},
      {"The charity said 70 of those rescued were girls and 45 were boys.",
       {{70, "safeguarded", "", none, "70"}, {45, "safeguarded", "", none, "45"}}},
      // A nominalised verb governs the people after "of".
      {"Prosecutors won the conviction of 72 traffickers in 2023.",
       {{72, "convictions", "traffickers", none, "72 traffickers"}}},
      {"Police confirmed the arrest of 5 teenagers.", {{5, "arrests", "teenagers", none, "5 teenagers"}}},
      // A difference compares with the count, not the group a ranking is taken over.
      {"Hackney logged 240 robberies, the highest of the city's 32 boroughs and 18 fewer than last year.",
       {{240, "offences", "robberies", none, "240 robberies"},
        {32, "other", "boroughs", none, "32 boroughs"},
        {18, "offences", "robberies", none, "18"}}},
      // A league table by name repeats the last count, across a sentence.
      {"Leeds recorded 804 burglaries. Bradford, with 611, and Kirklees, with 402, come next.",
       {{804, "offences", "burglaries", none, "804 burglaries"},
        {611, "offences", "burglaries", none, "611"},
        {402, "offences", "burglaries", none, "402"}}},
      {"Bradford, with 611, came second.", {}},
      // A participle phrase between commas is stepped over to find the subject of a level.
      {"Inspectors counted 310 overdoses in 2022. The total, released on Monday by the health board (HB), is 44 lower than before.",
       {{310, "victims", "overdoses", none, "310 overdoses"}, {44, "victims", "overdoses", none, "44"}}},
      {"Vehicle crimes, logged by the county force, fell to 2,140.",
       {{2140, "offences", "crimes", none, "2,140"}}},
      {"The total, released on Monday, is 44.", {}},
  });
}

TEST_CASE("property seized, coordinated objects, packaging and lone charges") {
  check_cases({
      // Property seized, frozen or forfeited is a seizure; a search of it is a warrant.
      {"Detectives seized 12 holiday homes on the coast.", {{12, "seizures", "homes", none, "12 holiday homes"}}},
      {"The bureau has frozen 5 apartments bought with drug money.",
       {{5, "seizures", "apartments", none, "5 apartments"}}},
      {"Officers searched 8 flats in the block.", {{8, "warrants", "flats", none, "8 flats"}}},
      // Drugs seized in homes were found there: the homes are not seized.
      {"Cannabis was seized in 4 homes.", {{4, "other", "homes", none, "4 homes"}}},
      // Property listed with things seized was seized too.
      {"The haul included 6 cars, 9 designer watches and two houses in Marbella.",
       {{6, "seizures", "cars", none, "6 cars"},
        {9, "seizures", "watches", none, "9 designer watches"},
        {2, "seizures", "houses", none, "two houses"}}},
      {"The family owned two houses in Marbella.", {{2, "other", "houses", none, "two houses"}}},
      // The verb of a list's first member reaches the later ones.
      {"Officers raided a warehouse in Salford and three other addresses.",
       {{3, "warrants", "addresses", none, "three other addresses"}}},
      {"Officers raided her Bolton flat and six other properties.",
       {{6, "warrants", "properties", none, "six other properties"}}},
      {"The gang ran the trade using drivers and 11 burner phones.",
       {{11, "other", "phones", none, "11 burner phones"}}},
      {"Police arrested a driver and two passengers.", {{2, "arrests", "passengers", none, "two passengers"}}},
      // A participle in the first member modifies its noun, and governs nothing after it.
      {"The court heard of 3 stolen vans and 5 phones.",
       {{3, "offences", "vans", none, "3 stolen vans"}, {5, "seizures", "phones", none, "5 phones"}}},
      {"She sold a used car and 4 phones.", {{4, "seizures", "phones", none, "4 phones"}}},
      // Packaging of a haul is no count; containers that hold the drug named after them are.
      {"The cocaine, wrapped in 52 slabs, was found in a lorry.", {}},
      {"The heroin was hidden inside 14 crates of bananas.", {}},
      {"The resin was stashed in 9 large boxes in the loft.", {}},
      {"The cash was packed into 3 suitcases and 2 sacks.", {}},
      {"Traders sold 3 suitcases and 2 sacks of rice.",
       {{3, "other", "suitcases", none, "3 suitcases"}, {2, "other", "sacks", none, "2 sacks"}}},
      {"Border staff stopped 31 packages containing tablets.", {{31, "other", "packages", none, "31 packages"}}},
      {"Traders sold 300 boxes of fake cigarettes.", {{300, "other", "boxes", none, "300 boxes"}}},
      // One charge a person faces is no statistic; a tally of charges counts each.
      {"The woman was charged with one count of fraud.", {}},
      {"He admitted one charge of burglary at the hearing.", {}},
      {"She faces four counts of theft and one count of assault.",
       {{4, "charges", "counts", none, "four counts"}, {1, "charges", "count", none, "one count"}}},
      {"He was charged with 2 counts of robbery.", {{2, "charges", "counts", none, "2 counts"}}},
  });
}

TEST_CASE("people still at large, elided nouns and parts of an unlisted group") {
  check_cases({
      {"Of the 40 suspects, 31 were detained and 9 remain at large.",
       {{40, "people", "suspects", none, "40 suspects"}, {31, "arrests", "", none, "31"}, {9, "people", "", none, "9"}}},
      {"Four are still wanted by police.", {{4, "people", "", none, "Four"}}},
      {"Eleven men remain on the run.", {{11, "people", "men", none, "Eleven men"}}},
      {"Two remained fugitives in Spain.", {{2, "people", "", none, "Two"}}},
      // What stays outstanding in a group of warrants is warrants.
      {"Of the 50 warrants issued, 38 were executed and 12 remain outstanding.",
       {{50, "warrants", "warrants", none, "50 warrants"},
        {38, "warrants", "warrants", none, "38"},
        {12, "warrants", "warrants", none, "12"}}},
      // A number opening a sentence, its noun left out, is a part of the people just counted.
      {"Police detained 58 people at the festival. Seventeen were already known to officers.",
       {{58, "arrests", "people", none, "58 people"}, {17, "people", "", none, "Seventeen"}}},
      {"Police detained 58 people at the festival. Nine were charged.",
       {{58, "arrests", "people", none, "58 people"}, {9, "charges", "", none, "Nine"}}},
      {"Officers seized 40 bikes. Twelve were already reported missing.",
       {{40, "seizures", "bikes", none, "40 bikes"}}},
      {"Twelve were already known to officers.", {}},
      // A part of a group no lexicon lists, named by what befell it.
      {"Five of her dealers, aged 19 to 24, were later sentenced.", {{5, "convictions", "dealers", none, "Five"}}},
      {"Two of the lookouts were arrested.", {{2, "arrests", "lookouts", none, "Two"}}},
      {"Three of the lookouts gave evidence.", {}},
      // A part of what is never a statistic counts nothing.
      {"Two of her sisters were injured.", {}},
  });
}

TEST_CASE("league tables of decimal rates, levels held flat and the Scottish charging route") {
  check_cases({
      // Decimals shortly after a decimal rate are entries of its table.
      {"Halton recorded 95.1 offences per 1,000 people, followed by Sefton (88.4) and Knowsley (79.6).",
       {{95.1, "offences", "offences", none, "95.1 offences"},
        {88.4, "offences", "offences", none, "88.4"},
        {79.6, "offences", "offences", none, "79.6"}}},
      {"Kent logged 61.2 burglaries per 1,000 homes. Surrey and Sussex had the lowest, at 40.3 and 38.9 "
       "respectively, with Essex in between on 50.1.",
       {{61.2, "offences", "burglaries", none, "61.2 burglaries"},
        {40.3, "offences", "burglaries", none, "40.3"},
        {38.9, "offences", "burglaries", none, "38.9"},
        {50.1, "offences", "burglaries", none, "50.1"}}},
      {"Fife recorded 47.5 robberies per 10,000 people, while Angus had the lowest rate in Scotland, at 21.4.",
       {{47.5, "offences", "robberies", none, "47.5 robberies"}, {21.4, "offences", "robberies", none, "21.4"}}},
      // Without a rate nearby a decimal is no count; nor is a time after a rate.
      {"The van was found at 12.5 metres from the bank.", {}},
      {"Surrey and Sussex had the lowest, at 40.3 and 38.9 respectively.", {}},
      {"Kent logged 61.2 burglaries per 1,000 homes. The meeting starts at 7.30 tonight.",
       {{61.2, "offences", "burglaries", none, "61.2 burglaries"}}},
      // A level held flat is the level of the clause's subject.
      {"Vehicle thefts stayed flat at 2,417.", {{2417, "offences", "thefts", none, "2,417"}}},
      {"The shop opens at 9 on Sundays.", {}},
      // Reported to the procurator fiscal or the Crown Office: charged in Scotland.
      {"Twelve youths were detained and a further 8 were reported to the procurator fiscal.",
       {{12, "arrests", "youths", none, "Twelve youths"}, {8, "charges", "", none, "8"}}},
      {"Five men have been reported to the Crown Office.", {{5, "charges", "men", none, "Five men"}}},
      {"Twelve youths were detained and a further 8 were charged.",
       {{12, "arrests", "youths", none, "Twelve youths"}, {8, "charges", "", none, "8"}}},
  });
}

TEST_CASE("parts of a group counted before take its category") {
  check_cases({
      // A fronted "of" phrase with a verb of ours names the group.
      {"Of those detained, 48 were under 18.", {{48, "arrests", "", none, "48"}}},
      // "N of them" refers to the group counted in the sentence before.
      {"Detectives arrested 64 people. Nineteen of them were council workers.",
       {{64, "arrests", "people", none, "64 people"}, {19, "arrests", "people", none, "Nineteen"}}},
      {"Officers recorded 9,120 burglaries in 2022. Lone raiders accounted for 2,310 of them.",
       {{9120, "offences", "burglaries", none, "9,120 burglaries"}, {2310, "offences", "burglaries", none, "2,310"}}},
      // A possessive pronoun before the whole: "N of its M".
      {"The prison said 57 of its 412 searches found contraband.",
       {{57, "other", "searches", none, "57"}, {412, "other", "searches", none, "412 searches"}}},
      // Not across a paragraph of other sentences, and never without a group.
      {"Detectives arrested 64 people. The town was quiet. Nineteen of them were council workers.",
       {{64, "arrests", "people", none, "64 people"}}},
      {"Nineteen of them were council workers.", {}},
  });
}

TEST_CASE("the main verb past asides that the subject carries") {
  check_cases({
      {"Three girls, aged 13 and 14, from Rochdale, who had been groomed by the gang, have since been safeguarded.",
       {{3, "safeguarded", "girls", none, "Three girls"}}},
      {"Four dealers - Sam Jones, 24, of Leyton, Ali Khan, 31, of Ilford, and Dan Bell, 27, of Barking - were "
       "jailed on Friday.",
       {{4, "convictions", "dealers", none, "Four dealers"}}},
      {"Five women found working at the salon, who had been brought from abroad, admitted immigration offences "
       "and were each sentenced.",
       {{5, "convictions", "women", none, "Five women"}}},
      // An aside with no verb of ours after it leaves the group as people.
      {"Three girls, aged 13 and 14, from Rochdale, who had been groomed by the gang, gave evidence.",
       {{3, "people", "girls", none, "Three girls"}}},
      // The object of a verb keeps that verb's category.
      {"Police arrested two men, who were later released, and a woman, who has been charged.",
       {{2, "arrests", "men", none, "two men"}}},
  });
}

TEST_CASE("the subject of a passive crime verb is a victim") {
  check_cases({
      {"Six cyclists were targeted in Leith within an hour.", {{6, "victims", "cyclists", none, "Six cyclists"}}},
      {"Three shopkeepers have been robbed at gunpoint this month.",
       {{3, "victims", "shopkeepers", none, "Three shopkeepers"}}},
      {"Two pensioners were defrauded of their savings.", {{2, "victims", "pensioners", none, "Two pensioners"}}},
      {"Four students were mugged near the campus.", {{4, "victims", "students", none, "Four students"}}},
      // Police targeting suspects names no victims.
      {"Detectives targeted 14 suspected dealers in the operation.",
       {{14, "people", "dealers", none, "14 suspected dealers"}}},
      {"Officers targeted 30 addresses across the city.", {{30, "warrants", "addresses", none, "30 addresses"}}},
  });
}

TEST_CASE("what a seizing verb governs is seized, what is searched is not") {
  check_cases({
      // Unlisted things and things sharing a name with people.
      {"Officers seized 24 grow tents, three fans and a dehumidifier.",
       {{24, "seizures", "tents", none, "24 grow tents"}, {3, "seizures", "fans", none, "three fans"}}},
      {"Customs recovered 5 cellphones from the cabin.", {{5, "seizures", "cellphones", none, "5 cellphones"}}},
      // Found is no seizure of unlisted things; people with a verb of their own stay people.
      {"The survey found 31 cannabis grows in barns.", {{31, "other", "grows", none, "31 cannabis grows"}}},
      {"Officers seized cash, and three fans were arrested outside.",
       {{3, "arrests", "fans", none, "three fans"}}},
      // Vehicles searched or stopped are other.
      {"More than 2,300 vehicles were searched at the port.",
       {{2300, "other", "vehicles", Qualifier::more_than, "More than 2,300 vehicles"}}},
      {"Knives recovered: 17 knives recovered through stop and search.",
       {{17, "seizures", "knives", none, "17 knives"}}},
      // Staff of a business are no police staff.
      {"Two staff of a car wash gave evidence.", {{2, "people", "staff", none, "Two staff"}}},
      {"The force employs 900 staff.", {{900, "officers", "staff", none, "900 staff"}}},
  });
}

TEST_CASE("a financial year inside a noun phrase or before the verb keeps the link") {
  check_cases({
      {"Derby accounted for 212 of the 2022/23 burglaries, Belper 40 and Ilkeston 33.",
       {{212, "offences", "burglaries", none, "212"},
        {40, "offences", "burglaries", none, "40"},
        {33, "offences", "burglaries", none, "33"}}},
      {"The council said 61 suspects in 2022/23 had been charged.", {{61, "charges", "suspects", none, "61 suspects"}}},
      {"The council said 88 tenants in 2021-22 had been evicted.", {{88, "people", "tenants", none, "88 tenants"}}},
      {"Police recorded 455 knife offences in 2023/24. That compares with 390 in 2022/23.",
       {{455, "offences", "knife offences", none, "455 knife offences"}, {390, "offences", "knife offences", none, "390"}}},
      // Only to the sentence just before.
      {"Police recorded 455 knife offences in 2023/24. The rise was sharp. That compares with 390 in 2022/23.",
       {{455, "offences", "knife offences", none, "455 knife offences"}}},
  });
}

TEST_CASE("ages of the youngest or oldest, school years and packs are not counts") {
  check_cases({
      {"The youngest offender in the past year was 12.", {}},
      {"The oldest victim is 91, the force said.", {}},
      {"A Year 9 pupil brought a knife to school.", {}},
      {"Police recovered 8 packs of cocaine weighing 2kg.", {}},
      // A count after the age still counts; "a year" before a count is a time.
      {"The youngest was 14 and 30 people were arrested.", {{30, "arrests", "people", none, "30 people"}}},
      {"In a year 12 people were hurt.", {{12, "victims", "people", none, "12 people"}}},
      {"The oldest suspects were 40 people from Hull.", {{40, "people", "people", none, "40 people"}}},
  });
}

TEST_CASE("others after a count of things are more of those things") {
  check_cases({
      {"Only 19 of the 40 wards were declared safe, while 21 others remained at risk.",
       {{19, "other", "wards", none, "19"}, {40, "other", "wards", none, "40 wards"}, {21, "other", "wards", none, "21 others"}}},
      {"Officers seized 12 guns and 4 others were handed in.",
       {{12, "seizures", "guns", none, "12 guns"}, {4, "seizures", "guns", none, "4 others"}}},
      // After people, others are people of their own verb.
      {"Police arrested 5 men and charged 3 others.",
       {{5, "arrests", "men", none, "5 men"}, {3, "charges", "others", none, "3 others"}}},
      {"About 30 others were injured.", {{30, "victims", "others", Qualifier::approximately, "About 30 others"}}},
  });
}
