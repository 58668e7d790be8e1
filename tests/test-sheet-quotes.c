/* test-sheet-quotes.c — the fact sheet's line on quotations checked against a text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The built-in model's sheet, given the article (FV_SEED_ARTICLE) as the
 * text of its story's source, says under that source the SHA-256 of the
 * file (worked out here from its bytes) and how many quotations were
 * verbatim (the checker's count); given a copy with one quoted word
 * changed here, at run time, it names each quotation the word is in and
 * the word; the digest is whole and unhyphenated on a page too narrow
 * for it; and the lines of misses cost in proportion to them. The PDF's
 * text is read back with pdftotext. test-sheet-quotes-cli does the same
 * through fact-viewer --export-sheet.
 */
#include "config.h"

#include <cairo-pdf.h>

#include "fv-fact-sheet.h"
#include "fv-test-cost.h"
#include "fv-test-sheet-quotes.h"

/* The sheet's text, squeezed, of MODEL with TEXT as the story source's
 * (none for NULL). */
static char *
sheet_text (FvModel      *model,
            FvSourceText *text)
{
  g_autofree char *pdf = g_build_filename (tmp_dir, "sheet.pdf", NULL);
  g_autoptr(GHashTable) texts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  if (text != NULL)
    g_hash_table_insert (texts, (gpointer) story_source (model)->id, text);
  g_assert_true (fv_fact_sheet_export_with_texts (model, NULL, texts, FV_PAPER_A4, pdf, NULL,
                                                  &error));
  g_assert_no_error (error);
  out = pdf_text (pdf);
  g_unlink (pdf);
  return squeeze (out);
}

static void
test_article (void)
{
  g_autoptr(GBytes) bytes = article_bytes ();
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  g_autoptr(FvSourceText) text = NULL;
  g_autofree char *with = NULL;
  g_autofree char *without = NULL;
  g_autofree char *expected = NULL;

  if (bytes == NULL || !have_pdftotext ())
    return;

  text = source_text_new (bytes);
  expected = expected_line (bytes, model, text, NULL);
  g_test_message ("%s", expected);
  with = sheet_text (model, text);
  g_assert_nonnull (strstr (with, expected));
  /* The one checked source, once; and all passed: no quotation named. */
  g_assert_cmpuint (count (with, "Quotationscheckedagainst"), ==, 1);
  g_assert_null (strstr (with, "notfound"));

  /* A source that no fact quotes, given a text: checked, and it says
   * there was nothing to check. */
  {
    g_autoptr(GHashTable) texts = g_hash_table_new (g_str_hash, g_str_equal);
    g_autofree char *pdf = g_build_filename (tmp_dir, "unquoted.pdf", NULL);
    g_autofree char *sha256 = sha256_of (bytes);
    g_autofree char *none = g_strdup_printf ("Quotations checked against the text with SHA-256 "
                                             "%s: none of the facts quotes it", sha256);
    g_autofree char *squeezed_none = squeeze (none);
    g_autofree char *out = NULL;
    g_autofree char *squeezed = NULL;
    g_autoptr(GError) error = NULL;
    const FvSource *unquoted = NULL;

    for (guint i = 0; unquoted == NULL && i < fv_model_get_n_sources (model); i++)
      {
        const FvSource *source = fv_model_get_source (model, i);
        g_autoptr(GPtrArray) checks = fv_quote_check_model (model, source, text, NULL);

        if (checks->len == 0)
          unquoted = source;
      }
    g_assert_nonnull (unquoted);
    g_hash_table_insert (texts, (gpointer) unquoted->id, text);
    g_assert_true (fv_fact_sheet_export_with_texts (model, NULL, texts, FV_PAPER_A4, pdf, NULL,
                                                    &error));
    g_assert_no_error (error);
    out = pdf_text (pdf);
    g_unlink (pdf);
    squeezed = squeeze (out);
    g_assert_nonnull (strstr (squeezed, squeezed_none));
    g_assert_cmpuint (count (squeezed, "Quotationscheckedagainst"), ==, 1);
  }

  /* Without the text, no word of a check. */
  without = sheet_text (model, NULL);
  g_assert_null (strstr (without, "Quotationschecked"));
  g_assert_null (strstr (without, "SHA-256"));
}

