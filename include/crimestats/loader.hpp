// Raw bytes -> Document: encoding detection and decoding, line endings,
// title. Reading files and walking folders is in inputs.hpp.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

#include "crimestats/document.hpp"

namespace crimestats {

// A problem with one input that skips it; the run goes on.
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct LoadOptions {
  std::size_t max_bytes = 16u << 20;
};

// Decodes `raw` into a Document with the given id and path. UTF-8 (a BOM
// is stripped) is kept; UTF-16 with a BOM is converted; anything else that
// is not valid UTF-8 is read as Windows-1252 with a warning. CRLF and CR
// become LF. Throws InputError for empty or whitespace-only input, input
// over `max_bytes`, and binary input (NUL bytes outside UTF-16).
Document load_document(const std::string& raw, std::string id, std::string path,
                       const LoadOptions& options = {});

// The first non-empty line when it reads as a headline (short, not ending
// in a full stop), else nullopt.
std::optional<std::string> guess_title(std::string_view text);

// True if `s` is well-formed UTF-8 (no overlongs, surrogates or values
// beyond U+10FFFF).
bool is_valid_utf8(std::string_view s);

// Lower-case hex SHA-256 of `data`.
std::string sha256_hex(std::string_view data);

}  // namespace crimestats
