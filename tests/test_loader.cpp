#include <catch2/catch.hpp>

#include "fixtures.hpp"

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "crimestats/boilerplate.hpp"
#include "crimestats/loader.hpp"

using namespace crimestats;

TEST_CASE("UTF-8 with a BOM and CRLF line endings") {
  const auto doc = load_document("\xEF\xBB\xBFHeadline here\r\n\r\nBody \xC2\xA3" "5.\rEnd", "a", "a.txt");
  CHECK(doc.text == "Headline here\n\nBody \xC2\xA3" "5.\nEnd");
  CHECK(doc.source.encoding == "utf-8");
  CHECK(doc.warnings.empty());
  CHECK(doc.title == "Headline here");
  CHECK(doc.source.bytes == 33);
}

TEST_CASE("a no-break space in plain text reads as a space, as in HTML") {
  const auto doc = load_document("Raid\r\n\r\nPolice arrested\xC2\xA0" "12 men on\xC2\xA0" "10 March.\n", "a", "a.txt");
  CHECK(doc.text == "Raid\n\nPolice arrested 12 men on 10 March.\n");
}

TEST_CASE("invalid UTF-8 is read as Windows-1252 with a warning") {
  const auto doc = load_document("Seized \xA3" "7,000 \x93" "cash\x94", "b", "b.txt");
  CHECK(doc.text == "Seized \xC2\xA3" "7,000 \xE2\x80\x9C" "cash\xE2\x80\x9D");
  CHECK(doc.source.encoding == "windows-1252");
  REQUIRE(doc.warnings.size() == 1);
}

TEST_CASE("UTF-16 with a byte order mark") {
  const std::string le("\xFF\xFEH\0i\0\xA3\0", 8);
  CHECK(load_document(le, "c", "c.txt").text == "Hi\xC2\xA3");
  CHECK(load_document(le, "c", "c.txt").source.encoding == "utf-16le");
  const std::string be("\xFE\xFF\0H\0i", 6);
  CHECK(load_document(be, "c", "c.txt").text == "Hi");
}

TEST_CASE("bad input is refused with a reason") {
  CHECK_THROWS_AS(load_document(std::string("abc\0def", 7), "d", "d"), InputError);
  CHECK_THROWS_WITH(load_document("", "e", "e"), "empty file");
  CHECK_THROWS_WITH(load_document(" \n\t\r\n", "e", "e"), Catch::Contains("whitespace"));
  LoadOptions small;
  small.max_bytes = 4;
  CHECK_THROWS_WITH(load_document("hello", "f", "f", small), Catch::Contains("--max-bytes"));
}

TEST_CASE("title is the first line only when it reads as a headline") {
  CHECK(guess_title("\n\n  Police make 19 arrests  \nBody.") == "Police make 19 arrests");
  CHECK_FALSE(guess_title("Police made 19 arrests in Essex this week.\nMore."));
  CHECK_FALSE(guess_title(std::string(300, 'x')));
}

TEST_CASE("UTF-8 validation") {
  CHECK(is_valid_utf8("plain \xC2\xA3 \xE2\x82\xAC \xF0\x9F\x98\x80"));
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate
  CHECK_FALSE(is_valid_utf8("\xE2\x82"));          // truncated
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // beyond U+10FFFF
}

TEST_CASE("SHA-256 known answers") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex(std::string(1000, 'a')) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}

TEST_CASE("input format names") {
  CHECK(parse_input_format("auto") == InputFormat::automatic);
  CHECK(parse_input_format("text") == InputFormat::text);
  CHECK(parse_input_format("html") == InputFormat::html);
  CHECK(parse_input_format("jsonl") == InputFormat::jsonl);
  CHECK_FALSE(parse_input_format("HTML"));
  CHECK_FALSE(parse_input_format(""));
}

