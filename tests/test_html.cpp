#include <catch2/catch.hpp>

#include "fixtures.hpp"

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "crimestats/boilerplate.hpp"
#include "crimestats/html.hpp"
#include "crimestats/loader.hpp"

using namespace crimestats;

namespace {

// The non-blank lines of `text`, trimmed: what the extractors can see.
std::vector<std::string> visible_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos) continue;
    lines.push_back(line.substr(first, line.find_last_not_of(" \t") + 1 - first));
  }
  return lines;
}

const BoilerplateFilter& filter() {
  static const BoilerplateFilter f(CRIMESTATS_SOURCE_DIR "/data");
  return f;
}

}  // namespace

TEST_CASE("HTML becomes text with block structure") {
  struct Case {
    const char* html;
    const char* text;
  };
  const std::vector<Case> cases{
      {"<h1>Raid in Dover</h1><p>Police seized <b>4kg</b> of cocaine.</p><p>Two men were held.</p>",
       "Raid in Dover\n\nPolice seized 4kg of cocaine.\n\nTwo men were held."},
      {"<p>Items seized:</p><ul><li>three knives</li><li>a taser</li></ul><p>End.</p>",
       "Items seized:\n\nthree knives\na taser\n\nEnd."},
      {"<div>First line<br>second line</div><div>Third</div>", "First line\nsecond line\nThird"},
      {"<p>  Lots   of\n   space\t here </p>", "Lots of space here"},
      {"<p>Fined &pound;250 &amp; costs of &#163;85 &#8211; &ldquo;fair&rdquo;</p>",
       "Fined \xC2\xA3" "250 & costs of \xC2\xA3" "85 \xE2\x80\x93 \xE2\x80\x9C" "fair\xE2\x80\x9D"},
      {"<p>\xC2\xA3" "2.5&nbsp;million in cash</p>", "\xC2\xA3" "2.5 million in cash"},
      {"<p>co&shy;caine worth &#8203;\xC2\xA3" "3m</p>", "cocaine worth \xC2\xA3" "3m"},
      {"<table><tr><td>Arrests</td><td>41</td></tr><tr><td>Charges</td><td>17</td></tr></table>",
       "Arrests 41\nCharges 17"},
      {"<pre>line one\nline two</pre>", "line one\nline two"},
  };
  for (const auto& c : cases) {
    INFO(c.html);
    CHECK(html_to_text(c.html).text == c.text);
  }
}

TEST_CASE("invisible and furniture elements are dropped") {
  struct Case {
    const char* html;
    const char* text;
  };
  const std::vector<Case> cases{
      {"<p>Kept.</p><script>var arrests = 28;</script>", "Kept."},
      {"<style>p { margin: 5px }</style><p>Kept.</p>", "Kept."},
      {"<p>Kept.</p><noscript>Enable JavaScript to see 45 comments</noscript>", "Kept."},
      {"<nav><a>Home</a><a>Crime</a></nav><p>Kept.</p>", "Kept."},
      {"<header><a>Evening Post</a></header><p>Kept.</p>", "Kept."},
      {"<p>Kept.</p><footer>&copy; 2024 Evening Post</footer>", "Kept."},
      {"<p>Kept.</p><aside>Most Read: 3 stabbed in Leeds</aside>", "Kept."},
      {"<p>Kept.</p><form><label>Your email</label></form>", "Kept."},
      {"<p>Kept.</p><!-- 12 arrests in draft -->", "Kept."},
      {"<p>Kept.</p><p hidden>Old figure: 12 arrests.</p>", "Kept."},
      {"<p>Kept.</p><div aria-hidden=\"true\">Video: 2 minutes</div>", "Kept."},
      {"<p>Kept.</p><div style=\"color: red; display : none\">5 held</div>", "Kept."},
      {"<p>Kept.</p><span style=\"visibility:hidden\">5 held</span>", "Kept."},
      {"<p>Kept.</p><div role=\"navigation\">Crime | Courts</div>", "Kept."},
      {"<p>Kept.</p><iframe src=\"x\">Advert 3</iframe><button>Share</button>", "Kept."},
      // The article's own header holds the headline and byline.
      {"<header>Site</header><article><header><h1>Headline</h1><p>By A Writer</p></header><p>Kept.</p></article>",
       "Headline\n\nBy A Writer\n\nKept."},
      // A page wrapped in one form (old ASP.NET sites) keeps its article.
      {"<form id=\"aspnetForm\"><nav>Home</nav><h1>Headline</h1><p>Kept.</p></form>", "Headline\n\nKept."},
  };
  for (const auto& c : cases) {
    INFO(c.html);
    CHECK(html_to_text(c.html).text == c.text);
  }
}

