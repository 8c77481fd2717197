#include "crimestats/writer.hpp"

#include "crimestats/figures.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace crimestats {
namespace {

using json = nlohmann::ordered_json;

// Whole numbers are written as integers (375, not 375.0).
json number(double v) {
  if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 9007199254740992.0) {
    return static_cast<std::int64_t>(v);
  }
  return v;
}

json nullable(std::string_view s) { return s.empty() ? json(nullptr) : json(std::string(s)); }

json span_json(const Span& s) { return json::array({s.begin, s.end}); }

std::string_view slice(const std::string& text, const Span& s) {
  if (s.begin >= text.size() || s.end <= s.begin) return {};
  return std::string_view(text).substr(s.begin, std::min(s.end, text.size()) - s.begin);
}

// Fields every spanned fact ends with: text, and span unless dropped.
void add_text_and_span(json& j, const std::string& text, const Span& s, const WriteOptions& options) {
  j["text"] = std::string(slice(text, s));
  if (options.spans) j["span"] = span_json(s);
}

json mentions_json(const std::vector<Span>& mentions) {
  json out = json::array();
  for (const auto& m : mentions) out.push_back(span_json(m));
  return out;
}

}  // namespace

json record_to_json(const Record& record, const WriteOptions& options) {
  const Document& doc = record.doc;
  const std::string& text = doc.text;
  json j;
  j["schema"] = "crimestats/1";
  j["id"] = doc.id;
  j["source"] = {{"path", doc.source.path},
                 {"bytes", doc.source.bytes},
                 {"sha256", doc.source.sha256},
                 {"encoding", doc.source.encoding}};
  j["title"] = doc.title ? json(*doc.title) : json(nullptr);
  j["published"] = record.published ? json(record.published->iso()) : json(nullptr);
  j["reference_date"] = record.reference_date.iso();

  json counts = json::array();
  for (const auto& c : record.facts.counts) {
    json f;
    f["value"] = number(c.value);
    f["category"] = c.category;
    f["subject"] = nullable(c.subject);
    f["qualifier"] = nullable(qualifier_name(c.qualifier));
    add_text_and_span(f, text, c.span, options);
    counts.push_back(std::move(f));
  }
  j["counts"] = std::move(counts);

  json money = json::array();
  for (const auto& m : record.facts.money) {
    json f;
    f["amount"] = number(m.amount);
    f["currency"] = m.currency;
    f["qualifier"] = nullable(qualifier_name(m.qualifier));
    f["role"] = m.role.empty() ? std::string("other") : m.role;
    add_text_and_span(f, text, m.span, options);
    money.push_back(std::move(f));
  }
  j["money"] = std::move(money);

  json percentages = json::array();
  for (const auto& p : record.facts.percentages) {
    json f;
    f["value"] = number(p.value);
    f["direction"] = nullable(p.direction);
    f["qualifier"] = nullable(qualifier_name(p.qualifier));
    add_text_and_span(f, text, p.span, options);
    percentages.push_back(std::move(f));
  }
  j["percentages"] = std::move(percentages);

  json dates = json::array();
  for (const auto& d : record.facts.dates) {
    json f;
    f["value"] = d.value;
    f["granularity"] = std::string(granularity_name(d.granularity));
    f["until"] = nullable(d.until);
    f["relative"] = d.relative;
    add_text_and_span(f, text, d.span, options);
    dates.push_back(std::move(f));
  }
  j["dates"] = std::move(dates);

  json places = json::array();
  for (const auto& p : record.facts.places) {
    json f;
    f["name"] = p.name;
    f["type"] = nullable(p.type);
    f["county"] = nullable(p.county);
    f["police_force"] = nullable(p.police_force);
    f["region"] = nullable(p.region);
    f["country"] = nullable(p.country);
    f["lat"] = p.lat ? json(*p.lat) : json(nullptr);
    f["lon"] = p.lon ? json(*p.lon) : json(nullptr);
    if (options.spans) f["mentions"] = mentions_json(p.mentions);
    places.push_back(std::move(f));
  }
  j["places"] = std::move(places);

  json operations = json::array();
  for (const auto& o : record.facts.operations) {
    json f;
    f["name"] = o.name;
    if (options.spans) f["mentions"] = mentions_json(o.mentions);
    operations.push_back(std::move(f));
  }
  j["operations"] = std::move(operations);

  json drugs = json::array();
  for (const auto& d : record.facts.drugs) {
    json f;
    f["drug"] = d.drug;
    f["class"] = nullable(d.drug_class);
    if (options.spans) f["mentions"] = mentions_json(d.mentions);
    drugs.push_back(std::move(f));
  }
  j["drugs"] = std::move(drugs);

  json quantities = json::array();
  for (const auto& q : record.facts.drug_quantities) {
    json f;
    f["drug"] = q.drug;
    f["quantity"] = number(q.quantity);
    f["unit"] = q.unit;
    f["qualifier"] = nullable(qualifier_name(q.qualifier));
    add_text_and_span(f, text, q.span, options);
    quantities.push_back(std::move(f));
  }
  j["drug_quantities"] = std::move(quantities);

  j["warnings"] = doc.warnings;
  if (options.emit_text) j["text"] = text;
  return j;
}

