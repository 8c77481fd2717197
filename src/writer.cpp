#include "crimestats/writer.hpp"

#include "crimestats/figures.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <memory>
#include <stdexcept>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <fmt/format.h>

#include "crimestats/loader.hpp"

namespace crimestats {
namespace {

using json = nlohmann::ordered_json;

// Finite, integral and below 2^53 in magnitude. Below 2^53 (never true of
// NaN or infinity) a double is integral when truncating it changes nothing:
// a conversion, where floor() is a library call on baseline x86-64.
bool whole(double v) {
  return std::fabs(v) < 9007199254740992.0 && v == static_cast<double>(static_cast<std::int64_t>(v));
}

// Most fractional figures (coordinates, 15.7%) have a few decimals; this
// writes them the way std::to_chars' shortest form would, at a fraction of
// its cost. A decimal m / 10^k that converts back to exactly `v` (the
// division of two exact doubles is correctly rounded, as parsing is) with
// the least k has the fewest digits, and in [0.1, 1e6) libstdc++ writes
// the shortest form in fixed notation. Returns 0 where it does not apply.
std::size_t format_short_decimal(char* buffer, double v) {
  const double magnitude = std::fabs(v);
  if (!(magnitude >= 0.1 && magnitude < 1e6)) return 0;
  double scale = 10;
  for (int decimals = 1; decimals <= 6; ++decimals, scale *= 10) {
    const double scaled = std::nearbyint(magnitude * scale);
    if (scaled / scale != magnitude) continue;
    const auto digits = static_cast<std::uint64_t>(scaled);
    const fmt::format_int whole_part(digits / static_cast<std::uint64_t>(scale));
    char* at = buffer;
    if (v < 0) *at++ = '-';
    at = std::copy_n(whole_part.data(), whole_part.size(), at);
    *at++ = '.';
    std::uint64_t fraction = digits % static_cast<std::uint64_t>(scale);
    for (int d = decimals - 1; d >= 0; --d) {
      at[d] = static_cast<char>('0' + fraction % 10);
      fraction /= 10;
    }
    return static_cast<std::size_t>(at + decimals - buffer);
  }
  return 0;
}

// Whole numbers are written as integers (375, not 375.0); others in their
// shortest round-trip form (15.7); non-finite ones as null. Writes at most
// 32 bytes to `buffer` and returns how many.
std::size_t format_number(char* buffer, double v) {
  if (whole(v)) {
    const fmt::format_int digits(static_cast<std::int64_t>(v));
    std::memcpy(buffer, digits.data(), digits.size());
    return digits.size();
  }
  if (const std::size_t n = format_short_decimal(buffer, v)) return n;
  if (std::isfinite(v)) {
    const auto [end, ec] = std::to_chars(buffer, buffer + 32, v, std::chars_format::general);
    return ec == std::errc() ? static_cast<std::size_t>(end - buffer) : 0;
  }
  std::memcpy(buffer, "null", 4);
  return 4;
}

// Length of the well-formed UTF-8 sequence starting at s[i] (a byte >=
// 0x80), or 0 if it is not one.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t len;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
  } else {
    return 0;
  }
  return i + len <= s.size() && is_valid_utf8(s.substr(i, len)) ? len : 0;
}

// Appends `s` with each invalid UTF-8 byte replaced by U+FFFD.
void append_valid_utf8(std::string& out, std::string_view s) {
  if (is_valid_utf8(s)) {
    out.append(s);
    return;
  }
  std::size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      out += s[i++];
      continue;
    }
    const std::size_t len = utf8_length(s, i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s.data() + i, len);
      i += len;
    }
  }
}

std::string valid_utf8(std::string_view s) {
  std::string out;
  append_valid_utf8(out, s);
  return out;
}

std::string_view slice(const std::string& text, const Span& s) {
  if (s.begin >= text.size() || s.end <= s.begin) return {};
  return std::string_view(text).substr(s.begin, std::min(s.end, text.size()) - s.begin);
}

