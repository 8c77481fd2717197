// Places: a table of sentences (all written for this test) with the places
// each must yield, mention by mention in text order: canonical name, county,
// police force and the exact text matched. Cases with no places are negative.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "crimestats/extractor.hpp"

namespace {

struct Expected {
  std::string name, county, force, text;
};

struct Case {
  std::string sentence;
  std::vector<Expected> places;
};

const std::string kEssex = "Essex Police";
const std::string kMet = "Metropolitan Police Service";

const std::vector<Case> kCases = {
    // --- plain names, canonical full names, alternative names ---
    {"Officers arrested two men in Colchester on Tuesday night.", {{"Colchester", "Essex", kEssex, "Colchester"}}},
    {"Detectives from Kent Police searched a flat in Maidstone.",
     {{"Kent", "Kent", "Kent Police", "Kent"}, {"Maidstone", "Kent", "Kent Police", "Maidstone"}}},
    {"The network supplied heroin across Norfolk and Suffolk.",
     {{"Norfolk", "Norfolk", "Norfolk Constabulary", "Norfolk"},
      {"Suffolk", "Suffolk", "Suffolk Constabulary", "Suffolk"}}},
    {"Three teenagers from Southend were charged with dealing.", {{"Southend-on-Sea", "Essex", kEssex, "Southend"}}},
    {"Raids were carried out in Clacton and Jaywick at dawn.",
     {{"Clacton-on-Sea", "Essex", kEssex, "Clacton"}, {"Jaywick", "Essex", kEssex, "Jaywick"}}},
    {"Knife crime figures for the UK rose again last year.", {{"United Kingdom", "", "", "UK"}}},
    {"The cocaine was shipped to Britain from Spain by lorry.",
     {{"United Kingdom", "", "", "Britain"}, {"Spain", "", "", "Spain"}}},
    {"A man from Hull admitted possession with intent to supply.",
     {{"Kingston upon Hull", "East Riding of Yorkshire", "Humberside Police", "Hull"}}},
    {"A shop in Dereham was raided by officers on Friday.",
     {{"Dereham", "Norfolk", "Norfolk Constabulary", "Dereham"}}},
    {"The pair were stopped on the A11 near Wymondham.",
     {{"Wymondham", "Norfolk", "Norfolk Constabulary", "Wymondham"}}},
    {"A cannabis farm was found above a shop in Loughton.", {{"Loughton", "Essex", kEssex, "Loughton"}}},
    {"Drugs were found at a house in St. Albans and another in St Neots.",
     {{"St Albans", "Hertfordshire", "Hertfordshire Constabulary", "St. Albans"},
      {"St Neots", "Cambridgeshire", "Cambridgeshire Constabulary", "St Neots"}}},
    {"Brighton & Hove City Council has backed the scheme.",
     {{"Brighton and Hove", "East Sussex", "Sussex Police", "Brighton & Hove"}}},
    {"Glasgow City Council said drug deaths had fallen.",
     {{"Glasgow", "Glasgow City", "Police Scotland", "Glasgow City"}}},
    {"Two women from Co Durham were jailed.", {{"County Durham", "County Durham", "Durham Constabulary", "Co Durham"}}},

    // --- longest match wins ---
    {"West Yorkshire Police seized cannabis plants in Leeds.",
     {{"West Yorkshire", "West Yorkshire", "West Yorkshire Police", "West Yorkshire"},
      {"Leeds", "West Yorkshire", "West Yorkshire Police", "Leeds"}}},
    {"A man from Stoke-on-Trent was jailed for six years.",
     {{"Stoke-on-Trent", "Staffordshire", "Staffordshire Police", "Stoke-on-Trent"}}},
    {"He was arrested at his home in Newcastle upon Tyne.",
     {{"Newcastle upon Tyne", "Tyne and Wear", "Northumbria Police", "Newcastle upon Tyne"}}},
    {"The raids in Bury St Edmunds followed a tip-off.",
     {{"Bury St Edmunds", "Suffolk", "Suffolk Constabulary", "Bury St Edmunds"}}},
    {"City of London Police said the fraud was uncovered in May.",
     {{"City of London", "Greater London", "City of London Police", "City of London"}}},
    {"Thames Valley Police and Devon and Cornwall Police shared intelligence.",
     {{"Thames Valley", "", "Thames Valley Police", "Thames Valley"},
      {"Devon and Cornwall", "", "Devon and Cornwall Police", "Devon and Cornwall"}}},
    {"Officers from Dyfed-Powys Police joined the search.", {{"Dyfed-Powys", "", "Dyfed-Powys Police", "Dyfed-Powys"}}},

    // --- direction prefixes ---
    {"County lines gangs are active in south Wales, the report said.",
     {{"South Wales", "", "South Wales Police", "south Wales"}}},
    {"Burglaries in North Yorkshire fell by a fifth.",
     {{"North Yorkshire", "North Yorkshire", "North Yorkshire Police", "North Yorkshire"}}},
    {"The gang sold crack cocaine in east London.", {{"London", "Greater London", kMet, "London"}}},
    {"Patrols were stepped up in the north-east of the county.", {}},
    {"Violence rose sharply across the North East last summer.", {}},

    // --- possessives ---
    {"Essex's chief constable welcomed the funding.", {{"Essex", "Essex", kEssex, "Essex"}}},
    {"Essex Police's serious violence unit made the arrests.", {{"Essex", "Essex", kEssex, "Essex"}}},
    {"Norwich\u2019s night-time economy was targeted.", {{"Norwich", "Norfolk", "Norfolk Constabulary", "Norwich"}}},

    // --- names inside organisations ---
    {"He will be sentenced at Norwich Crown Court next month.",
     {{"Norwich", "Norfolk", "Norfolk Constabulary", "Norwich"}}},
    {"Southend Council approved the new patrols.", {{"Southend-on-Sea", "Essex", kEssex, "Southend"}}},
    {"A report from London City Hall mapped the gangs.", {{"London", "Greater London", kMet, "London"}}},
    {"Essex County Council gave the project \u00a3500,000.", {{"Essex", "Essex", kEssex, "Essex"}}},
    {"Police Scotland said 40 people had been arrested.", {{"Scotland", "", "Police Scotland", "Scotland"}}},
    {"The Police Service of Northern Ireland led the inquiry.",
     {{"Northern Ireland", "", "Police Service of Northern Ireland", "Northern Ireland"}}},

    // --- names that are also common words ---
    {"Reading the report, councillors said they were shocked.", {}},
    {"Two men were arrested in Reading on Saturday.", {{"Reading", "Berkshire", "Thames Valley Police", "Reading"}}},
    {"Reading Borough Council welcomed the convictions.",
     {{"Reading", "Berkshire", "Thames Valley Police", "Reading"}}},
    {"The warrants were executed in March.", {}},
    {"Police raided homes in March, Wisbech and Chatteris.",
     {{"March", "Cambridgeshire", "Cambridgeshire Constabulary", "March"},
      {"Wisbech", "Cambridgeshire", "Cambridgeshire Constabulary", "Wisbech"},
      {"Chatteris", "Cambridgeshire", "Cambridgeshire Constabulary", "Chatteris"}}},
    {"Officers seized cash in Deal and Dover.",
     {{"Deal", "Kent", "Kent Police", "Deal"}, {"Dover", "Kent", "Kent Police", "Dover"}}},
    {"Deal with the dealers first, the inspector said.", {}},
    {"They tried to bury the cash in a garden.", {}},
    {"A raid in Bury led to three arrests.", {{"Bury", "Greater Manchester", "Greater Manchester Police", "Bury"}}},
    {"Shoplifting in Street has doubled since 2019.",
     {{"Street", "Somerset", "Avon and Somerset Constabulary", "Street"}}},
    {"Hope remains that the missing teenager will be found.", {}},
    {"A woman from Wells, Somerset, was fined.",
     {{"Wells", "Somerset", "Avon and Somerset Constabulary", "Wells"},
      {"Somerset", "Somerset", "Avon and Somerset Constabulary", "Somerset"}}},
    {"Dealers travelled between Reading, Slough and Maidenhead.",
     {{"Reading", "Berkshire", "Thames Valley Police", "Reading"},
      {"Slough", "Berkshire", "Thames Valley Police", "Slough"},
      {"Maidenhead", "Berkshire", "Thames Valley Police", "Maidenhead"}}},
    // A common-word name alone at a sentence start is not taken.
    {"Bath was quiet, but Bristol saw two stabbings.",
     {{"Bristol", "Bristol", "Avon and Somerset Constabulary", "Bristol"}}},
    {"Officers from Bath and Bristol swapped notes.",
     {{"Bath", "Somerset", "Avon and Somerset Constabulary", "Bath"},
      {"Bristol", "Bristol", "Avon and Somerset Constabulary", "Bristol"}}},

    // --- names shared by several places ---
    {"A man from Newport was remanded in custody.", {{"Newport", "Newport", "Gwent Police", "Newport"}}},
    {"A man from Newport on the Isle of Wight was remanded.",
     {{"Newport", "Isle of Wight", "Hampshire and Isle of Wight Constabulary", "Newport"},
      {"Isle of Wight", "Isle of Wight", "Hampshire and Isle of Wight Constabulary", "Isle of Wight"}}},
    {"The market town of Richmond, North Yorkshire, was targeted.",
     {{"Richmond", "North Yorkshire", "North Yorkshire Police", "Richmond"},
      {"North Yorkshire", "North Yorkshire", "North Yorkshire Police", "North Yorkshire"}}},
    {"Boys from Richmond and Hammersmith in London were groomed.",
     {{"Richmond", "Greater London", kMet, "Richmond"},
      {"Hammersmith", "Greater London", kMet, "Hammersmith"},
      {"London", "Greater London", kMet, "London"}}},
    {"Boston in Lincolnshire has the highest rate.",
     {{"Boston", "Lincolnshire", "Lincolnshire Police", "Boston"},
      {"Lincolnshire", "Lincolnshire", "Lincolnshire Police", "Lincolnshire"}}},

    // --- people named like places ---
    {"Mr Preston told the court he was sorry.", {}},
    {"Chief Inspector Bolton led the operation.", {}},
    {"DC Wells and Judge Lincoln were both praised.", {}},
    {"Stanley Johnson spoke at the launch.", {}},
    {"Lord Bath opened the new station.", {}},
    {"Ian Blackburn, the council leader, said crime in Blackburn had fallen. Blackburn added that more "
     "officers were needed.",
     {{"Blackburn", "Lancashire", "Lancashire Constabulary", "Blackburn"}}},
    {"Chris Kent praised Kent Police. Kent said the team had worked hard.", {{"Kent", "Kent", "Kent Police", "Kent"}}},
    {"Barry Davies, from Barry, was fined \u00a3200.", {{"Barry", "Vale of Glamorgan", "South Wales Police", "Barry"}}},
    {"Jordan Henderson visited the school.", {}},
    {"The shipment was flown in from Jordan.", {{"Jordan", "", "", "Jordan"}}},

    // --- not places: streets, demonyms, descriptions, foreign namesakes ---
    {"He was stopped on London Road in Southend.", {{"Southend-on-Sea", "Essex", kEssex, "Southend"}}},
    {"The victim lived on Colchester Road.", {}},
    {"British officers worked with the county force in the capital.", {}},
    {"Detectives in New Jersey seized 40 guns.", {}},
    {"Drugs were sent from the US to the UK by post.",
     {{"United States", "", "", "US"}, {"United Kingdom", "", "", "UK"}}},
    {"HELP US FIND HIM, officers urged.", {}},
    {"The U.K. has more county lines than ever.", {{"United Kingdom", "", "", "U.K."}}},
    {"SOUTHEND and Basildon attract dealers from the capital.",
     {{"Southend-on-Sea", "Essex", kEssex, "SOUTHEND"}, {"Basildon", "Essex", kEssex, "Basildon"}}},
};

struct Found {
  std::string name, county, force, text;
  std::size_t begin;
};

std::vector<Found> run(const crimestats::Extractor& extractor, const std::string& text) {
  crimestats::Facts facts;
  extractor.extract({text, crimestats::Date{}, crimestats::DateOrder::dmy}, facts);
  std::vector<Found> found;
  for (const auto& p : facts.places) {
    for (const auto& span : p.mentions) {
      found.push_back({p.name, p.county, p.police_force, text.substr(span.begin, span.end - span.begin), span.begin});
    }
  }
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.begin < b.begin; });
  return found;
}

}  // namespace