/* A quotation of the model that is once in the article as it stands,
 * and a plain word in the middle of it (a word at its end the closest
 * passage may leave out rather than differ in): the one to change, at
 * WORD bytes into the quotation. */
static const FvQuoteCheck *
quotation_to_change (GPtrArray  *checks,
                     const char *article,
                     gsize      *word,
                     char      **old)
{
  for (guint i = 0; i < checks->len; i++)
    {
      const FvQuoteCheck *check = checks->pdata[i];
      const char *quote = check->reference->quote;
      const char *at = strstr (article, quote);
      g_auto(GStrv) words = g_strsplit (quote, " ", -1);
      guint n = g_strv_length (words);
      const char *middle;
      gboolean plain;

      if (check->match.status != FV_QUOTE_VERBATIM || check->reference->paragraph == 0 ||
          at == NULL || strstr (at + 1, quote) != NULL || n < 5)
        continue;
      middle = words[n / 2];
      plain = strlen (middle) > 3;
      for (const char *c = middle; plain && *c != '\0'; c++)
        plain = g_ascii_isalpha (*c);
      if (!plain)
        continue;
      *word = 0;
      for (guint w = 0; w < n / 2; w++)
        *word += strlen (words[w]) + 1;
      *old = g_strdup (middle);
      return check;
    }

  g_assert_not_reached ();
}

static void
test_changed_word (void)
{
  g_autoptr(GBytes) bytes = article_bytes ();
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  g_autoptr(FvSourceText) text = NULL;
  g_autoptr(FvSourceText) changed_text = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GBytes) changed = NULL;
  g_autofree char *article = NULL;
  g_autofree char *old = NULL;
  g_autofree char *miss = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *sheet = NULL;
  const FvQuoteCheck *check;
  GString *copy;
  const char *kind;
  guint n_missed;
  gsize word;

  if (bytes == NULL || !have_pdftotext ())
    return;

  text = source_text_new (bytes);
  checks = fv_quote_check_model (model, story_source (model), text, NULL);
  article = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  check = quotation_to_change (checks, article, &word, &old);

  /* That word of the quotation, in the article, another. */
  copy = g_string_new (article);
  {
    gsize at = strstr (article, check->reference->quote) - article + word;

    g_string_erase (copy, at, strlen (old));
    g_string_insert (copy, at, "zebra");
  }
  changed = g_string_free_to_bytes (copy);
  changed_text = source_text_new (changed);

  expected = expected_line (changed, model, changed_text, &n_missed);
  kind = g_str_equal (check->kind, "case") ? "case study" : check->kind;
  miss = g_strdup_printf ("%s %s, paragraph %u: not found; the text has “zebra” where the "
                          "quotation has “%s”", kind, check->id, check->reference->paragraph, old);
  g_test_message ("%s", miss);
  sheet = sheet_text (model, changed_text);
  g_assert_nonnull (strstr (sheet, expected));
  {
    g_autofree char *squeezed = squeeze (miss);

    g_assert_nonnull (strstr (sheet, squeezed));
    /* A line for each quotation that the word is in, and no other. */
    g_assert_cmpuint (n_missed, >=, 1);
    g_assert_cmpuint (count (sheet, ":notfound"), ==, n_missed);
  }
}

/* The sheet of MODEL, with TEXTS, written at PATH on a page 240 points
 * wide: a column of 128, narrower than a SHA-256 in hexadecimal. */