// Appends compact JSON to a string. Records are written straight to text
// because building a DOM per record cost more than all the extractors
// together. Invalid UTF-8 becomes U+FFFD, as nlohmann's `replace` does.
// The JSON is built in a per-thread buffer that only ever grows and is
// copied out once at the end: a string sized up front for each record was
// zero-filled first, which cost more than the copy.
class JsonText {
 public:
  // Writes to `out`, replacing its contents, when finish() is called.
  explicit JsonText(std::string& out) : out_(out), buffer_(thread_buffer()), length_(0) {}
  JsonText(const JsonText&) = delete;
  JsonText& operator=(const JsonText&) = delete;
  // Appends a byte outside the JSON value (the line feed of JSON Lines).
  void raw(char c) { put(c); }
  // Copies what was written to the output string; call once, last.
  void finish() { out_.assign(buffer_.bytes.get(), length_); }

  JsonText& begin_object() { return open('{'); }
  JsonText& end_object() { return close('}'); }
  JsonText& begin_array() { return open('['); }
  JsonText& end_array() { return close(']'); }
  // Keys are the schema's own ASCII names, string literals: written as
  // they are, with a copy of known length.
  template <std::size_t N>
  JsonText& key(const char (&k)[N]) {
    constexpr std::size_t length = N - 1;
    char* at = separate(length + 3);
    at[0] = '"';
    std::memcpy(at + 1, k, length);
    at[length + 1] = '"';
    at[length + 2] = ':';
    length_ += length + 3;
    after_key_ = true;
    return *this;
  }
  JsonText& value(std::string_view s) {
    string_body(s);
    return *this;
  }
  JsonText& nullable(std::string_view s) { return s.empty() ? null() : value(s); }
  JsonText& null() { return literal("null"); }
  JsonText& boolean(bool b) { return b ? literal("true") : literal("false"); }
  JsonText& integer(std::uint64_t v) {
    const fmt::format_int digits(v);
    std::memcpy(separate(digits.size()), digits.data(), digits.size());
    length_ += digits.size();
    return *this;
  }
  JsonText& number(double v) {
    length_ += format_number(separate(32), v);
    return *this;
  }
  // As Date::iso() writes it, without building a string.
  JsonText& date(const Date& d) {
    if (d.year < 0 || d.year > 9999 || d.month < 0 || d.month > 99 || d.day < 0 || d.day > 99) [[unlikely]] {
      return value(d.iso());
    }
    char* at = separate(12);
    at[0] = '"';
    at[1] = static_cast<char>('0' + d.year / 1000);
    at[2] = static_cast<char>('0' + d.year / 100 % 10);
    at[3] = static_cast<char>('0' + d.year / 10 % 10);
    at[4] = static_cast<char>('0' + d.year % 10);
    at[5] = '-';
    at[6] = static_cast<char>('0' + d.month / 10);
    at[7] = static_cast<char>('0' + d.month % 10);
    at[8] = '-';
    at[9] = static_cast<char>('0' + d.day / 10);
    at[10] = static_cast<char>('0' + d.day % 10);
    at[11] = '"';
    length_ += 12;
    return *this;
  }
  JsonText& span(const Span& s) {
    const fmt::format_int begin(s.begin), end(s.end);
    char* at = separate(begin.size() + end.size() + 3);
    *at++ = '[';
    at = std::copy_n(begin.data(), begin.size(), at);
    *at++ = ',';
    at = std::copy_n(end.data(), end.size(), at);
    *at = ']';
    length_ += begin.size() + end.size() + 3;
    return *this;
  }

