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
const std::string kNsw = "New South Wales Police Force";

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
      {"Devon", "Devon", "Devon and Cornwall Police", "Devon"},
      {"Cornwall", "Cornwall", "Devon and Cornwall Police", "Cornwall"}}},
    // "Avon and Somerset" names the old county of Avon and Somerset, as
    // "Devon and Cornwall" names both.
    {"Avon and Somerset Police said.",
     {{"Avon", "Avon", "Avon and Somerset Constabulary", "Avon"},
      {"Somerset", "Somerset", "Avon and Somerset Constabulary", "Somerset"}}},
    {"Officers patrolled the streets of Avon and Somerset over the weekend.",
     {{"Avon", "Avon", "Avon and Somerset Constabulary", "Avon"},
      {"Somerset", "Somerset", "Avon and Somerset Constabulary", "Somerset"}}},
    {"Avon Fire and Rescue Service attended the blaze.", {{"Avon", "Avon", "Avon and Somerset Constabulary", "Avon"}}},
    {"A kayaker was pulled from the River Avon.", {}},
    {"Officers from Dyfed-Powys Police joined the search.", {{"Dyfed-Powys", "", "Dyfed-Powys Police", "Dyfed-Powys"}}},

    // --- direction prefixes ---
    {"County lines gangs are active in south Wales, the report said.",
     {{"South Wales", "", "South Wales Police", "south Wales"}}},
    {"Burglaries in North Yorkshire fell by a fifth.",
     {{"North Yorkshire", "North Yorkshire", "North Yorkshire Police", "North Yorkshire"}}},
    {"The gang sold crack cocaine in east London.", {{"London", "Greater London", kMet, "London"}}},
    // a lower-case compass word a word or two before the capital it leads to
    {"Knife crime rose across the east of England last year.", {{"East of England", "", "", "east of England"}}},
    {"Officers in mid and East Antrim made three arrests.",
     {{"Mid and East Antrim", "Mid and East Antrim", "Police Service of Northern Ireland", "mid and East Antrim"}}},
    {"Burglaries fell in mid Ulster and rose in north Wales.",
     {{"Mid Ulster", "Mid Ulster", "Police Service of Northern Ireland", "mid Ulster"},
      {"North Wales", "", "North Wales Police", "north Wales"}}},
    {"The gang moved south Tuesday.", {}},
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
    {"A man of Mill Street, Ely, was fined.", {{"Ely", "Cambridgeshire", "Cambridgeshire Constabulary", "Ely"}}},
    {"The car was stopped in Station Street, Frome, near Glastonbury.",
     {{"Frome", "Somerset", "Avon and Somerset Constabulary", "Frome"},
      {"Glastonbury", "Somerset", "Avon and Somerset Constabulary", "Glastonbury"}}},
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
    {"Officers at Mount Pleasant found the car.", {}},
    {"Drugs were sent from the US to the UK by post.",
     {{"United States", "", "", "US"}, {"United Kingdom", "", "", "UK"}}},
    {"HELP US FIND HIM, officers urged.", {}},
    {"The U.K. has more county lines than ever.", {{"United Kingdom", "", "", "U.K."}}},
    {"SOUTHEND and Basildon attract dealers from the capital.",
     {{"Southend-on-Sea", "Essex", kEssex, "SOUTHEND"}, {"Basildon", "Essex", kEssex, "Basildon"}}},

    // --- places abroad (data/places_world.tsv) ---
    {"Detectives in New Jersey seized 40 guns.", {{"New Jersey", "", "", "New Jersey"}}},
    {"The pair were extradited from Marbella on the Costa del Sol.",
     {{"Marbella", "", "", "Marbella"}, {"Costa del Sol", "", "", "Costa del Sol"}}},
    {"Cocaine arrived at Antwerp and Rotterdam before reaching Essex.",
     {{"Antwerp", "", "", "Antwerp"}, {"Rotterdam", "", "", "Rotterdam"}, {"Essex", "Essex", kEssex, "Essex"}}},
    {"He ran the network from a villa in Dubai.", {{"Dubai", "", "", "Dubai"}}},
    {"A man from Philadelphia, Pennsylvania, was charged in Ohio.",
     {{"Philadelphia", "", "", "Philadelphia"}, {"Pennsylvania", "", "", "Pennsylvania"}, {"Ohio", "", "", "Ohio"}}},
    {"Police in New South Wales and Ontario shared the intelligence.",
     {{"New South Wales", "", "New South Wales Police Force", "New South Wales"}, {"Ontario", "", "", "Ontario"}}},
    {"A court in New York City heard the case.", {{"New York", "", "", "New York City"}}},
    {"The money was moved through Washington, D.C. and Miami.",
     {{"Washington", "", "", "Washington, D.C."}, {"Miami", "", "", "Miami"}}},
    {"Gang members fled to the Netherlands, then to Amsterdam.",
     {{"Netherlands", "", "", "Netherlands"}, {"Amsterdam", "", "", "Amsterdam"}}},
    {"The drugs were landed on Tenerife and flown to Malaga.",
     {{"Tenerife", "", "", "Tenerife"}, {"Malaga", "", "", "Malaga"}}},
    {"The suspect was arrested in M\u00e1laga in June.", {{"Malaga", "", "", "M\u00e1laga"}}},

    // --- Ireland: counties, Co abbreviations, bare county names, the Garda ---
    {"Gardai raided a house in Co Limerick and another in Dublin.",
     {{"County Limerick", "County Limerick", "An Garda S\u00edoch\u00e1na", "Co Limerick"},
      {"Dublin", "County Dublin", "An Garda S\u00edoch\u00e1na", "Dublin"}}},
    {"Cannabis worth \u20ac2m was found in Co. Mayo.",
     {{"County Mayo", "County Mayo", "An Garda S\u00edoch\u00e1na", "Co. Mayo"}}},
    {"The gang supplied drugs across Meath and Westmeath.",
     {{"County Meath", "County Meath", "An Garda S\u00edoch\u00e1na", "Meath"},
      {"County Westmeath", "County Westmeath", "An Garda S\u00edoch\u00e1na", "Westmeath"}}},
    {"A man was stabbed in Drogheda, County Louth, on Sunday.",
     {{"Drogheda", "County Louth", "An Garda S\u00edoch\u00e1na", "Drogheda"},
      {"County Louth", "County Louth", "An Garda S\u00edoch\u00e1na", "County Louth"}}},
    {"Cork and Galway recorded the largest seizures in Munster.",
     {{"Cork", "County Cork", "An Garda S\u00edoch\u00e1na", "Cork"},
      {"Galway", "County Galway", "An Garda S\u00edoch\u00e1na", "Galway"},
      {"Munster", "", "An Garda S\u00edoch\u00e1na", "Munster"}}},
    // The force's name names no place.
    {"Garda\u00ed said a man in his 30s was arrested.", {}},
    // A bare "Kerry" before a surname is a person; after a locative word, the county.
    {"Kerry Walsh told the court she had been threatened.", {}},
    {"The van was stopped in Kerry last week.",
     {{"County Kerry", "County Kerry", "An Garda S\u00edoch\u00e1na", "Kerry"}}},

    // --- Australia: state forces, "Victoria Police" ---
    {"Victoria Police said the syndicate operated from Melbourne.",
     {{"Victoria", "", "Victoria Police", "Victoria"}, {"Melbourne", "", "Victoria Police", "Melbourne"}}},
    {"Cocaine was seized in Sydney by the Australian Federal Police.",
     {{"Sydney", "", "New South Wales Police Force", "Sydney"}}},

    // --- names shared by a UK place and a place abroad ---
    // Alone, or with UK places, the UK one.
    {"Two men from Perth were jailed at the High Court in Glasgow.",
     {{"Perth", "Perth and Kinross", "Police Scotland", "Perth"},
      {"Glasgow", "Glasgow City", "Police Scotland", "Glasgow"}}},
    {"A dealer from Kingston was stopped on the A3.", {{"Kingston upon Thames", "Greater London", kMet, "Kingston"}}},
    {"The gang sold heroin in Boston and Skegness.",
     {{"Boston", "Lincolnshire", "Lincolnshire Police", "Boston"},
      {"Skegness", "Lincolnshire", "Lincolnshire Police", "Skegness"}}},
    {"He was arrested at his flat in Washington, near Sunderland.",
     {{"Washington", "Tyne and Wear", "Northumbria Police", "Washington"},
      {"Sunderland", "Tyne and Wear", "Northumbria Police", "Sunderland"}}},
    {"Cleveland Police seized the cash in Middlesbrough.",
     {{"Cleveland", "", "Cleveland Police", "Cleveland"},
      {"Middlesbrough", "North Yorkshire", "Cleveland Police", "Middlesbrough"}}},
    {"A woman from Newcastle was among those charged.",
     {{"Newcastle upon Tyne", "Tyne and Wear", "Northumbria Police", "Newcastle"}}},
    {"Crowds gathered at Victoria station after the stabbing.", {{"Victoria", "Greater London", kMet, "Victoria"}}},
    // With the state, country or the article's other places, the one abroad.
    {"The shooting happened in Perth, Western Australia.",
     {{"Perth", "", "Western Australia Police Force", "Perth"},
      {"Western Australia", "", "Western Australia Police Force", "Western Australia"}}},
    {"He was deported to Kingston, Jamaica, in 2019.",
     {{"Kingston", "", "", "Kingston"}, {"Jamaica", "", "", "Jamaica"}}},
    {"The shipment left Birmingham, Alabama, for Atlanta.",
     {{"Birmingham", "", "", "Birmingham"}, {"Alabama", "", "", "Alabama"}, {"Atlanta", "", "", "Atlanta"}}},
    {"Police in Sydney, Brisbane and Newcastle made arrests.",
     {{"Sydney", "", "New South Wales Police Force", "Sydney"},
      {"Brisbane", "", "Queensland Police Service", "Brisbane"},
      {"Newcastle", "", "New South Wales Police Force", "Newcastle"}}},
    {"Officers in Portland, Oregon, traced the guns to Seattle.",
     {{"Portland", "", "", "Portland"}, {"Oregon", "", "", "Oregon"}, {"Seattle", "", "", "Seattle"}}},
    {"Gardai searched homes in Bray and Greystones.",
     {{"Bray", "County Wicklow", "An Garda S\u00edoch\u00e1na", "Bray"},
      {"Greystones", "County Wicklow", "An Garda S\u00edoch\u00e1na", "Greystones"}}},
    {"A man was arrested in Bray, Berkshire.",
     {{"Bray", "Berkshire", "Thames Valley Police", "Bray"},
      {"Berkshire", "Berkshire", "Thames Valley Police", "Berkshire"}}},
    // A place far larger than its namesake is not outweighed by a region named alone.
    {"Drugs were sold in Hove and St Helens.",
     {{"Hove", "East Sussex", "Sussex Police", "Hove"}, {"St Helens", "Merseyside", "Merseyside Police", "St Helens"}}},
    // A name before lower-case "counties" is a county of that name.
    {"Deputies in Bernalillo and Valencia counties arrested 12 people.",
     {{"Bernalillo County", "Bernalillo County", "", "Bernalillo"}, {"Valencia County", "Valencia County", "", "Valencia"}}},
    {"He flew to Valencia last week.", {{"Valencia", "", "", "Valencia"}}},
    // An Irish county named bare, as Irish papers do, beside its namesake town.
    {"Gardai in the Louth division searched a house in Dundalk.",
     {{"County Louth", "County Louth", "An Garda S\u00edoch\u00e1na", "Louth"},
      {"Dundalk", "County Louth", "An Garda S\u00edoch\u00e1na", "Dundalk"}}},
    {"A man from Louth was jailed at Lincoln Crown Court.",
     {{"Louth", "Lincolnshire", "Lincolnshire Police", "Louth"},
      {"Lincoln", "Lincolnshire", "Lincolnshire Police", "Lincoln"}}},
    {"Two Britons were held in Georgia after a raid in Tbilisi.",
     {{"Georgia", "", "", "Georgia"}, {"Tbilisi", "", "", "Tbilisi"}}},
    {"Prosecutors in Atlanta, Georgia, charged 12 people.",
     {{"Atlanta", "", "", "Atlanta"}, {"Georgia", "", "", "Georgia"}}},
    // A world city far larger than its UK namesake is the default.
    {"The fugitive was found in Melbourne last year.", {{"Melbourne", "", "Victoria Police", "Melbourne"}}},
    // Foreign names are people too after a given name or title, or as a given name.
    {"George Washington and Mr Dallas were named.", {}},
    {"Milan Novak and Dallas Reid were remanded.", {}},
    // Foreign names that are also common words need a place context.
    {"Swords were seized, and the Phoenix team was thanked. Reno declined to comment.", {}},
    {"Trim the budget, Nice said, and ask Victoria.", {}},
    {"Two men from Swords were charged.", {{"Swords", "County Dublin", "An Garda S\u00edoch\u00e1na", "Swords"}}},

    // --- US datelines, state abbreviations and counties ---
    {"MURFREESBORO, Tenn. \u2014 Rutherford County deputies seized fentanyl at a motel in Smyrna.",
     {{"Murfreesboro", "", "", "MURFREESBORO"},
      {"Tennessee", "", "", "Tenn."},
      {"Rutherford County", "Rutherford County", "", "Rutherford County"},
      {"Smyrna", "", "", "Smyrna"}}},
    {"Deputies with the Polk County Sheriff's Office arrested 11 people in Lakeland, Fla., on Tuesday.",
     {{"Polk County", "Polk County", "", "Polk County"},
      {"Lakeland", "", "", "Lakeland"},
      {"Florida", "", "", "Fla."}}},
    {"TAMPA, FL \u2014 Hillsborough County detectives said the guns were bought in Clearwater.",
     {{"Tampa", "", "", "TAMPA"},
      {"Florida", "", "", "FL"},
      {"Hillsborough County", "Hillsborough County", "", "Hillsborough County"},
      {"Clearwater", "", "", "Clearwater"}}},
    {"The ring moved cash from Cook County to Joliet and Naperville.",
     {{"Cook County", "Cook County", "", "Cook County"},
      {"Joliet", "", "", "Joliet"},
      {"Naperville", "", "", "Naperville"}}},
    // A county's bare name, where nothing else takes it.
    {"Broward Sheriff's Office deputies arrested two men in Pompano Beach.",
     {{"Broward County", "Broward County", "", "Broward"}, {"Pompano Beach", "", "", "Pompano Beach"}}},
    // "Md" is also how Bangladeshi names abbreviate Mohammed: not a state abbreviation here.
    {"A federal court in Alexandria, Virginia, heard the case against a man from Bethesda, Md.",
     {{"Alexandria", "", "", "Alexandria"}, {"Virginia", "", "", "Virginia"}, {"Bethesda", "", "", "Bethesda"}}},
    // Continents and world regions are places; their adjectives are not.
    {"Cocaine shipped from South America reached Europe through West Africa.",
     {{"South America", "", "", "South America"}, {"Europe", "", "", "Europe"}, {"West Africa", "", "", "West Africa"}}},
    {"The gang trafficked women from Eastern Europe and the Balkans.",
     {{"Eastern Europe", "", "", "Eastern Europe"}, {"Balkans", "", "", "Balkans"}}},
    {"A European gang ran a Caribbean restaurant as a front.", {}},
    // Abbreviations and common-word names need a place beside them or a locative word.
    {"The Wells Fargo branch was robbed twice.", {}},
    {"The coins, from about 300 B.C., were stolen from a museum.", {}},
    {"A service was held at St Paul's Cathedral for the victims.", {}},
    {"RCMP officers in Surrey, B.C., seized 40 kilograms of cocaine.",
     {{"Surrey", "", "", "Surrey"}, {"British Columbia", "", "", "B.C."}}},
    {"Police in Lower Hutt and Porirua arrested three men who had moved to Rotorua.",
     {{"Lower Hutt", "", "New Zealand Police", "Lower Hutt"},
      {"Porirua", "", "New Zealand Police", "Porirua"},
      {"Rotorua", "", "New Zealand Police", "Rotorua"}}},

    // --- Australian suburbs and local government areas ---
    {"Officers raided homes in Cabramatta, Fairfield and Liverpool before a man appeared at Parramatta Local Court.",
     {{"Cabramatta", "", kNsw, "Cabramatta"},
      {"Fairfield", "", kNsw, "Fairfield"},
      {"Liverpool", "", kNsw, "Liverpool"},
      {"Parramatta", "", kNsw, "Parramatta"}}},
    {"Victoria Police searched a unit in Dandenong and a car in Frankston.",
     {{"Victoria", "", "Victoria Police", "Victoria"},
      {"Dandenong", "", "Victoria Police", "Dandenong"},
      {"Frankston", "", "Victoria Police", "Frankston"}}},
    {"Detectives from Logan arrested a man at Beenleigh on Friday.",
     {{"Logan", "", "Queensland Police Service", "Logan"},
      {"Beenleigh", "", "Queensland Police Service", "Beenleigh"}}},
    {"Police in Sydney's west searched homes in Penrith and Mount Druitt.",
     {{"Sydney", "", kNsw, "Sydney"}, {"Penrith", "", kNsw, "Penrith"}, {"Mount Druitt", "", kNsw, "Mount Druitt"}}},
    // Gold Coast and Logan suburbs Queensland Police name; New Zealand towns and Auckland suburbs.
    {"Gold Coast detectives arrested a man at Nerang after a crash in Helensvale.",
     {{"Gold Coast", "", "Queensland Police Service", "Gold Coast"},
      {"Nerang", "", "Queensland Police Service", "Nerang"},
      {"Helensvale", "", "Queensland Police Service", "Helensvale"}}},
    {"Police in Auckland arrested a man in Papakura and another in Pukekohe.",
     {{"Auckland", "", "New Zealand Police", "Auckland"},
      {"Papakura", "", "New Zealand Police", "Papakura"},
      {"Pukekohe", "", "New Zealand Police", "Pukekohe"}}},
    {"Counties Manukau officers seized firearms at a house in Manurewa.",
     {{"Counties Manukau", "", "New Zealand Police", "Counties Manukau"},
      {"Manurewa", "", "New Zealand Police", "Manurewa"}}},
    // Mexican states in a drug story.
    // A name English keeps with its accents is written as the article writes it.
    {"The cocaine came from Sinaloa and the methamphetamine from Michoacan.",
     {{"Sinaloa", "", "", "Sinaloa"}, {"Michoacan", "", "", "Michoacan"}}},
    {"Chemicals reached labs in Michoac\u00e1n through the port.",
     {{"Michoac\u00e1n", "", "", "Michoac\u00e1n"}}},
    // The same names in a UK article are the UK places.
    {"A man from Penrith was jailed at Carlisle Crown Court.",
     {{"Penrith", "Cumbria", "Cumbria Constabulary", "Penrith"},
      {"Carlisle", "Cumbria", "Cumbria Constabulary", "Carlisle"}}},
    {"Two brothers from Liverpool were arrested at a house in Kirkby.",
     {{"Liverpool", "Merseyside", "Merseyside Police", "Liverpool"},
      {"Kirkby", "Merseyside", "Merseyside Police", "Kirkby"}}},
    {"Fairfield Halls was evacuated after a bomb threat.", {}},
    {"Surrey Police arrested a man in Windsor.",
     {{"Surrey", "Surrey", "Surrey Police", "Surrey"}, {"Windsor", "Berkshire", "Thames Valley Police", "Windsor"}}},
    {"He ordered a Tex-Mex meal before the NJ transfer was agreed.", {}},

    // --- people named like places ---
    {"Paris Hilton was photographed leaving a club in the early hours.", {}},
    {"Sydney Smith, 41, was jailed for two years.", {}},
    {"Kent Brockman reported live from outside the court.", {}},
    {"Devon Brown denied two counts of robbery.", {}},
    {"Chelsea Davies said her family had been left devastated.", {}},
    {"Jordan Henderson scored twice as Liverpool won.", {{"Liverpool", "Merseyside", "Merseyside Police", "Liverpool"}}},
    {"Lincoln Green, 52, admitted fraud at Lincoln Crown Court.",
     {{"Lincoln", "Lincolnshire", "Lincolnshire Police", "Lincoln"}}},
    {"Judge Sydney Roberts told the defendant to stand.", {}},
    // Towns do not speak: a one-word town or city before "said" is a surname.
    {"Carlisle said he had never seen the car before.", {}},
    {"Cork told the court he was innocent.", {}},
    {"London said the talks had failed.", {{"London", "Greater London", kMet, "London"}}},
    // A locative word keeps a given-name place a place, even before a capital.
    {"Man Held In Kent After Crash", {{"Kent", "Kent", "Kent Police", "Kent"}}},
    {"Police were called to a house in Devon on Friday.", {{"Devon", "Devon", "Devon and Cornwall Police", "Devon"}}},
    {"Aston Villa fans were arrested after the match.", {}},

    // --- organisations and roads ---
    {"British Transport Police and the Crown Prosecution Service were told.", {}},
    {"Kent Fire and Rescue Service crews attended.", {{"Kent", "Kent", "Kent Police", "Kent"}}},
    {"The crash happened on London Road, near the M6.", {}},
    {"The crash happened on Bury New Road, near the M60.", {}},
    {"A body was found in Christchurch Park.", {}},
    {"He drove north on U.S. 98 and was stopped.", {}},
    {"Agents seized US$240,000 in cash.", {}},
    {"The UK 2023 figures show a rise.", {{"United Kingdom", "", "", "UK"}}},
    {"Officers raided a unit on Delph New Road in Oldham.", {{"Oldham", "Greater Manchester", "Greater Manchester Police", "Oldham"}}},
    {"Traffic on the Leeds Ring Road was stopped.", {}},
    {"Shops on Leeds High Street were looted.", {{"Leeds", "West Yorkshire", "West Yorkshire Police", "Leeds"}}},
    {"Manchester United supporters clashed with police.",
     {{"Manchester", "Greater Manchester", "Greater Manchester Police", "Manchester"}}},

    // --- names with an apostrophe inside ---
    {"Police in King's Lynn arrested two men.",
     {{"King's Lynn", "Norfolk", "Norfolk Constabulary", "King's Lynn"}}},
    {"A woman from Bishop\u2019s Stortford was charged.",
     {{"Bishop's Stortford", "Hertfordshire", "Hertfordshire Constabulary", "Bishop\u2019s Stortford"}}},
    {"A man from Bishops Stortford was charged.",
     {{"Bishop's Stortford", "Hertfordshire", "Hertfordshire Constabulary", "Bishops Stortford"}}},

    // --- Welsh and Scottish Gaelic names ---
    {"He was stabbed in Caerdydd on Saturday.", {{"Cardiff", "Cardiff", "South Wales Police", "Caerdydd"}}},
    {"The assault happened in Pen-y-bont ar Ogwr.",
     {{"Bridgend", "Bridgend", "South Wales Police", "Pen-y-bont ar Ogwr"}}},
    {"Police in D\u00f9n \u00c8ideann appealed for witnesses.",
     {{"Edinburgh", "City of Edinburgh", "Police Scotland", "D\u00f9n \u00c8ideann"}}},
    {"Two men were charged after a stabbing in Londonderry.",
     {{"Derry", "Derry City and Strabane", "Police Service of Northern Ireland", "Londonderry"}}},

    // --- city districts, airports and ports (data/places_extra.tsv) ---
    {"A pipe bomb was left at a house in Harryville, Ballymena.",
     {{"Harryville", "Mid and East Antrim", "Police Service of Northern Ireland", "Harryville"},
      {"Ballymena", "Mid and East Antrim", "Police Service of Northern Ireland", "Ballymena"}}},
    {"A man was stabbed in Moss Side on Friday night.",
     {{"Moss Side", "Greater Manchester", "Greater Manchester Police", "Moss Side"}}},
    {"Officers raided flats in Splott and Butetown.",
     {{"Splott", "Cardiff", "South Wales Police", "Splott"}, {"Butetown", "Cardiff", "South Wales Police", "Butetown"}}},
    {"A teenager from Easterhouse was charged.",
     {{"Easterhouse", "Glasgow City", "Police Scotland", "Easterhouse"}}},
    {"Cocaine was found in a suitcase at Heathrow.",
     {{"Heathrow", "Greater London", kMet, "Heathrow"}}},
    {"The drugs were found in a container at London Gateway.",
     {{"London Gateway", "Essex", kEssex, "London Gateway"}}},
    // A district sharing its name with a town elsewhere: the article's city decides.
    {"Two men were arrested in Chapeltown, Leeds.",
     {{"Chapeltown", "West Yorkshire", "West Yorkshire Police", "Chapeltown"},
      {"Leeds", "West Yorkshire", "West Yorkshire Police", "Leeds"}}},
    // District names that are also surnames or clubs need a place context.
    {"Everton fans were escorted from the ground.", {}},
    {"Clapton said he had not seen the knife.", {}},
    {"Police searched homes in Everton and Anfield.",
     {{"Everton", "Merseyside", "Merseyside Police", "Everton"},
      {"Anfield", "Merseyside", "Merseyside Police", "Anfield"}}},

    // --- first-level divisions and the places crime statistics name abroad ---
    {"Carjackings fell in Gauteng and the Western Cape but rose in KwaZulu-Natal.",
     {{"Gauteng", "", "", "Gauteng"}, {"Western Cape", "", "", "Western Cape"},
      {"KwaZulu-Natal", "", "", "KwaZulu-Natal"}}},
    {"Officers at the Umlazi and Khayelitsha stations made 30 arrests.",
     {{"Umlazi", "", "", "Umlazi"}, {"Khayelitsha", "", "", "Khayelitsha"}}},
    {"Two brothers were held in Thane after raids in Pimpri Chinchwad and Bhiwandi.",
     {{"Thane", "", "", "Thane"}, {"Pimpri-Chinchwad", "", "", "Pimpri Chinchwad"},
      {"Bhiwandi", "", "", "Bhiwandi"}}},
    {"The ganja came from Odisha and was sold in Uttar Pradesh.",
     {{"Odisha", "", "", "Odisha"}, {"Uttar Pradesh", "", "", "Uttar Pradesh"}}},
    {"Thefts were flat in Greater Melbourne but doubled in Walgett and Moree.",
     {{"Greater Melbourne", "", "Victoria Police", "Greater Melbourne"},
      {"Walgett", "", kNsw, "Walgett"}, {"Moree", "", kNsw, "Moree"}}},
    {"Mounties searched homes in Sylvan Lake, Ponoka and Blackfalds.",
     {{"Sylvan Lake", "", "", "Sylvan Lake"}, {"Ponoka", "", "", "Ponoka"}, {"Blackfalds", "", "", "Blackfalds"}}},
    {"The suspect had lived in the Greater Toronto Area for a decade.",
     {{"Greater Toronto Area", "", "", "Greater Toronto Area"}}},
    {"Shootings fell in Fairhill and Strawberry Mansion last year.",
     {{"Fairhill", "", "", "Fairhill"}, {"Strawberry Mansion", "", "", "Strawberry Mansion"}}},
    {"Detections rose across Tayside while Lanarkshire and Forth Valley saw falls.",
     {{"Tayside", "", "Police Scotland", "Tayside"}, {"Lanarkshire", "Lanarkshire", "Police Scotland", "Lanarkshire"},
      {"Forth Valley", "", "Police Scotland", "Forth Valley"}}},
    // A longer region wins over the shorter name inside it.
    {"The Highlands and Islands division solved most of its cases.",
     {{"Highlands and Islands", "", "Police Scotland", "Highlands and Islands"}}},
    {"A shop in Te Atatu South was ram-raided.", {{"Te Atatu South", "", "New Zealand Police", "Te Atatu South"}}},
    {"A shop in Te Atat\u016b South was ram-raided.",
     {{"Te Atat\u016b South", "", "New Zealand Police", "Te Atat\u016b South"}}},
    // A police district named after a city is the city ("Glasgow City" is Glasgow).
    {"Auckland City and Waitemata districts recorded the most thefts.",
     {{"Auckland", "", "New Zealand Police", "Auckland City"},
      {"Waitemata", "", "New Zealand Police", "Waitemata"}}},
    // US and Canadian places keep their own "St.".
    {"Homicides also fell in St. Louis and St Albert.",
     {{"St. Louis", "", "", "St. Louis"}, {"St. Albert", "", "", "St Albert"}}},
    // Towns that are also surnames, magazines or words need a place context.
    {"Sergeant Pat Olds and Dr Ann Bourke gave evidence.", {}},
    {"Forbes listed him among the richest men in the country.", {}},
    {"Two men from Olds were charged with trafficking.", {{"Olds", "", "", "Olds"}}},
    {"Delft pottery was among the stolen goods.", {}},
    {"Marchers in Orange sashes gathered at the hall.", {}},
    {"The former minister spoke to Forbes about the case.", {}},
    // Nigerian states are "X State", written so or bare.
    {"Gunmen abducted 20 people in Zamfara and Katsina states.",
     {{"Zamfara State", "", "", "Zamfara"}, {"Katsina State", "", "", "Katsina"}}},
    {"Soldiers were sent to Benue State after the attack on a farm.", {{"Benue State", "", "", "Benue State"}}},
    {"Pipelines were vandalised in Rivers State and Delta State last month.",
     {{"Rivers State", "", "", "Rivers State"}, {"Delta State", "", "", "Delta State"}}},
    {"Armed robbers struck shops in Ikeja and Lekki overnight.", {{"Ikeja", "", "", "Ikeja"}, {"Lekki", "", "", "Lekki"}}},
    {"Officers burnt cannabis farms in the Akoko Local Government Area.", {{"Akoko", "", "", "Akoko"}}},
    {"The Local Government Area chairman was arrested.", {}},
    // A byline's and a titled person's surname is no place.
    {"By Ngozi Sokoto\nThe agency seized tramadol at the port.", {}},
    {"Mr Emeka Ondo told reporters the suspects had confessed.", {}},
    {"By the end of the week, troops had reached Maiduguri.", {{"Maiduguri", "", "", "Maiduguri"}}},
    // Jamaica's parishes and the JCF divisions named after them.
    {"Murders fell in St Catherine South and Clarendon, Jamaica police said.",
     {{"St Catherine", "", "", "St Catherine"}, {"Clarendon", "", "", "Clarendon"}, {"Jamaica", "", "", "Jamaica"}}},
    {"The St Andrew North division in Jamaica recorded 38 shootings.",
     {{"St Andrew", "", "", "St Andrew"}, {"Jamaica", "", "", "Jamaica"}}},
    {"Police in Portmore said Superintendent Gary Trelawny would lead the probe.", {{"Portmore", "", "", "Portmore"}}},
    {"Lord Clarendon and the Bishop of St Andrew attended the dinner.", {}},
    {"She was treated at St Elizabeth's Hospice after studying at St Catherine's College.", {}},
    // Singapore's towns; Woodlands needs a Singapore story.
    {"Drug raids were carried out in Tampines, Hougang and Toa Payoh.",
     {{"Tampines", "", "", "Tampines"}, {"Hougang", "", "", "Hougang"}, {"Toa Payoh", "", "", "Toa Payoh"}}},
    {"The lorry was stopped at Woodlands Checkpoint on its way from Johor Bahru to Singapore.",
     {{"Woodlands", "", "", "Woodlands"}, {"Johor Bahru", "", "", "Johor Bahru"}, {"Singapore", "", "", "Singapore"}}},
    {"Walkers found the bag in Oak Woodlands near the river.", {}},
    {"A house in Woodlands near Doncaster was searched by South Yorkshire Police.",
     {{"Doncaster", "South Yorkshire", "South Yorkshire Police", "Doncaster"},
      {"South Yorkshire", "South Yorkshire", "South Yorkshire Police", "South Yorkshire"}}},
    {"A flat in Woodlands was raided.", {{"Woodlands", "", "", "Woodlands"}}},
    // A US state's patrol names the state; a police department names its town.
    {"Troopers of the Georgia State Patrol stopped the van near Chattanooga, Tennessee.",
     {{"Georgia", "", "", "Georgia"}, {"Chattanooga", "", "", "Chattanooga"}, {"Tennessee", "", "", "Tennessee"}}},
    {"Officers of the Hixson Police Department arrested a woman.", {{"Hixson", "", "", "Hixson"}}},
    // Scotland's NHS boards, named whole.
    {"NHS Grampian and NHS Ayrshire and Arran recorded fewer deaths than Greater Glasgow and Clyde.",
     {{"Grampian", "", "Police Scotland", "Grampian"},
      {"Ayrshire and Arran", "", "Police Scotland", "Ayrshire and Arran"},
      {"Greater Glasgow and Clyde", "", "Police Scotland", "Greater Glasgow and Clyde"}}},
    {"Police in Orange and Dubbo reported more car thefts.",
     {{"Orange", "", kNsw, "Orange"}, {"Dubbo", "", kNsw, "Dubbo"}}},
    {"Victoria's Secret said the store would reopen.", {}},
    // A person's address after a comma: ", of".
    {"Dana Reid, 41, of Lacombe, was charged with nine offences.", {{"Lacombe", "", "", "Lacombe"}}},
    {"Kim Cole (29), of Bourke, was remanded.", {{"Bourke", "", kNsw, "Bourke"}}},
    {"The Duke of Bourke is not a real title.", {}},
    // A town after a person's age is a place even where the gazetteer lacks it.
    {"Lee Park, 52, of Signal Mountain, was charged with burglary.", {{"Signal Mountain", "", "", "Signal Mountain"}}},
    {"Jo Hart (33), of Flat 4, Mill House, was bailed.", {}},
    {"Sam Cole, 19, of Birch Close, was remanded in custody.", {}},
    {"A man, 45, of no fixed address was charged.", {}},
    {"The total, 12, of which three were stolen cars, was a record.", {}},
    // Tables of places with figures in brackets are lists.
    {"The highest rates were in Brewarrina (3,104) and Bourke (2,715).",
     {{"Brewarrina", "", kNsw, "Brewarrina"}, {"Bourke", "", kNsw, "Bourke"}}},
    {"Stations in Khayelitsha (91), Nyanga (70) and Delft (64) topped the list.",
     {{"Khayelitsha", "", "", "Khayelitsha"}, {"Nyanga", "", "", "Nyanga"}, {"Delft", "", "", "Delft"}}},
    // A possessive place before the name of its own body.
    {"Unlike New South Wales, Victoria's Department of Justice publishes monthly figures.",
     {{"New South Wales", "", kNsw, "New South Wales"}, {"Victoria", "", "Victoria Police", "Victoria"}}},
    // A police station or district is named after its area, known or not.
    {"A complaint was registered at the Kharadi police station on Monday.", {{"Kharadi", "", "", "Kharadi"}}},
    {"Officers from the Orana Mid-Western Police District made 40 arrests.",
     {{"Orana Mid-Western", "", "", "Orana Mid-Western"}}},
    {"The Umlazi police station recorded the most murders.", {{"Umlazi", "", "", "Umlazi"}}},
    {"He was taken to Kevin Street Garda station.", {}},
    {"A woman was attacked outside Central Police Station last night.", {}},
    {"The suspect walked into the MIDC police station.", {}},
    {"Teen Held After Brawl Near Lakeside Police Station", {}},
    // Outside Britain and Ireland "<Name> County" is the county named in full.
    {"Deputies from the Tippecanoe County Sheriff's Office arrested two men in Indiana.",
     {{"Tippecanoe County", "", "", "Tippecanoe County"}, {"Indiana", "", "", "Indiana"}}},
    {"The Bristol County District Attorney's Office in Massachusetts charged the driver.",
     {{"Bristol County", "", "", "Bristol County"}, {"Massachusetts", "", "", "Massachusetts"}}},
    // The county's name alone is its short form (or town) in the same article.
    {"Muskingum County deputies in Ohio said the pair had lived near Muskingum for years.",
     {{"Muskingum County", "", "", "Muskingum County"}, {"Ohio", "", "", "Ohio"}, {"Muskingum", "", "", "Muskingum"}}},
    {"Muskingum is no place we know of, but Ohio is a state.", {{"Ohio", "", "", "Ohio"}}},
    {"Kent County Council and Medway Council agreed the plan.",
     {{"Kent", "Kent", "Kent Police", "Kent"}, {"Medway", "Kent", "Kent Police", "Medway"}}},
    // Crown Courts are English and Welsh, whatever the article's other places.
    {"Before moving to the Gold Coast he was jailed at Southport Crown Court.",
     {{"Gold Coast", "", "Queensland Police Service", "Gold Coast"},
      {"Southport", "Merseyside", "Merseyside Police", "Southport"}}},

    // --- families abroad: Hong Kong, Kenya, Quebec, Dublin; Fenland and Gwynedd villages; ports ---
    {"Customs officers opened a container at Kwai Chung and searched a flat in Tuen Mun.",
     {{"Kwai Chung", "", "", "Kwai Chung"}, {"Tuen Mun", "", "", "Tuen Mun"}}},
    {"The two will appear at Kowloon City Magistrates' Court next week.", {{"Kowloon City", "", "", "Kowloon City"}}},
    {"The courier was remanded at West Kowloon Court.", {{"West Kowloon", "", "", "West Kowloon"}}},
    {"Detectives raided a house in Ruiru, Kiambu County, on Monday.",
     {{"Ruiru", "Kiambu County", "", "Ruiru"}, {"Kiambu County", "Kiambu County", "", "Kiambu County"}}},
    {"Malindi and Kwale recorded most of the arrests.",
     {{"Malindi", "Kilifi County", "", "Malindi"}, {"Kwale", "Kwale County", "", "Kwale"}}},
    {"Nakuru County police said Nakuru had the most cases.",
     {{"Nakuru County", "Nakuru County", "", "Nakuru County"}, {"Nakuru", "Nakuru County", "", "Nakuru"}}},
    {"Police searched homes in Blainville, Saint-Eustache and Montr\u00e9al-Nord.",
     {{"Blainville", "", "", "Blainville"},
      {"Saint-Eustache", "", "", "Saint-Eustache"},
      {"Montr\u00e9al-Nord", "", "", "Montr\u00e9al-Nord"}}},
    {"Two men were arrested near Lacolle in the Mont\u00e9r\u00e9gie.",
     {{"Lacolle", "", "", "Lacolle"}, {"Mont\u00e9r\u00e9gie", "", "", "Mont\u00e9r\u00e9gie"}}},
    {"The cannabis came from a farm in the Laurentians.", {{"Laurentians", "", "", "Laurentians"}}},
    {"Garda\u00ed searched houses in Clondalkin and Tyrrelstown.",
     {{"Clondalkin", "County Dublin", "An Garda S\u00edoch\u00e1na", "Clondalkin"},
      {"Tyrrelstown", "County Dublin", "An Garda S\u00edoch\u00e1na", "Tyrrelstown"}}},
    {"Garda\u00ed raided a pub in Crumlin on Friday.",
     {{"Crumlin", "County Dublin", "An Garda S\u00edoch\u00e1na", "Crumlin"}}},
    {"A van was stopped in Guyhirn and another near Parson Drove.",
     {{"Guyhirn", "Cambridgeshire", "Cambridgeshire Constabulary", "Guyhirn"},
      {"Parson Drove", "Cambridgeshire", "Cambridgeshire Constabulary", "Parson Drove"}}},
    {"Officers patrolled Penygroes and the rest of Dyffryn Nantlle.",
     {{"Penygroes", "Gwynedd", "North Wales Police", "Penygroes"},
      {"Dyffryn Nantlle", "Gwynedd", "North Wales Police", "Dyffryn Nantlle"}}},
    {"A woman from Blaenau Ffestiniog was charged.",
     {{"Blaenau Ffestiniog", "Gwynedd", "North Wales Police", "Blaenau Ffestiniog"}}},
    {"The cocaine was loaded at Callao and unloaded at Gioia Tauro.",
     {{"Callao", "", "", "Callao"}, {"Gioia Tauro", "", "", "Gioia Tauro"}}},
    {"Gangs now ship through the Asia-Pacific region.", {{"Asia-Pacific", "", "", "Asia-Pacific"}}},
    {"BlackRock shares rose on Monday.", {}},
    // A regional police force names its region; Toronto's districts beside Toronto.
    {"York Regional Police said a man from Markham was charged.",
     {{"York Region", "", "", "York Regional"}, {"Markham", "", "", "Markham"}}},
    {"Toronto police made arrests in Scarborough and North York.",
     {{"Toronto", "", "", "Toronto"}, {"Scarborough", "", "", "Scarborough"}, {"North York", "", "", "North York"}}},
    {"A man from Scarborough was jailed at York Crown Court.",
     {{"Scarborough", "North Yorkshire", "North Yorkshire Police", "Scarborough"},
      {"York", "North Yorkshire", "North Yorkshire Police", "York"}}},
    // --- accents as the article writes them, where English keeps them ---
    {"Couriers flew from S\u00e3o Paulo to Lisbon.", {{"S\u00e3o Paulo", "", "", "S\u00e3o Paulo"}, {"Lisbon", "", "", "Lisbon"}}},
    {"Couriers flew from Sao Paulo to Lisbon.", {{"Sao Paulo", "", "", "Sao Paulo"}, {"Lisbon", "", "", "Lisbon"}}},
    {"Police in Montr\u00e9al seized 12 handguns.", {{"Montreal", "", "", "Montr\u00e9al"}}},
    // --- a place abroad and a compass word after it, as one unit, are a suburb ---
    {"Officers searched his Frankston South unit.", {{"Frankston South", "", "Victoria Police", "Frankston South"}}},
    {"Parramatta South East patrols were doubled.", {{"Parramatta", "", kNsw, "Parramatta"}}},
    {"He moved to Ottawa. South of the river, crime fell.", {{"Ottawa", "", "", "Ottawa"}}},
    {"Leeds North had the most burglaries.", {{"Leeds", "West Yorkshire", "West Yorkshire Police", "Leeds"}}},
    // --- court lists: a name in capitals with an age is a person; a town after a street is a place ---
    {"TOM WITHAM, 29, of Elm Close, Braintree, was fined.", {{"Braintree", "Essex", kEssex, "Braintree"}}},
    {"Zdenek Ely, 40, was jailed for a year.", {}},
    {"KAREN SMITH, 31, of Mill Road, March, was fined.",
     {{"March", "Cambridgeshire", "Cambridgeshire Constabulary", "March"}}},
    {"Roadworks on Mill Road, March 14 to 20, will close it.", {}},
    // --- roads between two places, breadcrumbs, credit lines ---
    {"Lorries queued for hours on the Mombasa-Nairobi highway.", {}},
    {"Fares on the London-Paris train rose.", {{"London", "Greater London", kMet, "London"}, {"Paris", "", "", "Paris"}}},
    {"Kent / Deal", {{"Kent", "Kent", "Kent Police", "Kent"}}},
    {"With files from Radio-Canada and The Canadian Press", {}},
    {"Excise officers stopped a lorry on the Lahore-Sialkot Motorway.", {}},
    // --- gazetteer families abroad: the Philippines, Pakistan, India, Sri Lanka, Malta, Ghana, WA ---
    {"Agents raided drug dens in Dumaguete and Tacloban.",
     {{"Dumaguete", "Negros Oriental", "", "Dumaguete"}, {"Tacloban", "Leyte", "", "Tacloban"}}},
    {"Police in Mardan and Kohat recovered hashish.", {{"Mardan", "", "", "Mardan"}, {"Kohat", "", "", "Kohat"}}},
    {"The boat left Rameswaram for Jaffna before dawn.",
     {{"Rameswaram", "", "", "Rameswaram"}, {"Jaffna", "", "", "Jaffna"}}},
    {"Police raided a garage in \u017bejtun and a flat in Marsaskala.",
     {{"\u017bejtun", "", "", "\u017bejtun"}, {"Marsaskala", "", "", "Marsaskala"}}},
    {"Two men from \u0126amrun were stopped at \u010airkewwa.",
     {{"\u0126amrun", "", "", "\u0126amrun"}, {"\u010airkewwa", "", "", "\u010airkewwa"}}},
    {"Cargo was searched at the Freeport in Marsaxlokk, Malta.",
     {{"Marsaxlokk", "", "", "Marsaxlokk"}, {"Malta", "", "", "Malta"}}},
    {"Officers searched homes in the Oti, Ahafo and Upper West regions.",
     {{"Oti Region", "", "", "Oti"}, {"Ahafo Region", "", "", "Ahafo"}, {"Upper West Region", "", "", "Upper West"}}},
    {"Cannabis was found at a farm near Coolgardie.",
     {{"Coolgardie", "", "Western Australia Police Force", "Coolgardie"}}},
    {"Ice is spreading in Devonport and New Norfolk, Tasmania.",
     {{"Devonport", "", "Tasmania Police", "Devonport"}, {"New Norfolk", "", "Tasmania Police", "New Norfolk"},
      {"Tasmania", "", "Tasmania Police", "Tasmania"}}},
    {"A man was shot in Morris Heights, the Bronx.",
     {{"Morris Heights", "", "", "Morris Heights"}, {"Bronx", "", "", "Bronx"}}},
    // --- big-city districts, uplands, short names at home ---
    {"Warrants were executed in Norris Green and Croxteth.",
     {{"Norris Green", "Merseyside", "Merseyside Police", "Norris Green"},
      {"Croxteth", "Merseyside", "Merseyside Police", "Croxteth"}}},
    {"A walker found the bag on Bodmin Moor.", {{"Bodmin Moor", "Cornwall", "Devon and Cornwall Police", "Bodmin Moor"}}},
    {"Burglaries fell across Hull and the East Riding.",
     {{"Kingston upon Hull", "East Riding of Yorkshire", "Humberside Police", "Hull"},
      {"East Riding of Yorkshire", "East Riding of Yorkshire", "Humberside Police", "East Riding"}}},
    {"Thefts rose on Anglesey and in Gwynedd.",
     {{"Anglesey", "Isle of Anglesey", "North Wales Police", "Anglesey"},
      {"Gwynedd", "Gwynedd", "North Wales Police", "Gwynedd"}}},
    // --- the front of a longer capitalised name is not the place ---
    {"There was a shooting in Crewe Heights last night.", {}},
    {"A flat in Exeter Vale was searched.", {}},
    // --- people: a role noun before the name; a byline's surname only there ---
    {"His solicitor, Maria Preston, declined to comment.", {}},
    {"Her son, Kofi Tamale, was held overnight.", {}},
    {"By Jane Wigan\nRaids took place in Wigan, Leigh and Bolton.",
     {{"Wigan", "Greater Manchester", "Greater Manchester Police", "Wigan"},
      {"Leigh", "Greater Manchester", "Greater Manchester Police", "Leigh"},
      {"Bolton", "Greater Manchester", "Greater Manchester Police", "Bolton"}}},
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
      found.push_back({std::string(p.name), std::string(p.county), std::string(p.police_force),
                       text.substr(span.begin, span.end - span.begin), span.begin});
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

