#include <catch2/catch.hpp>

#include "fixtures.hpp"

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "crimestats/boilerplate.hpp"
#include "crimestats/loader.hpp"

using namespace crimestats;

namespace {

const BoilerplateFilter& filter() {
  static const BoilerplateFilter f(CRIMESTATS_SOURCE_DIR "/data");
  return f;
}

std::string blanked(std::string text) {
  filter().blank_out(text);
  return text;
}

}  // namespace

TEST_CASE("furniture lines are blanked, article lines kept") {
  struct Case {
    const char* text;
    const char* kept;  // the visible lines left
  };
  const std::vector<Case> cases{
      // Lexicon lines, whatever their case, bullets, counts or trailing dots.
      {"Become a Supporter\nPolice seized 3kg of heroin.", "Police seized 3kg of heroin."},
      {"Police seized 3kg of heroin.\n\nCONTACT US\n\nPlease wait...", "Police seized 3kg of heroin."},
      {"Police seized 3kg of heroin.\n\xE2\x80\xA2 Share this article\nComments (14)", "Police seized 3kg of heroin."},
      {"Advertisement\nTwo men were arrested in Hull.\nAdvertisement", "Two men were arrested in Hull."},
      // A list heading takes the link headlines under it, digits and all.
      {"He was jailed for 4 years.\n\nMost Read\nMan, 19, stabbed in Luton\nPolice hunt 3 burglars\n",
       "He was jailed for 4 years."},
      {"You may also want to watch:\nDashcam shows 90mph police chase\n\nThe gang stole \xC2\xA3" "2m.",
       "The gang stole \xC2\xA3" "2m."},
      {"He was released on bail.\n\nRead more\nTeenager hurt in shooting in Derry\n"
       "Three arrested after \xC2\xA3" "500,000 cannabis seizure at Belfast port\n",
       "He was released on bail."},
      {"See also:\nFour held in Leeds raids\nA man was fined \xC2\xA3" "300 at the hearing.",
       "A man was fined \xC2\xA3" "300 at the hearing."},
      // A numbered list ends at its first unnumbered line.
      {"Most Read\n1. Man, 43, dies after crash\n2. Bus drivers to strike for 5 days\n\n"
       "Gang that ran drug line from Devonport flat jailed\n\nNine members of a gang have been jailed\n\n"
       "The court heard they sold heroin.",
       "Gang that ran drug line from Devonport flat jailed\nNine members of a gang have been jailed\n"
       "The court heard they sold heroin."},
      // The list ends at the first line that reads as a sentence.
      {"Related articles\nFive held after Bristol raid\nPolice said 40 officers took part in the raid.",
       "Police said 40 officers took part in the raid."},
      // Link headlines and picture credits.
      {"MORE: Teenager charged after \xC2\xA3" "500 phone theft\nA man was fined \xC2\xA3" "300.",
       "A man was fined \xC2\xA3" "300."},
      {"Read more: Four arrested in county lines swoop\nA man was fined.", "A man was fined."},
      {"Picture: Officers outside the flat in Hove. Credit: Sussex Police\nA man, 30, was charged.",
       "A man, 30, was charged."},
      {"A man, 30, was charged.\nThe scene on Tuesday morning (Image: Kent Police). Credit: Kent Police",
       "A man, 30, was charged."},
      {"Officers at the scene in Leeds on Friday.Picture: JANE SMITH\nA man, 30, was charged.",
       "A man, 30, was charged."},
      // Prompt text: unpunctuated, or next to other furniture.
      {"A man was jailed.\nUp to 3 JPG or PNG images, 2MB max size\nBy submitting, you agree to our Terms of Use.",
       "A man was jailed."},
      {"We use cookies to improve your experience. You can change your settings at any time.\nAccept all\n"
       "Officers seized 20 phones.",
       "Officers seized 20 phones."},
      {"A man was jailed.\nSign up to our daily crime newsletter", "A man was jailed."},
      // Case-insensitive as Unicode has it: LONG S is an 's', KELVIN SIGN a 'k'.
      {"A man was jailed.\nSub\xC5\xBF" "cribe to our crime bulletin", "A man was jailed."},
      {"A man was jailed.\nCOO\xE2\x84\xAA" "IE SETTINGS SAVED", "A man was jailed."},
      // A menu: labels among lexicon lines.
      {"Home\nNews\nCrime\nCourts\nSport\n\nDrug dealer jailed for selling cocaine in Ipswich\n\nA man was jailed.",
       "Drug dealer jailed for selling cocaine in Ipswich\nA man was jailed."},
      {"A man was jailed.\nReply\n2 hours ago\nReport", "A man was jailed."},
      // Navigation bars and breadcrumbs on one line.
      {"News | Sport | Weather | Business\nThree men were charged in Oldham.", "Three men were charged in Oldham."},
      {"Home \xE2\x80\xBA News \xE2\x80\xBA Crime\nThree men were charged in Oldham.",
       "Three men were charged in Oldham."},
      {"Home > News > Crime > Leeds\nThree men were charged in Oldham.", "Three men were charged in Oldham."},
      {"Hindustan Times / Cities / Delhi News\n\nThree men were charged in Noida.", "Three men were charged in Noida."},
      // Link headlines after a bar instead of a colon.
      {"READ | Taxi rank shooting leaves four dead in Durban\nPolice said 3 men were held.",
       "Police said 3 men were held."},
      {"Officers seized R2m.\nWATCH | Footage of the cash-in-transit heist near Pretoria\nTwo guards were hurt.",
       "Officers seized R2m.\nTwo guards were hurt."},
      {"ALSO READ|Gang boss held over R5m fraud\nTwo guards were hurt.", "Two guards were hurt."},
      // A list heading that names its outlet.
      {"He was bailed.\n\nRead more from The Northern Echo:\nMan, 22, held over Darlington stabbing\n"
       "Four charged after \xC2\xA3" "80,000 Stockton raid\n\nThe trial continues next week.",
       "He was bailed.\nThe trial continues next week."},
      {"He was bailed.\nMore from the Irish Examiner\nGardai seize \xE2\x82\xAC" "1m of cannabis in Cork",
       "He was bailed."},
      // The outlet's masthead opening the page.
      {"Belfast Telegraph\nMan held after Larne drugs raid\nA man, 41, was arrested.",
       "Man held after Larne drugs raid\nA man, 41, was arrested."},
      {"The Sydney Morning Herald\n\nFive charged over Parramatta shooting\nFive men were charged.",
       "Five charged over Parramatta shooting\nFive men were charged."},
      {"Times of Malta\nThree arrested in Valletta\nThree men were held.", "Three arrested in Valletta\nThree men were held."},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(fixtures::visible(blanked(c.text)) == c.kept);
  }
}

