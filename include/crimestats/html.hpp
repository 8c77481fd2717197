// HTML page -> article text, with libxml2's HTML parser (never regexes).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "crimestats/date.hpp"

namespace crimestats {

struct HtmlPage {
  // Visible text: one line per block (headline, paragraph, list item, table
  // row), blank lines between blocks, entities decoded, whitespace inside a
  // block collapsed to single spaces.
  std::string text;
  // og:title, else the first <h1>, else <title> without its site suffix.
  std::optional<std::string> title;
  // article:published_time, else the first <time datetime>, else JSON-LD
  // datePublished (the date part of an ISO 8601 timestamp).
  std::optional<Date> published;
};

// Extracts the article text and metadata from `html`, which must already be
// UTF-8 (any <meta charset> in it is ignored). Drops script, style,
// noscript, template, nav, header, footer, aside, form, iframe, svg, comments,
// hidden elements (hidden, aria-hidden="true", style display:none or
// visibility:hidden) and page furniture marked by role or by class/id
// tokens such as "cookie", "share", "related", "comments" (an element that
// holds the <h1>, <article> or <main> is always kept).
HtmlPage html_to_text(std::string_view html);

// True if `text` starts like an HTML document: after a BOM and whitespace,
// "<!doctype html", "<html", "<head", "<body", "<meta", or a comment
// followed by one of those.
bool looks_like_html(std::string_view text);

// The charset declared by <meta charset="..."> or <meta http-equiv=
// "Content-Type" content="...; charset=..."> in the first 4096 bytes,
// lower-cased ("utf-8", "windows-1252", ...); nullopt if none.
std::optional<std::string> declared_html_charset(std::string_view raw);

// "Police seize guns | Kent Online" -> "Police seize guns": drops a final
// " | Site", " - Site", " – Site" or " — Site" part when it is shorter than
// the rest.
std::string strip_site_suffix(std::string_view title);

}  // namespace crimestats
