#include "crimestats/jsonl_input.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "crimestats/boilerplate.hpp"
#include "crimestats/html.hpp"
#include "crimestats/text.hpp"

namespace crimestats {
namespace {

using json = nlohmann::json;

// The optional string field `key`: nullopt when absent or null; an error
// when it has another type.
std::optional<std::string> optional_string(const json& record, const char* key, std::size_t line_number) {
  const auto it = record.find(key);
  if (it == record.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) throw JsonlLineError(line_number, fmt::format("\"{}\" is not a string", key));
  return it->get<std::string>();
}

}  // namespace

JsonlLineError::JsonlLineError(std::size_t line, const std::string& reason)
    : InputError(fmt::format("line {}: {}", line, reason)), line_(line) {}

Document parse_jsonl_record(std::string_view line, std::string_view path, std::size_t line_number,
                            const LoadOptions& options) {
  if (line.size() > options.max_bytes) {
    throw JsonlLineError(line_number, fmt::format("larger than --max-bytes ({} > {} bytes)", line.size(),
                                                  options.max_bytes));
  }
  json record;
  try {
    record = json::parse(line);
  } catch (const json::parse_error& e) {
    // nlohmann's message names the byte within the line; keep it short.
    std::string what = e.what();
    const std::size_t colon = what.find("syntax error");
    throw JsonlLineError(line_number, "invalid JSON: " + (colon == std::string::npos ? what : what.substr(colon)));
  }
  if (!record.is_object()) throw JsonlLineError(line_number, "not a JSON object");

  Document doc;
  const auto id = record.find("id");
  if (id == record.end() || !(id->is_string() || id->is_number_integer() || id->is_number_unsigned())) {
    throw JsonlLineError(line_number, "missing \"id\" (a string)");
  }
  doc.id = id->is_string() ? id->get<std::string>() : id->dump();
  if (doc.id.empty()) throw JsonlLineError(line_number, "empty \"id\"");

  const auto text = optional_string(record, "text", line_number);
  const auto html = optional_string(record, "html", line_number);
  const auto url = optional_string(record, "url", line_number);
  const auto title = optional_string(record, "title", line_number);
  const auto published = optional_string(record, "published", line_number);

  doc.source.path = url && !url->empty() ? *url : fmt::format("{}:{}", path, line_number);
  doc.source.bytes = line.size();
  doc.source.sha256 = sha256_hex(line);
  doc.source.encoding = "utf-8";  // JSON text is UTF-8

  std::optional<HtmlPage> page;
  if (html && !is_blank(*html)) page = html_to_text(*html, options.boilerplate);
  if (text && !is_blank(*text)) {
    doc.text = normalise_text(*text);
  } else if (page && !is_blank(page->text)) {
    doc.text = std::move(page->text);
  } else {
    throw JsonlLineError(line_number, "no article: \"text\" and \"html\" are missing or blank");
  }
  if (doc.text.find('\0') != std::string::npos) throw JsonlLineError(line_number, "NUL character in the text");
  if (options.boilerplate) {
    remove_boilerplate(doc, *options.boilerplate);
    if (is_blank(doc.text)) throw JsonlLineError(line_number, "no article text (only page furniture)");
  }

  if (title && !is_blank(*title)) {
    doc.title = *title;
  } else if (page && page->title) {
    doc.title = page->title;
  } else {
    doc.title = guess_title(doc.text);
  }
  if (published && !published->empty()) {
    doc.published_hint = published->size() >= 10 ? parse_iso_date(std::string_view(*published).substr(0, 10))
                                                  : std::nullopt;
    if (!doc.published_hint) {
      doc.warnings.push_back(fmt::format("\"published\" is not an ISO 8601 date: \"{}\"", published->substr(0, 40)));
    }
  }
  if (!doc.published_hint && page) doc.published_hint = page->published;
  return doc;
}

std::size_t read_jsonl(std::istream& in, std::string_view path, const LoadOptions& options,
                       const std::function<void(Document&&)>& on_document,
                       const std::function<void(const JsonlLineError&)>& on_error) {
  std::size_t good = 0;
  std::size_t line_number = 0;
  std::string line;
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string_view view = line;
    if (line_number == 1 && view.starts_with("\xEF\xBB\xBF")) view.remove_prefix(3);
    if (is_blank(view)) continue;
    Document doc;
    try {
      doc = parse_jsonl_record(view, path, line_number, options);
    } catch (const JsonlLineError& e) {
      on_error(e);
      continue;
    }
    ++good;
    on_document(std::move(doc));
  }
  return good;
}

}  // namespace crimestats