static void
write_narrow (FvModel    *model,
              GHashTable *texts,
              const char *path)
{
  g_autoptr(FvFactSheet) sheet = fv_fact_sheet_new_with_texts (model, NULL, texts);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 240, 842);
  cairo_t *cr = cairo_create (surface);
  PangoContext *pango = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();
  guint pages;

  pango_cairo_context_set_resolution (pango, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (pango, options);
  cairo_font_options_destroy (options);
  pages = fv_fact_sheet_paginate (sheet, pango, 240, 842);
  g_object_unref (pango);
  for (guint p = 0; p < pages; p++)
    {
      fv_fact_sheet_draw_page (sheet, cr, p);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

/* Characters of the PDF at PATH drawn with a hyphen after them: cairo
 * marks each as one character (/ActualText) drawn with more, where a
 * ligature is two or more characters and the space where a line is
 * wrapped is U+0020. pdftotext shows them without their hyphen. */
static guint
count_hyphens (const char *path)
{
  g_autofree char *qdf = g_strconcat (path, ".qdf", NULL);
  const char *argv[] = { "qpdf", "--qdf", "--object-streams=disable", path, qdf, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *plain = NULL;
  gsize length;
  int status;
  guint n = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                               G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                               NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (g_file_get_contents (qdf, &plain, &length, &error));
  g_assert_no_error (error);
  g_unlink (qdf);

  for (const char *p = plain; (p = g_strstr_len (p, plain + length - p, "/ActualText <feff"));
       p++)
    {
      const char *digits = p + strlen ("/ActualText <feff");

      if (strspn (digits, "0123456789abcdefABCDEF") == 4 && digits[4] == '>' &&
          strncmp (digits, "0020", 4) != 0)
        n++;
    }
  return n;
}

/* On a page too narrow for it, the digest is broken between its letters:
 * whole, in order, on more than one line, and with no hyphen (which
 * pdftotext would not show, but a reader would see). */
static void
test_narrow_column (void)
{
  g_autoptr(GBytes) bytes = article_bytes ();
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  g_autoptr(GHashTable) texts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                       (GDestroyNotify) fv_source_text_unref);
  g_autofree char *pdf = g_build_filename (tmp_dir, "narrow.pdf", NULL);
  g_autofree char *unchecked = g_build_filename (tmp_dir, "narrow-unchecked.pdf", NULL);
  g_autofree char *qpdf = g_find_program_in_path ("qpdf");
  g_autofree char *sha256 = NULL;
  g_autofree char *out = NULL;
  g_autofree char *squeezed = NULL;
  g_autofree char *after = NULL;

  if (bytes == NULL || !have_pdftotext ())
    return;

  sha256 = sha256_of (bytes);
  g_hash_table_insert (texts, (gpointer) story_source (model)->id, source_text_new (bytes));
  write_narrow (model, texts, pdf);
  out = pdf_text (pdf);
  squeezed = squeeze (out);
  after = g_strconcat ("SHA-256", sha256, ":", NULL);
  g_assert_nonnull (strstr (squeezed, after));
  /* Not on one line: it was broken. */
  g_assert_null (strstr (out, sha256));

  /* No character more drawn with a hyphen than on the sheet without the
   * check: a word of the model may be, the digest not. */
  if (qpdf != NULL)
    {
      write_narrow (model, NULL, unchecked);
      g_assert_cmpuint (count_hyphens (pdf), ==, count_hyphens (unchecked));
      g_unlink (unchecked);
    }
  else
    g_test_message ("qpdf is not installed: hyphens not counted");
  g_unlink (pdf);
}

/* A model of N events, each quoting words of paragraph 1 that its text
 * (made here) has one of them different: N lines of a miss. */
static FvModel *
missing_model (guint n)
{
  g_autoptr(GString) json = g_string_new ("{\"schema_version\": 1, \"language\": \"en\", "
                                          "\"title\": \"Misses\", \"tabs\": {\"timeline\": "
                                          "{\"title\": \"Timeline\"}}, \"sources\": [{\"id\": "
                                          "\"s\", \"kind\": \"article\", \"paragraphs\": 2, "
                                          "\"title\": \"An article\"}], \"events\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  FvModel *model;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\": \"e%u\", \"date\": \"2017-01-%02u\", "
                            "\"precision\": \"day\", \"title\": \"Event %u\", "
                            "\"references\": [{\"source\": \"s\", \"paragraph\": 1, "
                            "\"quote\": \"the officers said word%u in the city\"}]}",
                            i > 0 ? ", " : "", i, 1 + i % 28, i, i);
  g_string_append (json, "]}");
  bytes = g_bytes_new (json->str, json->len);
  model = fv_model_new_from_bytes (bytes, "misses.json", NULL, &error);
  g_assert_no_error (error);
  return model;
}

/* Microseconds of processor time to make and lay out the sheet of N
 * misses, the least of three, and its pages. */
static gint64
miss_time (guint     n,
           gboolean  checked,
           guint    *pages)
{
  g_autoptr(FvModel) model = missing_model (n);
  static const char article[] = "Before.\n\nThe officers said it in the city.\n\nAfter.\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (article, strlen (article));
  g_autoptr(FvSourceText) text = source_text_new (bytes);
  g_autoptr(GHashTable) texts = g_hash_table_new (g_str_hash, g_str_equal);
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (NULL, NULL, 595, 842);
  cairo_t *cr = cairo_create (surface);
  PangoContext *pango = pango_cairo_create_context (cr);
  gint64 least = G_MAXINT64;

  g_hash_table_insert (texts, "s", text);
  for (guint run = 0; run < 3; run++)
    {
      gint64 start = fv_test_cpu_time ();
      g_autoptr(FvFactSheet) sheet = fv_fact_sheet_new_with_texts (model, NULL,
                                                                   checked ? texts : NULL);

      *pages = fv_fact_sheet_paginate (sheet, pango, 595, 842);
      least = MIN (least, fv_test_cpu_time () - start);
    }
  g_object_unref (pango);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return MAX (least, 1);
}

/* A line for each miss, and no more: twice the misses cost at most a
 * little more than twice the time and the pages. */
static void
test_cost (void)
{
  guint small_pages, large_pages, unchecked_pages;
  gint64 small = miss_time (250, TRUE, &small_pages);
  gint64 large = miss_time (500, TRUE, &large_pages);

  /* The misses are on the pages. */
  miss_time (250, FALSE, &unchecked_pages);
  g_assert_cmpuint (small_pages, >, unchecked_pages);

  g_test_message ("%u pages in %" G_GINT64_FORMAT " microseconds for 250 misses, %u in %"
                  G_GINT64_FORMAT " for 500", small_pages, small, large_pages, large);
  g_assert_cmpuint (large_pages, <=, small_pages * 2 + 1);
  g_assert_cmpuint (large_pages, >=, small_pages * 3 / 2);
  g_assert_cmpint (large, <, small * 4);
}

typedef struct
{
  gboolean  done;
  GError   *error;
} Export;

static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  Export *export = data;

  fv_fact_sheet_export_finish (result, &export->error);
  export->done = TRUE;
}

/* In a worker, as the window writes it: the table of texts, and a text
 * in it, let go of as soon as the call returns. */
static void
test_async (void)
{
  g_autoptr(GBytes) bytes = article_bytes ();
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  g_autofree char *pdf = g_build_filename (tmp_dir, "async.pdf", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *out = NULL;
  g_autofree char *squeezed = NULL;
  Export export = { FALSE, NULL };
  GHashTable *texts;
  gint64 until;

  if (bytes == NULL || !have_pdftotext ())
    return;

  texts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                 (GDestroyNotify) fv_source_text_unref);
  g_hash_table_insert (texts, (gpointer) story_source (model)->id, source_text_new (bytes));
  expected = expected_line (bytes, model, g_hash_table_lookup (texts, story_source (model)->id),
                            NULL);
  fv_fact_sheet_export_with_texts_async (model, NULL, texts, FV_PAPER_A4, pdf, NULL,
                                         export_done, &export);
  g_hash_table_unref (texts);

  /* A minute at most: the callback ends the wait, not a count of turns. */
  until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (!export.done && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (export.done);
  g_assert_no_error (export.error);
  out = pdf_text (pdf);
  g_unlink (pdf);
  squeezed = squeeze (out);
  g_assert_nonnull (strstr (squeezed, expected));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("fv-sheet-quotes-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);

  g_test_add_func ("/sheet/quotes/article", test_article);
  g_test_add_func ("/sheet/quotes/changed-word", test_changed_word);
  g_test_add_func ("/sheet/quotes/narrow-column", test_narrow_column);
  g_test_add_func ("/sheet/quotes/cost", test_cost);
  g_test_add_func ("/sheet/quotes/async", test_async);

  status = g_test_run ();
  g_rmdir (tmp_dir);
  g_free (tmp_dir);

  return status;
}
