#include "crimestats/html.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <array>
#include <memory>
#include <mutex>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "crimestats/boilerplate.hpp"
#include "crimestats/text.hpp"

namespace crimestats {
namespace {

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

// libxml2 needs one global initialisation before threads parse at once.
void init_libxml() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

DocPtr parse_html(std::string_view bytes, const char* encoding) {
  init_libxml();
  constexpr int kOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                           HTML_PARSE_NOBLANKS | HTML_PARSE_IGNORE_ENC;
  return DocPtr(htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, encoding, kOptions));
}

std::string_view name_of(const xmlNode* node) {
  return node->name ? std::string_view(reinterpret_cast<const char*>(node->name)) : std::string_view();
}

bool is_element(const xmlNode* node, std::string_view name) {
  return node->type == XML_ELEMENT_NODE && name_of(node) == name;
}

std::string attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!value) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

bool has_attribute(const xmlNode* node, const char* name) {
  return xmlHasProp(node, reinterpret_cast<const xmlChar*>(name)) != nullptr;
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (const char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = !out.empty();
    } else {
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  return out;
}

// Whole-subtree text, whitespace collapsed (for titles).
std::string subtree_text(const xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  if (!content) return {};
  std::string out = collapse_spaces(reinterpret_cast<const char*>(content));
  xmlFree(content);
  return out;
}

// Depth-first pre-order successor of `node` within `root`.
const xmlNode* next_node(const xmlNode* node, const xmlNode* root) {
  if (node->children) return node->children;
  while (node && node != root) {
    if (node->next) return node->next;
    node = node->parent;
  }
  return nullptr;
}

// Elements never shown as text.
constexpr std::array<std::string_view, 16> kInvisible{"script", "style",  "noscript", "template", "iframe", "svg",
                                                      "math",   "button", "select",   "textarea", "input",  "object",
                                                      "embed",  "canvas", "head",     "title"};
// Page regions that hold furniture, not the article.
constexpr std::array<std::string_view, 6> kFurnitureElements{"nav", "header", "footer", "aside", "form", "dialog"};
constexpr std::array<std::string_view, 8> kFurnitureRoles{"navigation", "banner",      "contentinfo", "complementary",
                                                          "search",     "dialog",      "alertdialog", "menu"};
// Elements that end a line: paragraphs and headings get a blank line after.
constexpr std::array<std::string_view, 27> kParagraphBlocks{
    "p",       "h1",      "h2",     "h3",     "h4",     "h5",         "h6",   "blockquote", "pre",
    "table",   "ul",      "ol",     "dl",     "section", "article",   "main", "figure",     "figcaption",
    "address", "details", "summary", "header", "footer", "fieldset", "hr",   "center",     "caption"};
constexpr std::array<std::string_view, 8> kLineBlocks{"div", "li", "dt", "dd", "tr", "br", "option", "legend"};

template <std::size_t N>
bool in(const std::array<std::string_view, N>& names, std::string_view name) {
  for (const auto n : names) {
    if (n == name) return true;
  }
  return false;
}

bool hidden(const xmlNode* node) {
  if (has_attribute(node, "hidden")) return true;
  if (lower_ascii(attribute(node, "aria-hidden")) == "true") return true;
  std::string style = lower_ascii(attribute(node, "style"));
  std::erase(style, ' ');
  return style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos;
}

// Text with block structure: lines for blocks, blank lines between
// paragraphs, runs of whitespace collapsed.
class TextBuilder {
 public:
  void text(std::string_view s, bool preformatted) {
    for (std::size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      if (preformatted && c == '\n') {
        line_break(1);
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        pending_space_ = true;
        continue;
      }
      // U+00A0 no-break space reads as a space; U+00AD soft hyphen and
      // U+200B zero-width space are invisible.
      if (s.compare(i, 2, "\xC2\xA0") == 0) {
        pending_space_ = true;
        ++i;
        continue;
      }
      if (s.compare(i, 2, "\xC2\xAD") == 0) {
        ++i;
        continue;
      }
      if (s.compare(i, 3, "\xE2\x80\x8B") == 0) {
        i += 2;
        continue;
      }
      flush();
      out_.push_back(c);
    }
  }
  void space() { pending_space_ = true; }
  // 1: end the line; 2: end the paragraph (a blank line follows).
  void line_break(int level) { pending_break_ = std::max(pending_break_, level); }
  std::string take() { return std::move(out_); }

 private:
  void flush() {
    if (!out_.empty() && pending_break_ > 0) {
      out_.append(static_cast<std::size_t>(pending_break_), '\n');
    } else if (!out_.empty() && pending_space_ && out_.back() != '\n') {
      out_.push_back(' ');
    }
    pending_break_ = 0;
    pending_space_ = false;
  }

  std::string out_;
  int pending_break_ = 0;
  bool pending_space_ = false;
};

std::optional<Date> date_of_timestamp(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  if (s.size() < 10) return std::nullopt;
  return parse_iso_date(s.substr(0, 10));
}

// The first datePublished in a JSON-LD value (objects, arrays, @graph).
std::optional<Date> json_ld_date(const nlohmann::json& j, int depth = 0) {
  if (depth > 32) return std::nullopt;
  if (j.is_object()) {
    const auto it = j.find("datePublished");
    if (it != j.end() && it->is_string()) {
      if (auto d = date_of_timestamp(it->get_ref<const std::string&>())) return d;
    }
    for (const auto& [key, value] : j.items()) {
      if (auto d = json_ld_date(value, depth + 1)) return d;
    }
  } else if (j.is_array()) {
    for (const auto& value : j) {
      if (auto d = json_ld_date(value, depth + 1)) return d;
    }
  }
  return std::nullopt;
}

struct Metadata {
  std::optional<std::string> og_title;
  std::optional<std::string> title_element;
  std::optional<Date> meta_published;
  std::optional<Date> json_ld_published;
};

void read_metadata(const xmlNode* node, Metadata& meta) {
  if (is_element(node, "meta")) {
    const std::string key = lower_ascii(attribute(node, has_attribute(node, "property") ? "property" : "name"));
    const std::string itemprop = lower_ascii(attribute(node, "itemprop"));
    const std::string content = attribute(node, "content");
    if (key == "og:title" && !meta.og_title) {
      std::string t = collapse_spaces(content);
      if (!t.empty()) meta.og_title = std::move(t);
    } else if ((key == "article:published_time" || itemprop == "datepublished") && !meta.meta_published) {
      meta.meta_published = date_of_timestamp(content);
    }
  } else if (is_element(node, "title") && !meta.title_element) {
    std::string t = subtree_text(node);
    if (!t.empty()) meta.title_element = std::move(t);
  } else if (is_element(node, "script") && lower_ascii(attribute(node, "type")) == "application/ld+json" &&
             !meta.json_ld_published) {
    xmlChar* content = xmlNodeGetContent(node);
    if (content) {
      const auto j = nlohmann::json::parse(reinterpret_cast<const char*>(content), nullptr, false);
      xmlFree(content);
      if (!j.is_discarded()) meta.json_ld_published = json_ld_date(j);
    }
  }
}

}  // namespace