 private:
  JsonText& open(char c) {
    *separate(1) = c;
    ++length_;
    first_ = true;
    return *this;
  }
  template <std::size_t N>
  JsonText& literal(const char (&word)[N]) {
    std::memcpy(separate(N - 1), word, N - 1);
    length_ += N - 1;
    return *this;
  }
  JsonText& close(char c) {
    put(c);
    first_ = false;
    return *this;
  }
  // Makes room for a comma and `n` bytes, writes the comma if one is due
  // (not after a key, nor first in an object or array) and returns where
  // the `n` bytes go: one room check for both.
  char* separate(std::size_t n) {
    char* at = room(n + 1);
    if (after_key_) {
      after_key_ = false;
      return at;
    }
    if (!first_) {
      *at++ = ',';
      ++length_;
    }
    first_ = false;
    return at;
  }
  // Sixteen bytes at a time are copied to the output unconditionally and
  // tested for a quote, a backslash or a control byte, which end a run of
  // plain bytes, and for non-ASCII bytes; the last partial block goes byte
  // by byte. Only a run holding non-ASCII bytes is checked as UTF-8, and
  // rewritten if it is not valid. Room is checked once for the comma due
  // before it, the bytes left to copy as they are, the quotes and the 16
  // bytes a block may write, and again only after an escape, which makes
  // the text longer.
  void string_body(std::string_view s) {
    *separate(s.size() + 18) = '"';
    ++length_;
    std::size_t plain = 0;              // start of the current run in `s`
    std::size_t plain_out = length_;    // and in the output
    bool non_ascii = false;
    std::size_t i = 0;
    while (i < s.size()) {
      const std::size_t block = std::min<std::size_t>(16, s.size() - i);
      char* at = buffer_.bytes.get() + length_;
      const Masks masks = block == 16 ? copy_block(s.data() + i, at) : copy_tail(s.data() + i, block, at);
      if (masks.escape == 0) {
        non_ascii |= masks.high != 0;
        i += block;
        length_ += block;
        continue;
      }
      const auto k = static_cast<unsigned>(__builtin_ctz(masks.escape));
      non_ascii |= (masks.high & ((1u << k) - 1)) != 0;
      i += k;
      length_ += k;
      repair_run(s.substr(plain, i - plain), plain_out, non_ascii);
      const auto c = static_cast<unsigned char>(s[i]);
      switch (c) {
        case '"': put("\\\""); break;
        case '\\': put("\\\\"); break;
        case '\n': put("\\n"); break;
        case '\r': put("\\r"); break;
        case '\t': put("\\t"); break;
        case '\b': put("\\b"); break;
        case '\f': put("\\f"); break;
        default: {
          char escaped[8];
          put(std::string_view(escaped, fmt::format_to_n(escaped, sizeof escaped, "\\u{:04x}", c).size));
        }
      }
      ++i;
      room(s.size() - i + 17);
      plain = i;
      plain_out = length_;
      non_ascii = false;
    }
    repair_run(s.substr(plain), plain_out, non_ascii);
    put('"');
  }

  // Bit k of `escape` set if byte k is below 0x20, '"' or '\\'; of `high`
  // if it is 0x80 or above.
  struct Masks {
    unsigned escape;
    unsigned high;
  };

  // Copies the 16 bytes at `p` to `to` and tests them.
  static Masks copy_block(const char* p, char* to) {
#if defined(__SSE2__)
    return copy_and_test(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), to);
#else
    return copy_tail(p, 16, to);
#endif
  }

  // The same for the `n` < 16 bytes at `p`; up to 16 bytes of `to` are
  // written.
  static Masks copy_tail(const char* p, std::size_t n, char* to) {
#if defined(__SSE2__)
    Masks masks = copy_and_test(load_partial(p, n), to);
    masks.escape &= (1u << n) - 1;  // the zero padding
    return masks;
#else
    Masks masks{0, 0};
    for (std::size_t k = 0; k < n; ++k) {
      const auto c = static_cast<unsigned char>(p[k]);
      to[k] = static_cast<char>(c);
      if (c < 0x20 || c == '"' || c == '\\') masks.escape |= 1u << k;
      if (c >= 0x80) masks.high |= 1u << k;
    }
    return masks;
#endif
  }

