#include "crimestats/loader.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include <fmt/format.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "crimestats/boilerplate.hpp"
#include "crimestats/html.hpp"
#include "crimestats/text.hpp"

namespace crimestats {
namespace {

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Windows-1252's 0x80-0x9F; the rest of the high half is ISO-8859-1.
// Undefined bytes map to U+FFFD.
constexpr std::array<std::uint16_t, 32> kCp1252High{
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

std::string decode_windows_1252(std::string_view raw) {
  std::string out;
  out.reserve(raw.size() + raw.size() / 8);
  for (const char ch : raw) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      out.push_back(ch);
    } else if (c < 0xA0) {
      append_utf8(out, kCp1252High[c - 0x80]);
    } else {
      append_utf8(out, c);
    }
  }
  return out;
}

std::string decode_utf16(std::string_view raw, bool little_endian, const std::string& path) {
  if (raw.size() % 2 != 0) throw InputError("UTF-16 input has an odd number of bytes");
  std::string out;
  out.reserve(raw.size());
  auto unit_at = [&](std::size_t i) -> std::uint32_t {
    const auto lo = static_cast<unsigned char>(raw[little_endian ? i : i + 1]);
    const auto hi = static_cast<unsigned char>(raw[little_endian ? i + 1 : i]);
    return (std::uint32_t{hi} << 8) | lo;
  };
  for (std::size_t i = 0; i < raw.size(); i += 2) {
    std::uint32_t cp = unit_at(i);
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < raw.size()) {
      const std::uint32_t low = unit_at(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      } else {
        cp = 0xFFFD;
      }
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = 0xFFFD;
    }
    if (cp == 0) throw InputError(fmt::format("NUL character in UTF-16 text of {}", path));
    append_utf8(out, cp);
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

bool is_valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    // Sixty-four, sixteen, then eight ASCII bytes at a time: most news text
    // is ASCII.
#if defined(__SSE2__)
    while (i + 64 <= s.size()) {
      const auto* block = reinterpret_cast<const __m128i*>(s.data() + i);
      const __m128i any = _mm_or_si128(_mm_or_si128(_mm_loadu_si128(block), _mm_loadu_si128(block + 1)),
                                       _mm_or_si128(_mm_loadu_si128(block + 2), _mm_loadu_si128(block + 3)));
      if (_mm_movemask_epi8(any) != 0) break;
      i += 64;
    }
    while (i + 16 <= s.size() &&
           _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i))) == 0) {
      i += 16;
    }
#endif
    while (i + 8 <= s.size()) {
      std::uint64_t block;
      std::memcpy(&block, s.data() + i, 8);
      if (block & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    std::uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > s.size()) return false;
    for (std::size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
      return false;
    }
    i += len;
  }
  return true;
}

