// HTML page -> article text, with libxml2's HTML parser (never regexes).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "crimestats/date.hpp"

namespace crimestats {

class BoilerplateFilter;

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
// noscript, template, iframe, svg, form controls, comments and hidden
// elements (hidden, aria-hidden="true", style display:none or
// visibility:hidden); drops nav, header, footer, aside, form and dialog
// regions, ARIA furniture roles (navigation, banner, contentinfo,
// complementary, search, dialog, menu) and elements whose class or id has
// tokens listed by `furniture` (BoilerplateFilter::is_furniture_class:
// "cookie", "share", "related", "comments", ...). An element that holds
// the <h1>, <article> or <main> is never dropped as furniture; a <header>
// inside <article> or <main> is kept as the article's own.
HtmlPage html_to_text(std::string_view html, const BoilerplateFilter* furniture = nullptr);

// True if `text` starts like HTML: after a BOM, whitespace and comments,
// "<!doctype html" or a common opening tag ("<html", "<head", "<body",
// "<meta", "<div", "<p>", "<article", ...).
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
