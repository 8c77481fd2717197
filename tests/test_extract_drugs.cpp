#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "crimestats/extractor.hpp"

using crimestats::Qualifier;

namespace {

struct ExpectedDrug {
  std::string drug;
  std::string drug_class;
  std::string text;  // the mention as written
};

struct ExpectedQuantity {
  std::string drug;
  double quantity;
  std::string unit;
  Qualifier qualifier;
  std::string text;
};

struct Case {
  std::string sentence;
  std::vector<ExpectedDrug> drugs;  // every mention, in text order
  std::vector<ExpectedQuantity> quantities;
};

const crimestats::Date kReference{2023, 6, 15};

// Sentences written for these tests in the style of local crime news.
const std::vector<Case> kCases = {
    // Names, synonyms and street names.
    {"Officers found heroin and cocaine in the flat.",
     {{"heroin", "A", "heroin"}, {"cocaine", "A", "cocaine"}},
     {}},
    {"He admitted supplying crack cocaine in Luton.", {{"crack cocaine", "A", "crack cocaine"}}, {}},
    {"The pair sold crack and heroin from a caravan.",
     {{"crack cocaine", "A", "crack"}, {"heroin", "A", "heroin"}},
     {}},
    {"She was caught with skunk, marijuana and cannabis resin.",
     {{"cannabis", "B", "skunk"}, {"cannabis", "B", "marijuana"}, {"cannabis", "B", "cannabis resin"}},
     {}},
    {"Herbal cannabis was found in the boot.", {{"cannabis", "B", "Herbal cannabis"}}, {}},
    {"Paramedics said the inmate had taken Spice.", {{"spice", "B", "Spice"}}, {}},
    {"Tests found MDMA, ketamine and LSD in the samples.",
     {{"mdma", "A", "MDMA"}, {"ketamine", "B", "ketamine"}, {"lsd", "A", "LSD"}},
     {}},
    {"Dealers are cutting heroin with fentanyl and nitazenes.",
     {{"heroin", "A", "heroin"}, {"fentanyl", "A", "fentanyl"}},
     {}},
    // Australian and WHO spellings of methamphetamine.
    {"Detectives in Perth found methylamphetamine, methylamfetamine and crystal methylamphetamine.",
     {{"methamphetamine", "A", "methylamphetamine"},
      {"methamphetamine", "A", "methylamfetamine"},
      {"methamphetamine", "A", "crystal methylamphetamine"}},
     {}},
    {"Police in Cairns seized 1.2kg of methylamphetamine.",
     {{"methamphetamine", "A", "methylamphetamine"}},
     {{"methamphetamine", 1.2, "kg", Qualifier::none, "1.2kg of methylamphetamine"}}},
    // Slang opening a quote is the drug when the story names it plainly.
    {"Officers seized methamphetamine in Darwin. \"Ice is wrecking families,\" the inspector said.",
     {{"methamphetamine", "A", "methamphetamine"}, {"methamphetamine", "A", "Ice"}},
     {}},
    {"\"Ice is wrecking families,\" the inspector said.", {}, {}},
    {"Officers seized methamphetamine in Darwin. Ice is forming on the roads tonight.",
     {{"methamphetamine", "A", "methamphetamine"}},
     {}},
    {"Officers seized heroin after Jason Brown died in Leeds. \"Brown was a good lad,\" his mother said.",
     {{"heroin", "A", "heroin"}},
     {}},
    {"Crystal meth and amphetamine were seized.",
     {{"methamphetamine", "A", "Crystal meth"}, {"amphetamine", "B", "amphetamine"}},
     {}},
    {"He had diazepam and other benzodiazepines in his bag.", {{"diazepam", "C", "diazepam"}}, {}},
    // Families name no drug, as "class A drugs" do; their members keep their names.
    {"Coroners linked street benzos, chiefly etizolam, to 40 deaths.", {{"etizolam", "C", "etizolam"}}, {}},
    {"Synthetic opioids such as fentanyl and isotonitazene are spreading.",
     {{"fentanyl", "A", "fentanyl"}, {"isotonitazene", "A", "isotonitazene"}},
     {}},
    {"Opiates and opioids were found in most of the samples, and barbiturates in two.", {}, {}},
    {"A new nitazene was found in fake diazepam tablets.", {{"diazepam", "C", "diazepam"}}, {}},
    {"Border staff found 2,500 benzodiazepine tablets and 3kg of opioids.",
     {},
     {{"drugs", 2500, "pills", Qualifier::none, "2,500 benzodiazepine tablets"},
      {"drugs", 3, "kg", Qualifier::none, "3kg of opioids"}}},
    {"Canisters of nitrous oxide littered the car park.", {{"nitrous oxide", "C", "nitrous oxide"}}, {}},
    {"The court heard he sold ecstasy and GHB at festivals.",
     {{"ecstasy", "A", "ecstasy"}, {"ghb", "B", "GHB"}},
     {}},
    {"The smack dealer was jailed for four years.", {{"heroin", "A", "smack"}}, {}},
    {"He was found in possession of speed and cannabis.",
     {{"amphetamine", "B", "speed"}, {"cannabis", "B", "cannabis"}},
     {}},
    {"Police found bags of coke and weed under the bed.",
     {{"cocaine", "A", "coke"}, {"cannabis", "B", "weed"}},
     {}},
    {"Officers recovered 30 wraps of brown from his pocket.",
     {{"heroin", "A", "brown"}},
     {{"heroin", 30, "wraps", Qualifier::none, "30 wraps of brown"}}},
    {"Neighbours complained about the crack house for years.", {{"crack cocaine", "A", "crack house"}}, {}},
    {"He went on a coke-fuelled rampage.", {{"cocaine", "A", "coke"}}, {}},
    {"Her cannabis-related conviction was spent.", {{"cannabis", "B", "cannabis"}}, {}},
    // Ambiguous words outside a drug context name nothing.
    {"Police will crack down on drug dealers this summer.", {}, {}},
    {"A crack team of detectives was sent in.", {}, {}},
    {"He bought a Diet Coke and a sandwich.", {}, {}},
    {"The driver failed to stop at speed on the A12.", {}, {}},
    {"Speed cameras were installed after drug-driving crashes.", {}, {}},
    {"Gordon Brown visited the drug rehabilitation centre.", {}, {}},
    {"The brown envelope contained cash.", {}, {}},
    {"Volunteers pulled weed from the canal towpath.", {}, {}},
    {"Class A drugs were found at the address.", {}, {}},
    {"Police seized drugs worth £79,000.", {}, {}},
    // Quantities.
    {"Officers seized 220 grams of crack cocaine.",
     {{"crack cocaine", "A", "crack cocaine"}},
     {{"crack cocaine", 220, "g", Qualifier::none, "220 grams of crack cocaine"}}},
    {"The search uncovered 179.64g of heroin.",
     {{"heroin", "A", "heroin"}},
     {{"heroin", 179.64, "g", Qualifier::none, "179.64g of heroin"}}},
    {"Border officers found 94 kilos of drugs in the lorry.",
     {},
     {{"drugs", 94, "kg", Qualifier::none, "94 kilos of drugs"}}},
    {"A loft held 500 cannabis plants.",
     {{"cannabis", "B", "cannabis"}},
     {{"cannabis", 500, "plants", Qualifier::none, "500 cannabis plants"}}},
    {"US agents intercepted 976 pounds of marijuana at the border.",
     {{"cannabis", "B", "marijuana"}},
     {{"cannabis", 976, "lb", Qualifier::none, "976 pounds of marijuana"}}},
    {"In one raid police seized 400 wraps of suspected Class A drugs.",
     {},
     {{"drugs", 400, "wraps", Qualifier::none, "400 wraps of suspected Class A drugs"}}},
    {"They found more than 100 wraps of heroin.",
     {{"heroin", "A", "heroin"}},
     {{"heroin", 100, "wraps", Qualifier::more_than, "more than 100 wraps of heroin"}}},
    {"Detectives recovered 1kg of cocaine and 2.5 kilos of cannabis resin.",
     {{"cocaine", "A", "cocaine"}, {"cannabis", "B", "cannabis resin"}},
     {{"cocaine", 1, "kg", Qualifier::none, "1kg of cocaine"},
      {"cannabis", 2.5, "kg", Qualifier::none, "2.5 kilos of cannabis resin"}}},
    {"They seized 220 grams of crack cocaine, 700 wraps of crack cocaine, 129 grams of heroin and 700 wraps of "
     "heroin.",
     {{"crack cocaine", "A", "crack cocaine"},
      {"crack cocaine", "A", "crack cocaine"},
      {"heroin", "A", "heroin"},
      {"heroin", "A", "heroin"}},
     {{"crack cocaine", 220, "g", Qualifier::none, "220 grams of crack cocaine"},
      {"crack cocaine", 700, "wraps", Qualifier::none, "700 wraps of crack cocaine"},
      {"heroin", 129, "g", Qualifier::none, "129 grams of heroin"},
      {"heroin", 700, "wraps", Qualifier::none, "700 wraps of heroin"}}},
    {"Items recovered:\n- 3.2kg of amphetamine\n- 60 ecstasy tablets\n- 12oz of skunk\n",
     {{"amphetamine", "B", "amphetamine"}, {"ecstasy", "A", "ecstasy"}, {"cannabis", "B", "skunk"}},
     {{"amphetamine", 3.2, "kg", Qualifier::none, "3.2kg of amphetamine"},
      {"ecstasy", 60, "pills", Qualifier::none, "60 ecstasy tablets"},
      {"cannabis", 12, "oz", Qualifier::none, "12oz of skunk"}}},
    {"Cocaine: 2kg", {{"cocaine", "A", "Cocaine"}}, {{"cocaine", 2, "kg", Qualifier::none, "2kg"}}},
    {"Two kilograms of heroin were hidden in the spare tyre.",
     {{"heroin", "A", "heroin"}},
     {{"heroin", 2, "kg", Qualifier::none, "Two kilograms of heroin"}}},
    {"He was stopped with half a kilo of cocaine.",
     {{"cocaine", "A", "cocaine"}},
     {{"cocaine", 0.5, "kg", Qualifier::none, "half a kilo of cocaine"}}},
    {"Customs found nearly 2 tonnes of cocaine in bananas.",
     {{"cocaine", "A", "cocaine"}},
     {{"cocaine", 2000, "kg", Qualifier::approximately, "nearly 2 tonnes of cocaine"}}},
    {"A further 35 wraps were found in his sock.", {}, {{"drugs", 35, "wraps", Qualifier::none, "35 wraps"}}},
    {"Police found 2,000 counterfeit pills in the flat.", {},
     {{"drugs", 2000, "pills", Qualifier::none, "2,000 counterfeit pills"}}},
    {"He was stopped with 40 capsules in his pocket.", {}, {{"drugs", 40, "pills", Qualifier::none, "40 capsules"}}},
    // South African street names: tik needs a drug word or unit near it.
    {"Officers seized 12,000 mandrax tablets and 4kg of tik in Durban.",
     {{"mandrax", "B", "mandrax"}, {"methamphetamine", "A", "tik"}},
     {{"mandrax", 12000, "pills", Qualifier::none, "12,000 mandrax tablets"},
      {"methamphetamine", 4, "kg", Qualifier::none, "4kg of tik"}}},
    {"The old clock went tik and tok all night.", {}, {}},
    // A weight after a word such as "drugs" is a quantity of drugs.
    {"The drugs, weighing 105kg, were hidden in a lorry.", {},
     {{"drugs", 105, "kg", Qualifier::none, "105kg"}}},
    {"The narcotics, which weighed about 2kg, were seized.", {},
     {{"drugs", 2, "kg", Qualifier::approximately, "about 2kg"}}},
    {"Around 50 bags of skunk were stashed in the shed.",
     {{"cannabis", "B", "skunk"}},
     {{"cannabis", 50, "bags", Qualifier::approximately, "Around 50 bags of skunk"}}},
    {"Up to 20 cannabis plants may be grown there.",
     {{"cannabis", "B", "cannabis"}},
     {{"cannabis", 20, "plants", Qualifier::at_most, "Up to 20 cannabis plants"}}},
    {"Police found a factory with 300 plants of skunk cannabis.",
     {{"cannabis", "B", "skunk cannabis"}},
     {{"cannabis", 300, "plants", Qualifier::none, "300 plants of skunk cannabis"}}},
    {"He sold 2,000 ecstasy pills and 10kg of high-purity MDMA.",
     {{"ecstasy", "A", "ecstasy"}, {"mdma", "A", "MDMA"}},
     {{"ecstasy", 2000, "pills", Qualifier::none, "2,000 ecstasy pills"},
      {"mdma", 10, "kg", Qualifier::none, "10kg of high-purity MDMA"}}},
    {"Deputies found 4,000 fentanyl-laced pills and two pounds of meth.",
     {{"fentanyl", "A", "fentanyl"}, {"methamphetamine", "A", "meth"}},
     {{"fentanyl", 4000, "pills", Qualifier::none, "4,000 fentanyl-laced pills"},
      {"methamphetamine", 2, "lb", Qualifier::none, "two pounds of meth"}}},
    // The drug after what the pills hold, and "or more" in a charge.
    {"Agents seized roughly 150,000 counterfeit M30 pills containing fentanyl.",
     {{"fentanyl", "A", "fentanyl"}},
     {{"fentanyl", 150000, "pills", Qualifier::approximately, "roughly 150,000 counterfeit M30 pills containing fentanyl"}}},
    {"Deputies found 3,000 pills laced with fentanyl.",
     {{"fentanyl", "A", "fentanyl"}},
     {{"fentanyl", 3000, "pills", Qualifier::none, "3,000 pills laced with fentanyl"}}},
    {"He admitted conspiracy to distribute 500 grams or more of methamphetamine and 400 grams or more of fentanyl.",
     {{"methamphetamine", "A", "methamphetamine"}, {"fentanyl", "A", "fentanyl"}},
     {{"methamphetamine", 500, "g", Qualifier::none, "500 grams or more of methamphetamine"},
      {"fentanyl", 400, "g", Qualifier::none, "400 grams or more of fentanyl"}}},
    {"Police in Perth found 1.2kg of ice in the glovebox.",
     {{"methamphetamine", "A", "ice"}},
     {{"methamphetamine", 1.2, "kg", Qualifier::none, "1.2kg of ice"}}},
    {"Officers seized cannabis (2.5kg), cocaine (500g) and cash.",
     {{"cannabis", "B", "cannabis"}, {"cocaine", "A", "cocaine"}},
     {{"cannabis", 2.5, "kg", Qualifier::none, "2.5kg"}, {"cocaine", 500, "g", Qualifier::none, "500g"}}},
    {"Drugs recovered: heroin 4kg, crack 2kg",
     {{"heroin", "A", "heroin"}, {"crack cocaine", "A", "crack"}},
     {{"heroin", 4, "kg", Qualifier::none, "4kg"}, {"crack cocaine", 2, "kg", Qualifier::none, "2kg"}}},
    {"Prison staff found 15 tabs of LSD and a bag of K2.",
     {{"lsd", "A", "LSD"}, {"spice", "B", "K2"}},
     {{"lsd", 15, "pills", Qualifier::none, "15 tabs of LSD"}, {"spice", 1, "bags", Qualifier::none, "a bag of K2"}}},
    {"Children skated on the ice rink beside the drug clinic.", {}, {}},
    {"The council vowed to weed out drug dealers.", {}, {}},
    {"Ministers want to speed up drug testing at festivals.", {}, {}},
    {"The Spice Girls tribute act played in Colchester.", {}, {}},
    {"In 2019 cannabis plants were found in the loft.", {{"cannabis", "B", "cannabis"}}, {}},
    // Descriptive words and containers between the unit and the drug.
    {"Detectives recovered 750g of dried cannabis from a wardrobe.",
     {{"cannabis", "B", "cannabis"}},
     {{"cannabis", 750, "g", Qualifier::none, "750g of dried cannabis"}}},
    {"Border Force found 6kg of uncut heroin in a tyre.",
     {{"heroin", "A", "heroin"}},
     {{"heroin", 6, "kg", Qualifier::none, "6kg of uncut heroin"}}},
    {"Officers took away 8kg of what police believe is amphetamine.",
     {{"amphetamine", "B", "amphetamine"}},
     {{"amphetamine", 8, "kg", Qualifier::none, "8kg of what police believe is amphetamine"}}},
    {"A 9oz bar of cocaine was in the glovebox.",
     {{"cocaine", "A", "cocaine"}},
     {{"cocaine", 9, "oz", Qualifier::none, "9oz bar of cocaine"}}},
    {"Police found a 1lb slab of resin behind the boiler.",
     {{"cannabis", "B", "resin"}},
     {{"cannabis", 1, "lb", Qualifier::none, "1lb slab of resin"}}},
    {"He carried 15 snap bags of cocaine.",
     {{"cocaine", "A", "cocaine"}},
     {{"cocaine", 15, "bags", Qualifier::none, "15 snap bags of cocaine"}}},
    {"A kilogram of ketamine was posted from abroad.",
     {{"ketamine", "B", "ketamine"}},
     {{"ketamine", 1, "kg", Qualifier::none, "A kilogram of ketamine"}}},
    {"Officers found 50 grams of MDMA crystals.",
     {{"mdma", "A", "MDMA"}},
     {{"mdma", 50, "g", Qualifier::none, "50 grams of MDMA"}}},
    {"A cell search turned up 90 tablets of diazepam.",
     {{"diazepam", "C", "diazepam"}},
     {{"diazepam", 90, "pills", Qualifier::none, "90 tablets of diazepam"}}},
    // A count of packages of one weight multiplies it.
    {"They also found three 1kg bricks of cocaine.",
     {{"cocaine", "A", "cocaine"}},
     {{"cocaine", 3, "kg", Qualifier::none, "three 1kg bricks of cocaine"}}},
    // Fractions of a unit.
    {"He admitted selling a quarter of a kilo of heroin.",
     {{"heroin", "A", "heroin"}},
     {{"heroin", 0.25, "kg", Qualifier::none, "a quarter of a kilo of heroin"}}},
    {"She was found with an eighth of an ounce of skunk.",
     {{"cannabis", "B", "skunk"}},
     {{"cannabis", 0.125, "oz", Qualifier::none, "an eighth of an ounce of skunk"}}},
    {"Three quarters of a kilo of amphetamine was seized.",
     {{"amphetamine", "B", "amphetamine"}},
     {{"amphetamine", 0.75, "kg", Qualifier::none, "Three quarters of a kilo of amphetamine"}}},
    {"Customs stopped a courier with a half-kilo block of cocaine.",
     {{"cocaine", "A", "cocaine"}},
     {{"cocaine", 0.5, "kg", Qualifier::none, "a half-kilo block of cocaine"}}},
    // Plants with no drug named next to them are cannabis near drug talk.
    {"Officers raiding a cannabis factory counted 450 plants.",
     {{"cannabis", "B", "cannabis"}},
     {{"cannabis", 450, "plants", Qualifier::none, "450 plants"}}},
    {"Detectives said the drugs farm was well hidden. Inside they found 96 plants under lamps.",
     {},
     {{"cannabis", 96, "plants", Qualifier::none, "96 plants"}}},
    // A package count that leaves out the drug named earlier in the sentence.
    {"Police found the crack cocaine, worth about £2,000, divided into 60 bags.",
     {{"crack cocaine", "A", "crack cocaine"}},
     {{"crack cocaine", 60, "bags", Qualifier::none, "60 bags"}}},
    {"The dealer kept ecstasy in a safe, including 250 tablets.",
     {{"ecstasy", "A", "ecstasy"}},
     {{"ecstasy", 250, "pills", Qualifier::none, "250 tablets"}}},
    {"He paid 300 pounds for an ounce of cannabis on 4 May 2021.",
     {{"cannabis", "B", "cannabis"}},
     {{"cannabis", 1, "oz", Qualifier::none, "an ounce of cannabis"}}},
    // Plants, packages and fractions that are no drug quantity.
    {"The garden centre sold 800 plants over the bank holiday.", {}, {}},
    {"Drug use fell last year. Parks got new benches. The council planted 900 plants there.", {}, {}},
    {"She kept heroin in a bag under the sink.", {{"heroin", "A", "heroin"}}, {}},
    {"He was caught with cocaine and 30 bags of shopping.", {{"cocaine", "A", "cocaine"}}, {}},
    {"Heroin was hidden inside a 25kg sack of flour.", {{"heroin", "A", "Heroin"}}, {}},
    {"Officers seized cocaine and a 2kg weight from the gym.", {{"cocaine", "A", "cocaine"}}, {}},
    {"The man sold heroin and cannabis and kept 20 bags in his car boot.",
     {{"heroin", "A", "heroin"}, {"cannabis", "B", "cannabis"}},
     {}},
    {"Cannabis growers hid their lamps near the 5G mast.", {{"cannabis", "B", "Cannabis"}}, {}},
    {"He sold a fraction of a gram of cocaine.", {{"cocaine", "A", "cocaine"}}, {}},
    {"Most of a kilo of cannabis had gone.", {{"cannabis", "B", "cannabis"}}, {}},
    {"Officers found several kilos of cocaine.", {{"cocaine", "A", "cocaine"}}, {}},
    {"Dealers charged £50 a gram of cocaine.", {{"cocaine", "A", "cocaine"}}, {}},
    {"The worktop was finished in clear resin.", {}, {}},
    // Money, weights of other things and bare numbers are not drug quantities.
    {"Officers seized £2,000 of cannabis.", {{"cannabis", "B", "cannabis"}}, {}},
    {"He left 500 pounds worth of cannabis in the car.", {{"cannabis", "B", "cannabis"}}, {}},
    {"The dog weighed 30kg and the car 2 tonnes.", {}, {}},
    {"Shoppers carried 40 bags of groceries.", {}, {}},
    {"Thieves took 30 tablets and 12 laptops from the school.", {}, {}},
    {"Seven people were arrested and 12 phones seized.", {}, {}},
    {"They found hundreds of wraps of heroin.", {{"heroin", "A", "heroin"}}, {}},
    // Quantities that refer back to a drug named before them.
    {"Customs in Mombasa seized 900kg of narcotics, including 30kg of heroin and 5,000 pills of diazepam, "
     "compared with 700kg a year earlier.",
     {{"heroin", "A", "heroin"}, {"diazepam", "C", "diazepam"}},
     {{"drugs", 900, "kg", Qualifier::none, "900kg of narcotics"},
      {"heroin", 30, "kg", Qualifier::none, "30kg of heroin"},
      {"diazepam", 5000, "pills", Qualifier::none, "5,000 pills of diazepam"},
      {"drugs", 700, "kg", Qualifier::none, "700kg"}}},
    {"Officers found 30 wraps of heroin and 40 pills of diazepam, compared with 700kg in 2023.",
     {{"heroin", "A", "heroin"}, {"diazepam", "C", "diazepam"}},
     {{"heroin", 30, "wraps", Qualifier::none, "30 wraps of heroin"},
      {"diazepam", 40, "pills", Qualifier::none, "40 pills of diazepam"}}},
    // "over" after legal action (past its object and a prison sentence) is "because of".
    {"A court in Valletta jailed three sailors for nine years each over 45kg of heroin.",
     {{"heroin", "A", "heroin"}},
     {{"heroin", 45, "kg", Qualifier::none, "45kg of heroin"}}},
    {"Two couriers were charged over 12kg of cocaine.",
     {{"cocaine", "A", "cocaine"}},
     {{"cocaine", 12, "kg", Qualifier::none, "12kg of cocaine"}}},
    {"He handed over 200g of cannabis.", {{"cannabis", "B", "cannabis"}}, {{"cannabis", 200, "g", Qualifier::none, "200g of cannabis"}}},
    {"Police searched the farm and found over 40kg of cannabis.",
     {{"cannabis", "B", "cannabis"}},
     {{"cannabis", 40, "kg", Qualifier::more_than, "over 40kg of cannabis"}}},
    {"The gang had supplied cocaine for ten years, selling over 3kg of heroin too.",
     {{"cocaine", "A", "cocaine"}, {"heroin", "A", "heroin"}},
     {{"heroin", 3, "kg", Qualifier::more_than, "over 3kg of heroin"}}},
    // A bare weight in a passage about one drug is that drug; about several, `drugs`.
    {"Port officers in Antwerp took 2.6 tonnes of heroin in 2022, well above the 900kg found the year before.",
     {{"heroin", "A", "heroin"}},
     {{"heroin", 2600, "kg", Qualifier::none, "2.6 tonnes of heroin"},
      {"heroin", 900, "kg", Qualifier::none, "900kg"}}},
    {"Coastguards seized 3 tonnes of cocaine off Galicia. In a raid last March, 410kg was hidden in bananas.",
     {{"cocaine", "A", "cocaine"}},
     {{"cocaine", 3000, "kg", Qualifier::none, "3 tonnes of cocaine"},
      {"cocaine", 410, "kg", Qualifier::none, "410kg"}}},
    {"Border guards found heroin and opium on the lorry. Altogether 75kg were seized.",
     {{"heroin", "A", "heroin"}, {"opium", "A", "opium"}},
     {{"drugs", 75, "kg", Qualifier::none, "75kg"}}},
    // Weights of other things, and weights with no drug in the passage.
    {"He sold cocaine from the shop. Officers also found a 20kg sack of rice and 15kg of flour.",
     {{"cocaine", "A", "cocaine"}},
     {}},
    {"The dealer admitted selling cocaine. The 110kg man wept in the dock.", {{"cocaine", "A", "cocaine"}}, {}},
    {"The dealer admitted selling cocaine. He weighed 110kg when arrested.", {{"cocaine", "A", "cocaine"}}, {}},
    {"Heroin was found in the cab. The 44-tonne lorry was impounded.", {{"heroin", "A", "Heroin"}}, {}},
    {"Detectives seized amphetamine at the kennels. The guard dog, 38kg, was rehomed.",
     {{"amphetamine", "B", "amphetamine"}},
     {}},
    {"The ketamine was in the lorry. It also carried 700kg of onions and a further 250kg in sacks.",
     {{"ketamine", "B", "ketamine"}},
     {}},
    {"Last year 500kg was seized at the port.", {}, {}},
    {"He was jailed for dealing cannabis.\n\nA new bridge over the river can carry 40 tonnes.",
     {{"cannabis", "B", "cannabis"}},
     {}},
    {"Agents at the Laredo crossing seized 2,310 pounds of methamphetamine last year, compared with 1,870 pounds "
     "the year before, and $400,000 in cash.",
     {{"methamphetamine", "A", "methamphetamine"}},
     {{"methamphetamine", 2310, "lb", Qualifier::none, "2,310 pounds of methamphetamine"},
      {"methamphetamine", 1870, "lb", Qualifier::none, "1,870 pounds"}}},
    {"Heroin seizures rose to 640 pounds from 410 pounds, a $2 million haul.",
     {{"heroin", "A", "Heroin"}},
     {{"heroin", 640, "lb", Qualifier::none, "640 pounds"}, {"heroin", 410, "lb", Qualifier::none, "410 pounds"}}},
    {"Officers seized 300 pounds of cannabis, up from 120 pounds a year earlier.",
     {{"cannabis", "B", "cannabis"}},
     {{"cannabis", 300, "lb", Qualifier::none, "300 pounds of cannabis"},
      {"cannabis", 120, "lb", Qualifier::none, "120 pounds"}}},
    // With no dollars in the story and no weight in pounds before, pounds may be money.
    {"Cannabis sales fell to 500 pounds from 800 pounds a week.", {{"cannabis", "B", "Cannabis"}}, {}},
    {"Customs found 8.4 tonnes of cocaine in 2023, down from about 10.2 tonnes in 2022.",
     {{"cocaine", "A", "cocaine"}},
     {{"cocaine", 8400, "kg", Qualifier::none, "8.4 tonnes of cocaine"},
      {"cocaine", 10200, "kg", Qualifier::approximately, "about 10.2 tonnes"}}},
    {"Ketamine was found in the lorry. Officers recovered 40kg of the drug from the cab.",
     {{"ketamine", "B", "Ketamine"}},
     {{"ketamine", 40, "kg", Qualifier::none, "40kg of the drug"}}},
    {"Police found heroin and crack cocaine. The drugs, weighing 3kg, were sent for testing.",
     {{"heroin", "A", "heroin"}, {"crack cocaine", "A", "crack cocaine"}},
     {{"drugs", 3, "kg", Qualifier::none, "3kg"}}},
    {"Divers recovered the cocaine from the hull. The drugs, weighing 62kg, were destroyed.",
     {{"cocaine", "A", "cocaine"}},
     {{"cocaine", 62, "kg", Qualifier::none, "62kg"}}},
    {"Officers found cocaine. They also found 5kg of drugs.",
     {{"cocaine", "A", "cocaine"}},
     {{"drugs", 5, "kg", Qualifier::none, "5kg of drugs"}}},
    {"The heroin, wrapped in 30 packages weighing roughly 15kg altogether, was in the spare tyre.",
     {{"heroin", "A", "heroin"}},
     {{"heroin", 15, "kg", Qualifier::approximately, "roughly 15kg"}}},
    {"The MDMA, in 12 bags weighing 6kg, was seized.",
     {{"mdma", "A", "MDMA"}},
     {{"mdma", 12, "bags", Qualifier::none, "12 bags"}, {"mdma", 6, "kg", Qualifier::none, "6kg"}}},
    {"Detectives found the amphetamine, split into 400 bricks each weighing around 0.5kg, in a van.",
     {{"amphetamine", "B", "amphetamine"}},
     {{"amphetamine", 0.5, "kg", Qualifier::approximately, "around 0.5kg"}}},
    {"A man weighing 95kg was arrested after cocaine was found.", {{"cocaine", "A", "cocaine"}}, {}},
    {"The cocaine was hidden under 36,000 pounds of watermelons.", {{"cocaine", "A", "cocaine"}}, {}},
    {"Police seized 2kg of heroin and a dog weighing 30kg.",
     {{"heroin", "A", "heroin"}},
     {{"heroin", 2, "kg", Qualifier::none, "2kg of heroin"}}},
    // Thousands grouped after spaces, as South African papers write them.
    {"Police in Limpopo burnt 1 200 kg of dagga on Friday.",
     {{"cannabis", "B", "dagga"}},
     {{"cannabis", 1200, "kg", Qualifier::none, "1 200 kg of dagga"}}},
    {"Officers in Nakuru found 450kg of bhang in a lorry.",
     {{"cannabis", "B", "bhang"}},
     {{"cannabis", 450, "kg", Qualifier::none, "450kg of bhang"}}},
    {"Customs at Quetta found 310kg of charas in a truck.",
     {{"cannabis", "B", "charas"}},
     {{"cannabis", 310, "kg", Qualifier::none, "310kg of charas"}}},
    {"The grower had 3kg of sinsemilla drying in a shed.",
     {{"cannabis", "B", "sinsemilla"}},
     {{"cannabis", 3, "kg", Qualifier::none, "3kg of sinsemilla"}}},
    // A press is a machine: "three pill presses" are no pills.
    {"Detectives found three pill presses and 400 pills in the garage.",
     {},
     {{"drugs", 400, "pills", Qualifier::none, "400 pills"}}},
    {"A tablet press was found beside the bags.", {}, {}},
    {"Officers found 12 000 mandrax tablets in a shack.",
     {{"mandrax", "B", "mandrax"}},
     {{"mandrax", 12000, "pills", Qualifier::none, "12 000 mandrax tablets"}}},
    {"He had 2 500g bags of heroin.", {{"heroin", "A", "heroin"}}, {{"heroin", 1000, "g", Qualifier::none, "2 500g bags of heroin"}}},
    // 'Ice' for methamphetamine, written capitalised or in quotes as slang
    // is: only beside a unit or a drug word. The weather word stays out.
    {"Narcotics officers found 480g of 'Ice' in a car at Tuas.",
     {{"methamphetamine", "A", "Ice"}},
     {{"methamphetamine", 480, "g", Qualifier::none, "480g of 'Ice"}}},
    {"Customs seized 3kg of Ice hidden in tea packets.",
     {{"methamphetamine", "A", "Ice"}},
     {{"methamphetamine", 3, "kg", Qualifier::none, "3kg of Ice"}}},
    {"The forecast warned of \u201cIce\u201d on untreated roads.", {}, {}},
    {"Gritters were out after a warning for ice across the county.", {}, {}},
    {"Black ice caused 12 crashes on the bypass.", {}, {}},
    {"Thieves stole 40 tubs of ice cream from the shop.", {}, {}},
    {"Ice Station Zebra was shown at 9pm.", {}, {}},
    // Names from Africa and Asia.
    {"Officers uprooted 4,100 kilogrammes of Indian hemp in Edo State.",
     {{"cannabis", "B", "Indian hemp"}},
     {{"cannabis", 4100, "kg", Qualifier::none, "4,100 kilogrammes of Indian hemp"}}},
    {"PDEA agents seized 2.5 kilos of shabu in Quezon City.",
     {{"methamphetamine", "A", "shabu"}},
     {{"methamphetamine", 2.5, "kg", Qualifier::none, "2.5 kilos of shabu"}}},
    {"The diners ordered shabu-shabu and rice.", {}, {}},
    {"Police in Freetown seized 30kg of kush.", {{"cannabis", "B", "kush"}}, {{"cannabis", 30, "kg", Qualifier::none, "30kg of kush"}}},
    {"The climbers crossed the Hindu Kush.", {}, {}},
    {"Traders in Meru sold miraa by the roadside.", {{"khat", "C", "miraa"}}, {}},
    {"Officers found 640 Erimin-5 tablets in his bag.",
     {{"erimin-5", "C", "Erimin-5"}},
     {{"erimin-5", 640, "pills", Qualifier::none, "640 Erimin-5 tablets"}}},
    {"Deaths linked to bromazolam and flualprazolam have risen.",
     {{"bromazolam", "C", "bromazolam"}, {"flualprazolam", "C", "flualprazolam"}},
     {}},
    // A scale on a weight, and drugs of several kinds.
    {"The agency destroyed 2.4 million kilogrammes of assorted drugs since 2021.", {},
     {{"drugs", 2.4e6, "kg", Qualifier::none, "2.4 million kilogrammes of assorted drugs"}}},
    {"Detectives found 350g of various drugs in the loft.", {},
     {{"drugs", 350, "g", Qualifier::none, "350g of various drugs"}}},
    // A weight of packages of "the drug" takes the drug named before.
    {"A courier was held with 900g of heroin at the airport. He later excreted 54 pellets of the drug weighing a "
     "further 640g.",
     {{"heroin", "A", "heroin"}},
     {{"heroin", 900, "g", Qualifier::none, "900g of heroin"}, {"heroin", 640, "g", Qualifier::none, "640g"}}},
    // Probes in other papers' wording.
    {"The county lines gang was broken up.", {}, {}},
    {"He admitted possessing a Class B drug.", {}, {}},
    {"Officers seized nitrous oxide canisters from the car.", {{"nitrous oxide", "C", "nitrous oxide"}}, {}},
    {"He supplied cocaine and crack across the city.",
     {{"cocaine", "A", "cocaine"}, {"crack cocaine", "A", "crack"}},
     {}},
    {"Pupils fell ill after eating spice-laced sweets.", {{"spice", "B", "spice"}}, {}},
    {"The school confiscated vapes containing THC.", {{"thc", "B", "THC"}}, {}},
    // "pounds" are weights in a story that counts money in any dollar, and
    // may be money where a pound sign is written.
    {"Police in Darwin valued the cannabis at A$400,000. The cannabis, 90 pounds in all, was in a ute.",
     {{"cannabis", "B", "cannabis"}, {"cannabis", "B", "cannabis"}},
     {{"cannabis", 90, "lb", Qualifier::none, "90 pounds"}}},
    {"Police in Kent valued the cannabis at £400,000. The cannabis, 90 pounds in all, was in a van.",
     {{"cannabis", "B", "cannabis"}, {"cannabis", "B", "cannabis"}},
     {}},
    // The drug as subject, its quantity as object: "made up", "accounted for",
    // "comprised", and "of the total" after it.
    {"Heroin made up 410kg of the total.", {{"heroin", "A", "Heroin"}}, {{"heroin", 410, "kg", Qualifier::none, "410kg"}}},
    {"Cannabis accounted for 2.2 tonnes of that figure.",
     {{"cannabis", "B", "Cannabis"}},
     {{"cannabis", 2200, "kg", Qualifier::none, "2.2 tonnes"}}},
    {"Methamphetamine comprised 95kg of the amount seized.",
     {{"methamphetamine", "A", "Methamphetamine"}},
     {{"methamphetamine", 95, "kg", Qualifier::none, "95kg"}}},
    {"Ketamine totalled 60kg.", {{"ketamine", "B", "Ketamine"}}, {{"ketamine", 60, "kg", Qualifier::none, "60kg"}}},
    // "of" then something that is no drug still measures nothing.
    {"Cocaine was found beside 40kg of flour.", {{"cocaine", "A", "Cocaine"}}, {}},
    // A count of packages before a count unit counts the packages.
    {"Postal staff stopped 38 envelopes containing tablets.", {}, {}},
    {"Officers opened 12 parcels containing ecstasy pills.", {{"ecstasy", "A", "ecstasy"}}, {}},
    {"Agents found 7 boxes of oxycodone tablets.", {{"oxycodone", "A", "oxycodone"}}, {}},
    {"The parcels held 5,000 pills.", {}, {{"drugs", 5000, "pills", Qualifier::none, "5,000 pills"}}},
};

std::string slice(const std::string& text, crimestats::Span span) {
  return text.substr(span.begin, span.end - span.begin);
}

}  // namespace

