#include "crimestats/writer.hpp"

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

}  // namespace

std::unique_ptr<RecordWriter> make_writer(OutputFormat format, const WriteOptions& options) {
  switch (format) {
    case OutputFormat::jsonl: return std::make_unique<JsonLinesWriter>(options);
    case OutputFormat::json: return std::make_unique<JsonArrayWriter>(options);
  }
  throw std::invalid_argument("unknown output format");
}

}  // namespace crimestats