TEST_CASE("places: names shared abroad resolve to the state or country the article names") {
  const auto extractor = crimestats::make_places_extractor(CRIMESTATS_SOURCE_DIR "/data");
  const auto region_of = [&](const std::string& text, const std::string& name) {
    crimestats::Facts facts;
    extractor->extract({text, crimestats::Date{}, crimestats::DateOrder::dmy}, facts);
    for (const auto& p : facts.places) {
      if (p.name == name) return std::string(p.region) + " / " + std::string(p.country);
    }
    return std::string("(not found)");
  };
  // Polk County is in Florida and Iowa; Smyrna in Tennessee and Georgia.
  CHECK(region_of("Polk County deputies searched a home in Lakeland.", "Polk County") == "Florida / United States");
  CHECK(region_of("Polk County deputies searched a home in Des Moines.", "Polk County") == "Iowa / United States");
  CHECK(region_of("SMYRNA, Ga. \u2014 Two men were shot.", "Smyrna") == "Georgia / United States");
  CHECK(region_of("SMYRNA, Tenn. \u2014 Two men were shot.", "Smyrna") == "Tennessee / United States");
  // Springfield is in five states: the one named wins, else the most populous.
  CHECK(region_of("Springfield, Illinois, police said the car was stolen.", "Springfield") ==
        "Illinois / United States");
  CHECK(region_of("Police in Springfield, Massachusetts, made the arrest.", "Springfield") ==
        "Massachusetts / United States");
  // UK namesakes: alone the UK place, beside Australian or Canadian places the one there.
  CHECK(region_of("A man from Ipswich admitted supplying heroin.", "Ipswich") == "East of England / England");
  CHECK(region_of("Detectives in Brisbane and Ipswich seized guns.", "Ipswich") == "Queensland / Australia");
  CHECK(region_of("The cannabis was grown in Launceston, Tasmania.", "Launceston") == "Tasmania / Australia");
  CHECK(region_of("A man from Southport admitted supplying heroin.", "Southport") == "North West / England");
  CHECK(region_of("Gold Coast police arrested a man in Southport.", "Southport") == "Queensland / Australia");
  CHECK(region_of("Deputies from Valencia County arrested a man in Los Lunas, New Mexico.", "Valencia County") ==
        "New Mexico / United States");
  CHECK(region_of("Drugs were found in a car in Windsor.", "Windsor") == "South East / England");
  CHECK(region_of("Police in Windsor, Ont., seized the drugs.", "Windsor") == "Ontario / Canada");
  // Neighbourhoods and towns named like English places, told apart by the article's other places.
  CHECK(region_of("Overdoses fell in Kensington, Philadelphia officials said.", "Kensington") ==
        "Pennsylvania / United States");
  CHECK(region_of("Knife crime rose in Kensington, west London.", "Kensington") == "London / England");
  CHECK(region_of("A Brockton man appeared in Taunton District Court.", "Taunton") ==
        "Massachusetts / United States");
  CHECK(region_of("A Yeovil man appeared at Taunton Crown Court.", "Taunton") == "South West / England");
  CHECK(region_of("RCMP stopped a truck near Innisfail, Alta., on Highway 2.", "Innisfail") == "Alberta / Canada");
  CHECK(region_of("Police in Cairns and Innisfail seized cannabis.", "Innisfail") == "Queensland / Australia");
  // Jamaica's parishes named like English cities and US towns, and Georgia the state.
  CHECK(region_of("Two men were shot in Manchester and St Elizabeth, Jamaica.", "Manchester") == " / Jamaica");
  CHECK(region_of("Gunmen struck in Portland and Spanish Town overnight.", "Portland") == " / Jamaica");
  CHECK(region_of("A man from Manchester was jailed in Salford.", "Manchester") == "North West / England");
  CHECK(region_of("The Georgia State Patrol said the driver was from Atlanta.", "Georgia") == " / United States");
  CHECK(region_of("The heroin was smuggled from Amritsar into Punjab.", "Punjab") == " / India");
  CHECK(region_of("The heroin was smuggled from Lahore into Punjab.", "Punjab") == " / Pakistan");
  // A dateline in capitals with no state after it names the city: the US capital, not the state.
  CHECK(region_of("WASHINGTON (AP) \u2014 Agents seized fentanyl in Phoenix, Arizona.", "Washington") ==
        "District of Columbia / United States");
  CHECK(region_of("WASHINGTON - The Justice Department charged 40 people in Ohio and Texas.", "Washington") ==
        "District of Columbia / United States");
  CHECK(region_of("Police in Seattle, Washington, seized the drugs.", "Washington State") == " / United States");
}

