/* test-format-features.c — what a story says that the format once could not
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An interrupted quotation, events known only by their place, qualified
 * numbers, whom a figure is about, the model's own reckoning and a stored
 * copy of a page: each read from tests/fixtures/good/settlement.json and
 * written as a reader sees it; and the messages that say what to do.
 */
#include "config.h"

#include <string.h>

#include "fv-format.h"
#include "fv-model.h"
#include "fv-model-search.h"
#include "fv-nearest.h"
#include "fv-reference-format.h"
#include "fv-test-find.h"
#include "fv-test-locale.h"

static FvModel *
load_fixture (const char  *dir,
              const char  *name,
              GPtrArray  **problems,
              GError     **error)
{
  g_autofree char *file_name = g_strconcat (name, ".json", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", dir, file_name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return fv_model_new_from_file (file, NULL, problems, error);
}

static FvModel *
load_settlement (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  FvModel *model = load_fixture ("good", "settlement", &problems, &error);

  g_assert_no_error (error);
  g_assert_nonnull (model);
  return model;
}

/* "…," the attorney general said, "…": one statement, its parts each in
 * a quote, shown with the words between marked. */
static void
test_quotation_parts (void)
{
  g_autoptr(FvModel) model = load_settlement ();
  const FvStatement *one = find_statement (model, "st-ag");
  const FvStatement *two = find_statement (model, "st-parts-two-refs");

  g_assert_cmpuint (one->n_parts, ==, 2);
  g_assert_cmpstr (one->parts[0], ==, "This settlement is a beginning,");
  g_assert_cmpstr (one->parts[1], ==, "not the end of what the state owes.");
  g_assert_cmpstr (one->words.original, ==,
                   "This settlement is a beginning, […] not the end of what the state owes.");
  /* Its reference keeps its own quote: the whole sentence of the story. */
  g_assert_true (g_str_has_prefix (one->references.items[0].quote, "“This settlement"));

  /* Each part may be in another reference. */
  g_assert_cmpuint (two->n_parts, ==, 2);
  g_assert_cmpstr (two->words.original, ==, "We listened, […] We acted,");
  g_assert_cmpuint (fv_model_get_n_statements (model), ==, 2);
}

/* The settlement fixture with its language set to LANGUAGE. */
static FvModel *
load_settlement_in (const char *language)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "good",
                                                 "settlement.json", NULL);
  g_autofree char *text = NULL;
  g_autofree char *tag = g_strdup_printf ("\"language\": \"%s\"", language);
  g_auto(GStrv) halves = NULL;
  g_autofree char *changed = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  FvModel *model;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  halves = g_strsplit (text, "\"language\": \"en\"", 2);
  g_assert_cmpuint (g_strv_length (halves), ==, 2);
  changed = g_strconcat (halves[0], tag, halves[1], NULL);
  bytes = g_bytes_new (changed, strlen (changed));
  model = fv_model_new_from_bytes (bytes, "settlement.json", &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (model);
  return model;
}

/* The words left out between a quotation's parts are marked as the
 * quotation's language marks them, whatever the reader's language: an
 * English quotation in a Polish window keeps "[…]", a Polish quotation
 * in an English one has "(…)". */
static void
test_quotation_parts_language (void)
{
  const char *languages[] = { "en", "pl", "es" };

  fv_test_bind_translations ();
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autoptr(FvModel) english = NULL;
      g_autoptr(FvModel) polish = NULL;
      g_autoptr(FvModel) russian = NULL;

      fv_test_use_language (languages[i]);
      english = load_settlement_in ("en-GB");
      polish = load_settlement_in ("pl");
      russian = load_settlement_in ("ru");
      g_test_message ("reader's language %s", languages[i]);
      g_assert_cmpstr (find_statement (english, "st-parts-two-refs")->words.original, ==,
                       "We listened, […] We acted,");
      g_assert_cmpstr (find_statement (polish, "st-parts-two-refs")->words.original, ==,
                       "We listened, (…) We acted,");
      g_assert_cmpstr (find_statement (russian, "st-parts-two-refs")->words.original, ==,
                       "We listened, <…> We acted,");
    }
  fv_test_use_language ("en");
}

/* Whether searching for QUERY finds the statement ID. */
static gboolean
search_finds (FvModel    *model,
              const char *query,
              const char *id)
{
  g_autofree char *folded = fv_search_fold (query);
  g_autoptr(GHashTable) found = fv_model_find_statements (model, folded, NULL);

  return g_hash_table_contains (found, id);
}

/* A quotation in parts is found by its words, within a part and across
 * the gap, as said; not by the mark standing for the reporter's words. */
