// `crimestats eval`: scores the tool against a gold set in the shape of
// docs/evaluation.md, field by field, with the same rules as the shared
// score.py (sets, greedy matching, 0.5% tolerance on money and quantities).
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <variant>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "crimestats/boilerplate.hpp"
#include "crimestats/lexicon.hpp"
#include "crimestats/loader.hpp"
#include "crimestats/memory.hpp"
#include "crimestats/pipeline.hpp"
#include "crimestats/text.hpp"

namespace crimestats {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;
using Item = std::variant<double, std::string>;
using Key = std::vector<Item>;

constexpr const char* kFields[] = {"counts_value", "counts", "money", "percentages", "dates", "places",
                                   "operations", "drugs", "drug_quantities", "published"};

std::string str(const json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string trim_lower(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\n\r");
  const auto e = s.find_last_not_of(" \t\n\r");
  return b == std::string::npos ? std::string() : lower_ascii(s.substr(b, e - b + 1));
}

// The facts of one field of a gold-shaped record, as tuples.
std::vector<Key> keys(const json& rec, const std::string& field) {
  std::vector<Key> out;
  const auto list = [&](const char* name) -> const json& {
    static const json empty = json::array();
    return rec.contains(name) && rec[name].is_array() ? rec[name] : empty;
  };
  const auto num = [](const json& v) { return v.is_number() ? v.get<double>() : std::nan(""); };
  if (field == "counts_value") {
    for (const auto& c : list("counts")) out.push_back({num(c["value"])});
  } else if (field == "counts") {
    for (const auto& c : list("counts")) out.push_back({num(c["value"]), lower_ascii(str(c, "category"))});
  } else if (field == "money") {
    for (const auto& m : list("money")) out.push_back({num(m["amount"]), upper(str(m, "currency"))});
  } else if (field == "percentages") {
    for (const auto& p : list("percentages")) out.push_back({num(p)});
  } else if (field == "dates") {
    for (const auto& d : list("dates")) out.push_back({d.is_string() ? d.get<std::string>() : d.dump()});
  } else if (field == "places" || field == "operations" || field == "drugs") {
    for (const auto& p : list(field.c_str())) out.push_back({trim_lower(p.is_string() ? p.get<std::string>() : "")});
  } else if (field == "drug_quantities") {
    for (const auto& q : list("drug_quantities")) {
      out.push_back({lower_ascii(str(q, "drug")), num(q["quantity"]), lower_ascii(str(q, "unit"))});
    }
  } else if (field == "published") {
    if (rec.contains("published") && rec["published"].is_string() && !rec["published"].get<std::string>().empty()) {
      out.push_back({rec["published"].get<std::string>()});
    }
  }
  return out;
}

bool close(double a, double b, double rel) {
  if (rel == 0) return a == b;
  return std::fabs(a - b) <= rel * std::max({std::fabs(a), std::fabs(b), 1e-9});
}

bool same(const std::string& field, const Key& a, const Key& b) {
  const double rel = field == "money" || field == "drug_quantities" ? 0.005 : 0.0;
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::holds_alternative<double>(a[i]) && std::holds_alternative<double>(b[i])) {
      if (!close(std::get<double>(a[i]), std::get<double>(b[i]), rel)) return false;
    } else if (a[i] != b[i]) {
      return false;
    }
  }
  return true;
}

std::vector<Key> distinct(const std::vector<Key>& keys) {
  std::vector<Key> out;
  for (const auto& k : keys) {
    if (std::find(out.begin(), out.end(), k) == out.end()) out.push_back(k);
  }
  return out;
}

std::string show(const Key& key) {
  std::string out = "(";
  for (std::size_t i = 0; i < key.size(); ++i) {
    if (i) out += ", ";
    if (const double* d = std::get_if<double>(&key[i])) {
      out += fmt::format("{}", *d);
    } else {
      out += "'" + std::get<std::string>(key[i]) + "'";
    }
  }
  return out + (key.size() == 1 ? ",)" : ")");
}

// A record turned into the gold shape (as the shared adapt.py does).
json gold_shape(const Record& r) {
  json g;
  g["id"] = r.doc.id;
  g["published"] = r.published ? json(r.published->iso()) : json(nullptr);
  g["counts"] = json::array();
  for (const auto& c : r.facts.counts) g["counts"].push_back({{"value", c.value}, {"category", c.category}});
  g["money"] = json::array();
  for (const auto& m : r.facts.money) g["money"].push_back({{"amount", m.amount}, {"currency", m.currency}});
  g["percentages"] = json::array();
  for (const auto& p : r.facts.percentages) g["percentages"].push_back(p.value);
  g["dates"] = json::array();
  for (const auto& d : r.facts.dates) {
    g["dates"].push_back(d.value);
    if (!d.until.empty()) g["dates"].push_back(d.until);
  }
  g["places"] = json::array();
  for (const auto& p : r.facts.places) g["places"].push_back(p.name);
  g["operations"] = json::array();
  for (const auto& o : r.facts.operations) g["operations"].push_back(o.name);
  g["drugs"] = json::array();
  for (const auto& d : r.facts.drugs) g["drugs"].push_back(d.drug);
  g["drug_quantities"] = json::array();
  for (const auto& q : r.facts.drug_quantities) {
    g["drug_quantities"].push_back({{"drug", q.drug}, {"quantity", q.quantity}, {"unit", q.unit}});
  }
  return g;
}

