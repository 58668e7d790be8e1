/* test-sheet.c — the fact sheet: what it costs, and that it loses no word
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Models made here, within the bounds of docs/fact-model.md ("Sizes"), at
 * two sizes, the larger four times the smaller: its pages, the PDF's
 * bytes and the drawing's work (the glyph runs drawn, counted by a cairo
 * observer) grow at most a little more than four times, the time to lay
 * it out and to draw it (a clock, so with room) at most twice that (a
 * paragraph of ten thousand lines was laid out in time that grew with
 * their square, and each of its 167 pages drew all of it, clipped).
 * And every text of a model that the sheet prints is in the PDF's text,
 * read back with pdftotext, none of it ellipsized.
 */
#include "config.h"

#include <string.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "fv-fact-sheet.h"
#include "fv-model.h"
#include "fv-test-cost.h"

/* The larger of two sizes costs at most this many times the smaller. */
#define GROWTH 4.5

/* S as a JSON string. */
static void
append_string (GString    *json,
               const char *s)
{
  g_string_append_c (json, '"');
  for (const char *p = s; *p != '\0'; p++)
    {
      if (*p == '\n')
        g_string_append (json, "\\n");
      else if (*p == '"' || *p == '\\')
        g_string_append_printf (json, "\\%c", *p);
      else
        g_string_append_c (json, *p);
    }
  g_string_append_c (json, '"');
}

/* A model titled TITLE whose one source is titled SOURCE, with N_EVENTS
 * events, each titled "Event N" with DESCRIPTION (if any), each citing
 * the source. */
