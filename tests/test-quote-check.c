/* test-quote-check.c — quotations checked against their source's text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The matching rules one by one, a source text read from plain text and
 * from a web page, the cost at two sizes counted in steps, and
 * fact-viewer --check-quotes run on the built-in model against the
 * article (FV_SEED_ARTICLE) and against copies of it altered here, at run
 * time: the article's text is not kept in the repository.
 */
#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "fv-quote-check.h"
#include "fv-source-text.h"
#include "fv-test-run.h"

static FvSourceText *
text_new (const char *text,
          gboolean    html)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  FvSourceText *source = fv_source_text_new_from_bytes (bytes, html, &error);

  g_assert_no_error (error);
  return source;
}

/* The status of QUOTE cited in PARAGRAPH of TEXT, and where it is. */
static FvQuoteStatus
check (const char *text,
       const char *quote,
       guint       paragraph,
       guint      *found_in)
{
  g_autoptr(FvSourceText) source = text_new (text, FALSE);
  g_autoptr(FvQuoteChecker) checker = fv_quote_checker_new (source);
  FvQuoteMatch match;
  FvQuoteStatus status;

  fv_quote_checker_match (checker, quote, paragraph, &match);
  status = match.status;
  if (found_in != NULL)
    *found_in = match.paragraph;
  fv_quote_match_clear (&match);

  return status;
}

static void
test_paragraphs_plain (void)
{
  g_autoptr(FvSourceText) text =
    text_new ("\xef\xbb\xbf" "First line\nof the first.\r\n\r\n  \n\nSecond\t \n\n\nThird", FALSE);

  g_assert_cmpuint (fv_source_text_get_n_paragraphs (text), ==, 3);
  g_assert_cmpstr (fv_source_text_get_paragraph (text, 1), ==, "First line of the first.");
  g_assert_cmpstr (fv_source_text_get_paragraph (text, 2), ==, "Second");
  g_assert_cmpstr (fv_source_text_get_paragraph (text, 3), ==, "Third");
  g_assert_null (fv_source_text_get_paragraph (text, 0));
  g_assert_null (fv_source_text_get_paragraph (text, 4));
  g_assert_cmpuint (strlen (fv_source_text_get_sha256 (text)), ==, 64);
}

/* NFC: "é" as e and a combining accent is the é of the quotation. */
static void
test_paragraphs_composed (void)
{
  g_autoptr(FvSourceText) text = text_new ("Caf" "e\xcc\x81" " au lait", FALSE);

  g_assert_cmpstr (fv_source_text_get_paragraph (text, 1), ==, "Caf\xc3\xa9 au lait");
  g_assert_cmpint (check ("Caf" "e\xcc\x81" " au lait", "Caf\xc3\xa9 au", 1, NULL), ==,
                   FV_QUOTE_VERBATIM);
}

static void
test_paragraphs_html (void)
{
  g_autoptr(FvSourceText) text =
    text_new ("<!DOCTYPE html><html><head><title>Not this</title>"
              "<style>p { color: red }</style></head><body>"
              "<header><p>Site name</p></header>"
              "<nav><ul><li><p>Home</p></li></ul></nav>"
              "<script>document.write('<p>Nor this</p>')</script>"
              "<article><h1>Headline</h1>"
              "<p>One &amp; <em>two</em>,\n   three&nbsp;four<br>five"
              "<p>   </p>"
              "<div><p>Six &#8220;seven&#8221;</p></div>"
              "<aside><p>Related</p></aside></article>"
              "<footer><p>Copyright</p></footer></body></html>", TRUE);

  g_assert_cmpuint (fv_source_text_get_n_paragraphs (text), ==, 2);
  g_assert_cmpstr (fv_source_text_get_paragraph (text, 1), ==,
                   "One & two, three\xc2\xa0" "four five");
  g_assert_cmpstr (fv_source_text_get_paragraph (text, 2), ==, "Six “seven”");
}