fs::path article_path(const fs::path& dir, const std::string& id) {
  for (const char* ext : {".txt", ".text", ".md", ".html", ".htm", ""}) {
    const fs::path p = dir / (id + ext);
    if (fs::is_regular_file(p)) return p;
  }
  return dir / (id + ".txt");
}

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw InputError("cannot read article");
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

int run_eval(const EvalSettings& settings) {
  // Articles are read exactly as `extract` reads them, furniture removal included.
  std::optional<Pipeline> pipeline;
  std::optional<BoilerplateFilter> boilerplate;
  LoadOptions load_options;
  try {
    reserve_start_up_heap();
    const fs::path data_dir = settings.data_dir.empty() ? default_data_dir() : fs::path(settings.data_dir);
    pipeline.emplace(make_all_extractors(data_dir));
    boilerplate.emplace(data_dir);
    load_options.boilerplate = &*boilerplate;
  } catch (const std::exception& e) {
    std::cerr << "crimestats: " << e.what() << '\n';
    return kExitUsage;
  }
  std::ifstream gold_in(settings.gold, std::ios::binary);
  if (!gold_in) {
    report(settings.gold, "cannot read gold set");
    return kExitUsage;
  }
  struct Totals {
    long tp = 0, fp = 0, fn = 0;
  };
  std::map<std::string, Totals> totals;
  std::vector<std::string> errors;
  bool failed = false;
  std::string line;
  std::size_t line_number = 0;
  while (std::getline(gold_in, line)) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const json gold = json::parse(line, nullptr, false);
    if (gold.is_discarded() || !gold.is_object() || !gold.contains("id") || !gold["id"].is_string()) {
      report(fmt::format("{}:{}", settings.gold, line_number), "not a gold record");
      return kExitUsage;
    }
    const std::string id = gold["id"];
    json predicted = json::object();
    try {
      const fs::path path = article_path(settings.articles, id);
      Document doc = load_article(read_all(path), id, path.string(), InputFormat::automatic, load_options);
      PipelineOptions options;
      if (gold.contains("reference_date") && gold["reference_date"].is_string()) {
        options.reference_date = parse_iso_date(gold["reference_date"].get<std::string>());
      }
      predicted = gold_shape(pipeline->run(std::move(doc), options));
    } catch (const std::exception& e) {
      report(id, e.what());
      errors.push_back(fmt::format("{}: no record in predictions", id));
      failed = true;
    }
    for (const std::string field : kFields) {
      const auto g = distinct(keys(gold, field));
      const auto p = distinct(keys(predicted, field));
      std::vector<bool> used(p.size(), false);
      Totals& t = totals[field];
      std::vector<std::string> missed;
      for (const auto& gk : g) {
        bool found = false;
        for (std::size_t i = 0; i < p.size() && !found; ++i) {
          if (!used[i] && same(field, gk, p[i])) used[i] = found = true;
        }
        if (found) {
          ++t.tp;
        } else {
          ++t.fn;
          missed.push_back(fmt::format("{}: {}: missed {}", id, field, show(gk)));
        }
      }
      for (std::size_t i = 0; i < p.size(); ++i) {
        if (!used[i]) {
          ++t.fp;
          errors.push_back(fmt::format("{}: {}: spurious {}", id, field, show(p[i])));
        }
      }
      errors.insert(errors.end(), missed.begin(), missed.end());
    }
  }

  nlohmann::ordered_json rows;
  Totals overall;
  const auto prf = [](const Totals& t) {
    const double p = t.tp + t.fp ? static_cast<double>(t.tp) / static_cast<double>(t.tp + t.fp) : 1.0;
    const double r = t.tp + t.fn ? static_cast<double>(t.tp) / static_cast<double>(t.tp + t.fn) : 1.0;
    const double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    return nlohmann::ordered_json{{"precision", p}, {"recall", r}, {"f1", f}, {"tp", t.tp}, {"fp", t.fp}, {"fn", t.fn}};
  };
  for (const std::string field : kFields) {
    const Totals& t = totals[field];
    rows[field] = prf(t);
    if (field != "counts_value") {
      overall.tp += t.tp;
      overall.fp += t.fp;
      overall.fn += t.fn;
    }
  }
  rows["overall"] = prf(overall);
  if (settings.json) {
    std::cout << rows.dump(1) << '\n';
  } else {
    std::cout << fmt::format("{:16} {:>6} {:>6} {:>6} {:>5} {:>5} {:>5}\n", "field", "P", "R", "F1", "tp", "fp", "fn");
    for (const auto& [field, r] : rows.items()) {
      std::cout << fmt::format("{:16} {:6.3f} {:6.3f} {:6.3f} {:5d} {:5d} {:5d}\n", field, r["precision"].get<double>(),
                               r["recall"].get<double>(), r["f1"].get<double>(), r["tp"].get<long>(),
                               r["fp"].get<long>(), r["fn"].get<long>());
    }
  }
  if (settings.show_errors) {
    for (const auto& e : errors) std::cerr << e << '\n';
  }
  return failed ? kExitInputFailed : kExitOk;
}

}  // namespace crimestats