std::string dump_json(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

namespace {

class JsonLinesWriter final : public RecordWriter {
 public:
  explicit JsonLinesWriter(WriteOptions options) : options_(options) {}
  std::string header() const override { return {}; }
  std::string format(const Record& record) const override {
    return dump_json(record_to_json(record, options_)) + '\n';
  }
  std::string separator() const override { return {}; }
  std::string footer(bool) const override { return {}; }

 private:
  WriteOptions options_;
};

class JsonArrayWriter final : public RecordWriter {
 public:
  explicit JsonArrayWriter(WriteOptions options) : options_(options) {}
  std::string header() const override { return "[\n"; }
  std::string format(const Record& record) const override { return dump_json(record_to_json(record, options_)); }
  std::string separator() const override { return ",\n"; }
  std::string footer(bool any_records) const override { return any_records ? "\n]\n" : "]\n"; }

 private:
  WriteOptions options_;
};


// RFC 4180: quote fields holding a comma, quote or line break; double the
// quotes. Text that a spreadsheet would run as a formula (=, +, @) gets a
// leading apostrophe.
std::string csv_field(std::string_view s) {
  std::string value(s);
  if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '@')) value.insert(0, 1, '\'');
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (const char c : value) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

std::string csv_row(std::initializer_list<std::string_view> fields) {
  std::string row;
  bool first = true;
  for (const auto& f : fields) {
    if (!first) row.push_back(',');
    row += csv_field(f);
    first = false;
  }
  row += "\r\n";
  return row;
}

// Numbers as JSON writes them: 375, 15.7.
std::string number_text(double v) { return number(v).dump(); }

std::string valid_utf8(std::string_view s) {
  // Routing through the JSON dumper replaces invalid sequences, as in JSONL.
  const std::string quoted = dump_json(json(std::string(s)));
  return json::parse(quoted).get<std::string>();
}

class LongCsvWriter final : public RecordWriter {
 public:
  explicit LongCsvWriter(WriteOptions options) : options_(options) {}
  std::string header() const override {
    return csv_row({"id", "path", "kind", "value", "unit", "category", "qualifier", "text", "start", "end"});
  }
  std::string format(const Record& r) const override {
    std::string out;
    const std::string id = valid_utf8(r.doc.id), path = valid_utf8(r.doc.source.path);
    auto row = [&](std::string_view kind, std::string_view value, std::string_view unit, std::string_view category,
                   Qualifier qualifier, const Span* span) {
      const std::string start = span && options_.spans ? std::to_string(span->begin) : "";
      const std::string end = span && options_.spans ? std::to_string(span->end) : "";
      const std::string text = span ? valid_utf8(slice(r.doc.text, *span)) : "";
      out += csv_row({id, path, kind, value, unit, category, qualifier_name(qualifier), text, start, end});
    };
    const Facts& f = r.facts;
    for (const auto& c : f.counts) row("count", number_text(c.value), "", c.category, c.qualifier, &c.span);
    for (const auto& m : f.money) {
      row("money", number_text(m.amount), m.currency, m.role.empty() ? "other" : m.role, m.qualifier, &m.span);
    }
    for (const auto& p : f.percentages) row("percentage", number_text(p.value), "%", p.direction, p.qualifier, &p.span);
    for (const auto& d : f.dates) {
      // A range as an ISO 8601 interval: 2018-01/2019-04.
      const std::string value = d.until.empty() ? d.value : d.value + "/" + d.until;
      row("date", value, granularity_name(d.granularity), d.relative ? "relative" : "", Qualifier::none, &d.span);
    }
    for (const auto& p : f.places) {
      row("place", p.name, p.type, p.police_force, Qualifier::none, p.mentions.empty() ? nullptr : &p.mentions[0]);
    }
    for (const auto& o : f.operations) {
      row("operation", o.name, "", "", Qualifier::none, o.mentions.empty() ? nullptr : &o.mentions[0]);
    }
    for (const auto& d : f.drugs) {
      row("drug", d.drug, "", d.drug_class, Qualifier::none, d.mentions.empty() ? nullptr : &d.mentions[0]);
    }
    for (const auto& q : f.drug_quantities) row("drug_quantity", number_text(q.quantity), q.unit, q.drug, q.qualifier, &q.span);
    return out;
  }
  std::string separator() const override { return {}; }
  std::string footer(bool) const override { return {}; }

 private:
  WriteOptions options_;
};

// "a; b; c", each item once, in first-seen order.
std::string join_distinct(const std::vector<std::string>& items) {
  std::string out;
  std::vector<std::string_view> seen;
  for (const auto& item : items) {
    if (std::find(seen.begin(), seen.end(), item) != seen.end()) continue;
    seen.push_back(item);
    if (!out.empty()) out += "; ";
    out += item;
  }
  return out;
}

// One row per article: the figures people put in a spreadsheet (see
// figures.hpp for how each is chosen).
class WideCsvWriter final : public RecordWriter {
 public:
  std::string header() const override {
    return csv_row({"id", "title", "published", "arrests", "charges", "safeguarded", "cash_seized_gbp",
                    "drugs_value_gbp", "funding_gbp", "places", "police_forces", "operations", "first_date",
                    "last_date"});
  }
  std::string format(const Record& r) const override {
    const Facts& f = r.facts;
    const ArticleFigures figures = article_figures(f);
    const auto cell = [](const std::optional<double>& v) { return v ? number_text(*v) : std::string(); };
    std::vector<std::string> places, forces, operations;
    for (const auto& p : f.places) {
      places.push_back(p.name);
      if (!p.police_force.empty()) forces.push_back(p.police_force);
    }
    for (const auto& o : f.operations) operations.push_back(o.name);
    std::string first_date, last_date;
    for (const auto& d : f.dates) {
      for (const std::string* v : {&d.value, &d.until}) {
        if (v->empty()) continue;
        if (first_date.empty() || *v < first_date) first_date = *v;
        if (last_date.empty() || *v > last_date) last_date = *v;
      }
    }
    return csv_row({valid_utf8(r.doc.id), valid_utf8(r.doc.title.value_or("")),
                    r.published ? r.published->iso() : "", cell(figures.arrests), cell(figures.charges),
                    cell(figures.safeguarded), cell(figures.cash_seized_gbp), cell(figures.drugs_value_gbp),
                    cell(figures.funding_gbp), join_distinct(places),
                    join_distinct(forces), join_distinct(operations), first_date, last_date});
  }
  std::string separator() const override { return {}; }
  std::string footer(bool) const override { return {}; }
};

}  // namespace

std::optional<OutputFormat> parse_output_format(std::string_view name) {
  if (name == "jsonl") return OutputFormat::jsonl;
  if (name == "json") return OutputFormat::json;
  if (name == "csv") return OutputFormat::csv;
  if (name == "csv-wide") return OutputFormat::csv_wide;
  return std::nullopt;
}

std::unique_ptr<RecordWriter> make_writer(OutputFormat format, const WriteOptions& options) {
  switch (format) {
    case OutputFormat::jsonl: return std::make_unique<JsonLinesWriter>(options);
    case OutputFormat::json: return std::make_unique<JsonArrayWriter>(options);
    case OutputFormat::csv: return std::make_unique<LongCsvWriter>(options);
    case OutputFormat::csv_wide: return std::make_unique<WideCsvWriter>();
  }
  throw std::invalid_argument("unknown output format");
}

}  // namespace crimestats
