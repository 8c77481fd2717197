// The JSON Schema of a crimestats/1 record, and a validator for the subset
// of JSON Schema it uses (type, enum, const, required, properties,
// additionalProperties, items, minItems, maxItems, minimum).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace crimestats {

// The schema (JSON Schema draft 2020-12); `crimestats schema` prints it and
// docs/crimestats-1.schema.json is a copy of it.
nlohmann::ordered_json record_schema();

// Every way `instance` breaks `schema`, as "path: problem"; empty if valid.
std::vector<std::string> schema_errors(const nlohmann::ordered_json& schema, const nlohmann::json& instance);

}  // namespace crimestats
