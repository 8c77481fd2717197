#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "crimestats/extractor.hpp"

namespace {

struct ExpectedMention {
  std::string name;  // canonical: "Operation Raptor"
  std::string text;  // as written: "Op Raptor"
};

struct Case {
  std::string text;
  std::vector<ExpectedMention> mentions;  // every mention, in text order
};

const crimestats::Date kReference{2023, 6, 15};

// Sentences written for these tests in the style of local crime news.
const std::vector<Case> kCases = {
    {"Operation Raptor was launched in 2016 to tackle drug gangs.", {{"Operation Raptor", "Operation Raptor"}}},
    {"Officers on Op Raptor made six arrests.", {{"Operation Raptor", "Op Raptor"}}},
    {"The Op. Kraken team searched the flat.", {{"Operation Kraken", "Op. Kraken"}}},
    {"Operation Blue Shield targets burglars in the county.", {{"Operation Blue Shield", "Operation Blue Shield"}}},
    {"Officers working on Operation SCEPTRE seized 40 knives.", {{"Operation Sceptre", "Operation SCEPTRE"}}},
    {"The Met launched Operation Sea-Bird last spring.", {{"Operation Sea-Bird", "Operation Sea-Bird"}}},
    {"Essex Police's Operation Raptor group works across the county.",
     {{"Operation Raptor", "Operation Raptor"}}},
    {"Operation Raptor's officers visited 30 addresses.", {{"Operation Raptor", "Operation Raptor"}}},
    {"Operation Raptor’s officers visited 30 addresses.", {{"Operation Raptor", "Operation Raptor"}}},
    {"Since the launch of Operation Gravity - a county lines campaign - 700 people have been arrested.",
     {{"Operation Gravity", "Operation Gravity"}}},
    {"Police search a house as part of Operation Gravity.Picture: STAFF", {{"Operation Gravity", "Operation Gravity"}}},
    {"The Operation Orochi Team arrested 12 people.", {{"Operation Orochi", "Operation Orochi"}}},
    {"Both Operation Raptor and Operation Sceptre ran in October.",
     {{"Operation Raptor", "Operation Raptor"}, {"Operation Sceptre", "Operation Sceptre"}}},
    {"Operation Raptor began in May. Op Raptor officers have since made 99 arrests.",
     {{"Operation Raptor", "Operation Raptor"}, {"Operation Raptor", "Op Raptor"}}},
    {"The Raptor-led Operation Venetic-linked raids were in 2020.", {{"Operation Venetic", "Operation Venetic"}}},
    {"OPERATION RAPTOR NETS DEALERS IN DAWN RAIDS\nOperation Raptor officers raided five homes.",
     {{"Operation Raptor", "OPERATION RAPTOR"}, {"Operation Raptor", "Operation Raptor"}}},
    {"Operation Blue Shield Nets Twenty Burglars In Week Of Action\nOfficers on Operation Blue Shield made 20 "
     "arrests.",
     {{"Operation Blue Shield", "Operation Blue Shield"}, {"Operation Blue Shield", "Operation Blue Shield"}}},
    {"Police Raid Homes Under Operation Tinsel\nFive people were held.", {{"Operation Tinsel", "Operation Tinsel"}}},
    {"Detectives launched Operation 'Sceptre' last week.", {{"Operation Sceptre", "Operation 'Sceptre'"}}},
    {"Officers launched Operation “Nightingale” to tackle dealing.",
     {{"Operation Nightingale", "Operation “Nightingale”"}}},
    {"The Operation Trident Gang Crime Command arrested four men.", {{"Operation Trident", "Operation Trident"}}},
    {"Police launched Operation Safer Streets in Luton.", {{"Operation Safer Streets", "Operation Safer Streets"}}},
    {"Operation Raptor East and Operation Raptor West teams met.",
     {{"Operation Raptor East", "Operation Raptor East"}, {"Operation Raptor West", "Operation Raptor West"}}},
    // No named operation.
    {"The police operation lasted three days.", {}},
    {"A major operation was launched after the shooting.", {}},
    {"Operations Director Jane Smith said the force was pleased.", {}},
    {"Operation Manager Paul Jones welcomed the funding.", {}},
    {"Officers took part in a joint Operation.", {}},
    {"Operation of the new custody suite begins next year.", {}},
    {"The Joint Operation Centre was opened in May.", {}},
    {"Several drugs operations were disrupted.", {}},
    {"Our Raptor safeguarding officers visited schools.", {}},
    {"He had an op on his knee in May.", {}},
    {"Operational policing costs rose by 5%.", {}},
    {"The surgeon's Op Theatre was busy.", {}},
    {"He described the Operation As a success.", {}},
    // Other forces' wording.
    {"Officers from Operation Venetic seized firearms.", {{"Operation Venetic", "Operation Venetic"}}},
    {"Op. Blackstone targeted burglars in the city.", {{"Operation Blackstone", "Op. Blackstone"}}},
    {"OPERATION TRIDENT detectives made four arrests.", {{"Operation Trident", "OPERATION TRIDENT"}}},
    // "Project" names a funding programme, not an operation (the guidelines take
    // only the "Operation Name" and "Op Name" forms).
    {"Project Adder has cut drug deaths in the city.", {}},
    // French, Spanish, Portuguese and Italian spellings of the word, as
    // sources from Quebec, Latin America or Europe keep them.
    {"Police in Gatineau said Opération Héron ended in June.", {{"Operation Héron", "Opération Héron"}}},
    {"Officers on Opération Lynx Blanc seized 12 rifles.", {{"Operation Lynx Blanc", "Opération Lynx Blanc"}}},
    {"OPÉRATION LYNX: 30 ARRESTS\nOpération Lynx began in the spring.",
     {{"Operation Lynx", "OPÉRATION LYNX"}, {"Operation Lynx", "Opération Lynx"}}},
    {"Colombian police said Operación Agamenón had dismantled the network.",
     {{"Operation Agamenón", "Operación Agamenón"}}},
    {"Federal agents carried out Operação Ouro Verde in Recife.", {{"Operation Ouro Verde", "Operação Ouro Verde"}}},
    {"Carabinieri arrested 40 people in Operazione Aspide.", {{"Operation Aspide", "Operazione Aspide"}}},
    // Lower case, a plural, or a word that only begins with one: no name.
    {"Une opération policière a eu lieu à Laval.", {}},
    {"The Opérations Nationales unit was disbanded.", {}},
    {"Opportunity Knocks was filmed in Leeds.", {}},
    // A "Strike Force" or "Project" name stays out, whatever the language nearby.
    {"Strike Force Raptor and Projet Colisée were both run from Montreal.", {}},
};

std::string slice(const std::string& text, crimestats::Span span) {
  return text.substr(span.begin, span.end - span.begin);
}

}  // namespace