TEST_CASE("places extractor is registered under its name") {
  const auto extractor = crimestats::make_places_extractor(CRIMESTATS_SOURCE_DIR "/data");
  CHECK(extractor->name() == "places");
}

TEST_CASE("places: table of sentences") {
  const auto extractor = crimestats::make_places_extractor(CRIMESTATS_SOURCE_DIR "/data");
  REQUIRE(kCases.size() >= 50);
  for (const auto& c : kCases) {
    INFO(c.sentence);
    const auto found = run(*extractor, c.sentence);
    CHECK(found.size() == c.places.size());
    for (std::size_t i = 0; i < std::min(found.size(), c.places.size()); ++i) {
      INFO("place " << i);
      CHECK(found[i].name == c.places[i].name);
      CHECK(found[i].county == c.places[i].county);
      CHECK(found[i].force == c.places[i].force);
      CHECK(found[i].text == c.places[i].text);
    }
  }
}

TEST_CASE("places: one fact per place, every mention in order, with type and coordinates") {
  const auto extractor = crimestats::make_places_extractor(CRIMESTATS_SOURCE_DIR "/data");
  const std::string text =
      "Colchester police said Colchester and Chelmsford saw most arrests. Colchester's total rose.";
  crimestats::Facts facts;
  extractor->extract({text, crimestats::Date{}, crimestats::DateOrder::dmy}, facts);
  REQUIRE(facts.places.size() == 2);
  const auto& colchester = facts.places[0];
  CHECK(colchester.name == "Colchester");
  CHECK(colchester.type == "city");
  CHECK(colchester.region == "East of England");
  CHECK(colchester.country == "England");
  REQUIRE(colchester.lat.has_value());
  CHECK(*colchester.lat == Approx(51.89).margin(0.05));
  CHECK(*colchester.lon == Approx(0.90).margin(0.05));
  REQUIRE(colchester.mentions.size() == 3);
  CHECK(colchester.mentions[0] == crimestats::Span{0, 10});
  CHECK(colchester.mentions[1] == crimestats::Span{23, 33});
  CHECK(colchester.mentions[2] == crimestats::Span{67, 77});
  CHECK(facts.places[1].name == "Chelmsford");
}

TEST_CASE("places: world countries carry a name and type only") {
  const auto extractor = crimestats::make_places_extractor(CRIMESTATS_SOURCE_DIR "/data");
  crimestats::Facts facts;
  extractor->extract(
      {"The gang imported cocaine from the Netherlands.", crimestats::Date{}, crimestats::DateOrder::dmy}, facts);
  REQUIRE(facts.places.size() == 1);
  CHECK(facts.places[0].name == "Netherlands");
  CHECK(facts.places[0].type == "country");
  CHECK_FALSE(facts.places[0].lat.has_value());
}

TEST_CASE("places: empty and place-free text yield nothing") {
  const auto extractor = crimestats::make_places_extractor(CRIMESTATS_SOURCE_DIR "/data");
  for (const std::string& text : {std::string(), std::string("no capitals at all here"), std::string("\xE2\x80\x9C")}) {
    crimestats::Facts facts;
    extractor->extract({text, crimestats::Date{}, crimestats::DateOrder::dmy}, facts);
    CHECK(facts.places.empty());
  }
}
