// Output formats. The writers own the formats: nothing else serialises a
// record.
#pragma once

#include <memory>
#include <ostream>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "crimestats/document.hpp"

namespace crimestats {

struct WriteOptions {
  bool spans = true;       // false: drop span and mentions (--no-spans)
  bool emit_text = false;  // true: add the loaded text as "text"
};

// The crimestats/1 record as compact one-line JSON, keys in schema order.
// Invalid UTF-8 in any string becomes U+FFFD; never throws on content.
std::string record_json(const Record& record, const WriteOptions& options);

// The same record as a JSON value (for tests and tools; slower).
nlohmann::ordered_json record_to_json(const Record& record, const WriteOptions& options);

// Compact one-line JSON; invalid UTF-8 is replaced, never thrown on.
std::string dump_json(const nlohmann::ordered_json& j);

enum class OutputFormat { jsonl, json, csv, csv_wide };

// "jsonl", "json", "csv", "csv-wide"; nullopt for anything else.
std::optional<OutputFormat> parse_output_format(std::string_view name);

class RecordWriter {
 public:
  virtual ~RecordWriter() = default;
  // Bytes that open the output (a CSV header, "[").
  virtual std::string header() const = 0;
  // The bytes for one record. Thread-safe: workers format in parallel.
  virtual std::string format(const Record& record) const = 0;
  // Bytes written between two records (",\n" in a JSON array).
  virtual std::string separator() const = 0;
  // Bytes that close the output ("]").
  virtual std::string footer(bool any_records) const = 0;
};

std::unique_ptr<RecordWriter> make_writer(OutputFormat format, const WriteOptions& options);

}  // namespace crimestats