TEST_CASE("operations extractor is registered under its name") {
  const auto extractor = crimestats::make_operations_extractor(CRIMESTATS_SOURCE_DIR "/data");
  CHECK(extractor->name() == "operations");
}

TEST_CASE("named operations from sentences") {
  const auto extractor = crimestats::make_operations_extractor(CRIMESTATS_SOURCE_DIR "/data");
  for (const auto& c : kCases) {
    INFO(c.text);
    crimestats::Facts facts;
    extractor->extract(crimestats::ExtractInput{c.text, kReference}, facts);
    REQUIRE(facts.operations.size() == c.mentions.size());
    for (std::size_t i = 0; i < c.mentions.size(); ++i) {
      CHECK(facts.operations[i].name == c.mentions[i].name);
      REQUIRE(facts.operations[i].mentions.size() == 1);
      CHECK(slice(c.text, facts.operations[i].mentions[0]) == c.mentions[i].text);
    }
  }
}

TEST_CASE("operations extractor reports a missing lexicon by name") {
  CHECK_THROWS_WITH(crimestats::make_operations_extractor("/nonexistent"),
                    Catch::Contains("operation_stopwords.tsv"));
}

TEST_CASE("every anchor form in the lexicon introduces a name") {
  const auto extractor = crimestats::make_operations_extractor(CRIMESTATS_SOURCE_DIR "/data");
  for (const std::string anchor : {"Operation", "OPERATION", "Op", "Op.", "Opération", "OPÉRATION", "Operación",
                                   "OPERACIÓN", "Operação", "OPERAÇÃO", "Operazione", "OPERAZIONE"}) {
    const std::string text = "Officers joined " + anchor + " Kestrel today.";
    INFO(text);
    crimestats::Facts facts;
    extractor->extract(crimestats::ExtractInput{text, kReference}, facts);
    REQUIRE(facts.operations.size() == 1);
    CHECK(facts.operations[0].name == "Operation Kestrel");
  }
}