static void
test_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) latin1 = g_bytes_new_static ("Caf\xe9", 4);
  g_autoptr(GBytes) empty = g_bytes_new_static (" \n\n \n", 5);
  g_autoptr(GBytes) page = g_bytes_new_static ("<html><nav><p>x</p></nav></html>", 32);
  gsize size = FV_SOURCE_TEXT_MAX_SIZE + 1;
  g_autoptr(GBytes) large = g_bytes_new_take (g_malloc0 (size), size);
  g_autofree char *dir = g_dir_make_tmp ("fv-quote-XXXXXX", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);

  g_assert_null (fv_source_text_new_from_bytes (latin1, FALSE, &error));
  g_assert_error (error, FV_SOURCE_TEXT_ERROR, FV_SOURCE_TEXT_ERROR_NOT_UTF8);
  g_assert_nonnull (strstr (error->message, "byte 4"));
  g_clear_error (&error);
  g_assert_null (fv_source_text_new_from_bytes (empty, FALSE, &error));
  g_assert_error (error, FV_SOURCE_TEXT_ERROR, FV_SOURCE_TEXT_ERROR_NO_PARAGRAPHS);
  g_clear_error (&error);
  g_assert_null (fv_source_text_new_from_bytes (page, TRUE, &error));
  g_assert_error (error, FV_SOURCE_TEXT_ERROR, FV_SOURCE_TEXT_ERROR_NO_PARAGRAPHS);
  g_clear_error (&error);
  g_assert_null (fv_source_text_new_from_bytes (large, FALSE, &error));
  g_assert_error (error, FV_SOURCE_TEXT_ERROR, FV_SOURCE_TEXT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "16 MiB"));
  g_clear_error (&error);
  g_assert_null (fv_source_text_new_from_file (folder, NULL, &error));
  g_assert_error (error, FV_SOURCE_TEXT_ERROR, FV_SOURCE_TEXT_ERROR_NOT_REGULAR);
  g_rmdir (dir);

  g_assert_true (fv_source_text_looks_like_html (latin1, "page.HTM"));
  g_assert_true (fv_source_text_looks_like_html (page, NULL));
  g_assert_false (fv_source_text_looks_like_html (latin1, "article.txt"));
}

static const char paragraphs[] =
  "“[We do] not conduct immigration enforcement and this will not change,” the "
  "department said. It’s one of the major components — the officers said.\n\n"
  "The DOJ says it is “counter-productive,” and studies agree.";

static void
test_rules (void)
{
  guint where = 0;

  /* Quotation marks, apostrophes, dashes and white space fold. */
  g_assert_cmpint (check (paragraphs, "It's one of the major  components - the", 1, NULL), ==,
                   FV_QUOTE_VERBATIM);
  g_assert_cmpint (check (paragraphs, "\"counter\xe2\x80\x90productive,\"", 2, NULL), ==,
                   FV_QUOTE_VERBATIM);
  /* The source's own brackets, and brackets for any words or none. */
  g_assert_cmpint (check (paragraphs, "[We do] not conduct", 1, NULL), ==, FV_QUOTE_VERBATIM);
  g_assert_cmpint (check (paragraphs, "[The police do] not conduct", 1, NULL), ==,
                   FV_QUOTE_VERBATIM);
  g_assert_cmpint (check (paragraphs, "this will not [ever] change", 1, NULL), ==,
                   FV_QUOTE_VERBATIM);
  /* An ellipsis skips words, within one paragraph only. */
  g_assert_cmpint (check (paragraphs, "not conduct … will not change", 1, NULL), ==,
                   FV_QUOTE_VERBATIM);
  g_assert_cmpint (check (paragraphs, "not conduct ... will not change", 1, NULL), ==,
                   FV_QUOTE_VERBATIM);
  g_assert_cmpint (check (paragraphs, "officers said … The DOJ says", 1, NULL), ==,
                   FV_QUOTE_NOT_FOUND);
  /* Order counts across an ellipsis. */
  g_assert_cmpint (check (paragraphs, "will not change … not conduct", 1, NULL), ==,
                   FV_QUOTE_NOT_FOUND);
  /* Nothing else is forgiven: case, a word, a part of a word. */
  g_assert_cmpint (check (paragraphs, "The department said", 1, NULL), ==, FV_QUOTE_NOT_FOUND);
  g_assert_cmpint (check (paragraphs, "this will never change", 1, NULL), ==,
                   FV_QUOTE_NOT_FOUND);
  g_assert_cmpint (check (paragraphs, "ounter-productive", 2, NULL), ==, FV_QUOTE_NOT_FOUND);
  g_assert_cmpint (check (paragraphs, "studies agre", 2, NULL), ==, FV_QUOTE_NOT_FOUND);
  g_assert_cmpint (check (paragraphs, "not … chang", 1, NULL), ==, FV_QUOTE_NOT_FOUND);
  /* In another paragraph, or in the text where no paragraph is cited. */
  g_assert_cmpint (check (paragraphs, "studies agree", 1, &where), ==, FV_QUOTE_ELSEWHERE);
  g_assert_cmpuint (where, ==, 2);
  g_assert_cmpint (check (paragraphs, "studies agree", 0, &where), ==, FV_QUOTE_VERBATIM);
  g_assert_cmpuint (where, ==, 2);
  g_assert_cmpint (check (paragraphs, "studies agree", 3, &where), ==, FV_QUOTE_ELSEWHERE);
  g_assert_cmpint (check (paragraphs, "studies disagree", 3, &where), ==, FV_QUOTE_NOT_FOUND);
  g_assert_cmpuint (where, ==, 0);
}