static void
test_quotation_parts_search (void)
{
  g_autoptr(FvModel) model = load_settlement ();

  g_assert_true (search_finds (model, "a beginning", "st-ag"));
  g_assert_true (search_finds (model, "what the state OWES", "st-ag"));
  g_assert_true (search_finds (model, "a beginning, not the end", "st-ag"));
  g_assert_true (search_finds (model, "listened, we acted", "st-parts-two-refs"));
  g_assert_false (search_finds (model, "[…]", "st-ag"));
  g_assert_false (search_finds (model, "beginning, […] not", "st-ag"));
  g_assert_false (search_finds (model, "a beginning, the end", "st-ag"));
}

static const FvEvent *
event_by_id (FvModel    *model,
             const char *id)
{
  const FvEvent *event = fv_model_lookup_event (model, id);

  g_assert_nonnull (event);
  return event;
}

/* Before, after, between: listed in their place, written as such, drawn
 * between the dated events around them, or not drawn where no dated
 * event is on one side. */
static void
test_undated_events (void)
{
  static const char *order[] = { "ev-notice", "ev-suit", "ev-talks", "ev-draft", "ev-approval" };
  g_autoptr(FvModel) model = load_settlement ();
  const FvEvent **events = fv_model_get_events_by_date (model);
  const FvEvent *talks = event_by_id (model, "ev-talks");
  const FvEvent *draft = event_by_id (model, "ev-draft");
  const FvEvent *notice = event_by_id (model, "ev-notice");
  const FvEvent *suit = event_by_id (model, "ev-suit");
  const FvEvent *approval = event_by_id (model, "ev-approval");
  const FvChart *timeline = fv_model_lookup_chart (model, "timeline");
  g_autofree char *talks_when = fv_format_event_date (talks);
  g_autofree char *draft_when = fv_format_event_date (draft);
  g_autofree char *notice_when = fv_format_event_date (notice);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_assert_cmpstr (events[i]->id, ==, order[i]);

  g_assert_cmpstr (talks_when, ==, "after 2016");
  g_assert_cmpstr (draft_when, ==, "between “Talks begin in private” and March 28, 2017");
  g_assert_cmpstr (notice_when, ==, "before 2016");

  /* Between the suit's dot (mid-2016) and the approval's day, in order. */
  g_assert_true (talks->placed && draft->placed);
  g_assert_false (notice->placed);
  g_assert_false (fv_event_is_drawn (notice));
  g_assert_cmpint (fv_event_get_first_day (talks), >, fv_event_get_first_day (suit));
  g_assert_cmpint (fv_event_get_day_after (talks), <=, fv_event_get_first_day (draft));
  g_assert_cmpint (fv_event_get_day_after (draft), <=, fv_event_get_first_day (approval) + 1);

  /* The timeline draws the four it can place. */
  g_assert_cmpuint (timeline->lanes[0].n_events, ==, 4);
  for (guint i = 0; i < timeline->lanes[0].n_events; i++)
    g_assert_true (timeline->lanes[0].events[i] != notice);
}

/* "at least $626 million", "about 80%", "up to $200 million". */
static void
test_qualified_numbers (void)
{
  g_autoptr(FvModel) model = load_settlement ();
  const FvFigure *total = fv_model_lookup_figure (model, "fig-total");
  const FvFigure *share = fv_model_lookup_figure (model, "fig-share");
  const FvFigure *fees = fv_model_lookup_figure (model, "fig-fees");
  g_autofree char *total_text = fv_format_figure_value (total);
  g_autofree char *share_text = fv_format_figure_value (share);
  g_autofree char *fees_text = fv_format_figure_value (fees);

  g_assert_cmpint (total->qualifier, ==, FV_QUALIFIER_AT_LEAST);
  g_assert_cmpstr (total_text, ==, "at least $626 million");
  g_assert_cmpstr (share_text, ==, "about 80%");
  g_assert_cmpstr (fees_text, ==, "up to $200 million");
  g_assert_cmpstr (fv_figure_qualifier_name (total), ==, "at_least");
  g_assert_cmpstr (fv_figure_qualifier_name (fees), ==, "up_to");
}

/* Whom a number is about is not who reported it. */
static void
test_figure_subject (void)
{
  g_autoptr(FvModel) model = load_settlement ();
  const FvFigure *total = fv_model_lookup_figure (model, "fig-total");

  g_assert_cmpstr (total->subject->id, ==, "state");
  g_assert_cmpstr (total->actor->id, ==, "court");
  g_assert_null (fv_model_lookup_figure (model, "fig-share")->subject);
}

/* A year worked out from "nearly 10 years ago": the model's own
 * reckoning, for the date, marked as such. */
static void
test_reckoning (void)
{
  g_autoptr(FvModel) model = load_settlement ();
  const FvEvent *suit = event_by_id (model, "ev-suit");
  const FvReference *ref = &suit->references.items[0];
  g_autofree char *text = fv_format_reckoning (ref);
  g_autofree char *none = fv_format_reckoning (&suit->references.items[1]);

  g_assert_cmpstr (ref->reckoning, ==, "Worked out from “nearly 10 years ago” in a story of 2026");
  g_assert_cmpstr (ref->fields[0], ==, "date");
  g_assert_cmpstr (text, ==,
                   "Our reckoning, for the date: Worked out from “nearly 10 years ago” in a story "
                   "of 2026");
  g_assert_null (none);
}

