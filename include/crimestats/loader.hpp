// Raw bytes -> Document: encoding detection and decoding, line endings,
// title. Reading files and walking folders is in inputs.hpp.
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "crimestats/document.hpp"

namespace crimestats {

class BoilerplateFilter;

// A problem with one input that skips it; the run goes on.
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct LoadOptions {
  std::size_t max_bytes = 16u << 20;
  // Blanks page furniture in load_article and JSON Lines records when set
  // (not owned; shared read-only between threads). load_document ignores it.
  const BoilerplateFilter* boilerplate = nullptr;
};

// How to read an input. `automatic` decides per input (detect_format).
enum class InputFormat { automatic, text, html, jsonl };

// "auto", "text", "html", "jsonl" -> the format; nullopt for anything else.
std::optional<InputFormat> parse_input_format(std::string_view name);

// The format of one input: by extension (.html/.htm -> html, .jsonl ->
// jsonl, .txt/.text/.md -> text), else html if the content starts like an
// HTML document, else text.
InputFormat detect_format(std::string_view path, std::string_view raw);

// Decodes `raw` into a Document with the given id and path. UTF-8 (a BOM
// is stripped) is kept; UTF-16 with a BOM is converted; anything else that
// is not valid UTF-8 is read as Windows-1252 with a warning. CRLF and CR
// become LF. Throws InputError for empty or whitespace-only input, input
// over `max_bytes`, and binary input (NUL bytes outside UTF-16).
Document load_document(const std::string& raw, std::string id, std::string path,
                       const LoadOptions& options = {});

// One article from raw bytes: plain text or an HTML page (`format`
// automatic sniffs it with detect_format; jsonl is refused with
// InputError, as a JSON Lines stream holds many articles: see
// jsonl_input.hpp). Text is decoded as by load_document; an HTML page is
// decoded by BOM, else its <meta charset>, else as UTF-8 when valid, else
// Windows-1252, then converted with html_to_text, which also gives the
// title and published_hint. Then furniture is blanked out in place when
// options.boilerplate is set, with one warning "removed N boilerplate
// lines".
Document load_article(const std::string& raw, std::string id, std::string path, InputFormat format,
                      const LoadOptions& options = {});
// The same over bytes the caller keeps elsewhere (the extract command reads
// every file into one reused buffer rather than a new string).
Document load_article_view(std::string_view raw, std::string id, std::string path, InputFormat format,
                           const LoadOptions& options = {});

// Blanks furniture in doc.text with `filter` and, if any, adds the warning
// "removed N boilerplate line(s)". Returns N.
std::size_t remove_boilerplate(Document& doc, const BoilerplateFilter& filter);

// The first non-empty line when it reads as a headline (short, not ending
// in a full stop), else nullopt.
std::optional<std::string> guess_title(std::string_view text);

// True if `s` is well-formed UTF-8 (no overlongs, surrogates or values
// beyond U+10FFFF).
bool is_valid_utf8(std::string_view s);

// Lower-case hex SHA-256 of `data`.
std::string sha256_hex(std::string_view data);

}  // namespace crimestats