TEST_CASE("article text that mentions furniture words is kept") {
  const std::vector<const char*> articles{
      "He uploaded the video to a website, the court heard.",
      "Police said the app's privacy policy had been breached 40 times.",
      "More than 300 people have signed up to the scheme.",
      "Most read the warning and stayed away, police said.",
      "\"Contact us if you saw anything,\" said Det Insp Jane Ward.",
      "MORE: The victim, 34, was taken to hospital. His attacker was jailed for six years.",
      "Picture this: a gang of 12 men armed with machetes.",
      "The officer said: \"Picture: a gang of 12 men armed with machetes on a housing estate at night.\"",
      "His image: rebuilt after the trial, his lawyer told the court in a statement read outside.",
      // A subheading between paragraphs is not a menu.
      "The raid took place at dawn.\n\nSentencing\n\nThe judge jailed him for 8 years.",
      "Officers found:\n3 knives\nA machete\n\xC2\xA3" "2,000 in cash",
      // A dateline, a headline with its site name, two labels: no menu.
      "By Jane Doe | 12 March 2024\nThree men were charged.",
      "Man jailed after crash | Leeds Live\nThree men were charged.",
      "Crime | Leeds\nThree men were charged.",
      "The gang earned 500 pounds a day | police say | court told",
      // A bar or "from" after a link word, a title word in a headline, a masthead lower down.
      "Reading | Berkshire\nThree men were charged.",
      "More from local residents is needed\nThree men were charged.",
      "Man Shot Outside Post Office\nA man was shot in Leeds.",
      "Leeds Man Jailed For Fake News Scam\nA man was jailed.",
      "Three men were charged.\nBelfast Telegraph",
      "Drugs worth 2m seized in Preston and/or Blackburn\nThree men were charged.",
  };
  for (const auto* article : articles) {
    INFO(article);
    CHECK(filter().find(article).empty());
    CHECK(blanked(article) == article);
  }
}