/* Not found: the closest passage of the cited paragraph, the words that
 * differ marked on both sides. */
static void
test_closest_passage (void)
{
  g_autoptr(FvSourceText) text = text_new (paragraphs, FALSE);
  g_autoptr(FvQuoteChecker) checker = fv_quote_checker_new (text);
  const char *para = fv_source_text_get_paragraph (text, 1);
  FvQuoteMatch match;
  const FvTextRange *range;
  g_autofree char *passage = NULL;

  fv_quote_checker_match (checker, "conduct immigration policing and this will change", 1,
                          &match);
  g_assert_cmpint (match.status, ==, FV_QUOTE_NOT_FOUND);
  g_assert_cmpuint (match.paragraph, ==, 1);
  g_assert_cmpuint (match.ranges->len, ==, 1);
  range = &g_array_index (match.ranges, FvTextRange, 0);
  passage = g_strndup (para + range->start, range->end - range->start);
  g_assert_cmpstr (passage, ==, "conduct immigration enforcement and this will not change");
  g_assert_cmpuint (match.differ->len, ==, 2);
  range = &g_array_index (match.differ, FvTextRange, 0);
  g_assert_cmpint (strncmp (para + range->start, "enforcement", range->end - range->start), ==, 0);
  range = &g_array_index (match.differ, FvTextRange, 1);
  g_assert_cmpint (strncmp (para + range->start, "not", range->end - range->start), ==, 0);
  g_assert_cmpuint (match.missing->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (match.missing, 0), ==, "policing");
  fv_quote_match_clear (&match);
}

/* PASSAGE is the closest passage of QUOTE in the first paragraph of
 * paragraphs[], with the one word DIFFERS marked in it and the
 * quotation's word MISSING named. */
static void
assert_passage (const char *quote,
                const char *expected,
                const char *differs,
                const char *missing)
{
  g_autoptr(FvSourceText) text = text_new (paragraphs, FALSE);
  g_autoptr(FvQuoteChecker) checker = fv_quote_checker_new (text);
  const char *para = fv_source_text_get_paragraph (text, 1);
  FvQuoteMatch match;
  const FvTextRange *range;
  g_autofree char *passage = NULL;
  g_autofree char *marked = NULL;

  fv_quote_checker_match (checker, quote, 1, &match);
  g_assert_cmpint (match.status, ==, FV_QUOTE_NOT_FOUND);
  g_assert_cmpuint (match.ranges->len, ==, 1);
  range = &g_array_index (match.ranges, FvTextRange, 0);
  passage = g_strndup (para + range->start, range->end - range->start);
  g_assert_cmpstr (passage, ==, expected);
  g_assert_cmpuint (match.differ->len, ==, 1);
  range = &g_array_index (match.differ, FvTextRange, 0);
  marked = g_strndup (para + range->start, range->end - range->start);
  g_assert_cmpstr (marked, ==, differs);
  g_assert_cmpuint (match.missing->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (match.missing, 0), ==, missing);
  fv_quote_match_clear (&match);
}