TEST_CASE("places: made places have a type and the article's country, and outlive the article") {
  const auto extractor = crimestats::make_places_extractor(CRIMESTATS_SOURCE_DIR "/data");
  std::vector<crimestats::Facts> kept;
  for (const std::string county_name : {"Plymouth County", "Worcester County"}) {
    crimestats::Facts facts;
    std::string text = "The " + county_name + " District Attorney said two men from Brockton were charged.";
    extractor->extract({text, crimestats::Date{}, crimestats::DateOrder::dmy}, facts);
    text.assign(text.size(), 'x');  // the name must not view the article
    REQUIRE(facts.places.size() == 2);
    const auto& county = facts.places[1];
    CHECK(facts.places[0].name == "Brockton");
    CHECK(county.name == county_name);
    CHECK(county.type == "county");
    CHECK(county.country == "United States");
    CHECK((county.mentions == std::vector<crimestats::Span>{{4, 4 + county_name.size()}}));
    kept.push_back(facts);  // a copy keeps the names it views
  }
  // The facts of each article keep their own made names, whatever came after.
  REQUIRE(kept.size() == 2);
  CHECK(kept[0].places[1].name == "Plymouth County");
  CHECK(kept[1].places[1].name == "Worcester County");
  CHECK(kept[0].owned_names.size() == 1);
  crimestats::Facts facts;
  extractor->extract({"Essex County Council and Durham County Council met in London.", crimestats::Date{},
                      crimestats::DateOrder::dmy},
                     facts);
  // British councils named "X County Council" name the county the gazetteer has.
  std::vector<std::string> names;
  for (const auto& p : facts.places) names.emplace_back(p.name);
  CHECK(names == std::vector<std::string>{"Essex", "Durham", "London"});
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