static void
test_stored_copy (void)
{
  g_autoptr(FvModel) model = load_settlement ();
  const FvSource *story = find_source (model, "story");

  g_assert_cmpstr (story->stored_copy, ==,
                   "https://web.archive.org/web/20240301/https://example.org/settlement");
  g_assert_cmpint (story->accessed.precision, ==, FV_DATE_PRECISION_DAY);
}

/* The known name nearest to a misspelt one, within two edits and a third
 * of its length; nothing for a name far from all, or too long to be one. */
static void
test_nearest_name (void)
{
  static const char *members[] = { "id", "date", "precision", "title", "description",
                                   "references", NULL };
  g_autofree char *long_name = g_strnfill (100000, 't');

  g_assert_cmpstr (fv_nearest_name ("titel", members), ==, "title");
  g_assert_cmpstr (fv_nearest_name ("Title", members), ==, "title");
  g_assert_cmpstr (fv_nearest_name ("refrences", members), ==, "references");
  g_assert_cmpstr (fv_nearest_name ("precison", members), ==, "precision");
  g_assert_cmpstr (fv_nearest_name ("dat", members), ==, "date");
  g_assert_null (fv_nearest_name ("colour", members));
  g_assert_null (fv_nearest_name ("ix", members));  /* one edit is half of it */
  g_assert_null (fv_nearest_name (long_name, members));
}

static GPtrArray *
problems_of (const char *name)
{
  GPtrArray *problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = load_fixture ("bad", name, &problems, &error);

  g_assert_null (model);
  g_assert_nonnull (problems);
  return problems;
}

static void
assert_problem (GPtrArray    *problems,
                guint         i,
                FvModelError  code,
                guint         line,
                guint         column,
                const char   *path,
                const char   *message)
{
  const FvProblem *problem;

  g_assert_cmpuint (i, <, problems->len);
  problem = g_ptr_array_index (problems, i);
  g_assert_cmpint (problem->code, ==, code);
  g_assert_cmpuint (problem->line, ==, line);
  g_assert_cmpuint (problem->column, ==, column);
  g_assert_cmpstr (problem->path, ==, path);
  g_assert_cmpstr (problem->message, ==, message);
}

/* "titel": the missing "title" says which member is meant, and the
 * unknown one names the nearest and where the list is. */
static void
test_message_misspelt (void)
{
  g_autoptr(GPtrArray) problems = problems_of ("member-misspelt");

  g_assert_cmpuint (problems->len, ==, 2);
  assert_problem (problems, 0, FV_MODEL_ERROR_MISSING, 23, 5, "$.events[0]",
                  "The required member “title” is missing: is “titel” meant?");
  assert_problem (problems, 1, FV_MODEL_ERROR_UNKNOWN_MEMBER, 27, 7, "$.events[0].titel",
                  "“titel” is not a member the fact model knows here: did you mean “title”? "
                  "(docs/fact-model.md lists the members of each kind)");
}

/* "usd" in a bar chart: one problem, with its fix, and no second one
 * about the chart's units. */
static void
test_message_unit_lower_case (void)
{
  g_autoptr(GPtrArray) problems = problems_of ("unit-lower-case");

  g_assert_cmpuint (problems->len, ==, 1);
  assert_problem (problems, 0, FV_MODEL_ERROR_VALUE, 46, 7, "$.figures[0].unit",
                  "“usd” is not a unit: currency codes are written in capitals, “USD”");
}

/* A circle of "before" is told once. */
static void
test_message_before_circle (void)
{
  g_autoptr(GPtrArray) problems = problems_of ("event-before-circle");

  g_assert_cmpuint (problems->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/format/quotation-parts", test_quotation_parts);
  g_test_add_func ("/model/format/quotation-parts-language", test_quotation_parts_language);
  g_test_add_func ("/model/format/quotation-parts-search", test_quotation_parts_search);
  g_test_add_func ("/model/format/undated-events", test_undated_events);
  g_test_add_func ("/model/format/qualified-numbers", test_qualified_numbers);
  g_test_add_func ("/model/format/figure-subject", test_figure_subject);
  g_test_add_func ("/model/format/reckoning", test_reckoning);
  g_test_add_func ("/model/format/stored-copy", test_stored_copy);
  g_test_add_func ("/model/format/nearest-name", test_nearest_name);
  g_test_add_func ("/model/messages/misspelt", test_message_misspelt);
  g_test_add_func ("/model/messages/unit-lower-case", test_message_unit_lower_case);
  g_test_add_func ("/model/messages/before-circle", test_message_before_circle);

  return g_test_run ();
}