HtmlPage html_to_text(std::string_view html, const BoilerplateFilter* furniture) {
  HtmlPage page;
  const DocPtr doc = parse_html(html, "UTF-8");
  if (!doc) return page;
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!root) return page;

  // Elements holding the article (<article>, <main>, <h1>) and their
  // ancestors are never dropped as furniture, so a page wrapped in one big
  // <form> or a "layout-with-sidebar" <div> keeps its text.
  std::unordered_set<const xmlNode*> holds_article;
  Metadata meta;
  for (const xmlNode* n = root; n; n = next_node(n, root)) {
    if (n->type != XML_ELEMENT_NODE) continue;
    read_metadata(n, meta);
    const std::string_view name = name_of(n);
    if (name == "article" || name == "main" || name == "h1") {
      for (const xmlNode* a = n; a && a->type == XML_ELEMENT_NODE; a = a->parent) {
        if (!holds_article.insert(a).second) break;
      }
    }
  }

  TextBuilder builder;
  std::optional<std::string> first_h1;
  std::optional<Date> first_time;
  int pre_depth = 0;

  // Returns false when the element and its subtree are not shown.
  auto enter = [&](const xmlNode* node) {
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      if (node->content) builder.text(reinterpret_cast<const char*>(node->content), pre_depth > 0);
      return true;
    }
    if (node->type != XML_ELEMENT_NODE) return false;  // comments, processing instructions
    const std::string_view name = name_of(node);
    if (in(kInvisible, name) || hidden(node)) return false;
    if (!holds_article.contains(node)) {
      // A <header> inside <article> or <main> is the article's own header
      // (headline, byline, date), not the site's.
      bool article_header = false;
      if (name == "header") {
        for (const xmlNode* a = node->parent; a && a->type == XML_ELEMENT_NODE; a = a->parent) {
          if (is_element(a, "article") || is_element(a, "main")) article_header = true;
        }
      }
      if ((in(kFurnitureElements, name) && !article_header) ||
          in(kFurnitureRoles, lower_ascii(attribute(node, "role"))) ||
          (furniture && (furniture->is_furniture_class(attribute(node, "class")) ||
                         furniture->is_furniture_class(attribute(node, "id"))))) {
        return false;
      }
    }
    if (name == "h1" && !first_h1) {
      std::string t = subtree_text(node);
      if (!t.empty()) first_h1 = std::move(t);
    }
    if (name == "time" && !first_time) first_time = date_of_timestamp(attribute(node, "datetime"));
    if (name == "br") builder.line_break(1);
    if (name == "td" || name == "th") builder.space();
    if (in(kParagraphBlocks, name)) builder.line_break(2);
    if (in(kLineBlocks, name)) builder.line_break(1);
    if (name == "pre") ++pre_depth;
    return true;
  };
  auto leave = [&](const xmlNode* node) {
    if (node->type != XML_ELEMENT_NODE) return;
    const std::string_view name = name_of(node);
    if (in(kParagraphBlocks, name)) builder.line_break(2);
    if (in(kLineBlocks, name)) builder.line_break(1);
    if (name == "td" || name == "th") builder.space();
    if (name == "pre") --pre_depth;
  };

  // Iterative depth-first walk: deeply nested pages cannot exhaust the stack.
  const xmlNode* node = root;
  while (node) {
    if (enter(node)) {
      if (node->children) {
        node = node->children;
        continue;
      }
      leave(node);
    }
    while (node != root && !node->next) {
      node = node->parent;
      leave(node);
    }
    node = node == root ? nullptr : node->next;
  }
  page.text = builder.take();

  if (meta.og_title) {
    page.title = strip_site_suffix(*meta.og_title);
  } else if (first_h1) {
    page.title = first_h1;
  } else if (meta.title_element) {
    page.title = strip_site_suffix(*meta.title_element);
  }
  page.published = meta.meta_published ? meta.meta_published
                   : meta.json_ld_published ? meta.json_ld_published
                                            : first_time;
  return page;
}

