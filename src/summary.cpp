// `crimestats summary`: totals across records by police force, place and
// month, from crimestats JSON Lines.
#include <fstream>
#include <iostream>
#include <map>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include "commands.hpp"
#include "crimestats/figures.hpp"

namespace crimestats {
namespace {

using json = nlohmann::json;

struct Totals {
  long articles = 0;
  double arrests = 0, charges = 0, safeguarded = 0, cash_seized_gbp = 0, drugs_value_gbp = 0;

  void add(const ArticleFigures& f) {
    ++articles;
    arrests += f.arrests.value_or(0);
    charges += f.charges.value_or(0);
    safeguarded += f.safeguarded.value_or(0);
    cash_seized_gbp += f.cash_seized_gbp.value_or(0);
    drugs_value_gbp += f.drugs_value_gbp.value_or(0);
  }
};

// The counts and money of a record, back in fact form.
Facts facts_of(const json& record) {
  Facts facts;
  for (const auto& c : record.value("counts", json::array())) {
    Count count;
    count.value = c.value("value", 0.0);
    count.category = c.value("category", "");
    facts.counts.push_back(count);
  }
  for (const auto& m : record.value("money", json::array())) {
    Money money;
    money.amount = m.value("amount", 0.0);
    money.currency = m.value("currency", "");
    money.role = m.value("role", "");
    facts.money.push_back(money);
  }
  return facts;
}

std::string format_number(double v) { return v == static_cast<long long>(v) ? fmt::format("{}", static_cast<long long>(v)) : fmt::format("{:.2f}", v); }

}  // namespace

int run_summary(const SummarySettings& settings) {
  // group -> key -> totals; std::map keeps the output sorted and stable.
  std::map<std::string, std::map<std::string, Totals>> groups;
  bool failed = false;
  const auto read = [&](std::istream& in, const std::string& name) {
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      const json record = json::parse(line, nullptr, false);
      if (record.is_discarded() || !record.is_object() || record.value("schema", "") != "crimestats/1") {
        report(fmt::format("{}:{}", name, number), "not a crimestats/1 record; skipped");
        failed = true;
        continue;
      }
      const ArticleFigures figures = article_figures(facts_of(record));
      std::set<std::string> forces, places;
      for (const auto& p : record.value("places", json::array())) {
        if (p.contains("police_force") && p["police_force"].is_string()) forces.insert(p["police_force"]);
        if (p.contains("name") && p["name"].is_string()) places.insert(p["name"]);
      }
      for (const auto& f : forces) groups["police_force"][f].add(figures);
      for (const auto& p : places) groups["place"][p].add(figures);
      std::string date = record.contains("published") && record["published"].is_string()
                             ? record["published"].get<std::string>()
                             : record.value("reference_date", "");
      groups["month"][date.size() >= 7 ? date.substr(0, 7) : "unknown"].add(figures);
      groups["all"]["all"].add(figures);
    }
  };
  std::vector<std::string> inputs = settings.inputs;
  if (inputs.empty()) inputs.push_back("-");
  for (const auto& name : inputs) {
    if (name == "-") {
      read(std::cin, "-");
      continue;
    }
    std::ifstream in(name, std::ios::binary);
    if (!in) {
      report(name, "cannot read");
      failed = true;
      continue;
    }
    read(in, name);
  }

  const bool table = settings.format == "table" || (settings.format.empty() && ::isatty(STDOUT_FILENO));
  const char* columns[] = {"articles", "arrests", "charges", "safeguarded", "cash_seized_gbp", "drugs_value_gbp"};
  const auto values = [](const Totals& t) {
    return std::vector<std::string>{std::to_string(t.articles), format_number(t.arrests), format_number(t.charges),
                                    format_number(t.safeguarded), format_number(t.cash_seized_gbp),
                                    format_number(t.drugs_value_gbp)};
  };
  std::string out;
  if (table) {
    for (const char* group : {"police_force", "place", "month", "all"}) {
      if (!groups.count(group)) continue;
      std::size_t width = 12;
      for (const auto& [key, t] : groups[group]) width = std::max(width, key.size());
      out += fmt::format("{:<{}}", std::string("by ") + group, width);
      for (const char* c : columns) out += fmt::format(" {:>15}", c);
      out += '\n';
      for (const auto& [key, t] : groups[group]) {
        out += fmt::format("{:<{}}", key, width);
        for (const auto& v : values(t)) out += fmt::format(" {:>15}", v);
        out += '\n';
      }
      out += '\n';
    }
  } else {
    out += "group,key";
    for (const char* c : columns) out += fmt::format(",{}", c);
    out += "\r\n";
    for (const auto& [group, rows] : groups) {
      for (const auto& [key, t] : rows) {
        const bool quote = key.find_first_of(",\"\r\n") != std::string::npos;
        std::string cell = key;
        if (quote) {
          cell.clear();
          for (const char c : key) cell += c == '"' ? std::string("\"\"") : std::string(1, c);
          cell = "\"" + cell + "\"";
        }
        out += group + "," + cell;
        for (const auto& v : values(t)) out += "," + v;
        out += "\r\n";
      }
    }
  }
  std::cout << out << std::flush;
  return failed ? kExitInputFailed : kExitOk;
}

}  // namespace crimestats