TEST_CASE("class and id furniture is dropped only with a filter, never around the article") {
  const std::string html =
      "<div class=\"cookie-banner\">We use cookies.</div><div id=\"share_tools\">Share</div>"
      "<p>Kept.</p><section class=\"related-articles\">Man, 20, jailed</section>";
  CHECK(html_to_text(html, &filter()).text == "Kept.");
  CHECK(html_to_text(html).text == "We use cookies.\nShare\n\nKept.\n\nMan, 20, jailed");
  // Class names are split into tokens, never matched inside a word.
  CHECK(html_to_text("<div class=\"navy-theme shareholder\"><p>Kept.</p></div>", &filter()).text == "Kept.");
  // An element holding the article is never dropped, whatever its class.
  CHECK(html_to_text("<div class=\"layout-with-sidebar\"><article><p>Kept.</p></article></div>", &filter()).text ==
        "Kept.");
}

TEST_CASE("title: og:title, else h1, else title without the site suffix") {
  struct Case {
    const char* html;
    std::optional<std::string> title;
  };
  const std::vector<Case> cases{
      {"<head><meta property=\"og:title\" content=\"Gang jailed | Post\"><title>Other</title></head><h1>H</h1>",
       "Gang jailed"},
      {"<head><title>Gang jailed - Evening Post</title></head><body><h1>Gang  jailed for 40 years</h1></body>",
       "Gang jailed for 40 years"},
      {"<head><title>Gang jailed for 40 years | Evening Post</title></head><body><p>x</p></body>",
       "Gang jailed for 40 years"},
      {"<head><title>Gang of five jailed \xE2\x80\x93 Evening Post</title></head><body><p>x</p></body>",
       "Gang of five jailed"},
      {"<body><p>No title here.</p></body>", std::nullopt},
  };
  for (const auto& c : cases) {
    INFO(c.html);
    CHECK(html_to_text(c.html).title == c.title);
  }
}

TEST_CASE("site suffixes are cut only when shorter than the headline") {
  CHECK(strip_site_suffix("Police seize guns | Kent Online") == "Police seize guns");
  CHECK(strip_site_suffix("Police seize guns - BBC News") == "Police seize guns");
  CHECK(strip_site_suffix("Jail - for the man who stabbed two in Croydon") ==
        "Jail - for the man who stabbed two in Croydon");
  CHECK(strip_site_suffix("No suffix at all") == "No suffix at all");
}

TEST_CASE("publication date from metadata, JSON-LD or <time>") {
  struct Case {
    const char* html;
    std::optional<std::string> date;
  };
  const std::vector<Case> cases{
      {"<meta property=\"article:published_time\" content=\"2023-11-04T07:30:00Z\"><p>x</p>", "2023-11-04"},
      {"<meta itemprop=\"datePublished\" content=\"2022-01-31\"><p>x</p>", "2022-01-31"},
      {"<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\"},"
       "{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-06-15T10:00:00+01:00\"}]}</script><p>x</p>",
       "2021-06-15"},
      {"<article><time datetime=\"2020-02-29\">29 February</time><p>x</p></article>", "2020-02-29"},
      // Page metadata wins over a <time> that may belong to a comment.
      {"<meta property=\"article:published_time\" content=\"2023-11-04\"><time datetime=\"2019-01-01\">x</time>",
       "2023-11-04"},
      {"<time datetime=\"yesterday\">x</time><p>x</p>", std::nullopt},
      {"<script type=\"application/ld+json\">{not json</script><p>x</p>", std::nullopt},
  };
  for (const auto& c : cases) {
    INFO(c.html);
    const auto published = html_to_text(c.html).published;
    CHECK((published ? std::optional<std::string>(published->iso()) : std::nullopt) == c.date);
  }
}