std::optional<std::string> guess_title(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t nl = text.find('\n', pos);
    const std::string_view line = trim(text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
    if (!line.empty()) {
      // A headline: short, and not a sentence ending in a full stop.
      constexpr std::size_t kMaxTitleBytes = 200;
      if (line.size() > kMaxTitleBytes || line.back() == '.' || line.back() == ':') return std::nullopt;
      return std::string(line);
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return std::nullopt;
}

namespace {

Document start_document(std::string_view raw, std::string id, std::string path, const LoadOptions& options) {
  if (raw.size() > options.max_bytes) {
    throw InputError(fmt::format("larger than --max-bytes ({} > {} bytes)", raw.size(), options.max_bytes));
  }
  Document doc;
  doc.id = std::move(id);
  doc.source.path = std::move(path);
  doc.source.bytes = raw.size();
  doc.source.sha256 = sha256_hex(raw);
  return doc;
}

bool is_utf16_bom(std::string_view bytes, bool& little_endian) {
  if (bytes.size() < 2) return false;
  const auto b0 = static_cast<unsigned char>(bytes[0]);
  const auto b1 = static_cast<unsigned char>(bytes[1]);
  little_endian = b0 == 0xFF && b1 == 0xFE;
  return little_endian || (b0 == 0xFE && b1 == 0xFF);
}

// Decodes by BOM; else as UTF-8 when valid; else as Windows-1252 with a
// warning. Sets doc.source.encoding.
std::string decode_text(std::string_view bytes, Document& doc) {
  bool little_endian = false;
  if (is_utf16_bom(bytes, little_endian)) {
    doc.source.encoding = little_endian ? "utf-16le" : "utf-16be";
    return decode_utf16(bytes.substr(2), little_endian, doc.source.path);
  }
  if (bytes.find('\0') != std::string_view::npos) throw InputError("binary file (contains NUL bytes)");
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (is_valid_utf8(bytes)) {
    doc.source.encoding = "utf-8";
    return std::string(bytes);
  }
  doc.source.encoding = "windows-1252";
  doc.warnings.push_back("not valid UTF-8: decoded as Windows-1252");
  return decode_windows_1252(bytes);
}

// An HTML page: a BOM wins, then the page's <meta charset>, then UTF-8
// when valid, then Windows-1252. ISO-8859-1 and US-ASCII labels are read
// with the Windows-1252 table, as browsers do (its extra characters sit in
// the C1 control range, which never holds text).
std::string decode_html(std::string_view bytes, Document& doc) {
  bool little_endian = false;
  if (is_utf16_bom(bytes, little_endian) || bytes.starts_with("\xEF\xBB\xBF")) return decode_text(bytes, doc);
  if (bytes.find('\0') != std::string_view::npos) throw InputError("binary file (contains NUL bytes)");
  const std::optional<std::string> declared = declared_html_charset(bytes);
  if (!declared) return decode_text(bytes, doc);
  static constexpr std::array<std::string_view, 13> kLatin1Labels{
      "windows-1252", "cp1252",   "x-cp1252", "iso-8859-1", "iso8859-1", "latin1",  "latin-1",
      "l1",           "us-ascii", "ascii",    "iso_8859-1", "cp819",     "ibm819"};
  const bool latin1 = std::find(kLatin1Labels.begin(), kLatin1Labels.end(), *declared) != kLatin1Labels.end();
  if (latin1) {
    doc.source.encoding = declared->starts_with("windows") || declared->find("1252") != std::string::npos
                              ? "windows-1252"
                              : (declared->find("ascii") != std::string::npos ? "us-ascii" : "iso-8859-1");
    return decode_windows_1252(bytes);
  }
  if (*declared != "utf-8" && *declared != "utf8") {
    doc.warnings.push_back(fmt::format("unsupported charset \"{}\" declared: read as UTF-8 or Windows-1252",
                                       declared->substr(0, 40)));
  }
  std::string text = decode_text(bytes, doc);
  if (doc.source.encoding == "windows-1252" && (*declared == "utf-8" || *declared == "utf8")) {
    doc.warnings.back() = "declared UTF-8 but not valid UTF-8: decoded as Windows-1252";
  }
  return text;
}

}  // namespace

namespace {

Document load_text(std::string_view raw, std::string id, std::string path, const LoadOptions& options) {
  Document doc = start_document(raw, std::move(id), std::move(path), options);
  doc.text = decode_text(raw, doc);
  normalise_text_in_place(doc.text);
  if (is_blank(doc.text)) throw InputError(doc.text.empty() ? "empty file" : "no text (whitespace only)");
  doc.title = guess_title(doc.text);
  return doc;
}

}  // namespace

Document load_document(const std::string& raw, std::string id, std::string path, const LoadOptions& options) {
  return load_text(raw, std::move(id), std::move(path), options);
}

std::optional<InputFormat> parse_input_format(std::string_view name) {
  if (name == "auto") return InputFormat::automatic;
  if (name == "text") return InputFormat::text;
  if (name == "html") return InputFormat::html;
  if (name == "jsonl") return InputFormat::jsonl;
  return std::nullopt;
}

InputFormat detect_format(std::string_view path, std::string_view raw) {
  const std::size_t slash = path.find_last_of('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t dot = name.rfind('.');
  const std::string extension = dot == std::string_view::npos ? "" : lower_ascii(name.substr(dot + 1));
  if (extension == "html" || extension == "htm" || extension == "xhtml") return InputFormat::html;
  if (extension == "jsonl" || extension == "ndjson") return InputFormat::jsonl;
  if (extension == "txt" || extension == "text" || extension == "md") return InputFormat::text;
  // Sniff: UTF-16 pages are decoded first.
  bool little_endian = false;
  if (is_utf16_bom(raw, little_endian)) {
    try {
      const std::size_t even = std::min<std::size_t>(raw.size(), 1026) & ~std::size_t{1};
      return looks_like_html(decode_utf16(raw.substr(2, even - 2), little_endian, "")) ? InputFormat::html
                                                                                      : InputFormat::text;
    } catch (const InputError&) {
      return InputFormat::text;
    }
  }
  return looks_like_html(raw) ? InputFormat::html : InputFormat::text;
}

std::size_t remove_boilerplate(Document& doc, const BoilerplateFilter& filter) {
  const std::size_t removed = filter.blank_out(doc.text);
  if (removed > 0) {
    doc.warnings.push_back(fmt::format("removed {} boilerplate line{}", removed, removed == 1 ? "" : "s"));
  }
  return removed;
}

Document load_article(const std::string& raw, std::string id, std::string path, InputFormat format,
                      const LoadOptions& options) {
  return load_article_view(raw, std::move(id), std::move(path), format, options);
}

Document load_article_view(std::string_view raw, std::string id, std::string path, InputFormat format,
                           const LoadOptions& options) {
  if (format == InputFormat::automatic) format = detect_format(path, raw);
  if (format == InputFormat::jsonl) {
    throw InputError("a JSON Lines stream holds many articles: read it with read_jsonl");
  }
  if (format == InputFormat::text) {
    Document doc = load_text(raw, std::move(id), std::move(path), options);
    if (options.boilerplate && remove_boilerplate(doc, *options.boilerplate) > 0) {
      if (is_blank(doc.text)) throw InputError("no article text (only page furniture)");
      doc.title = guess_title(doc.text);
    }
    return doc;
  }
  Document doc = start_document(raw, std::move(id), std::move(path), options);
  const std::string decoded = decode_html(raw, doc);
  HtmlPage page = html_to_text(decoded, options.boilerplate);
  doc.text = std::move(page.text);
  if (is_blank(doc.text)) throw InputError("no visible text in the HTML page");
  if (options.boilerplate) remove_boilerplate(doc, *options.boilerplate);
  if (is_blank(doc.text)) throw InputError("no article text (only page furniture)");
  doc.title = page.title ? std::move(page.title) : guess_title(doc.text);
  doc.published_hint = page.published;
  return doc;
}

}  // namespace crimestats
