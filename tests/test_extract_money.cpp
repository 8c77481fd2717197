// Money extractor: a table of sentences, each with the money facts it must
// give (amount in major units, currency, role, qualifier and the exact text
// matched), in the style of Duckling's corpora. Sentences with no expected
// facts are negative cases: they must give nothing.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "crimestats/extractor.hpp"

using crimestats::Date;
using crimestats::ExtractInput;
using crimestats::Facts;
using crimestats::Money;
using crimestats::Qualifier;

namespace {

struct Expected {
  double amount;
  std::string currency;
  std::string role;
  Qualifier qualifier;
  std::string text;
};

struct Case {
  std::string sentence;
  Date reference_date;
  std::vector<Expected> money;
};

constexpr Date kRef{2023, 6, 15};
constexpr Qualifier kNone = Qualifier::none;
constexpr Qualifier kMore = Qualifier::more_than;
constexpr Qualifier kAbout = Qualifier::approximately;
constexpr Qualifier kAtMost = Qualifier::at_most;
constexpr Qualifier kAtLeast = Qualifier::at_least;

const std::vector<Case>& cases() {
  static const std::vector<Case> table{
      // --- symbols, scales and suffixes ---
      {"Detectives seized more than £7,000 in cash from a flat in Luton.", kRef,
       {{7000, "GBP", "cash_seized", kMore, "£7,000"}}},
      {"A £79k cash seizure was made at the port.", kRef, {{79000, "GBP", "cash_seized", kNone, "£79k"}}},
      {"Smugglers moved $1.5 billion of cocaine through the port.", kRef,
       {{1.5e9, "USD", "drugs_value", kNone, "$1.5 billion"}}},
      {"Irish police seized €250,000 in cash in Dublin.", kRef,
       {{250000, "EUR", "cash_seized", kNone, "€250,000"}}},
      {"US$3.5m was laundered through shell companies.", kRef, {{3.5e6, "USD", "proceeds", kNone, "US$3.5m"}}},
      {"The scheme has a budget of £2.5bn over five years.", kRef,
       {{2.5e9, "GBP", "funding", kNone, "£2.5bn"}}},
      {"The council set aside £3million for new CCTV cameras.", kRef,
       {{3e6, "GBP", "funding", kNone, "£3million"}}},
      {"A $1.5-million settlement was agreed last week.", kRef, {{1.5e6, "USD", "other", kNone, "$1.5-million"}}},
      {"The cartel earned $5B a year from the trade.", kRef, {{5e9, "USD", "proceeds", kNone, "$5B"}}},
      {"The council will get a £1.2million grant for youth work.", kRef,
       {{1.2e6, "GBP", "funding", kNone, "£1.2million"}}},
      // --- codes and signs after the number ---
      {"The bank charged GBP 500 in fees.", kRef, {{500, "GBP", "other", kNone, "GBP 500"}}},
      {"Tickets for the event cost 250 EUR each.", kRef, {{250, "EUR", "other", kNone, "250 EUR"}}},
      {"The magistrate imposed a fine of 500€ on the driver.", kRef, {{500, "EUR", "penalty", kNone, "500€"}}},
      {"Investigators traced A$2.5m to an offshore account.", kRef, {{2.5e6, "AUD", "other", kNone, "A$2.5m"}}},
      // South Asian digit grouping, read by the shared number reader.
      {"Customs in Kochi said Rs 3,40,000 was seized from the car.", kRef,
       {{340000, "INR", "cash_seized", kNone, "Rs 3,40,000"}}},
      {"The trust lost ₹4,75,00,000 to the fraud.", kRef, {{47500000, "INR", "proceeds", kNone, "₹4,75,00,000"}}},
      {"Customs said Rs 5 lakh was seized from the car.", kRef,
       {{500000, "INR", "cash_seized", kNone, "Rs 5 lakh"}}},
      // "Rs" is the rupee of the country the article names most (INR on a tie or none).
      {"Customs in Lahore said Rs 5 lakh was seized from the car.", kRef,
       {{500000, "PKR", "cash_seized", kNone, "Rs 5 lakh"}}},
      {"A Colombo court heard that Rs2.4m was seized from the house.", kRef,
       {{2.4e6, "LKR", "cash_seized", kNone, "Rs2.4m"}}},
      {"Kathmandu police said 90,000 rupees was seized from the bus.", kRef,
       {{90000, "NPR", "cash_seized", kNone, "90,000 rupees"}}},
      {"Officers in Mumbai said Rs 70,000 was seized from the bag.", kRef,
       {{70000, "INR", "cash_seized", kNone, "Rs 70,000"}}},
      {"Traders between Pakistan and India said Rs 70,000 was seized.", kRef,
       {{70000, "INR", "cash_seized", kNone, "Rs 70,000"}}},
      // Ghana's cedi sign is read only with its letters: a bare cent sign is no cedi.
      {"Officers in Kumasi said GH¢25,000 was seized from the driver.", kRef,
       {{25000, "GHS", "cash_seized", kNone, "GH¢25,000"}}},
      {"Each sweet was sold for 75¢ at the stall.", kRef, {}},
      // --- currency words and number words ---
      {"The government is investing twenty million pounds in the scheme.", kRef,
       {{2e7, "GBP", "funding", kNone, "twenty million pounds"}}},
      {"Over ten thousand pounds in cash was discovered under the floorboards.", kRef,
       {{10000, "GBP", "cash_seized", kMore, "ten thousand pounds"}}},
      {"They were paid 500 pounds for each trip.", kRef, {{500, "GBP", "other", kNone, "500 pounds"}}},
      {"He owed the dealer 20 quid.", kRef, {{20, "GBP", "other", kNone, "20 quid"}}},
      {"Nearly 2.5 million dollars in drug money was laundered.", kRef,
       {{2.5e6, "USD", "proceeds", kAbout, "2.5 million dollars"}}},
      {"The bribe was worth 5 million sterling.", kRef, {{5e6, "GBP", "proceeds", kNone, "5 million sterling"}}},
      {"Tourists were charged 5,000 Egyptian pounds for fake tours.", kRef,
       {{5000, "EGP", "other", kNone, "5,000 Egyptian pounds"}}},
      {"A can of cider costs 99p in the shop.", kRef, {{0.99, "GBP", "other", kNone, "99p"}}},
      {"Each wrap was sold for fifty pence more than last year.", kRef,
       {{0.5, "GBP", "other", kNone, "fifty pence"}}},
      {"The prize in the raffle was one pound.", kRef, {{1, "GBP", "other", kNone, "one pound"}}},
      {"Officers found £5,000 pounds stuffed in a sock.", kRef,
       {{5000, "GBP", "cash_seized", kNone, "£5,000 pounds"}}},
      {"A million pounds was handed to the charity.", kRef, {{1e6, "GBP", "other", kNone, "A million pounds"}}},
      {"Officers seized a two-million-pound drugs haul at the docks.", kRef,
       {{2e6, "GBP", "drugs_value", kNone, "two-million-pound"}}},
      {"Half a million pounds of cannabis was found in the lorry.", kRef,
       {{5e5, "GBP", "drugs_value", kNone, "Half a million pounds"}}},
      {"The Treasury said $US2.5m had been transferred.", kRef, {{2.5e6, "USD", "other", kNone, "$US2.5m"}}},
      {"Analysts put the loss at $5 mln last year.", kRef, {{5e6, "USD", "proceeds", kNone, "$5 mln"}}},
      {"Kenyan police recovered KSh 50,000 from the suspect.", kRef,
       {{50000, "KES", "cash_seized", kNone, "KSh 50,000"}}},
      // --- ranges ---
      {"Fraudsters stole between £5,000 and £10,000 from each victim.", kRef,
       {{5000, "GBP", "proceeds", kNone, "£5,000"}, {10000, "GBP", "proceeds", kNone, "£10,000"}}},
      {"The gang laundered £1.2m-£1.5m a year.", kRef,
       {{1.2e6, "GBP", "proceeds", kNone, "£1.2m"}, {1.5e6, "GBP", "proceeds", kNone, "£1.5m"}}},
      {"Losses are estimated at £5,000 to £10,000 per business.", kRef,
       {{5000, "GBP", "proceeds", kNone, "£5,000"}, {10000, "GBP", "proceeds", kNone, "£10,000"}}},
      {"Grants of £5-10m will be allocated to charities.", kRef,
       {{5e6, "GBP", "funding", kNone, "£5"}, {1e7, "GBP", "funding", kNone, "10m"}}},
      {"The force spent 5,000 to 10,000 pounds on overtime.", kRef,
       {{5000, "GBP", "funding", kNone, "5,000"}, {10000, "GBP", "funding", kNone, "10,000 pounds"}}},
      {"Between 2 and 3 million euros was recovered by detectives.", kRef,
       {{2e6, "EUR", "cash_seized", kNone, "2"}, {3e6, "EUR", "cash_seized", kNone, "3 million euros"}}},
      {"Offenders face a £5,000 to 10,000 fine.", kRef,
       {{5000, "GBP", "penalty", kNone, "£5,000"}, {10000, "GBP", "penalty", kNone, "10,000"}}},
      {"Each courier was given £50 to 100 people in the town.", kRef, {{50, "GBP", "funding", kNone, "£50"}}},
      // --- roles ---
      {"Officers recovered cocaine worth £55,000 from the boot of a car.", kRef,
       {{55000, "GBP", "drugs_value", kNone, "£55,000"}}},
      {"They found £2m worth of drugs hidden in a lorry.", kRef, {{2e6, "GBP", "drugs_value", kNone, "£2m"}}},
      {"Police seized £2,000 of cannabis during the search.", kRef,
       {{2000, "GBP", "drugs_value", kNone, "£2,000"}}},
      {"Cannabis plants worth £400k were found in the loft.", kRef,
       {{400000, "GBP", "drugs_value", kNone, "£400k"}}},
      {"The drugs had a street value of around £20,000.", kRef,
       {{20000, "GBP", "drugs_value", kAbout, "£20,000"}}},
      {"Heroin valued at £1.1m was found in the van.", kRef, {{1.1e6, "GBP", "drugs_value", kNone, "£1.1m"}}},
      {"The value of the drugs was put at £45,000 by detectives.", kRef,
       {{45000, "GBP", "drugs_value", kNone, "£45,000"}}},
      {"Agents seized $12,000 in U.S. currency and a handgun.", kRef,
       {{12000, "USD", "cash_seized", kNone, "$12,000"}}},
      {"The council will receive an additional £420,000 from central government.", kRef,
       {{420000, "GBP", "funding", kNone, "£420,000"}}},
      {"Roughly £300,000 in new funding was announced for youth clubs.", kRef,
       {{300000, "GBP", "funding", kAbout, "£300,000"}}},
      {"Donations of more than £1,000 were received by the charity.", kRef,
       {{1000, "GBP", "funding", kMore, "£1,000"}}},
      {"He was fined £500 and ordered to pay £85 costs.", kRef,
       {{500, "GBP", "penalty", kNone, "£500"}, {85, "GBP", "penalty", kNone, "£85"}}},
      {"She must also pay a £50 victim surcharge.", kRef, {{50, "GBP", "penalty", kNone, "£50"}}},
      {"A confiscation order for £150,000 was granted at the crown court.", kRef,
       {{150000, "GBP", "penalty", kNone, "£150,000"}}},
      {"The court awarded £2,000 compensation to the victim.", kRef,
       {{2000, "GBP", "penalty", kNone, "£2,000"}}},
      {"Fines of up to £1,000 can be imposed on landlords.", kRef,
       {{1000, "GBP", "penalty", kAtMost, "£1,000"}}},
      {"Pensioners lost almost £40,000 to the phone scam.", kRef,
       {{40000, "GBP", "proceeds", kAbout, "£40,000"}}},
      {"Criminals made off with £1.2 million in the raid.", kRef,
       {{1.2e6, "GBP", "proceeds", kNone, "£1.2 million"}}},
      {"He admitted defrauding his employer of £86,000.", kRef, {{86000, "GBP", "proceeds", kNone, "£86,000"}}},
      {"Three men were jailed for a £2m fraud.", kRef, {{2e6, "GBP", "proceeds", kNone, "£2m"}}},
      {"Her savings of £12,000 were taken by fraudsters.", kRef, {{12000, "GBP", "proceeds", kNone, "£12,000"}}},
      {"Police recovered £5,000 in criminal cash and a kilo of heroin.", kRef,
       {{5000, "GBP", "cash_seized", kNone, "£5,000"}}},
      {"Officers seized cannabis, two phones and £900 from the house.", kRef,
       {{900, "GBP", "cash_seized", kNone, "£900"}}},
      {"Over 900 arrests were made, and £14m has been invested in prevention.", kRef,
       {{1.4e7, "GBP", "funding", kNone, "£14m"}}},
      {"The house in Kent is worth £350,000.", kRef, {{350000, "GBP", "other", kNone, "£350,000"}}},
      {"A reward of £10,000 has been offered for information.", kRef,
       {{10000, "GBP", "other", kNone, "£10,000"}}},
      {"Bail was set at $50,000 by the judge.", kRef, {{50000, "USD", "other", kNone, "$50,000"}}},
      // --- hedges ---
      {"Up to £5,000 can be claimed under the scheme.", kRef, {{5000, "GBP", "other", kAtMost, "£5,000"}}},
      {"Victims lost £5,000 or more each.", kRef, {{5000, "GBP", "proceeds", kAtLeast, "£5,000"}}},
      {"He handed over £300 to the courier.", kRef, {{300, "GBP", "other", kNone, "£300"}}},
      // "over" after legal action or a dispute means "in connection with".
      {"Two men were charged over £3m cocaine haul.", kRef, {{3e6, "GBP", "drugs_value", kNone, "£3m"}}},
      {"A row over £1.2m bill continues.", kRef, {{1.2e6, "GBP", "other", kNone, "£1.2m"}}},
      {"Donors raised over £3,000 for the family.", kRef, {{3000, "GBP", "funding", kMore, "£3,000"}}},
      // ... also after the action's object or sentence, but not across a clause.
      {"Police charge 11 over $3m cocaine haul.", kRef, {{3e6, "USD", "drugs_value", kNone, "$3m"}}},
      {"Detectives arrested two brothers over £1m fraud.", kRef, {{1e6, "GBP", "proceeds", kNone, "£1m"}}},
      {"Gang jailed for 40 years over £1.2m drugs plot.", kRef, {{1.2e6, "GBP", "drugs_value", kNone, "£1.2m"}}},
      {"A judge in Cardiff jailed three brothers for nine years each over a £4m VAT fraud.", kRef,
       {{4e6, "GBP", "proceeds", kNone, "£4m"}}},
      {"Two landlords were sentenced to 18 months apiece over £250,000 in unpaid rent.", kRef,
       {{250000, "GBP", "other", kNone, "£250,000"}}},
      {"She worked for 20 years each day and saved over £40,000.", kRef, {{40000, "GBP", "other", kMore, "£40,000"}}},
      {"Police arrested three men and seized over £3m of cocaine.", kRef,
       {{3e6, "GBP", "drugs_value", kMore, "£3m"}}},
      {"Police charged 11 people, seizing over £3m in cash.", kRef, {{3e6, "GBP", "cash_seized", kMore, "£3m"}}},
      {"The court heard over £3m was laundered.", kRef, {{3e6, "GBP", "proceeds", kMore, "£3m"}}},
      {"Cocaine worth an estimated £2.3 million was hidden in the trailer.", kRef,
       {{2.3e6, "GBP", "drugs_value", kAbout, "£2.3 million"}}},
      {"Police recovered £80k worth of heroin, £25k in cash and a shotgun.", kRef,
       {{80000, "GBP", "drugs_value", kNone, "£80k"}, {25000, "GBP", "cash_seized", kNone, "£25k"}}},
      // --- which dollar ---
      {"The ice was valued at A$1.2 billion ($850 million), Australian police said.", kRef,
       {{1.2e9, "AUD", "drugs_value", kNone, "A$1.2 billion"}, {8.5e8, "USD", "other", kNone, "$850 million"}}},
      {"Queensland detectives said the syndicate laundered 3 million dollars.", kRef,
       {{3e6, "AUD", "proceeds", kNone, "3 million dollars"}}},
      {"Officers in Sydney seized $2m in cash from a storage unit.", kRef,
       {{2e6, "AUD", "cash_seized", kNone, "$2m"}}},
      {"Waikato police seized methamphetamine and $50,000 cash in Hamilton East.", kRef,
       {{50000, "NZD", "cash_seized", kNone, "$50,000"}}},
      {"Police in Saskatchewan seized $80,000 in cash.", kRef, {{80000, "CAD", "cash_seized", kNone, "$80,000"}}},
      {"Officers in Western Australia seized $12,000 in cash.", kRef,
       {{12000, "AUD", "cash_seized", kNone, "$12,000"}}},
      {"The FBI said the ring stole $4 million from banks in Ohio.", kRef,
       {{4e6, "USD", "proceeds", kNone, "$4 million"}}},
      // --- pounds of weight, and other things that are not money ---
      {"Police found 976 pounds of marijuana in a barn.", kRef, {}},
      {"Agents seized 50lb of cannabis and 20 pounds of methamphetamine.", kRef, {}},
      {"Customs officers discovered 300 pounds of cocaine worth $9 million.", kRef,
       {{9e6, "USD", "drugs_value", kNone, "$9 million"}}},
      {"The parcel, weighing 12 pounds, was opened at the depot.", kRef, {}},
      {"The ship carried 2,000 pounds (907kg) of cocaine.", kRef, {}},
      {"Coastguards found 907 kilograms (2,000 pounds) of cocaine on the yacht.", kRef, {}},
      {"A 300-pound man was arrested at the scene.", kRef, {}},
      {"The shop at 1 Pound Lane was raided.", kRef, {}},
      {"A man weighing about 200 pounds attacked the officer.", kRef, {}},
      {"The dealer was caught with 3 pounds of high-grade skunk.", kRef, {}},
      {"He has lost 40 pounds in weight since his arrest.", kRef, {}},
      {"The truck carried pounds of cocaine across the border.", kRef, {}},
      {"Hundreds of thousands of pounds were spent on the case.", kRef, {}},
      {"The 2016 Euro championships were held in France.", kRef, {}},
      {"Fans were arrested during the 2024 Euros in Germany.", kRef, {}},
      {"A five-pound note was found at the scene.", kRef, {}},
      {"In 2019, 3,500 people were arrested in 40 raids.", kRef, {}},
      {"He was arrested at 5pm on the M25 near junction 28.", kRef, {}},
      {"The villa was listed at 5 000 € a week.", kRef, {}},
      // --- styles from other countries and courts ---
      {"Agents seized $2.5 million in narcotics from the warehouse.", kRef,
       {{2.5e6, "USD", "drugs_value", kNone, "$2.5 million"}}},
      {"Gardaí seized €1.2m worth of cannabis in Co Cork.", kRef,
       {{1.2e6, "EUR", "drugs_value", kNone, "€1.2m"}}},
      {"Police seized $AUD 3.4 million in cash during the raids.", kRef,
       {{3.4e6, "AUD", "cash_seized", kNone, "$AUD 3.4 million"}}},
      {"Fraud losses were estimated at A$1.1bn in 2022-23.", kRef,
       {{1.1e9, "AUD", "proceeds", kNone, "A$1.1bn"}}},
      {"The charity received A$250,000 in the 2022-23 financial year.", kRef,
       {{250000, "AUD", "funding", kNone, "A$250,000"}}},
      {"He was ordered to pay £1,200 in compensation and a £150 victim surcharge.", kRef,
       {{1200, "GBP", "penalty", kNone, "£1,200"}, {150, "GBP", "penalty", kNone, "£150"}}},
      {"The judge made a confiscation order of £48,300.", kRef, {{48300, "GBP", "penalty", kNone, "£48,300"}}},
      // --- the South African rand: "R" glued to the number ---
      {"Robbers got away with about R12 million from the depot in Durban.", kRef,
       {{1.2e7, "ZAR", "proceeds", kAbout, "R12 million"}}},
      {"Stock worth R3.4-million was recovered in Soweto.", kRef,
       {{3.4e6, "ZAR", "cash_seized", kNone, "R3.4-million"}}},
      {"Officers found R320 000 in a safe in Polokwane.", kRef, {{320000, "ZAR", "cash_seized", kNone, "R320 000"}}},
      {"The department was given R4.5 billion for new vehicles.", kRef,
       {{4.5e9, "ZAR", "funding", kNone, "R4.5 billion"}}},
      {"He was fined R7,500 for possession.", kRef, {{7500, "ZAR", "penalty", kNone, "R7,500"}}},
      {"The magistrate set bail at R2000 on Monday.", kRef, {{2000, "ZAR", "other", kNone, "R2000"}}},
      {"He paid the officer a R200 bribe.", kRef, {{200, "ZAR", "proceeds", kNone, "R200"}}},
      {"The taxi driver offered the constable R300 to look away.", kRef, {{300, "ZAR", "other", kNone, "R300"}}},
      {"A bakkie heading along the R74 towards Harrismith was stopped.", kRef, {}},
      {"A minibus overturned on the R61 near Mthatha.", kRef, {}},
      {"The R102 between Durban and Stanger was closed after the crash.", kRef, {}},
      {"Roadblocks were set up on R40 near Nelspruit.", kRef, {}},
      {"The R18 film was banned.", kRef, {}},
      {"In R v Jones the court held that the search was lawful.", kRef, {}},
      // --- pounds of things that are not money, and pounds in dollar stories ---
      {"A lorry carrying 30,000 pounds of onions was stopped at the border.", kRef, {}},
      {"Smugglers hid the drugs under 18,000 pounds of frozen shrimp.", kRef, {}},
      {"Officers seized 300 pounds of cannabis, up from 120 pounds a year earlier.", kRef, {}},
      {"Agents in El Paso seized $1.2 million in cash and 650 pounds of marijuana, up from 410 pounds last year. "
       "Another 90 pounds was found in a car.",
       kRef, {{1.2e6, "USD", "cash_seized", kNone, "$1.2 million"}}},
      {"He took 2,000 pounds of the family's savings.", kRef, {{2000, "GBP", "other", kNone, "2,000 pounds"}}},
      {"The gang laundered 8,000 pounds of it through a bookmaker.", kRef,
       {{8000, "GBP", "proceeds", kNone, "8,000 pounds"}}},
      {"Detectives traced 60,000 pounds of drug money to a car wash.", kRef,
       {{60000, "GBP", "other", kNone, "60,000 pounds"}}},
      {"Each crate was stamped B-R500 at the depot.", kRef, {}},
      {"The court fined him 500 pounds and ordered him to pay costs.", kRef,
       {{500, "GBP", "penalty", kNone, "500 pounds"}}},
      {"Takings rose to 900 pounds from 400 pounds.", kRef,
       {{900, "GBP", "proceeds", kNone, "900 pounds"}, {400, "GBP", "other", kNone, "400 pounds"}}},
      {"The scam cost $3m and £50,000, plus 20,000 pounds in cash.", kRef,
       {{3e6, "USD", "proceeds", kNone, "$3m"},
        {50000, "GBP", "other", kNone, "£50,000"},
        {20000, "GBP", "cash_seized", kNone, "20,000 pounds"}}},
      // --- dollars with a country prefix ---
      {"Customs at Norman Manley airport found J$3.2 million in a suitcase.", kRef,
       {{3.2e6, "JMD", "cash_seized", kNone, "J$3.2 million"}}},
      {"The cocaine had a street value of TT$40 million, police in Port of Spain said.", kRef,
       {{4e7, "TTD", "drugs_value", kNone, "TT$40 million"}}},
      {"The fine was raised to EC$5,000 for a first offence.", kRef, {{5000, "XCD", "penalty", kNone, "EC$5,000"}}},
      {"Officers recovered HK$1.8 million in cash in Mong Kok.", kRef,
       {{1.8e6, "HKD", "cash_seized", kNone, "HK$1.8 million"}}},
      {"A trafficker in Georgetown was fined G$750,000.", kRef, {{750000, "GYD", "penalty", kNone, "G$750,000"}}},
      {"Bail of BZ$10,000 was offered to the accused.", kRef, {{10000, "BZD", "other", kNone, "BZ$10,000"}}},
      {"Police in Nassau seized B$62,000 in cash.", kRef, {{62000, "BSD", "cash_seized", kNone, "B$62,000"}}},
      {"The robbers took Z$40 from the till.", kRef, {}},
      // --- a bare dollar in the dollar countries of the Caribbean and Asia ---
      {"Police in Jamaica say the ganja seized in Clarendon had a street value of $9 million.", kRef,
       {{9e6, "JMD", "drugs_value", kNone, "$9 million"}}},
      {"The Trinidad and Tobago Police Service said $250,000 in cash was taken.", kRef,
       {{250000, "TTD", "cash_seized", kNone, "$250,000"}}},
      {"Guyana police seized $3 million in cash at Lethem.", kRef, {{3e6, "GYD", "cash_seized", kNone, "$3 million"}}},
      {"Barbados police said the fraud cost the bank $1.6 million.", kRef,
       {{1.6e6, "BBD", "proceeds", kNone, "$1.6 million"}}},
      {"CNB officers seized $46,000 in cash at Tuas.", kRef, {{46000, "SGD", "cash_seized", kNone, "$46,000"}}},
      {"A Jamaican man was held in Miami with $20,000 in cash.", kRef, {{20000, "USD", "cash_seized", kNone, "$20,000"}}},
      {"He was treated at St Vincent's Hospital after losing $3,000 to the scam.", kRef,
       {{3000, "USD", "proceeds", kNone, "$3,000"}}},
      // --- the naira, and shillings, pesos and other letter signs ---
      {"Customs in Lagos intercepted cocaine worth N6.5bn at the seaport.", kRef,
       {{6.5e9, "NGN", "drugs_value", kNone, "N6.5bn"}}},
      {"The suspect was arrested with N2.3m in cash in Kano.", kRef, {{2.3e6, "NGN", "cash_seized", kNone, "N2.3m"}}},
      {"Each courier was paid N450,000 for the trip.", kRef, {{450000, "NGN", "other", kNone, "N450,000"}}},
      {"Investigators traced ₦7 million to the suspect's account.", kRef, {{7e6, "NGN", "other", kNone, "₦7 million"}}},
      {"The tanker crashed on the N20 near Charleville.", kRef, {}},
      {"Gardai set up a checkpoint on N7 outside Naas.", kRef, {}},
      {"The N2 was closed for six hours.", kRef, {}},
      {"She paid the fee with form N244 at the county court.", kRef, {}},
      {"Detectives in Nakuru recovered Sh4.2 million in stolen cash.", kRef,
       {{4.2e6, "KES", "cash_seized", kNone, "Sh4.2 million"}}},
      {"The court fined him Kshs 200,000.", kRef, {{200000, "KES", "penalty", kNone, "Kshs 200,000"}}},
      {"Ghana police seized GH₵30,000 at Kotoka airport.", kRef, {{30000, "GHS", "cash_seized", kNone, "GH₵30,000"}}},
      {"PDEA agents seized shabu worth P13.6 million in Cebu.", kRef,
       {{1.36e7, "PHP", "drugs_value", kNone, "P13.6 million"}}},
      {"The mayor offered a reward of P500,000 for information.", kRef, {{500000, "PHP", "other", kNone, "P500,000"}}},
      {"He was paid the P60 bonus with his P45 form.", kRef, {}},
      // A bare "P" and three digits among money words, only beside another peso amount.
      {"Agents in Davao seized P1.2 million in cash. A P200 note was marked.", kRef,
       {{1.2e6, "PHP", "cash_seized", kNone, "P1.2 million"}, {200, "PHP", "other", kNone, "P200"}}},
      {"A P200 note was marked by the agents.", kRef, {}},
      {"Agents seized P1.2 million. He drove along the P300 road to Iloilo.", kRef,
       {{1.2e6, "PHP", "cash_seized", kNone, "P1.2 million"}}},
      {"Police in Johor seized drugs worth RM2.1 million.", kRef, {{2.1e6, "MYR", "drugs_value", kNone, "RM2.1 million"}}},
      {"The official accepted a bribe of Rp500 million.", kRef, {{5e8, "IDR", "proceeds", kNone, "Rp500 million"}}},
      // --- body weights in a dollar story ---
      {"Bond was set at $5,000. He is described as 6-foot-1 and 210 pounds.", kRef,
       {{5000, "USD", "other", kNone, "$5,000"}}},
      {"The Georgia deputy said the suspect, who weighs about 170 pounds, was held on a $2,000 bond.", kRef,
       {{2000, "USD", "other", kNone, "$2,000"}}},
      // --- any dollar counts a dollar story, whatever its country ---
      {"Brisbane detectives put the haul at A$3m. A further 250 pounds was hidden in a shed.", kRef,
       {{3e6, "AUD", "other", kNone, "A$3m"}}},
      {"Customs valued the shipment at HK$12 million and found another 80 pounds on the boat.", kRef,
       {{1.2e7, "HKD", "other", kNone, "HK$12 million"}}},
      // A pound sign makes "pounds" money again, dollars or not.
      {"He sent $300 to a cousin and £200 home, then 150 pounds more.", kRef,
       {{300, "USD", "other", kNone, "$300"}, {200, "GBP", "other", kNone, "£200"},
        {150, "GBP", "other", kNone, "150 pounds"}}},
      // --- a fraction of a scale written in words ---
      {"The scheme cost taxpayers nearly a quarter of a million pounds.", kRef,
       {{250000, "GBP", "other", kAbout, "a quarter of a million pounds"}}},
      {"The fraud netted three quarters of a billion dollars.", kRef,
       {{7.5e8, "USD", "proceeds", kNone, "three quarters of a billion dollars"}}},
      // --- numbers that are not money ---
      {"Call 0800 555 111 or 101 with information.", kRef, {}},
      {"The helpline is open 24/7.", kRef, {}},
      {"The home side won 2-1 on Saturday.", kRef, {}},
      {"The force upgraded to version 2.3.1 of its software.", kRef, {}},
      {"Covid-19 restrictions ended in July 2021.", kRef, {}},
  };
  return table;
}

std::string describe(const Money& m, const std::string& text) {
  return std::to_string(m.amount) + " " + m.currency + " " + m.role + " [" +
         std::string(crimestats::qualifier_name(m.qualifier)) + "] \"" +
         text.substr(m.span.begin, m.span.end - m.span.begin) + "\"";
}

}  // namespace