static FvModel *
model_new (const char *title,
           const char *source,
           guint       n_events,
           const char *description)
{
  g_autoptr(GString) json = g_string_new ("{\"schema_version\": 1, \"language\": \"en\", "
                                          "\"title\": ");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  FvModel *model;

  append_string (json, title);
  g_string_append (json, ", \"tabs\": {\"timeline\": {\"title\": \"Timeline\"}}, "
                   "\"sources\": [{\"id\": \"s\", \"kind\": \"article\", \"paragraphs\": 9, "
                   "\"title\": ");
  append_string (json, source);
  g_string_append (json, "}], \"events\": [");
  for (guint i = 0; i < n_events; i++)
    {
      g_string_append_printf (json, "%s{\"id\": \"e%u\", \"date\": \"2017-01-%02u\", "
                              "\"precision\": \"day\", \"title\": \"Event %u\"",
                              i > 0 ? ", " : "", i, 1 + i % 28, i);
      if (description != NULL)
        {
          g_string_append (json, ", \"description\": ");
          append_string (json, description);
        }
      g_string_append_printf (json, ", \"references\": [{\"source\": \"s\", \"paragraph\": %u}]}",
                              1 + i % 9);
    }
  g_string_append (json, "]}");

  bytes = g_bytes_new (json->str, json->len);
  model = fv_model_new_from_bytes (bytes, "m.json", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (model);
  return model;
}

typedef struct
{
  guint  pages;
  gsize  bytes;         /* of the PDF */
  guint  glyph_runs;    /* drawn on all the pages */
  gint64 lay_out_time;  /* microseconds, the least of three */
  gint64 draw_time;     /* microseconds, of all the pages */
} Cost;

static cairo_status_t
count_bytes (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  *(gsize *) closure += length;
  return CAIRO_STATUS_SUCCESS;
}

static void
count_glyph_runs (cairo_surface_t *observer,
                  cairo_surface_t *target,
                  void            *data)
{
  (*(guint *) data)++;
}

/* Glyph runs that drawing page PAGE asks of a surface: counted by an
 * observer (over a recording surface: cairo 1.16 cannot observe a PDF
 * surface), before any surface could drop those it clips away. */
static guint
count_page_glyph_runs (FvFactSheet *sheet,
                       guint        page)
{
  cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_surface_t *observer = cairo_surface_create_observer (recording,
                                                             CAIRO_SURFACE_OBSERVER_NORMAL);
  cairo_t *cr = cairo_create (observer);
  guint n = 0;

  cairo_surface_observer_add_glyphs_callback (observer, count_glyph_runs, &n);
  fv_fact_sheet_draw_page (sheet, cr, page);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (observer);
  cairo_surface_destroy (recording);
  return n;
}

/* The sheet of MODEL as fv_fact_sheet_export() makes it, on A4, and what
 * its pages ask of cairo. */
static Cost
measure (FvModel *model)
{
  g_autoptr(FvFactSheet) sheet = fv_fact_sheet_new (model, NULL);
  Cost cost = { 0, 0, 0, G_MAXINT64, 0 };
  cairo_font_options_t *options;
  cairo_surface_t *pdf;
  gint64 drawing;
  PangoContext *pango;
  double width, height;
  cairo_t *cr;

  fv_paper_get_size (FV_PAPER_A4, &width, &height);
  pdf = cairo_pdf_surface_create_for_stream (count_bytes, &cost.bytes, width, height);
  cr = cairo_create (pdf);
  pango = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (pango, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango, options);
  cairo_font_options_destroy (options);

  /* Laid out again each time: the least of three is the work's. */
  for (guint run = 0; run < 3; run++)
    {
      gint64 start = fv_test_cpu_time ();

      cost.pages = fv_fact_sheet_paginate (sheet, pango, width, height);
      cost.lay_out_time = MIN (cost.lay_out_time, fv_test_cpu_time () - start);
    }
  cost.lay_out_time = MAX (cost.lay_out_time, 1);

  for (guint p = 0; p < cost.pages; p++)
    cost.glyph_runs += count_page_glyph_runs (sheet, p);
  /* A surface drops what falls outside its clip, glyph runs that the
   * observer then does not see: what asking for them costs, the clock
   * says. */
  drawing = fv_test_cpu_time ();
  for (guint p = 0; p < cost.pages; p++)
    {
      fv_fact_sheet_draw_page (sheet, cr, p);
      cairo_show_page (cr);
    }
  cost.draw_time = MAX (fv_test_cpu_time () - drawing, 1);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  /* Drawn twice more, into files that are counted nowhere: the least of
   * three is the work's, whatever else the machine was doing. */
  for (guint run = 0; run < 2; run++)
    {
      gsize ignored = 0;
      cairo_surface_t *again = cairo_pdf_surface_create_for_stream (count_bytes, &ignored,
                                                                    width, height);
      cairo_t *cr_again = cairo_create (again);

      drawing = fv_test_cpu_time ();
      for (guint p = 0; p < cost.pages; p++)
        {
          fv_fact_sheet_draw_page (sheet, cr_again, p);
          cairo_show_page (cr_again);
        }
      cost.draw_time = MIN (cost.draw_time, MAX (fv_test_cpu_time () - drawing, 1));
      cairo_destroy (cr_again);
      cairo_surface_destroy (again);
    }
  cairo_destroy (cr);
  cairo_surface_finish (pdf);
  g_assert_cmpint (cairo_surface_status (pdf), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (pdf);
  g_object_unref (pango);

  return cost;
}

/* LARGE, of a model four times SMALL's, costs at most GROWTH times as
 * much; the time to lay it out and to draw it (a clock, so with room for
 * a loaded machine) at most twice that: linear is 4, quadratic 16. */
static void
assert_grows_linearly (const Cost *small,
                       const Cost *large)
{
  g_test_message ("pages %u → %u, bytes %zu → %zu, glyph runs %u → %u, lay-out %" G_GINT64_FORMAT
                  " → %" G_GINT64_FORMAT " µs, drawing %" G_GINT64_FORMAT " → %" G_GINT64_FORMAT
                  " µs", small->pages, large->pages, small->bytes, large->bytes,
                  small->glyph_runs, large->glyph_runs, small->lay_out_time,
                  large->lay_out_time, small->draw_time, large->draw_time);
  g_assert_cmpfloat ((double) large->pages, <=, GROWTH * small->pages);
  g_assert_cmpfloat ((double) large->bytes, <=, GROWTH * small->bytes);
  g_assert_cmpfloat ((double) large->glyph_runs, <=, GROWTH * small->glyph_runs);
  g_assert_cmpfloat ((double) large->lay_out_time, <=, 2 * GROWTH * small->lay_out_time);
  g_assert_cmpfloat ((double) large->draw_time, <=, 2 * GROWTH * small->draw_time);
}

/* The two models' costs, measured in turns (a busy machine then slows
 * both alike), each keeping the least of its times; the models are
 * released. */
static void
measure_two (FvModel *models[2],
             Cost     cost[2])
{
  for (guint round = 0; round < 3; round++)
    for (guint k = 0; k < 2; k++)
      {
        Cost again = measure (models[k]);

        if (round == 0)
          cost[k] = again;
        cost[k].lay_out_time = MIN (cost[k].lay_out_time, again.lay_out_time);
        cost[k].draw_time = MIN (cost[k].draw_time, again.draw_time);
      }
  g_object_unref (models[0]);
  g_object_unref (models[1]);
}

/* A paragraph of N_LINES lines, each one letter. */
static char *
lines (guint n_lines)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_lines; i++)
    g_string_append (text, i > 0 ? "\nx" : "x");
  return g_string_free (text, FALSE);
}