bool looks_like_html(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  for (int comments = 0; comments < 8; ++comments) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n' ||
                             text.front() == '\r')) {
      text.remove_prefix(1);
    }
    if (!text.starts_with("<!--")) break;
    const std::size_t end = text.find("-->");
    if (end == std::string_view::npos) return false;
    text.remove_prefix(end + 3);
  }
  if (istarts_with(text, "<!doctype html")) return true;
  // A page or a fragment opening with a common element: "<html lang=..>",
  // "<div class=...>", "<p>", not "<3 Leeds" or "<ref>".
  static constexpr std::array<std::string_view, 20> kOpeningTags{
      "html", "head", "body",    "meta", "title", "link", "div", "p",  "article", "section",
      "main", "span", "table",   "ul",   "ol",    "h1",   "h2",  "h3", "header",  "script"};
  if (text.empty() || text.front() != '<') return false;
  text.remove_prefix(1);
  for (const std::string_view tag : kOpeningTags) {
    if (istarts_with(text, tag) && tag.size() < text.size()) {
      const char after = text[tag.size()];
      if (after == '>' || after == ' ' || after == '\n' || after == '\t' || after == '/') return true;
    }
  }
  return false;
}

std::optional<std::string> declared_html_charset(std::string_view raw) {
  // Parse the head as Latin-1 (every byte is valid) and read its <meta>.
  constexpr std::size_t kPrescanBytes = 4096;
  const DocPtr doc = parse_html(raw.substr(0, kPrescanBytes), "ISO-8859-1");
  if (!doc) return std::nullopt;
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  for (const xmlNode* n = root; n; n = next_node(n, root)) {
    if (!is_element(n, "meta")) continue;
    std::string charset = lower_ascii(collapse_spaces(attribute(n, "charset")));
    if (charset.empty() && lower_ascii(attribute(n, "http-equiv")) == "content-type") {
      const std::string content = lower_ascii(attribute(n, "content"));
      const std::size_t at = content.find("charset=");
      if (at != std::string::npos) {
        charset = content.substr(at + 8);
        const std::size_t end = charset.find_first_of("; \"'");
        if (end != std::string::npos) charset.resize(end);
      }
    }
    if (!charset.empty()) return charset;
  }
  return std::nullopt;
}

std::string strip_site_suffix(std::string_view title) {
  std::string t = collapse_spaces(title);
  for (const std::string_view separator : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
    const std::size_t at = t.rfind(separator);
    if (at == std::string::npos || at == 0) continue;
    const std::size_t suffix = t.size() - at - separator.size();
    if (suffix < at) {
      t.resize(at);
      return t;
    }
  }
  return t;
}

}  // namespace crimestats