#if defined(__SSE2__)
  static Masks copy_and_test(__m128i block, char* to) {
    _mm_storeu_si128(reinterpret_cast<__m128i*>(to), block);
    // As signed bytes, the control and non-ASCII bytes are those below 0x20.
    const __m128i care = _mm_or_si128(_mm_cmplt_epi8(block, _mm_set1_epi8(0x20)),
                                      _mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8('"')),
                                                   _mm_cmpeq_epi8(block, _mm_set1_epi8('\\'))));
    const auto high = static_cast<unsigned>(_mm_movemask_epi8(block));
    return {static_cast<unsigned>(_mm_movemask_epi8(care)) & ~high, high};
  }

  // The `n` < 16 bytes at `p`, zero-padded, without reading past them:
  // two overlapping loads, as memcpy does for short lengths.
  static __m128i load_partial(const char* p, std::size_t n) {
    std::uint64_t low = 0, high = 0;
    if (n >= 8) {
      std::memcpy(&low, p, 8);
      if (n > 8) {
        std::memcpy(&high, p + n - 8, 8);
        high >>= 8 * (16 - n);
      }
    } else if (n >= 4) {
      std::uint32_t first, last;
      std::memcpy(&first, p, 4);
      std::memcpy(&last, p + n - 4, 4);
      low = first | (std::uint64_t{last} << (8 * (n - 4)));
    } else if (n > 0) {
      const auto byte = [&](std::size_t k) { return std::uint64_t{static_cast<unsigned char>(p[k])} << (8 * k); };
      low = byte(0) | byte(n / 2) | byte(n - 1);
    }
    return _mm_set_epi64x(static_cast<long long>(high), static_cast<long long>(low));
  }
#endif

  // `run`, already copied to the output at `out_begin`, is rewritten with
  // each invalid UTF-8 byte replaced if it holds any.
  void repair_run(std::string_view run, std::size_t out_begin, bool non_ascii) {
    if (non_ascii && !is_valid_utf8(run)) {
      length_ = out_begin;
      put(valid_utf8(run));
    }
  }

  // Bytes not initialised: never read before they are written.
  struct Buffer {
    std::unique_ptr<char[]> bytes;
    std::size_t size = 0;
  };
  static Buffer& thread_buffer() {
    thread_local Buffer buffer;
    return buffer;
  }

  // Writes go through a cursor into the buffer, grown by doubling: cheaper
  // than std::string's checks on every character appended.
  char* room(std::size_t n) {
    if (length_ + n > buffer_.size) [[unlikely]] grow(n);
    return buffer_.bytes.get() + length_;
  }
  [[gnu::noinline]] void grow(std::size_t n) {
    const std::size_t size = std::max(2 * buffer_.size, length_ + n + (64 << 10));
    std::unique_ptr<char[]> bytes(new char[size]);
    if (length_ > 0) std::memcpy(bytes.get(), buffer_.bytes.get(), length_);
    buffer_.bytes = std::move(bytes);
    buffer_.size = size;
  }
  void put(char c) {
    *room(1) = c;
    ++length_;
  }
  void put(std::string_view s) {
    if (s.empty()) return;
    std::memcpy(room(s.size()), s.data(), s.size());
    length_ += s.size();
  }

  std::string& out_;
  Buffer& buffer_;
  std::size_t length_;
  bool first_ = true;
  bool after_key_ = false;
};

void text_and_span(JsonText& j, const std::string& text, const Span& s, const WriteOptions& options) {
  j.key("text").value(slice(text, s));
  if (options.spans) j.key("span").span(s);
}

void mentions(JsonText& j, const std::vector<Span>& spans, const WriteOptions& options) {
  if (!options.spans) return;
  j.key("mentions").begin_array();
  for (const auto& m : spans) j.span(m);
  j.end_array();
}