/* Descriptions of 2,500 and 10,000 lines (the most that 20,000
 * characters hold): the second took 1.3 s, drawing each of its lines on
 * each of its pages, and Pango laid out its ten thousand paragraphs in
 * time that grows with their square. */
static void
test_cost_lines (void)
{
  FvModel *models[2];
  Cost cost[2];

  for (guint k = 0; k < 2; k++)
    {
      g_autofree char *description = lines (k == 0 ? 2500 : 10000);

      models[k] = model_new ("Lines", "An article", 2, description);
    }
  measure_two (models, cost);
  /* Sixty lines or so a page: the paragraph is not one page cut short. */
  g_assert_cmpuint (cost[1].pages, >=, 2 * 10000 / 80);
  assert_grows_linearly (&cost[0], &cost[1]);
}

/* Facts with descriptions of 20,000 characters, the most a description
 * may have, 4 and 16 of them. */
static void
test_cost_descriptions (void)
{
  GString *words = g_string_new (NULL);
  g_autofree char *description = NULL;
  FvModel *models[2];
  Cost cost[2];

  while (words->len < 20000 - 8)
    g_string_append_printf (words, "w%05u ", (guint) words->len);
  description = g_string_free (words, FALSE);

  for (guint k = 0; k < 2; k++)
    models[k] = model_new ("Descriptions", "An article", k == 0 ? 4 : 16, description);
  measure_two (models, cost);
  assert_grows_linearly (&cost[0], &cost[1]);
}

/* A source whose title has 1,000 characters, the most a title may have,
 * cited by 100 and by 400 facts: a reference cuts the title after a whole
 * word within 120 characters (a line more than a short title's), and the
 * list of sources gives it whole, once. The sheet is then hardly longer
 * than with a short title; it was 2.5 times as long. */
static void
test_cost_citations (void)
{
  GString *title = g_string_new (NULL);
  FvModel *models[2];
  Cost cost[2], brief;

  while (g_utf8_strlen (title->str, -1) < 1000 - 12)
    g_string_append_printf (title, "Source%04u ", (guint) title->len);

  for (guint k = 0; k < 2; k++)
    models[k] = model_new ("Citations", title->str, k == 0 ? 100 : 400, NULL);
  measure_two (models, cost);
  assert_grows_linearly (&cost[0], &cost[1]);

  {
    g_autoptr(FvModel) model = model_new ("Citations", "An article", 400, NULL);

    brief = measure (model);
  }
  g_test_message ("a short title: %u pages, %zu bytes", brief.pages, brief.bytes);
  g_assert_cmpfloat (cost[1].pages, <=, 1.3 * brief.pages + 1);
  g_assert_cmpfloat (cost[1].bytes, <=, 1.5 * brief.bytes);
  g_string_free (title, TRUE);
}

/* Words of 5,000 and 20,000 letters, the longest a description holds:
 * Pango shaped the whole rest of a word for each line it broke it into,
 * in time that grew with the word's square. */
static void
test_cost_long_words (void)
{
  FvModel *models[2];
  Cost cost[2];

  for (guint k = 0; k < 2; k++)
    {
      GString *word = g_string_new (NULL);

      while (word->len < (k == 0 ? 5000 : 20000))
        g_string_append_c (word, 'a' + word->len % 26);
      models[k] = model_new ("Words", "An article", 2, word->str);
      g_string_free (word, TRUE);
    }
  measure_two (models, cost);
  assert_grows_linearly (&cost[0], &cost[1]);
}

