// The gazetteer file and its index: coverage of the UK's areas and police
// forces, places abroad, name folding, shared names, and load time.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "crimestats/gazetteer.hpp"

namespace {

const std::filesystem::path kFile = CRIMESTATS_SOURCE_DIR "/data/gazetteer.tsv";

const crimestats::Gazetteer& gazetteer() {
  static const crimestats::Gazetteer g(kFile);
  return g;
}

const crimestats::GazetteerEntry& only(std::string_view name) {
  const auto found = gazetteer().find(name);
  REQUIRE(found.size() == 1);
  return gazetteer().entry(found.front());
}

}  // namespace

TEST_CASE("gazetteer: covers the UK's countries, counties, boroughs, cities and towns") {
  const auto& g = gazetteer();
  CHECK(g.size() > 4000);
  for (const auto* name : {"England", "Scotland", "Wales", "Northern Ireland", "United Kingdom"}) {
    INFO(name);
    CHECK(only(name).type == "country");
  }
  CHECK(only("Essex").type == "county");
  CHECK(only("Essex").police_force == "Essex Police");
  CHECK(only("Tower Hamlets").type == "borough");
  CHECK(only("Tower Hamlets").police_force == "Metropolitan Police Service");
  CHECK(only("Norwich").type == "city");
  CHECK(only("Norwich").county == "Norfolk");
  CHECK(only("Basildon").type == "town");
  CHECK(only("Yorkshire and the Humber").type == "region");
  CHECK(only("Thames Valley").type == "police_area");
  // London is the city (county Greater London), not also a region of the same name.
  CHECK(only("London").type == "city");
  CHECK(only("London").county == "Greater London");
  CHECK(only("London").region == "London");
  // Gaps in the source closed by data/places_extra.tsv.
  CHECK(only("Jaywick").county == "Essex");
  CHECK(only("Dereham").county == "Norfolk");
  CHECK(gazetteer().find("East Dereham").empty());
  CHECK(only("France").type == "country");
  CHECK(only("France").county.empty());
}

TEST_CASE("gazetteer: every police force area of the UK is a place with its force") {
  const std::set<std::string> forces = {"Avon and Somerset Constabulary",
                                        "Bedfordshire Police",
                                        "Cambridgeshire Constabulary",
                                        "Cheshire Constabulary",
                                        "City of London Police",
                                        "Cleveland Police",
                                        "Cumbria Constabulary",
                                        "Derbyshire Constabulary",
                                        "Devon and Cornwall Police",
                                        "Dorset Police",
                                        "Durham Constabulary",
                                        "Dyfed-Powys Police",
                                        "Essex Police",
                                        "Gloucestershire Constabulary",
                                        "Greater Manchester Police",
                                        "Gwent Police",
                                        "Hampshire and Isle of Wight Constabulary",
                                        "Hertfordshire Constabulary",
                                        "Humberside Police",
                                        "Kent Police",
                                        "Lancashire Constabulary",
                                        "Leicestershire Police",
                                        "Lincolnshire Police",
                                        "Merseyside Police",
                                        "Metropolitan Police Service",
                                        "Norfolk Constabulary",
                                        "North Wales Police",
                                        "North Yorkshire Police",
                                        "Northamptonshire Police",
                                        "Northumbria Police",
                                        "Nottinghamshire Police",
                                        "South Wales Police",
                                        "South Yorkshire Police",
                                        "Staffordshire Police",
                                        "Suffolk Constabulary",
                                        "Surrey Police",
                                        "Sussex Police",
                                        "Thames Valley Police",
                                        "Warwickshire Police",
                                        "West Mercia Police",
                                        "West Midlands Police",
                                        "West Yorkshire Police",
                                        "Wiltshire Police",
                                        "Police Scotland",
                                        "Police Service of Northern Ireland"};
  REQUIRE(forces.size() == 45);
  std::set<std::string> areas_with_force;
  const std::set<std::string> area_types = {"country", "region", "county", "police_area", "borough"};
  for (std::uint32_t i = 0; i < gazetteer().size(); ++i) {
    const auto& e = gazetteer().entry(i);
    if (area_types.count(std::string(e.type)) && !e.police_force.empty()) areas_with_force.emplace(e.police_force);
  }
  for (const auto& force : forces) {
    INFO(force);
    CHECK(areas_with_force.count(force));
  }
}