TEST_CASE("sniffing HTML and its declared charset") {
  CHECK(looks_like_html("<!DOCTYPE html><html>"));
  CHECK(looks_like_html("\xEF\xBB\xBF\n  <html lang=\"en\">"));
  CHECK(looks_like_html("<!-- saved from url=... -->\n<HTML>"));
  CHECK(looks_like_html("<div class=\"story\"><p>Text</p></div>"));
  CHECK(looks_like_html("<p>Text</p>"));
  CHECK_FALSE(looks_like_html("Police <b>seized</b> guns"));
  CHECK_FALSE(looks_like_html("<3 Leeds"));
  CHECK_FALSE(looks_like_html("<pre-trial> hearing"));
  CHECK_FALSE(looks_like_html(""));

  CHECK(declared_html_charset("<html><head><meta charset=\"Windows-1252\"></head>") == "windows-1252");
  CHECK(declared_html_charset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">") ==
        "iso-8859-1");
  CHECK_FALSE(declared_html_charset("<html><head><title>x</title></head><body>\xA3" "5</body>"));
}

TEST_CASE("a news page gives the same text as its clean version") {
  LoadOptions options;
  options.boilerplate = &filter();
  const Document doc = load_article(fixtures::read("news_page.html"), "page", "news_page.html", InputFormat::automatic, options);
  CHECK(visible_lines(doc.text) == visible_lines(fixtures::read("news_page.clean.txt")));
  CHECK(doc.title == "Three men jailed after \xC2\xA3" "1.2m cannabis factory found in former nightclub");
  REQUIRE(doc.published_hint);
  CHECK(doc.published_hint->iso() == "2024-03-14");
  CHECK(doc.source.encoding == "utf-8");
  // The figure caption, the "MORE:" link and the video link are blanked in
  // the text (one warning); the rest of the furniture never reached it.
  CHECK(doc.warnings == std::vector<std::string>{"removed 4 boilerplate lines"});
  for (const char* furniture : {"cookies", "Most Read", "Contact Us", "Advertisement", "jb1962", "Salford",
                                "Hyde", "Credit", "Old version", "Breaking", "JavaScript", "adPrice"}) {
    INFO(furniture);
    CHECK(doc.text.find(furniture) == std::string::npos);
  }
}

TEST_CASE("HTML pages in legacy and UTF-16 encodings") {
  const Document cp1252 = load_article(
      "<html><head><meta charset=\"windows-1252\"></head><body><p>Seized \xA3" "5,000 \x93" "in cash\x94.</p></body></html>",
      "a", "a.html", InputFormat::automatic);
  CHECK(cp1252.text == "Seized \xC2\xA3" "5,000 \xE2\x80\x9Cin cash\xE2\x80\x9D.");
  CHECK(cp1252.source.encoding == "windows-1252");
  CHECK(cp1252.warnings.empty());

  const Document latin1 = load_article(
      "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=iso-8859-1\"></head>"
      "<body><p>Caf\xE9 owner fined \xA3" "900.</p></body></html>",
      "b", "b.htm", InputFormat::automatic);
  CHECK(latin1.text == "Caf\xC3\xA9 owner fined \xC2\xA3" "900.");
  CHECK(latin1.source.encoding == "iso-8859-1");

  // A page that claims UTF-8 but is not: read as Windows-1252, with a warning.
  const Document liar = load_article("<meta charset=\"utf-8\"><p>Fined \xA3" "50.</p>", "c", "c", InputFormat::html);
  CHECK(liar.text == "Fined \xC2\xA3" "50.");
  CHECK(liar.source.encoding == "windows-1252");
  CHECK(liar.warnings.size() == 1);

  std::string utf16("\xFF\xFE", 2);
  for (const char c : std::string("<html><body><p>Fined 50 pounds.</p></body></html>")) {
    utf16.push_back(c);
    utf16.push_back('\0');
  }
  const Document wide = load_article(utf16, "d", "d", InputFormat::automatic);
  CHECK(wide.text == "Fined 50 pounds.");
  CHECK(wide.source.encoding == "utf-16le");
}

TEST_CASE("pathological HTML does not crash") {
  std::string deep;
  for (int i = 0; i < 200; ++i) deep += "<div>";
  CHECK(html_to_text(deep + "<p>Deep text.</p>").text == "Deep text.");
  // Beyond libxml2's depth limit the rest of the page is lost, safely.
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  CHECK_NOTHROW(html_to_text(deep + "<p>Deep text.</p>"));
  CHECK(html_to_text("<p>Unclosed <b>bold <i>text").text == "Unclosed bold text");
  CHECK(html_to_text("").text.empty());
  CHECK_THROWS_AS(load_article("<html><body><script>x</script></body></html>", "e", "e.html", InputFormat::automatic),
                  InputError);
}