/* A word changed at either end of a quotation is a word changed, as it is
 * inside: the passage takes the text's word and marks it, and names the
 * quotation's. */
static void
test_closest_passage_ends (void)
{
  assert_passage ("the department shouted", "the department said", "said", "shouted");
  assert_passage ("a department said", "the department said", "the", "a");
}

/* The steps of checking a quotation that is nowhere (the most work: every
 * paragraph, and the cited one word by word) in a text of N paragraphs. */
static guint64
work_for (guint n)
{
  g_autoptr(GString) str = g_string_new (NULL);
  g_autoptr(FvSourceText) text = NULL;
  g_autoptr(FvQuoteChecker) checker = NULL;
  FvQuoteMatch match;

  for (guint i = 0; i < n; i++)
    g_string_append (str, "aaa aaa aaa aaa aab aaa aaa aaa, said the officers at the "
                          "department; “we do not conduct immigration enforcement.”\n\n");
  text = text_new (str->str, FALSE);
  checker = fv_quote_checker_new (text);
  fv_quote_checker_match (checker, "aaa aaa aaa aaa aaa … we do not conduct it", 1, &match);
  g_assert_cmpint (match.status, ==, FV_QUOTE_NOT_FOUND);
  fv_quote_match_clear (&match);

  return fv_quote_checker_get_work (checker);
}

static void
test_cost (void)
{
  guint64 small = work_for (2000);
  guint64 large = work_for (4000);

  g_test_message ("steps: %" G_GUINT64_FORMAT " for 2,000 paragraphs, %" G_GUINT64_FORMAT
                  " for 4,000", small, large);
  g_assert_cmpuint (large, >, small * 3 / 2);
  g_assert_cmpuint (large, <, small * 5 / 2);
}

static char *
article (void)
{
  const char *path = g_getenv ("FV_SEED_ARTICLE");
  char *text = NULL;

  if (path == NULL || !g_file_get_contents (path, &text, NULL, NULL))
    return NULL;

  return text;
}

/* A copy of the article, written where the test's files go. */
static char *tmp_dir;  /* this run's own */

static char *
write_copy (const char *name,
            const char *text)
{
  char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);

  return path;
}

static char *
replace (const char *text,
         const char *old,
         const char *new)
{
  g_auto(GStrv) parts = g_strsplit (text, old, -1);

  g_assert_cmpuint (g_strv_length (parts), >=, 2);
  return g_strjoinv (new, parts);
}

static char *
check_quotes (int        *status,
              char      **err,
              const char *path,
              gboolean    json)
{
  g_autofree char *option = g_strconcat ("--source-text=article=", path, NULL);
  char *out = NULL;

  *status = fv_test_run (&out, err, "--check-quotes", option, json ? "--json" : NULL, NULL);
  return out;
}

static guint
count_lines (const char *text,
             const char *containing)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    n += strstr (lines[i], containing) != NULL;

  return n;
}

static void
test_cli_article (void)
{
  g_autofree char *text = article ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  if (text == NULL)
    {
      g_test_skip ("FV_SEED_ARTICLE does not name the article");
      return;
    }

  out = check_quotes (&status, &err, g_getenv ("FV_SEED_ARTICLE"), FALSE);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  /* Every quotation of the built-in model: 17 references. */
  g_assert_cmpuint (count_lines (out, ": verbatim: “"), ==, 17);
  g_assert_nonnull (strstr (out, "statement st-cpd-no-enforcement, paragraph 2: verbatim: "
                                 "“[We do] not conduct immigration enforcement and this will "
                                 "not change”\n"));
  g_assert_nonnull (strstr (out, "article: 17 of 17 quotations verbatim in their cited "
                                 "paragraphs; text with SHA-256 "));
}