TEST_CASE("gazetteer: names fold so spelling variants meet") {
  using crimestats::Gazetteer;
  CHECK(Gazetteer::fold_word("King's") == "kings");
  CHECK(Gazetteer::fold_word("King\u2019s") == "kings");
  CHECK(Gazetteer::fold_word("SAINT") == "st");
  CHECK(Gazetteer::fold_word("&") == "and");
  CHECK(Gazetteer::split_name("Southend-on-Sea") == std::vector<std::string_view>{"Southend", "on", "Sea"});
  CHECK(Gazetteer::split_name("St. Albans") == std::vector<std::string_view>{"St", "Albans"});
  CHECK(Gazetteer::split_name("U.K.") == std::vector<std::string_view>{"U", "K"});

  const auto& g = gazetteer();
  const auto kings_lynn = g.find_name("Kings Lynn");
  REQUIRE(kings_lynn);
  CHECK(g.entry(g.name(*kings_lynn).entries.front()).name == "King's Lynn");
  const auto southend = g.find_name("Southend");
  REQUIRE(southend);
  CHECK(g.entry(g.name(*southend).entries.front()).name == "Southend-on-Sea");
  const auto uk = g.find_name("UK");
  REQUIRE(uk);
  CHECK(g.name(*uk).words.size() == 1);
  CHECK(g.name(*uk).abbreviation(0));
  CHECK(g.entry(g.name(*uk).entries.front()).name == "United Kingdom");
  const auto upon = g.find_name("Newcastle upon Tyne");
  REQUIRE(upon);
  REQUIRE(g.name(*upon).words.size() == 3);
  CHECK(g.name(*upon).capitalised(0));
  CHECK_FALSE(g.name(*upon).capitalised(1));
  CHECK(g.name(*upon).capitalised(2));
  CHECK_FALSE(g.find_name("Atlantis"));
}

TEST_CASE("gazetteer: names shared by UK places list the most populous first") {
  const auto& g = gazetteer();
  const auto newport = g.find("Newport");
  REQUIRE(newport.size() >= 3);
  CHECK(g.entry(newport.front()).county == "Newport");  // the Welsh city
  for (std::size_t i = 1; i < newport.size(); ++i) {
    CHECK(g.entry(newport[i - 1]).population >= g.entry(newport[i]).population);
  }
}

TEST_CASE("gazetteer: places abroad from data/places_world.tsv") {
  const auto& g = gazetteer();
  // Ireland in the detail of a UK county, with its one force.
  const auto& limerick = only("County Limerick");
  CHECK(limerick.type == "county");
  CHECK(limerick.region == "Munster");
  CHECK(limerick.country == "Ireland");
  CHECK(limerick.police_force == "An Garda S\u00edoch\u00e1na");
  CHECK_FALSE(limerick.home);
  CHECK_FALSE(limerick.lat.has_value());  // no coordinates unless known
  for (const auto* alt : {"Co Limerick", "Co. Limerick"}) {
    INFO(alt);
    const auto n = g.find_name(alt);
    REQUIRE(n);
    CHECK(g.entry(g.name(*n).entries.front()).name == "County Limerick");
  }
  // A bare county name is the county unless a town of that name takes it.
  CHECK(g.entry(g.name(*g.find_name("Meath")).entries.front()).name == "County Meath");
  CHECK(g.entry(g.name(*g.find_name("Wexford")).entries.front()).type == "town");
  // A bare name shared with a UK town lists the UK town first.
  const auto& louth = g.name(*g.find_name("Louth")).entries;
  REQUIRE(louth.size() == 2);
  CHECK(g.entry(louth.front()).county == "Lincolnshire");
  CHECK(g.entry(louth.back()).name == "County Louth");
  const auto& dublin = only("Dublin");
  CHECK(dublin.county == "County Dublin");
  REQUIRE(dublin.lat.has_value());
  CHECK(*dublin.lat == Approx(53.35).margin(0.1));
  CHECK(*dublin.lon == Approx(-6.26).margin(0.1));
  // US places have no police force; Australian ones their state's.
  CHECK(only("Philadelphia").region == "Pennsylvania");
  CHECK(only("Philadelphia").police_force.empty());
  CHECK(only("Ohio").type == "region");
  CHECK(only("Adelaide").police_force == "South Australia Police");
  CHECK(only("Ontario").country == "Canada");
  // US counties, one per state that has one of that name, the most populous first.
  CHECK(only("Cook County").type == "county");
  CHECK(only("Cook County").region == "Illinois");
  const auto orange = g.find("Orange County");
  REQUIRE(orange.size() == 3);
  CHECK(g.entry(orange[0]).region == "California");
  CHECK(g.entry(orange[1]).region == "Florida");
  CHECK(g.entry(orange[2]).region == "New York State");
  // Dateline abbreviations are other names of their states and provinces.
  for (const auto& [abbreviation, state] : std::vector<std::pair<std::string, std::string>>{
           {"Fla.", "Florida"}, {"Calif.", "California"}, {"N.Y.", "New York State"}, {"TX", "Texas"},
           {"W.Va.", "West Virginia"}, {"B.C.", "British Columbia"}, {"Qld", "Queensland"}}) {
    INFO(abbreviation);
    const auto n = g.find_name(abbreviation);
    REQUIRE(n);
    CHECK(g.entry(g.name(*n).entries.front()).name == state);
  }
  // The world's countries, and UK places at home.
  CHECK(only("France").type == "country");
  CHECK_FALSE(only("France").home);
  CHECK(only("Colchester").home);
  CHECK(only("United Kingdom").home);
  // Force names that name no place are of type force.
  const auto gardai = g.find_name("Garda\u00ed");
  REQUIRE(gardai);
  CHECK(g.entry(g.name(*gardai).entries.front()).type == "force");
}