static gboolean
have_program (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  return path != NULL;
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                               G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status,
                               &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* TEXT without its white space: where the sheet breaks a line is its
 * own business. */
static char *
squeeze (const char *text)
{
  GString *squeezed = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (squeezed, *p);
  return g_string_free (squeezed, FALSE);
}

/* A word of 19,990 letters (a 300,000-letter word was once lost), a
 * description of ten thousand lines, a model and a source titled with
 * 1,000 characters each: every one of them is in the PDF's text, whole,
 * above the footers. The footer's title is cut and none of the sheet is
 * ellipsized by Pango, which would keep the whole of what it cuts in the
 * PDF (/ActualText), so that pdftotext would find words that the paper
 * does not show. */
static void
test_no_word_lost (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-sheet-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *qdf = g_build_filename (dir, "sheet-qdf.pdf", NULL);
  g_autofree char *many_lines = lines (10000);
  g_autoptr(GString) word = g_string_new ("Start");
  g_autoptr(GString) title = g_string_new (NULL);
  g_autoptr(GString) source = g_string_new (NULL);
  g_autoptr(GString) description = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  const char *texts[4];

  if (!have_program ("pdftotext") || !have_program ("qpdf"))
    {
      g_test_skip ("pdftotext or qpdf is not installed: the fact sheet's text not read");
      return;
    }

  while (word->len < 19990)
    g_string_append_c (word, 'a' + word->len % 26);
  while (g_utf8_strlen (title->str, -1) < 1000 - 12)
    g_string_append_printf (title, "Title%04u ", (guint) title->len);
  while (g_utf8_strlen (source->str, -1) < 1000 - 12)
    g_string_append_printf (source, "Source%04u ", (guint) source->len);
  description = g_string_new (word->str);
  model = model_new (title->str, source->str, 1, description->str);

  g_assert_true (fv_fact_sheet_export (model, NULL, FV_PAPER_A4, pdf, NULL, &error));
  g_assert_no_error (error);

  /* No text in the file but the text shown. */
  {
    const char *argv[] = { "qpdf", "--qdf", "--object-streams=disable", pdf, qdf, NULL };

    g_free (run (argv));
    g_assert_true (g_file_get_contents (qdf, &plain, NULL, &error));
    g_assert_no_error (error);
    /* Cairo marks a character drawn with more (a letter with the
     * hyphen where a long word is broken) or with nothing (the space
     * where a line is wrapped) as that one character; what Pango
     * ellipsizes would be all the words it cuts. */
    for (const char *p = plain; (p = strstr (p, "/ActualText <feff")) != NULL; p++)
      {
        gsize digits = strspn (p + strlen ("/ActualText <feff"), "0123456789abcdefABCDEF");

        if (digits > 8)
          g_error ("Text not shown in the PDF: %.80s", p);
      }
  }

  /* Above the footer: A4 is 842 points high, the text ends 78 points
   * from its bottom, the footer's text starts 68 from it. */
  {
    const char *argv[] = { "pdftotext", "-r", "72", "-x", "0", "-y", "0", "-W", "595",
                           "-H", "770", pdf, "-", NULL };

    text = run (argv);
  }
  squeezed = squeeze (text);
  texts[0] = title->str;
  texts[1] = source->str;
  texts[2] = word->str;
  texts[3] = "Event0";
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *expected = squeeze (texts[i]);

      if (strstr (squeezed, expected) == NULL)
        g_error ("The fact sheet lacks “%.40s…” (%zu characters)", texts[i], strlen (texts[i]));
    }

  /* Ten thousand lines: each a line of its own, none lost. */
  {
    g_autoptr(FvModel) lined = model_new ("Lines", "An article", 1, many_lines);
    const char *argv[] = { "pdftotext", "-r", "72", "-x", "0", "-y", "0", "-W", "595",
                           "-H", "770", pdf, "-", NULL };
    g_autofree char *lined_text = NULL;
    g_auto(GStrv) text_lines = NULL;
    guint n = 0;

    g_assert_true (fv_fact_sheet_export (lined, NULL, FV_PAPER_A4, pdf, NULL, &error));
    g_assert_no_error (error);
    lined_text = run (argv);
    text_lines = g_strsplit_set (lined_text, "\n\f", -1);
    for (guint i = 0; text_lines[i] != NULL; i++)
      n += g_str_equal (text_lines[i], "x");
    g_assert_cmpuint (n, ==, 10000);
  }

  g_unlink (qdf);
  g_unlink (pdf);
  g_rmdir (dir);
}