TEST_CASE("format detection by extension, then content") {
  struct Case {
    const char* path;
    std::string raw;
    InputFormat format;
  };
  const std::vector<Case> cases{
      {"a/story.html", "Plain words", InputFormat::html},
      {"a/STORY.HTM", "Plain words", InputFormat::html},
      {"dump.jsonl", "{}", InputFormat::jsonl},
      {"notes.txt", "<html><body>x</body></html>", InputFormat::text},
      {"saved-page", "<!DOCTYPE html><html>", InputFormat::html},
      {"-", "  <div class=\"story\"><p>x</p></div>", InputFormat::html},
      {"article", "Police seized 3 guns.", InputFormat::text},
      {"article.v2", "<3 this town", InputFormat::text},
      {"wide", std::string("\xFF\xFE<\0h\0t\0m\0l\0>\0", 14), InputFormat::html},
      {"wide", std::string("\xFF\xFEP\0o\0l\0", 8), InputFormat::text},
  };
  for (const auto& c : cases) {
    INFO(c.path << " " << c.raw);
    CHECK(detect_format(c.path, c.raw) == c.format);
  }
}

TEST_CASE("UTF-16 and Windows-1252 files give the clean UTF-8 text") {
  const std::string clean = fixtures::read("news_page.clean.txt");
  const Document wide = load_article(fixtures::read("news_article.utf16le.txt"), "w", "w.txt", InputFormat::automatic);
  CHECK(wide.text == clean);
  CHECK(wide.source.encoding == "utf-16le");
  CHECK(wide.warnings.empty());
  const Document legacy = load_article(fixtures::read("news_article.cp1252.txt"), "l", "l.txt", InputFormat::automatic);
  CHECK(legacy.text == clean);
  CHECK(legacy.source.encoding == "windows-1252");
  CHECK(legacy.title == "Three men jailed after \xC2\xA3" "1.2m cannabis factory found in former nightclub");
}

TEST_CASE("load_article on text: boilerplate blanked, title guessed after it") {
  const BoilerplateFilter filter(CRIMESTATS_SOURCE_DIR "/data");
  LoadOptions options;
  options.boilerplate = &filter;
  const std::string raw = "Skip to content\nMenu\nGang jailed for 40 years\nFive men were jailed.";
  const Document doc = load_article(raw, "t", "t.txt", InputFormat::text, options);
  CHECK(doc.text == "               \n    \nGang jailed for 40 years\nFive men were jailed.");
  CHECK(doc.title == "Gang jailed for 40 years");
  CHECK(doc.warnings == std::vector<std::string>{"removed 2 boilerplate lines"});
  // Without a filter, load_article on text is load_document.
  const Document plain = load_article(raw, "t", "t.txt", InputFormat::automatic);
  CHECK(plain.text == raw);
  CHECK(plain.title == "Skip to content");
  CHECK_THROWS_WITH(load_article("Most Read\nContact Us\n", "f", "f.txt", InputFormat::text, options),
                    Catch::Contains("only page furniture"));
  CHECK_THROWS_AS(load_article("{}", "j", "j.jsonl", InputFormat::automatic), InputError);
}

TEST_CASE("SHA-256 of every length around the block and padding edges") {
  // Known answers from FIPS 180-4 examples and common test vectors, plus
  // lengths that put the padding in one or two final blocks.
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(sha256_hex(std::string(55, 'a')) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
  CHECK(sha256_hex(std::string(56, 'a')) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
  CHECK(sha256_hex(std::string(64, 'a')) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
  CHECK(sha256_hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("load_article_view reads bytes held elsewhere as load_article reads a string") {
  const std::string raw = "Raid in Leeds\r\n\r\nPolice seized\xC2\xA0\xC2\xA3" "5,000.\n";
  const std::string_view view(raw);
  const Document a = load_article(raw, "a", "a.txt", InputFormat::automatic);
  const Document b = load_article_view(view, "a", "a.txt", InputFormat::automatic);
  CHECK(b.text == a.text);
  CHECK(b.text == "Raid in Leeds\n\nPolice seized \xC2\xA3" "5,000.\n");
  CHECK(b.title == a.title);
  CHECK(b.source.sha256 == a.source.sha256);
  CHECK(b.source.bytes == raw.size());
}