TEST_CASE("gazetteer: shared names list the UK place first, unless a world city dwarfs it") {
  const auto& g = gazetteer();
  const auto first = [&](std::string_view name) -> const crimestats::GazetteerEntry& {
    const auto n = g.find_name(name);
    REQUIRE(n);
    REQUIRE(g.name(*n).entries.size() > 1);
    return g.entry(g.name(*n).entries.front());
  };
  CHECK(first("Perth").country == "Scotland");  // 47,000 against 2 million: the UK one
  CHECK(first("Boston").county == "Lincolnshire");
  CHECK(first("Kingston").name == "Kingston upon Thames");
  CHECK(first("Washington").county == "Tyne and Wear");
  CHECK(first("Hamilton").country == "Scotland");
  CHECK(first("Victoria").county == "Greater London");
  CHECK(first("Melbourne").country == "Australia");  // a Derbyshire village beside a city of millions
  CHECK(first("Houston").country == "United States");
  CHECK(first("Southport").country == "England");  // kept for the Gold Coast; alone the Merseyside town
  CHECK(first("Huntly").country == "Scotland");     // and the Waikato town only beside New Zealand places
  CHECK(first("Georgia").type == "country");  // of places abroad, the country before the state
  CHECK(first("Hamilton").home);
  const auto hamilton = g.find("Hamilton");
  REQUIRE(hamilton.size() == 3);
  CHECK(g.entry(hamilton[1]).country == "Canada");  // then the most populous abroad
  CHECK(g.entry(hamilton[2]).country == "New Zealand");
}

TEST_CASE("gazetteer: families of districts, counties and towns abroad, and usual spellings") {
  const auto& g = gazetteer();
  // Kenya's 47 counties, each named "X County", and their towns.
  int kenyan_counties = 0;
  for (std::uint32_t i = 0; i < g.size(); ++i) {
    const auto& e = g.entry(i);
    if (e.country == "Kenya" && e.type == "county") {
      ++kenyan_counties;
      CHECK(e.name.ends_with(" County"));
    }
  }
  CHECK(kenyan_counties == 47);
  const auto in = [&](std::string_view name) {
    const auto found = g.find(name);
    REQUIRE(found.size() == 1);
    return g.entry(found.front());
  };
  CHECK(in("Mtwapa").county == "Kilifi County");
  CHECK(in("Eldoret").county == "Uasin Gishu County");
  CHECK(in("Kwai Chung").country == "Hong Kong");
  CHECK(in("Sainte-Adèle").region == "Quebec");
  CHECK(in("Montréal-Nord").type == "borough");
  CHECK(in("Ballycoolin").county == "County Dublin");
  CHECK(in("Guyhirn").police_force == "Cambridgeshire Constabulary");
  CHECK(in("Dyffryn Nantlle").county == "Gwynedd");
  CHECK(in("Manzanillo").country == "Mexico");
  // The usual spellings: no hyphen in Blaenau Ffestiniog, São Paulo's
  // accent; the source's and plain forms stay as other names.
  CHECK(in("Blaenau Ffestiniog").county == "Gwynedd");
  CHECK(g.find_name("Blaenau-Ffestiniog") == g.find_name("Blaenau Ffestiniog"));
  CHECK(in("Berwick-upon-Tweed").county == "Northumberland");
  CHECK(in("São Paulo").country == "Brazil");
  REQUIRE(g.find_name("Sao Paulo"));
  CHECK(g.entry(g.name(*g.find_name("Sao Paulo")).entries.front()).name == "São Paulo");
  // The US capital is "Washington", in the District of Columbia.
  const auto dc = g.find_name("Washington, D.C.");
  REQUIRE(dc);
  CHECK(g.entry(g.name(*dc).entries.front()).name == "Washington");
  CHECK(g.entry(g.name(*dc).entries.front()).region == "District of Columbia");
}