/* What settlement.json says that the format once could not, as the
 * sheet prints it: a quotation in parts with the gap marked, events known
 * by their place, qualified numbers, whom a figure is about beside who
 * reported it, the model's own reckoning and a stored copy of a page. */
static void
test_format_features (void)
{
  static const char *expected[] = {
    "“This settlement is a beginning, […] not the end of what the state owes.”",
    "“We listened, […] We acted,”",
    "before 2016",
    "after 2016",
    "between “Talks begin in private” and March 28, 2017",
    "at least $626 million: Paid by the state",
    "up to $200 million: Lawyers' fees",
    "About: State of Michigan",
    "Reported by: The federal court",
    "Our reckoning, for the date: Worked out from “nearly 10 years ago” in a story of 2026",
    "A stored copy: https://web.archive.org/web/20240301/https://example.org/settlement",
  };
  g_autofree char *dir = g_dir_make_tmp ("fv-sheet-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "good",
                                                 "settlement.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = fv_model_new_from_file (file, NULL, NULL, &error);
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;

  if (!have_program ("pdftotext"))
    {
      g_test_skip ("pdftotext is not installed: the fact sheet's text not read");
      return;
    }
  g_assert_no_error (error);
  g_assert_true (fv_fact_sheet_export (model, NULL, FV_PAPER_A4, pdf, NULL, &error));
  g_assert_no_error (error);
  {
    const char *argv[] = { "pdftotext", pdf, "-", NULL };

    text = run (argv);
  }
  squeezed = squeeze (text);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *want = squeeze (expected[i]);

      if (strstr (squeezed, want) == NULL)
        g_error ("The fact sheet lacks “%s”", expected[i]);
    }

  g_unlink (pdf);
  g_rmdir (dir);
}

/* The number of times NEEDLE is in HAYSTACK. */
static guint
count_in (const char *haystack,
          const char *needle)
{
  guint n = 0;

  for (const char *p = haystack; (p = strstr (p, needle)) != NULL; p += strlen (needle))
    n++;
  return n;
}

/* The built-in model's sheet in each of its languages gives every source's
 * title whole under the facts that cite it and in the list of sources: an
 * official title with its translation beside it (a Spanish or Polish
 * reader's) is as long as 203 characters, and was cut at 120, its
 * translation and its closing quotation mark with it. */
static void
test_builtin_titles_whole (void)
{
  static const char *languages[] = { "en", "es", "pl" };
  g_autofree char *dir = g_dir_make_tmp ("fv-sheet-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
  g_autoptr(FvModel) model = fv_model_new_builtin ();

  if (!have_program ("pdftotext"))
    {
      g_test_skip ("pdftotext is not installed: the fact sheet's text not read");
      return;
    }
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const char *wanted[] = { languages[l], NULL };
      const char *argv[] = { "pdftotext", pdf, "-", NULL };
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      g_autofree char *squeezed = NULL;

      g_assert_true (fv_fact_sheet_export (model, wanted, FV_PAPER_A4, pdf, NULL, &error));
      g_assert_no_error (error);
      text = run (argv);
      squeezed = squeeze (text);
      for (guint i = 0; i < fv_model_get_n_sources (model); i++)
        {
          const FvSource *source = fv_model_get_source (model, i);
          g_autofree char *title = squeeze (fv_model_text (model, &source->title, wanted));
          guint n = count_in (squeezed, title);

          g_test_message ("%s: %s, %u times", languages[l], source->id, n);
          /* Once in a reference, once in the list; the story, cited by
           * most facts, in many. */
          g_assert_cmpuint (n, >=, 2);
        }
      g_unlink (pdf);
    }
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sheet/cost/lines", test_cost_lines);
  g_test_add_func ("/sheet/cost/descriptions", test_cost_descriptions);
  g_test_add_func ("/sheet/cost/citations", test_cost_citations);
  g_test_add_func ("/sheet/cost/long-words", test_cost_long_words);
  g_test_add_func ("/sheet/no-word-lost", test_no_word_lost);
  g_test_add_func ("/sheet/builtin-titles-whole", test_builtin_titles_whole);
  g_test_add_func ("/sheet/format-features", test_format_features);

  return g_test_run ();
}