static void
test_cli_changed_word (void)
{
  g_autofree char *text = article ();
  g_autofree char *changed = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *quotations;
  gboolean seen = FALSE;
  int status;

  if (text == NULL)
    {
      g_test_skip ("FV_SEED_ARTICLE does not name the article");
      return;
    }

  changed = replace (text, "we build it on trust", "we build it on faith");
  path = write_copy ("fv-quote-changed.txt", changed);
  out = check_quotes (&status, &err, path, FALSE);
  g_assert_cmpint (status, ==, 1);
  g_assert_cmpuint (count_lines (out, ": verbatim: “"), ==, 16);
  g_assert_nonnull (strstr (out, "statement st-wooten-trust, paragraph 4: not found; closest "
                                 "passage: “In local departments we have to build relationships, "
                                 "and we build it on ⟦faith⟧. It’s one of the major components we "
                                 "use to solve crimes in the community”; the quotation has "
                                 "“trust”: “In local departments"));
  g_assert_nonnull (strstr (out, "article: 16 of 17 quotations"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  out = check_quotes (&status, &err, path, TRUE);
  g_assert_cmpint (status, ==, 1);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  g_assert_false (json_object_get_boolean_member (json_node_get_object (json_parser_get_root (parser)),
                                                  "verbatim"));
  quotations = json_object_get_array_member (
    json_array_get_object_element (json_object_get_array_member (
      json_node_get_object (json_parser_get_root (parser)), "sources"), 0), "quotations");
  g_assert_cmpuint (json_array_get_length (quotations), ==, 17);
  for (guint i = 0; i < json_array_get_length (quotations); i++)
    {
      JsonObject *q = json_array_get_object_element (quotations, i);

      if (!g_str_equal (json_object_get_string_member (q, "id"), "st-wooten-trust"))
        {
          g_assert_cmpstr (json_object_get_string_member (q, "result"), ==, "verbatim");
          continue;
        }
      seen = TRUE;
      g_assert_cmpstr (json_object_get_string_member (q, "fact"), ==, "statement");
      g_assert_cmpstr (json_object_get_string_member (q, "result"), ==, "not-found");
      g_assert_cmpstr (json_array_get_string_element (
                         json_object_get_array_member (q, "differing_words"), 0), ==, "faith");
      g_assert_cmpstr (json_array_get_string_element (
                         json_object_get_array_member (q, "quoted_words"), 0), ==, "trust");
    }
  g_assert_true (seen);
  g_unlink (path);
}

static void
test_cli_moved_paragraph (void)
{
  g_autofree char *text = article ();
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GRegex) blank = g_regex_new ("\\n\\s*\\n", 0, 0, NULL);
  g_auto(GStrv) paras = NULL;
  g_autofree char *moved = NULL;
  char *fourth;
  int status;

  if (text == NULL)
    {
      g_test_skip ("FV_SEED_ARTICLE does not name the article");
      return;
    }

  /* Paragraph 4 after paragraph 5. */
  paras = g_regex_split (blank, text, 0);
  fourth = paras[3];
  paras[3] = paras[4];
  paras[4] = fourth;
  moved = g_strjoinv ("\n\n", paras);
  path = write_copy ("fv-quote-moved.txt", moved);
  out = check_quotes (&status, &err, path, FALSE);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (out, "statement st-wooten-trust, paragraph 4: found only in "
                                 "paragraph 5: “"));
  g_assert_nonnull (strstr (out, "actor richard-wooten, paragraph 4: found only in paragraph 5"));
  g_assert_nonnull (strstr (out, "statement st-doj-counterproductive, paragraph 5: found only in "
                                 "paragraph 4"));
  g_assert_cmpuint (count_lines (out, ": found only in paragraph "), ==, 6);
  g_unlink (path);
}