// The record's JSON, then `terminator` if it is not NUL, into `out`.
void write_record(std::string& out, const Record& record, const WriteOptions& options, char terminator) {
  const Document& doc = record.doc;
  const std::string& text = doc.text;
  const Facts& f = record.facts;
  JsonText j(out);
  j.begin_object();
  j.key("schema").value("crimestats/1");
  j.key("id").value(doc.id);
  j.key("source").begin_object();
  j.key("path").value(doc.source.path);
  j.key("bytes").integer(doc.source.bytes);
  j.key("sha256").value(doc.source.sha256);
  j.key("encoding").value(doc.source.encoding);
  j.end_object();
  j.key("title");
  doc.title ? j.value(*doc.title) : j.null();
  j.key("published");
  record.published ? j.date(*record.published) : j.null();
  j.key("reference_date").date(record.reference_date);

  j.key("counts").begin_array();
  for (const auto& c : f.counts) {
    j.begin_object().key("value").number(c.value).key("category").value(c.category);
    j.key("subject").nullable(c.subject).key("qualifier").nullable(qualifier_name(c.qualifier));
    text_and_span(j, text, c.span, options);
    j.end_object();
  }
  j.end_array();

  j.key("money").begin_array();
  for (const auto& m : f.money) {
    j.begin_object().key("amount").number(m.amount).key("currency").value(m.currency);
    j.key("qualifier").nullable(qualifier_name(m.qualifier)).key("role").value(m.role.empty() ? "other" : m.role);
    text_and_span(j, text, m.span, options);
    j.end_object();
  }
  j.end_array();

  j.key("percentages").begin_array();
  for (const auto& p : f.percentages) {
    j.begin_object().key("value").number(p.value).key("direction").nullable(p.direction);
    j.key("qualifier").nullable(qualifier_name(p.qualifier));
    text_and_span(j, text, p.span, options);
    j.end_object();
  }
  j.end_array();

  j.key("dates").begin_array();
  for (const auto& d : f.dates) {
    j.begin_object().key("value").value(d.value).key("granularity").value(granularity_name(d.granularity));
    j.key("until").nullable(d.until).key("relative").boolean(d.relative);
    text_and_span(j, text, d.span, options);
    j.end_object();
  }
  j.end_array();

  j.key("places").begin_array();
  for (const auto& p : f.places) {
    j.begin_object().key("name").value(p.name).key("type").nullable(p.type).key("county").nullable(p.county);
    j.key("police_force").nullable(p.police_force).key("region").nullable(p.region).key("country").nullable(p.country);
    j.key("lat");
    p.lat ? j.number(*p.lat) : j.null();
    j.key("lon");
    p.lon ? j.number(*p.lon) : j.null();
    mentions(j, p.mentions, options);
    j.end_object();
  }
  j.end_array();

  j.key("operations").begin_array();
  for (const auto& o : f.operations) {
    j.begin_object().key("name").value(o.name);
    mentions(j, o.mentions, options);
    j.end_object();
  }
  j.end_array();

  j.key("drugs").begin_array();
  for (const auto& d : f.drugs) {
    j.begin_object().key("drug").value(d.drug).key("class").nullable(d.drug_class);
    mentions(j, d.mentions, options);
    j.end_object();
  }
  j.end_array();

  j.key("drug_quantities").begin_array();
  for (const auto& q : f.drug_quantities) {
    j.begin_object().key("drug").value(q.drug).key("quantity").number(q.quantity).key("unit").value(q.unit);
    j.key("qualifier").nullable(qualifier_name(q.qualifier));
    text_and_span(j, text, q.span, options);
    j.end_object();
  }
  j.end_array();

  j.key("warnings").begin_array();
  for (const auto& w : doc.warnings) j.value(w);
  j.end_array();
  if (options.emit_text) j.key("text").value(text);
  j.end_object();
  if (terminator != '\0') j.raw(terminator);
  j.finish();
}

}  // namespace

std::string record_json(const Record& record, const WriteOptions& options) {
  std::string out;
  write_record(out, record, options, '\0');
  return out;
}

json record_to_json(const Record& record, const WriteOptions& options) {
  return json::parse(record_json(record, options));
}

std::string dump_json(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

namespace {

class JsonLinesWriter final : public RecordWriter {
 public:
  explicit JsonLinesWriter(WriteOptions options) : options_(options) {}
  std::string header() const override { return {}; }
  std::string format(const Record& record) const override {
    std::string out;
    write_record(out, record, options_, '\n');
    return out;
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
  std::string format(const Record& record) const override { return record_json(record, options_); }
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
std::string number_text(double v) {
  char buffer[32];
  return std::string(buffer, format_number(buffer, v));
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
      places.emplace_back(p.name);
      if (!p.police_force.empty()) forces.emplace_back(p.police_force);
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
