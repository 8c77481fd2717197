#include "crimestats/schema.hpp"

#include <fmt/format.h>

namespace crimestats {
namespace {

using json = nlohmann::ordered_json;

json type(std::initializer_list<const char*> types) {
  json t = json::array();
  for (const char* name : types) t.push_back(name);
  return t.size() == 1 ? json(t[0]) : t;
}

json object(json properties) {
  json required = json::array();
  for (const auto& [key, value] : properties.items()) required.push_back(key);
  return json{{"type", "object"}, {"required", required}, {"additionalProperties", false},
              {"properties", std::move(properties)}};
}

json array_of(json items) { return json{{"type", "array"}, {"items", std::move(items)}}; }

json span() {
  return json{{"type", "array"}, {"items", {{"type", "integer"}, {"minimum", 0}}}, {"minItems", 2}, {"maxItems", 2}};
}

json nullable_string() { return json{{"type", type({"string", "null"})}}; }

json qualifier() {
  return json{{"enum", {nullptr, "approximately", "more_than", "at_least", "less_than", "at_most"}}};
}

// Facts with text and span; --no-spans drops the span, so it is optional.
json spanned(json properties) {
  properties["text"] = json{{"type", "string"}};
  properties["span"] = span();
  json schema = object(std::move(properties));
  auto& required = schema["required"];
  required.erase(std::find(required.begin(), required.end(), "span"));
  return schema;
}

json with_mentions(json properties) {
  properties["mentions"] = array_of(span());
  json schema = object(std::move(properties));
  auto& required = schema["required"];
  required.erase(std::find(required.begin(), required.end(), "mentions"));
  return schema;
}

}  // namespace

json record_schema() {
  json properties;
  properties["schema"] = json{{"const", "crimestats/1"}};
  properties["id"] = json{{"type", "string"}};
  properties["source"] = object(json{{"path", {{"type", "string"}}},
                                     {"bytes", {{"type", "integer"}, {"minimum", 0}}},
                                     {"sha256", {{"type", "string"}}},
                                     {"encoding", {{"type", "string"}}}});
  properties["title"] = nullable_string();
  properties["published"] = nullable_string();
  properties["reference_date"] = json{{"type", "string"}};
  properties["counts"] = array_of(spanned(json{
      {"value", {{"type", "number"}}},
      {"category", {{"enum", {"arrests", "charges", "convictions", "safeguarded", "offences", "seizures", "lines",
                              "warrants", "officers", "victims", "people", "other"}}}},
      {"subject", nullable_string()},
      {"qualifier", qualifier()}}));
  properties["money"] = array_of(spanned(json{
      {"amount", {{"type", "number"}}},
      {"currency", {{"type", "string"}}},
      {"qualifier", qualifier()},
      {"role", {{"enum", {"cash_seized", "drugs_value", "funding", "penalty", "proceeds", "other"}}}}}));
  properties["percentages"] = array_of(spanned(json{{"value", {{"type", "number"}}},
                                                    {"direction", {{"enum", {nullptr, "increase", "decrease"}}}},
                                                    {"qualifier", qualifier()}}));
  properties["dates"] = array_of(spanned(json{{"value", {{"type", "string"}}},
                                              {"granularity", {{"enum", {"year", "month", "day"}}}},
                                              {"until", nullable_string()},
                                              {"relative", {{"type", "boolean"}}}}));
  properties["places"] = array_of(with_mentions(json{
      {"name", {{"type", "string"}}},
      {"type", {{"enum", {nullptr, "country", "region", "county", "police_area", "city", "town", "village",
                          "borough"}}}},
      {"county", nullable_string()},
      {"police_force", nullable_string()},
      {"region", nullable_string()},
      {"country", nullable_string()},
      {"lat", {{"type", type({"number", "null"})}}},
      {"lon", {{"type", type({"number", "null"})}}}}));
  properties["operations"] = array_of(with_mentions(json{{"name", {{"type", "string"}}}}));
  properties["drugs"] = array_of(with_mentions(json{{"drug", {{"type", "string"}}},
                                                    {"class", {{"enum", {nullptr, "A", "B", "C"}}}}}));
  properties["drug_quantities"] = array_of(spanned(json{
      {"drug", {{"type", "string"}}},
      {"quantity", {{"type", "number"}}},
      {"unit", {{"enum", {"g", "kg", "lb", "oz", "wraps", "plants", "pills", "bags"}}}},
      {"qualifier", qualifier()}}));
  properties["warnings"] = array_of(json{{"type", "string"}});
  properties["text"] = json{{"type", "string"}};

  json schema = object(std::move(properties));
  auto& required = schema["required"];
  required.erase(std::find(required.begin(), required.end(), "text"));  // only with --emit-text
  json out;
  out["$schema"] = "https://json-schema.org/draft/2020-12/schema";
  out["$id"] = "https://crimestats.example/crimestats-1.schema.json";
  out["title"] = "crimestats/1 record";
  out["description"] = "One record per article, as written by `crimestats extract`. See docs/schema.md.";
  for (auto& [key, value] : schema.items()) out[key] = value;
  return out;
}

namespace {

bool has_type(const nlohmann::json& v, const std::string& t) {
  if (t == "null") return v.is_null();
  if (t == "boolean") return v.is_boolean();
  if (t == "object") return v.is_object();
  if (t == "array") return v.is_array();
  if (t == "string") return v.is_string();
  if (t == "number") return v.is_number();
  if (t == "integer") return v.is_number_integer() || (v.is_number_float() && v.get<double>() == static_cast<long long>(v.get<double>()));
  return false;
}

void check(const json& schema, const nlohmann::json& v, const std::string& path, std::vector<std::string>& errors) {
  if (schema.contains("type")) {
    const json& t = schema["type"];
    bool ok = false;
    if (t.is_array()) {
      for (const auto& one : t) ok = ok || has_type(v, one.get<std::string>());
    } else {
      ok = has_type(v, t.get<std::string>());
    }
    if (!ok) {
      errors.push_back(fmt::format("{}: expected type {}", path, t.dump()));
      return;
    }
  }
  if (schema.contains("const") && nlohmann::json(schema["const"]) != v) {
    errors.push_back(fmt::format("{}: expected {}", path, schema["const"].dump()));
  }
  if (schema.contains("enum")) {
    bool found = false;
    for (const auto& option : schema["enum"]) found = found || nlohmann::json(option) == v;
    if (!found) errors.push_back(fmt::format("{}: {} is not one of {}", path, v.dump(), schema["enum"].dump()));
  }
  if (schema.contains("minimum") && v.is_number() && v.get<double>() < schema["minimum"].get<double>()) {
    errors.push_back(fmt::format("{}: below minimum", path));
  }
  if (v.is_object()) {
    if (schema.contains("required")) {
      for (const auto& key : schema["required"]) {
        if (!v.contains(key.get<std::string>())) errors.push_back(fmt::format("{}: missing {}", path, key.dump()));
      }
    }
    if (schema.contains("properties")) {
      const json& props = schema["properties"];
      for (const auto& [key, value] : v.items()) {
        if (props.contains(key)) {
          check(props[key], value, path + "/" + key, errors);
        } else if (schema.value("additionalProperties", true) == false) {
          errors.push_back(fmt::format("{}: unexpected key \"{}\"", path, key));
        }
      }
    }
  }
  if (v.is_array()) {
    if (schema.contains("minItems") && v.size() < schema["minItems"].get<std::size_t>()) {
      errors.push_back(fmt::format("{}: too few items", path));
    }
    if (schema.contains("maxItems") && v.size() > schema["maxItems"].get<std::size_t>()) {
      errors.push_back(fmt::format("{}: too many items", path));
    }
    if (schema.contains("items")) {
      for (std::size_t i = 0; i < v.size(); ++i) check(schema["items"], v[i], fmt::format("{}/{}", path, i), errors);
    }
  }
}

}  // namespace

std::vector<std::string> schema_errors(const json& schema, const nlohmann::json& instance) {
  std::vector<std::string> errors;
  check(schema, instance, "", errors);
  return errors;
}

}  // namespace crimestats