TEST_CASE("a link headline glued to article text loses only the headline") {
  const std::string text =
      "MORE: Man arrested after stolen car crash in HydeDetectives said the gang had run for 18 months.\nEnd.";
  const auto found = filter().find(text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].reason == FurnitureReason::link_prefix);
  CHECK(text.substr(found[0].span.begin, found[0].span.end - found[0].span.begin) ==
        "MORE: Man arrested after stolen car crash in Hyde");
  CHECK(fixtures::visible(blanked(text)) == "Detectives said the gang had run for 18 months.\nEnd.");

  // Glued after a digit.
  CHECK(fixtures::visible(blanked("READ MORE: Burglaries up in 2023The force recorded 912 burglaries last year.")) ==
        "The force recorded 912 burglaries last year.");
  // Names with inner capitals are not a glue point; when unsure, keep.
  CHECK(fixtures::visible(blanked("MORE: McDonald's worker and his iPhone thief in YouTube video that was seen by 3,000 "
                        "people and shared widely online before the police were told about it all.")) ==
        "MORE: McDonald's worker and his iPhone thief in YouTube video that was seen by 3,000 people and shared "
        "widely online before the police were told about it all.");
}

TEST_CASE("blanking keeps byte offsets and newlines") {
  const std::string text = "Most Read\nA man was fined \xC2\xA3" "300.\nContact Us";
  const std::string out = blanked(text);
  CHECK(out.size() == text.size());
  CHECK(out == "         \nA man was fined \xC2\xA3" "300.\n          ");
  // The article sentence is at the same offset in both.
  CHECK(out.find("A man") == text.find("A man"));
}

TEST_CASE("the furniture reason is reported") {
  const std::string text =
      "Home\nNews\nCrime\nA man was jailed.\n3 hours ago\nPicture: PA. Credit: PA\nMost Read\nThree held in Derby";
  std::vector<FurnitureReason> reasons;
  for (const auto& f : filter().find(text)) reasons.push_back(f.reason);
  CHECK(reasons == std::vector<FurnitureReason>{FurnitureReason::known_line, FurnitureReason::known_line,
                                                FurnitureReason::near_furniture, FurnitureReason::timestamp,
                                                FurnitureReason::caption, FurnitureReason::known_line,
                                                FurnitureReason::list_item});
}

TEST_CASE("a scraped page gives the same text as its clean version") {
  LoadOptions options;
  options.boilerplate = &filter();
  const std::string raw = fixtures::read("news_scrape.txt");
  const Document doc = load_article(raw, "scrape", "news_scrape.txt", InputFormat::automatic, options);
  CHECK(fixtures::visible(doc.text) == fixtures::visible(fixtures::read("news_page.clean.txt")));
  CHECK(doc.text.size() == raw.size());
  CHECK(doc.warnings == std::vector<std::string>{"removed 34 boilerplate lines"});
  // The title is guessed again once the menu above it is blank.
  CHECK(doc.title == "Three men jailed after \xC2\xA3" "1.2m cannabis factory found in former nightclub");
}

TEST_CASE("remove_boilerplate adds one warning, or none") {
  Document doc;
  doc.text = "Most Read\nA man was fined.\nShare";
  CHECK(remove_boilerplate(doc, filter()) == 2);
  CHECK(doc.warnings == std::vector<std::string>{"removed 2 boilerplate lines"});
  Document one;
  one.text = "Advertisement\nA man was fined.";
  remove_boilerplate(one, filter());
  CHECK(one.warnings == std::vector<std::string>{"removed 1 boilerplate line"});
  Document clean;
  clean.text = "A man was fined.";
  CHECK(remove_boilerplate(clean, filter()) == 0);
  CHECK(clean.warnings.empty());
}

TEST_CASE("HTML class and id tokens") {
  CHECK(filter().is_furniture_class("cookie-banner"));
  CHECK(filter().is_furniture_class("widget share_tools"));
  CHECK(filter().is_furniture_class("Most-Read"));
  CHECK(filter().is_furniture_class("sr-only"));
  CHECK_FALSE(filter().is_furniture_class("article-body"));
  CHECK_FALSE(filter().is_furniture_class("shareholder navy"));
  CHECK_FALSE(filter().is_furniture_class(""));
}

TEST_CASE("a missing lexicon is an error") {
  CHECK_THROWS(BoilerplateFilter("/nonexistent/data"));
}
