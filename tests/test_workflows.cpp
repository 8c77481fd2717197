// End-to-end tests of how people use crimestats: spreadsheets, nightly
// runs, shards, summaries, evaluation, the schema.
#include <catch2/catch.hpp>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <thread>

#include "cli_runner.hpp"
#include "crimestats/schema.hpp"

namespace fs = std::filesystem;
using namespace cli_test;

namespace {

// A folder of small articles with known figures.
fs::path article_folder(int n) {
  const fs::path dir = scratch("articles");
  for (int i = 0; i < n; ++i) {
    std::ofstream(dir / ("a" + std::to_string(100 + i) + ".txt"))
        << "Raid in Colchester\n\nPolice made " << (i + 2) << " arrests and seized \xC2\xA3" << (i + 1)
        << ",000 in cash in Colchester, Essex, in 2021.\n";
  }
  return dir;
}

std::size_t count_lines(const std::string& s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n')); }

}  // namespace

TEST_CASE("every record of the examples and the corpus validates against the schema") {
  const auto schema = crimestats::record_schema();
  for (const std::string& dir : {kExamples, kCorpus + "/articles"}) {
    const Run run = run_crimestats("extract --reference-date 2020-06-01 " + quote(dir));
    REQUIRE(run.status == 0);
    const auto recs = records(run.out);
    CHECK(recs.size() >= 6);
    for (const auto& r : recs) {
      const auto errors = crimestats::schema_errors(schema, r);
      INFO(r["id"] << ": " << (errors.empty() ? "" : errors[0]));
      CHECK(errors.empty());
    }
  }
  const Run printed = run_crimestats("schema");
  CHECK(printed.status == 0);
  CHECK(nlohmann::ordered_json::parse(printed.out) == schema);
}

TEST_CASE("long CSV has one row per fact with RFC 4180 quoting") {
  const Run run = run_crimestats("extract --format csv --reference-date 2022-01-01 -",
                             "Police said: \"we made 19 arrests\", and seized \xC2\xA3" "7,000 in cash.\n");
  REQUIRE(run.status == 0);
  CHECK(run.out.rfind("id,path,kind,value,unit,category,qualifier,text,start,end\r\n", 0) == 0);
  CHECK(run.out.find("stdin,-,count,19,,arrests,,19 arrests,22,32\r\n") != std::string::npos);
  CHECK(run.out.find("stdin,-,money,7000,GBP,cash_seized,,\"\xC2\xA3" "7,000\",46,53\r\n") != std::string::npos);
  const Run no_spans = run_crimestats("extract --format csv --no-spans -", "Police made 19 arrests.\n");
  CHECK(no_spans.out.find("stdin,-,count,19,,arrests,,19 arrests,,\r\n") != std::string::npos);
}

TEST_CASE("wide CSV has one row per article with headline figures") {
  const fs::path dir = article_folder(2);
  const Run run = run_crimestats("extract --format csv-wide " + quote(dir.string()));
  REQUIRE(run.status == 0);
  std::istringstream in(run.out);
  std::string header, first, second, extra;
  std::getline(in, header);
  std::getline(in, first);
  std::getline(in, second);
  CHECK_FALSE(std::getline(in, extra));
  CHECK(header ==
        "id,title,published,arrests,charges,safeguarded,cash_seized_gbp,drugs_value_gbp,funding_gbp,places,"
        "police_forces,operations,first_date,last_date\r");
  CHECK(first.rfind("a100,Raid in Colchester,,2,,,1000,,,", 0) == 0);
  CHECK(first.find("Essex Police") != std::string::npos);
  CHECK(first.find(",2021,2021\r") != std::string::npos);
  CHECK(second.rfind("a101,Raid in Colchester,,3,,,2000,", 0) == 0);
}

TEST_CASE("nightly runs with state process only new or changed files") {
  const fs::path dir = article_folder(3);
  const fs::path work = scratch("nightly");
  const std::string out = (work / "records.jsonl").string(), state = (work / "state").string();
  const std::string args = "extract --quiet --state " + quote(state) + " --output " + quote(out) + " --append " +
                           quote(dir.string());
  REQUIRE(run_crimestats(args).status == 0);
  CHECK(count_lines(slurp(out)) == 3);
  // Nothing new: nothing appended.
  REQUIRE(run_crimestats(args).status == 0);
  CHECK(count_lines(slurp(out)) == 3);
  // One new file, one changed, one only touched.
  std::ofstream(dir / "a200.txt") << "Police made 7 arrests.\n";
  std::ofstream(dir / "a100.txt", std::ios::app) << "Two more people were charged.\n";
  fs::last_write_time(dir / "a101.txt", fs::last_write_time(dir / "a101.txt") + std::chrono::hours(1));
  REQUIRE(run_crimestats(args).status == 0);
  const auto recs = records(slurp(out));
  REQUIRE(recs.size() == 5);
  CHECK(recs[3]["id"] == "a100");
  CHECK(recs[4]["id"] == "a200");
}

TEST_CASE("a second run on the same state exits 75 at once") {
  const fs::path work = scratch("locked");
  const std::string state = (work / "state").string();
  // Hold the lock with flock(1) while crimestats tries to take it.
  const int status = shell("flock " + quote(state + ".lock") + " " + quote(CRIMESTATS_BINARY) +
                           " extract --quiet --state " + quote(state) + " - </dev/null 2>/dev/null; exit 0");
  CHECK(status == 0);
  const Run run = run_crimestats("extract --quiet --state " + quote(state) + " " + quote(kExamples));
  CHECK(run.status == 0);
  const int locked = shell("flock " + quote(state + ".lock") + " sh -c " +
                           quote(quote(CRIMESTATS_BINARY) + " extract --state " + quote(state) + " " + quote(kExamples) +
                                 " >/dev/null 2>" + quote((work / "err").string()) + "; exit $?"));
  CHECK(locked == 75);
  CHECK(slurp(work / "err").find("another crimestats run holds this state") != std::string::npos);
}

TEST_CASE("a run killed midway and rerun has every record exactly once and no partial line") {
  const fs::path dir = article_folder(400);
  const fs::path work = scratch("killed");
  const std::string out = (work / "records.jsonl").string(), state = (work / "state").string();
  const std::string command = quote(CRIMESTATS_BINARY) + " extract --quiet --jobs 2 --state " + quote(state) +
                              " --output " + quote(out) + " --append " + quote(dir.string());
  // Kill after a short while, several times, then let it finish.
  for (int delay_ms : {30, 60, 90}) {
    shell("timeout -s KILL " + std::to_string(delay_ms / 1000.0) + " " + command + " 2>/dev/null; exit 0");
  }
  REQUIRE(shell(command) == 0);
  const std::string text = slurp(out);
  REQUIRE(!text.empty());
  CHECK(text.back() == '\n');
  std::map<std::string, int> seen;
  for (const auto& r : records(text)) ++seen[r["id"].get<std::string>()];
  CHECK(seen.size() == 400);
  for (const auto& [id, n] : seen) {
    INFO(id);
    CHECK(n == 1);
  }
}

TEST_CASE("shards split the run and their union is the whole run") {
  const fs::path dir = article_folder(30);
  const Run whole = run_crimestats("extract --quiet --reference-date 2022-01-01 " + quote(dir.string()));
  std::set<std::string> all;
  for (const auto& r : records(whole.out)) all.insert(r.dump());
  REQUIRE(all.size() == 30);
  // GNU parallel runs the three shards at once, as it would across hosts.
  const fs::path out = scratch("shards") / "out.jsonl";
  const int status = shell("parallel --will-cite " + quote(std::string(CRIMESTATS_BINARY)) +
                           " extract --quiet --reference-date 2022-01-01 --shard {}/3 " + quote(dir.string()) +
                           " ::: 1 2 3 > " + quote(out.string()));
  REQUIRE(status == 0);
  std::multiset<std::string> united;
  for (const auto& r : records(slurp(out))) united.insert(r.dump());
  CHECK(united.size() == 30);
  CHECK(std::set<std::string>(united.begin(), united.end()) == all);
  CHECK(run_crimestats("extract --shard 4/3 -").status == 2);
}

TEST_CASE("summary totals by police force, place and month") {
  const fs::path dir = article_folder(3);
  const fs::path work = scratch("summary");
  const std::string recs = (work / "r.jsonl").string();
  REQUIRE(shell(quote(CRIMESTATS_BINARY) + " extract --reference-date 2021-05-04 " + quote(dir.string()) + " > " +
                quote(recs)) == 0);
  const Run csv = run_crimestats("summary --format csv " + quote(recs));
  REQUIRE(csv.status == 0);
  CHECK(csv.out.find("group,key,articles,arrests,charges,safeguarded,cash_seized_gbp,drugs_value_gbp\r\n") == 0);
  // Arrests 2+3+4, cash 1000+2000+3000.
  CHECK(csv.out.find("police_force,Essex Police,3,9,0,0,6000,0\r\n") != std::string::npos);
  CHECK(csv.out.find("place,Colchester,3,9,0,0,6000,0\r\n") != std::string::npos);
  CHECK(csv.out.find("month,2021-05,3,9,0,0,6000,0\r\n") != std::string::npos);
  const Run table = run_crimestats("summary --format table " + quote(recs));
  CHECK(table.out.find("by police_force") != std::string::npos);
}

TEST_CASE("eval scores a gold set") {
  const fs::path set = scratch("gold");
  fs::create_directories(set / "articles");
  std::ofstream(set / "articles" / "g1.txt") << "Police made 19 arrests and seized \xC2\xA3" "7,000 in cash in 2018.\n";
  std::ofstream(set / "gold.jsonl")
      << R"({"id":"g1","reference_date":"2019-01-01","published":null,"counts":[{"value":19,"category":"arrests"},)"
      << R"({"value":4,"category":"charges"}],"money":[{"amount":7000,"currency":"GBP"}],"percentages":[],)"
      << R"("dates":["2018"],"places":[],"operations":[],"drugs":[],"drug_quantities":[]})" << "\n";
  const Run run = run_crimestats("eval --json --gold " + quote((set / "gold.jsonl").string()) + " " +
                             quote((set / "articles").string()));
  REQUIRE(run.status == 0);
  const auto scores = nlohmann::json::parse(run.out);
  CHECK(scores["counts"]["tp"] == 1);
  CHECK(scores["counts"]["fn"] == 1);
  CHECK(scores["counts"]["recall"] == 0.5);
  CHECK(scores["money"]["f1"] == 1.0);
  CHECK(scores["dates"]["tp"] == 1);
}

TEST_CASE("eval agrees with the shared score.py on the project corpus") {
  const fs::path score_py = fs::path(CRIMESTATS_SOURCE_DIR) / ".." / "shared" / "eval" / "score.py";
  if (!fs::exists(score_py)) {
    WARN("../shared/eval/score.py not present: agreement not checked here");
    return;
  }
  const fs::path work = scratch("agree");
  const std::string predictions = (work / "pred.jsonl").string();
  // Predictions made the way run-tool.sh makes them: one article at a time with its reference date.
  std::ifstream gold(kCorpus + "/gold.jsonl");
  for (std::string line; std::getline(gold, line);) {
    if (line.empty()) continue;
    const auto g = nlohmann::json::parse(line);
    const std::string id = g["id"];
    std::string args = " extract";
    if (g.contains("reference_date") && g["reference_date"].is_string()) {
      args += " --reference-date " + g["reference_date"].get<std::string>();
    }
    shell(quote(CRIMESTATS_BINARY) + args + " " + quote(kCorpus + "/articles/" + id + ".txt") + " >> " +
          quote(predictions) + " 2>/dev/null");
  }
  const std::string py = (work / "py.json").string();
  REQUIRE(shell("python3 " + quote(score_py.string()) + " " + quote(kCorpus + "/gold.jsonl") + " " +
                quote(predictions) + " --json > " + quote(py)) == 0);
  const Run ours = run_crimestats("eval --json --gold " + quote(kCorpus + "/gold.jsonl") + " " + quote(kCorpus + "/articles"));
  const auto a = nlohmann::json::parse(slurp(py)), b = nlohmann::json::parse(ours.out);
  for (const auto& [field, row] : a.items()) {
    INFO(field);
    CHECK(b[field]["tp"] == row["tp"]);
    CHECK(b[field]["fp"] == row["fp"]);
    CHECK(b[field]["fn"] == row["fn"]);
  }
}

TEST_CASE("JSON Lines input streams records and reports a bad line by number") {
  const Run run = run_crimestats("extract --input-format jsonl --reference-date 2022-01-01 -",
                             "{\"id\":\"x1\",\"text\":\"Police made 19 arrests.\"}\nnot json\n"
                             "{\"id\":\"x2\",\"text\":\"Officers made 4 arrests.\"}\n");
  CHECK(run.status == 1);
  CHECK(run.err.find("crimestats: -: line 2:") != std::string::npos);
  const auto recs = records(run.out);
  REQUIRE(recs.size() == 2);
  CHECK(recs[0]["id"] == "x1");
  CHECK(recs[1]["id"] == "x2");
}

TEST_CASE("files-from reads paths one per line or NUL-separated") {
  const fs::path dir = article_folder(2);
  const fs::path list = scratch("list") / "paths";
  std::ofstream(list) << (dir / "a101.txt").string() << "\n" << (dir / "a100.txt").string() << "\n";
  const Run run = run_crimestats("extract --files-from " + quote(list.string()));
  REQUIRE(run.status == 0);
  const auto recs = records(run.out);
  REQUIRE(recs.size() == 2);
  CHECK(recs[0]["id"] == "a101");
  const Run nul = run_crimestats("extract -0 --files-from -", (dir / "a100.txt").string() + std::string(1, '\0'));
  REQUIRE(nul.status == 0);
  CHECK(records(nul.out).at(0)["id"] == "a100");
}

TEST_CASE("a saved page and a scrape give the facts of the clean text") {
  const std::string dir = std::string(CRIMESTATS_SOURCE_DIR) + "/tests/fixtures/inputs/";
  // Spans differ between the forms; everything else must not.
  const auto facts = [&](const std::string& file) {
    const Run run = run_crimestats("extract --no-spans --reference-date 2024-01-01 " + quote(dir + file));
    REQUIRE(run.status == 0);
    const auto recs = records(run.out);
    REQUIRE(recs.size() == 1);
    nlohmann::json f;
    for (const char* key : {"counts", "money", "percentages", "dates", "places", "operations", "drugs",
                            "drug_quantities", "title", "published"}) {
      f[key] = recs[0][key];
    }
    return std::pair{f, recs[0]};
  };
  const auto [clean, clean_record] = facts("news_page.clean.txt");
  CHECK(clean["money"].size() >= 2);
  CHECK(clean["drug_quantities"].size() >= 1);
  for (const char* file : {"news_page.html", "news_scrape.txt"}) {
    INFO(file);
    const auto [f, record] = facts(file);
    CHECK(f == clean);
    // The furniture removed is reported, never silent.
    REQUIRE(record["warnings"].size() == 1);
    CHECK(record["warnings"][0].get<std::string>().rfind("removed ", 0) == 0);
  }
  CHECK(facts("news_page.html").second["source"]["encoding"] == "utf-8");
}

TEST_CASE("encodings are decoded and named") {
  const std::string dir = std::string(CRIMESTATS_SOURCE_DIR) + "/tests/fixtures/inputs/";
  const Run utf16 = run_crimestats("extract --no-spans --reference-date 2024-01-01 " + quote(dir + "news_article.utf16le.txt"));
  const Run cp1252 = run_crimestats("extract --no-spans --reference-date 2024-01-01 " + quote(dir + "news_article.cp1252.txt"));
  REQUIRE(utf16.status == 0);
  REQUIRE(cp1252.status == 0);
  const auto a = records(utf16.out).at(0), b = records(cp1252.out).at(0);
  CHECK(a["source"]["encoding"] == "utf-16le");
  CHECK(b["source"]["encoding"] == "windows-1252");
  CHECK(a["money"] == b["money"]);
  CHECK(a["money"].size() >= 1);
  CHECK(a["money"][0]["currency"] == "GBP");
}

TEST_CASE("quality on the project corpus stays above its floors") {
  const Run run = run_crimestats("eval --json --gold " + quote(kCorpus + "/gold.jsonl") + " " + quote(kCorpus + "/articles"));
  REQUIRE(run.status == 0);
  const auto scores = nlohmann::json::parse(run.out);
  // Floors a little under the scores of 2026-11-23: a drop below one is a regression to look at.
  const std::map<std::string, double> floors{{"counts_value", 0.97}, {"counts", 0.95},     {"money", 0.97},
                                             {"percentages", 0.97},  {"dates", 0.97},      {"places", 0.95},
                                             {"operations", 0.95},   {"drugs", 0.97},      {"drug_quantities", 0.95},
                                             {"published", 0.95},    {"overall", 0.96}};
  for (const auto& [field, floor] : floors) {
    INFO(field << " F1 " << scores[field]["f1"].get<double>());
    CHECK(scores[field]["f1"].get<double>() >= floor);
  }
}