/* Straight quotation marks and apostrophes, dashes as hyphens, lines
 * wrapped, spaces doubled: still verbatim. */
static void
test_cli_typography (void)
{
  g_autofree char *text = article ();
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  GString *plain;
  int status;

  if (text == NULL)
    {
      g_test_skip ("FV_SEED_ARTICLE does not name the article");
      return;
    }

  plain = g_string_new (text);
  g_string_replace (plain, "“", "\"", 0);
  g_string_replace (plain, "”", "\"", 0);
  g_string_replace (plain, "’", "'", 0);
  g_string_replace (plain, "—", "--", 0);
  g_assert_cmpuint (g_string_replace (plain, "officer who", "officer  \n  who", 0), ==, 1);
  g_assert_cmpuint (g_string_replace (plain, "build it on", "build \t it on", 0), ==, 1);
  path = write_copy ("fv-quote-typography.txt", plain->str);
  g_string_free (plain, TRUE);
  out = check_quotes (&status, &err, path, FALSE);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpuint (count_lines (out, ": verbatim: “"), ==, 17);
  g_unlink (path);
}

/* The article as a saved web page, with what is around an article. */
static void
test_cli_html (void)
{
  g_autofree char *text = article ();
  g_autoptr(GRegex) blank = g_regex_new ("\\n\\s*\\n", 0, 0, NULL);
  g_auto(GStrv) paras = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  GString *page;
  int status;

  if (text == NULL)
    {
      g_test_skip ("FV_SEED_ARTICLE does not name the article");
      return;
    }

  page = g_string_new ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                       "<title>Chicago</title><style>p { margin: 0 }</style>"
                       "<script>var x = \"<p>A paragraph in a script</p>\";</script></head>\n"
                       "<body><header><p>Chicago magazine</p></header>\n"
                       "<nav><p>News</p><p>Politics</p></nav>\n<main><article><h1>Headline</h1>\n");
  paras = g_regex_split (blank, text, 0);
  for (guint i = 0; paras[i] != NULL; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (g_strstrip (paras[i]), -1);
      g_autofree char *emphasized = strstr (escaped, "immigration") != NULL
                                    ? replace (escaped, "immigration", "<em>immigration</em>")
                                    : g_strdup (escaped);

      if (escaped[0] != '\0')
        g_string_append_printf (page, "<p class=\"body\">\n  %s\n</p>\n",
                                emphasized);
    }
  g_string_append (page, "</article></main><aside><p>Read next</p></aside>\n"
                         "<footer><p>© Chicago magazine</p></footer>\n"
                         "<script>document.write('<p>Subscribe</p>');</script></body></html>\n");
  path = write_copy ("fv-quote-page.html", page->str);
  g_string_free (page, TRUE);

  out = check_quotes (&status, &err, path, FALSE);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpuint (count_lines (out, ": verbatim: “"), ==, 17);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  out = check_quotes (&status, &err, path, TRUE);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "\"paragraphs\" : 11,"));
  g_unlink (path);
}