TEST_CASE("money extractor is registered under its name") {
  const auto extractor = crimestats::make_money_extractor(CRIMESTATS_SOURCE_DIR "/data");
  CHECK(extractor->name() == "money");
}

TEST_CASE("money table") {
  const auto extractor = crimestats::make_money_extractor(CRIMESTATS_SOURCE_DIR "/data");
  REQUIRE(cases().size() >= 50);
  for (const Case& c : cases()) {
    Facts facts;
    extractor->extract(ExtractInput{c.sentence, c.reference_date}, facts);
    std::vector<std::string> got;
    for (const Money& m : facts.money) got.push_back(describe(m, c.sentence));
    INFO(c.sentence);
    INFO("got: " << Catch::Detail::stringify(got));
    CHECK(facts.money.size() == c.money.size());
    for (std::size_t i = 0; i < c.money.size() && i < facts.money.size(); ++i) {
      const Money& m = facts.money[i];
      const Expected& e = c.money[i];
      CHECK(m.amount == Approx(e.amount));
      CHECK(m.currency == e.currency);
      CHECK(m.role == e.role);
      CHECK(m.qualifier == e.qualifier);
      CHECK(c.sentence.substr(m.span.begin, m.span.end - m.span.begin) == e.text);
    }
  }
}

TEST_CASE("a bare dollar is USD unless the article names another dollar country more often") {
  const auto extractor = crimestats::make_money_extractor(CRIMESTATS_SOURCE_DIR "/data");
  const std::string text =
      "Canadian police and the RCMP seized $3m. A US citizen was among those held in Ontario.";
  Facts facts;
  extractor->extract(ExtractInput{text, kRef}, facts);
  REQUIRE(facts.money.size() == 1);
  CHECK(facts.money[0].currency == "CAD");
}

TEST_CASE("a missing lexicon names the file") {
  CHECK_THROWS_WITH(crimestats::make_money_extractor("/nonexistent"), Catch::Contains("money_currencies.tsv"));
}