TEST_CASE("drugs extractor is registered under its name") {
  const auto extractor = crimestats::make_drugs_extractor(CRIMESTATS_SOURCE_DIR "/data");
  CHECK(extractor->name() == "drugs");
}

TEST_CASE("drugs and drug quantities from sentences") {
  const auto extractor = crimestats::make_drugs_extractor(CRIMESTATS_SOURCE_DIR "/data");
  for (const auto& c : kCases) {
    INFO(c.sentence);
    crimestats::Facts facts;
    extractor->extract(crimestats::ExtractInput{c.sentence, kReference}, facts);

    REQUIRE(facts.drugs.size() == c.drugs.size());
    for (std::size_t i = 0; i < c.drugs.size(); ++i) {
      const auto& got = facts.drugs[i];
      CHECK(got.drug == c.drugs[i].drug);
      CHECK(got.drug_class == c.drugs[i].drug_class);
      REQUIRE(got.mentions.size() == 1);
      CHECK(slice(c.sentence, got.mentions[0]) == c.drugs[i].text);
    }

    REQUIRE(facts.drug_quantities.size() == c.quantities.size());
    for (std::size_t i = 0; i < c.quantities.size(); ++i) {
      const auto& got = facts.drug_quantities[i];
      const auto& want = c.quantities[i];
      CHECK(got.drug == want.drug);
      CHECK(got.quantity == Approx(want.quantity));
      CHECK(got.unit == want.unit);
      CHECK(got.qualifier == want.qualifier);
      CHECK(slice(c.sentence, got.span) == want.text);
    }
  }
}

TEST_CASE("drugs extractor reports a missing lexicon by name") {
  CHECK_THROWS_WITH(crimestats::make_drugs_extractor("/nonexistent"), Catch::Contains("drug_names.tsv"));
}