TEST_CASE("gazetteer: a name written with a comma allows one in text") {
  const auto& g = gazetteer();
  const auto dc = g.find_name("Washington, D.C.");
  REQUIRE(dc);
  REQUIRE(g.name(*dc).words.size() == 3);
  CHECK(g.name(*dc).comma_after(0));
  CHECK_FALSE(g.name(*dc).comma_after(1));
  CHECK_FALSE(g.name(*dc).comma_after(2));
  CHECK(g.find_name("Washington D.C.") == dc);
  const auto newport = g.find_name("Newport");
  REQUIRE(newport);
  CHECK(g.name(*newport).words.size() == 1);
  CHECK_FALSE(g.name(*newport).comma_after(0));
}

TEST_CASE("gazetteer: names by first word, longest first") {
  const auto& g = gazetteer();
  const auto* west = g.names_starting_with("west");
  REQUIRE(west != nullptr);
  for (std::size_t i = 1; i < west->size(); ++i) {
    CHECK(g.name((*west)[i - 1]).words.size() >= g.name((*west)[i]).words.size());
  }
  CHECK(std::any_of(west->begin(), west->end(), [&](std::uint32_t n) { return g.name(n).text == "West Yorkshire"; }));
  CHECK(g.names_starting_with("zzzz") == nullptr);
  CHECK(g.max_words() >= 3);
}

TEST_CASE("gazetteer: every first word listed once, with the names names_starting_with gives") {
  const auto& g = gazetteer();
  const auto words = g.first_words();
  const auto lists = g.first_word_lists();
  REQUIRE(words.size() == lists.size());
  CHECK(std::find(words.begin(), words.end(), "west") != words.end());
  CHECK(std::find(words.begin(), words.end(), "st") != words.end());  // "St Albans", folded
  std::set<std::string_view> seen;
  std::size_t names = 0;
  for (std::size_t k = 0; k < words.size(); ++k) {
    CHECK(seen.insert(words[k]).second);
    CHECK(g.names_starting_with(words[k]) == &lists[k]);
    names += lists[k].size();
  }
  CHECK(names == g.name_count());  // each name under its own first word
}

TEST_CASE("gazetteer: a missing or malformed file is an error naming it") {
  CHECK_THROWS_WITH(crimestats::Gazetteer("/nonexistent/gazetteer.tsv"), Catch::Contains("/nonexistent/gazetteer.tsv"));
  const auto bad = std::filesystem::temp_directory_path() / "crimestats-bad-gazetteer.tsv";
  {
    std::ofstream out(bad);
    out << "# comment\nColchester\tcity\tEssex\n";
  }
  CHECK_THROWS_WITH(crimestats::Gazetteer(bad), Catch::Contains(":2:"));
  std::filesystem::remove(bad);
}

TEST_CASE("gazetteer: a word's names found by the hash of its fold as by the word itself") {
  using crimestats::Gazetteer;
  const auto& g = gazetteer();
  const auto folded_hash = [](std::string_view word) {
    std::uint64_t hash = Gazetteer::kHashBasis;
    for (const char c : Gazetteer::fold_word(word)) hash = Gazetteer::hash_step(hash, c);
    return hash;
  };
  REQUIRE(g.names_starting_with_word("West", folded_hash("West")) != nullptr);
  REQUIRE(g.names_starting_with_word("KING\u2019S", folded_hash("KING\u2019S")) != nullptr);
  for (const std::string_view word : {"West", "KING'S", "King\u2019s", "Saint", "SAINT", "&", "Atlantis", "Said"}) {
    INFO(word);
    CHECK(g.names_starting_with_word(word, folded_hash(word)) == g.names_starting_with_word(word));
  }
  CHECK(g.names_starting_with_word("Atlantis", folded_hash("Atlantis")) == nullptr);
}
