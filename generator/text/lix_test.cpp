#include "text/lix.h"

#include <catch2/catch.hpp>

using namespace enindgang::text;

TEST_CASE("ten words, two sentences, three long words give 35") {
  // Long: kommunen, hjemmeside, spørgsmål.
  Lix lix = ComputeLix("Vi har en ny kommunen hjemmeside. Stil dit spørgsmål her!", "da");
  CHECK(lix.words == 10);
  CHECK(lix.sentences == 2);
  CHECK(lix.long_words == 3);
  CHECK(lix.value == Approx(35.0));
}

TEST_CASE("Danish letters count as one letter each") {
  // "Ærøskøbing" has 10 letters but 13 bytes; "påsøgå" has 6 letters, 9 bytes.
  Lix lix = ComputeLix("Ærøskøbing påsøgå.", "da");
  CHECK(lix.words == 2);
  CHECK(lix.long_words == 1);
  CHECK(lix.value == Approx(2.0 + 50.0));
}

TEST_CASE("punctuation, spaces and emoji are not words; numbers are") {
  Lix lix = ComputeLix("  — 😀 … 8000 Aarhus, ja. «»", "da");
  CHECK(lix.words == 3);
  CHECK(lix.sentences == 1);
  CHECK(lix.long_words == 0);
  CHECK(lix.value == Approx(3.0));
}

TEST_CASE("text without a sentence end is one sentence") {
  Lix lix = ComputeLix("en to tre fire", "da");
  CHECK(lix.sentences == 1);
  CHECK(lix.value == Approx(4.0));
}

TEST_CASE("empty text has LIX 0") {
  Lix lix = ComputeLix("", "da");
  CHECK(lix.words == 0);
  CHECK(lix.sentences == 0);
  CHECK(lix.value == 0);
  CHECK(ComputeLix("?! …", "da").value == 0);
}

TEST_CASE("a digit-only word is never long") { CHECK(ComputeLix("1234567890 abc.", "da").long_words == 0); }

TEST_CASE("a word is long from its seventh letter, in any case; digits inside it are not letters") {
  CHECK(ComputeLix("ABCDEFG.", "da").long_words == 1);
  CHECK(ComputeLix("abcdef.", "da").long_words == 0);
  CHECK(ComputeLix("abc123def.", "da").long_words == 0);
  CHECK(ComputeLix("abc1234defg.", "da").long_words == 1);
  CHECK(ComputeLix("æøåÆØÅé.", "da").long_words == 1);
}
