#include "crimestats/html.hpp"

namespace crimestats {

HtmlPage html_to_text(std::string_view html) { return HtmlPage{std::string(html), std::nullopt, std::nullopt}; }
bool looks_like_html(std::string_view) { return false; }
std::optional<std::string> declared_html_charset(std::string_view) { return std::nullopt; }
std::string strip_site_suffix(std::string_view title) { return std::string(title); }

}  // namespace crimestats