static void
test_cli_unreadable (void)
{
  g_autofree char *missing = g_build_filename (tmp_dir, "fv-quote-missing.txt", NULL);
  g_autofree char *latin1 = write_copy ("fv-quote-latin1.txt", "Caf\xe9 au lait\n");
  g_autofree char *option = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *expected = NULL;
  int status;

  g_unlink (missing);
  out = check_quotes (&status, &err, missing, FALSE);
  g_assert_cmpint (status, ==, 2);
  g_assert_cmpstr (out, ==, "");
  expected = g_strdup_printf ("%s: cannot read the text of source “article”: ", missing);
  g_assert_true (g_str_has_prefix (err, expected));
  g_assert_nonnull (strstr (err, "No such file or directory"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&expected, g_free);

  out = check_quotes (&status, &err, latin1, TRUE);
  g_assert_cmpint (status, ==, 2);
  g_assert_cmpstr (out, ==, "");
  expected = g_strdup_printf ("%s: cannot read the text of source “article”: The text is not "
                              "UTF-8 (byte 4)\n", latin1);
  g_assert_cmpstr (err, ==, expected);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_unlink (latin1);

  /* A source the model does not have, and no source text at all. */
  status = fv_test_run (&out, &err, "--check-quotes", "--source-text=story=/dev/null", NULL);
  g_assert_cmpint (status, ==, 2);
  g_assert_cmpstr (err, ==, "--source-text: the model has no source “story”\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  /* Not ID=FILE, as the window takes it too. */
  status = fv_test_run (&out, &err, "--source-text=article", NULL);
  g_assert_cmpint (status, ==, 1);
  g_assert_cmpstr (err, ==, "--source-text: “article” is not ID=FILE\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  status = fv_test_run (&out, &err, "--check-quotes", NULL);
  g_assert_cmpint (status, ==, 2);
  g_assert_cmpstr (err, ==, "--check-quotes needs the text of a source: --source-text=ID=FILE, or a "
                   "source’s “text_file” in the model\n");
}

/* A model that names its source's text beside it ("text_file"): checked
 * without --source-text, and only inside the model's folder. */
static void
test_cli_model_names_text (void)
{
  g_autofree char *text = article ();
  g_autofree char *model_path = g_test_build_filename (G_TEST_DIST, "..", "data", "models",
                                                       "chicago-sanctuary.json", NULL);
  g_autofree char *model = NULL;
  g_autofree char *naming = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *article_copy = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  if (text == NULL)
    {
      g_test_skip ("FV_SEED_ARTICLE does not name the article");
      return;
    }

  g_assert_true (g_file_get_contents (model_path, &model, NULL, NULL));
  naming = replace (model, "\"id\": \"article\",", "\"id\": \"article\", \"text_file\": \"article.txt\",");
  copy = write_copy ("fv-quote-naming.json", naming);
  article_copy = write_copy ("article.txt", text);

  status = fv_test_run (&out, &err, "--check-quotes", copy, NULL);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpuint (count_lines (out, ": verbatim: “"), ==, 17);
  g_assert_nonnull (strstr (out, "article: 17 of 17 quotations verbatim"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* The command line's text comes first: an empty one has no paragraphs. */
  status = fv_test_run (&out, &err, "--check-quotes", "--source-text=article=/dev/null", copy,
                        NULL);
  g_assert_cmpint (status, ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Gone: said with its path. */
  g_unlink (article_copy);
  status = fv_test_run (&out, &err, "--check-quotes", copy, NULL);
  g_assert_cmpint (status, ==, 2);
  g_assert_true (g_str_has_prefix (err, article_copy));
  g_assert_nonnull (strstr (err, ": cannot read the text of source “article”: "));
  g_unlink (copy);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("fv-quote-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);

  g_test_add_func ("/quotes/paragraphs/plain", test_paragraphs_plain);
  g_test_add_func ("/quotes/paragraphs/composed", test_paragraphs_composed);
  g_test_add_func ("/quotes/paragraphs/html", test_paragraphs_html);
  g_test_add_func ("/quotes/errors", test_errors);
  g_test_add_func ("/quotes/rules", test_rules);
  g_test_add_func ("/quotes/closest-passage", test_closest_passage);
  g_test_add_func ("/quotes/closest-passage/ends", test_closest_passage_ends);
  g_test_add_func ("/quotes/cost", test_cost);
  g_test_add_func ("/quotes/cli/article", test_cli_article);
  g_test_add_func ("/quotes/cli/changed-word", test_cli_changed_word);
  g_test_add_func ("/quotes/cli/moved-paragraph", test_cli_moved_paragraph);
  g_test_add_func ("/quotes/cli/typography", test_cli_typography);
  g_test_add_func ("/quotes/cli/html", test_cli_html);
  g_test_add_func ("/quotes/cli/unreadable", test_cli_unreadable);
  g_test_add_func ("/quotes/cli/model-names-text", test_cli_model_names_text);

  status = g_test_run ();
  g_rmdir (tmp_dir);
  g_free (tmp_dir);

  return status;
}
