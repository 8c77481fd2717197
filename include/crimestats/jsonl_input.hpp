// JSON Lines input: one article per line, {"id", "text"} with optional
// "url", "title", "published" and "html".
#pragma once

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <string_view>

#include "crimestats/document.hpp"
#include "crimestats/loader.hpp"

namespace crimestats {

// A line that is not a usable record; `line()` is its 1-based number.
class JsonlLineError : public InputError {
 public:
  JsonlLineError(std::size_t line, const std::string& reason);
  std::size_t line() const { return line_; }

 private:
  std::size_t line_;
};

// Parses one record. `path` names the stream (a file, or "-") and
// `line_number` its line, for messages and for source.path when the record
// has no "url". The article comes from "text" when it is a non-empty string,
// else from "html" (converted as an HTML page); "title" and "published"
// ("YYYY-MM-DD" or an ISO 8601 timestamp) override what the page says.
// Boilerplate is blanked as for files (options.boilerplate). Throws
// JsonlLineError for invalid JSON, a non-object, a missing or non-string
// "id", no usable "text"/"html", or a wrongly typed optional field.
Document parse_jsonl_record(std::string_view line, std::string_view path, std::size_t line_number,
                            const LoadOptions& options = {});

// Reads `in` line by line (LF or CRLF; a UTF-8 BOM on the first line is
// skipped; blank lines are skipped) and calls `on_document` for each good
// record and `on_error` for each bad one; the rest go on. Returns the number
// of records read successfully.
std::size_t read_jsonl(std::istream& in, std::string_view path, const LoadOptions& options,
                       const std::function<void(Document&&)>& on_document,
                       const std::function<void(const JsonlLineError&)>& on_error);

}  // namespace crimestats
