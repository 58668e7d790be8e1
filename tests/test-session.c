/* test-session.c — what the views share, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fv-chart.h"
#include "fv-session.h"
#include "fv-source-text.h"
#include "fv-time-axis.h"

/* A story of events on DATES (a NULL-ended list), with a timeline chart of
 * each id in CHARTS (NULL-ended). */
static FvModel *
model_of (const char * const *dates,
          const char * const *charts)
{
  GString *json = g_string_new (
    "{ \"schema_version\": 1, \"language\": \"en\", \"title\": \"A story\",\n"
    "  \"tabs\": { \"timeline\": { \"title\": \"What happened\" } },\n"
    "  \"sources\": [ { \"id\": \"story\", \"kind\": \"article\", \"title\": \"The story\",\n"
    "                   \"paragraphs\": 4, \"url\": \"https://example.org/story\" } ],\n"
    "  \"events\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  FvModel *model;

  for (guint i = 0; dates[i] != NULL; i++)
    g_string_append_printf (json, "%s\n { \"id\": \"ev-%u\", \"date\": \"%s\", "
                            "\"precision\": \"day\", \"title\": \"Event %u\", "
                            "\"references\": [ { \"source\": \"story\", \"paragraph\": 1 } ] }",
                            i ? "," : "", i, dates[i], i);
  g_string_append (json, " ],\n  \"charts\": [");
  for (guint i = 0; charts[i] != NULL; i++)
    g_string_append_printf (json, "%s\n { \"id\": \"%s\", \"type\": \"timeline\", "
                            "\"tab\": \"timeline\", \"title\": \"Chart %u\" }",
                            i ? "," : "", charts[i], i);
  g_string_append (json, " ] }\n");

  bytes = g_string_free_to_bytes (json);
  model = fv_model_new_from_bytes (bytes, "story.json", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (model);
  return model;
}

static const char *long_story[] = { "2020-03-01", "2021-06-01", "2023-01-01", NULL };
static const char *short_story[] = { "2020-03-01", "2021-06-01", NULL };
static const char *two_charts[] = { "timeline", "second", NULL };
static const char *one_chart[] = { "timeline", NULL };

/* The time the whole of CHART_ID shows, with the drawing's margin. */
static void
whole_of (FvModel    *model,
          const char *chart_id,
          double     *from,
          double     *to)
{
  g_assert_true (fv_chart_get_time_span (model, fv_model_lookup_chart (model, chart_id), from, to));
  fv_time_range_pad (from, to);
}

static void
count (GObject    *object,
       GParamSpec *pspec,
       guint      *n)
{
  (*n)++;
}

/* The same story read again (a reload): the chart shows the time it did,
 * on the axis it had, as a table if it was one; the state is the same
 * object, so the views that follow it need not find it again. */
static void
test_range_survives_reload (void)
{
  g_autoptr(FvSession) session = fv_session_new ();
  g_autoptr(FvModel) first = model_of (long_story, two_charts);
  g_autoptr(FvModel) again = model_of (long_story, two_charts);
  FvChartViewState *state;
  double all_from, all_to;
  FvChartTime time;

  g_assert_null (fv_session_get_chart_state (session, "timeline"));
  fv_session_set_model (session, first);
  state = fv_session_get_chart_state (session, "timeline");
  g_assert_nonnull (state);
  g_assert_false (fv_chart_view_state_is_zoomed (state));

  whole_of (first, "timeline", &all_from, &all_to);
  fv_chart_view_state_show (state, first, fv_model_lookup_chart (first, "timeline"),
                            all_from + 100, all_from + 200);
  fv_chart_view_state_set_linear_axis (state, TRUE);
  fv_chart_view_state_set_table_shown (state, TRUE);

  fv_session_set_model (session, again);
  g_assert_true (fv_session_get_chart_state (session, "timeline") == state);
  g_assert_true (fv_chart_view_state_get_time (state, &time));
  g_assert_cmpfloat (time.from_day, ==, all_from + 100);
  g_assert_cmpfloat (time.to_day, ==, all_from + 200);
  g_assert_true (time.linear_axis);
  g_assert_true (fv_chart_view_state_get_table_shown (state));
}

/* A story that grew shorter: a range past its end is moved back over its
 * events, as long as it was; a range as long as the whole shows it all. */
static void
test_range_clamped_on_reload (void)
{
  g_autoptr(FvSession) session = fv_session_new ();
  g_autoptr(FvModel) longer = model_of (long_story, two_charts);
  g_autoptr(FvModel) shorter = model_of (short_story, two_charts);
  FvChartViewState *state, *second;
  double all_from, all_to, short_from, short_to, from, to;
  guint notified = 0;

  fv_session_set_model (session, longer);
  whole_of (longer, "timeline", &all_from, &all_to);
  whole_of (shorter, "timeline", &short_from, &short_to);
  g_assert_cmpfloat (short_to, <, all_to - 300);

  state = fv_session_get_chart_state (session, "timeline");
  fv_chart_view_state_show (state, longer, fv_model_lookup_chart (longer, "timeline"),
                            all_to - 100, all_to - 40);
  second = fv_session_get_chart_state (session, "second");
  fv_chart_view_state_show (second, longer, fv_model_lookup_chart (longer, "second"),
                            short_from - 10, short_to + 10);
  g_assert_true (fv_chart_view_state_is_zoomed (second));
  g_signal_connect (state, "notify::from-day", G_CALLBACK (count), &notified);

  fv_session_set_model (session, shorter);
  g_assert_cmpuint (notified, ==, 1);
  from = fv_chart_view_state_get_from_day (state);
  to = fv_chart_view_state_get_to_day (state);
  g_assert_cmpfloat_with_epsilon (to - from, 60, 1e-9);
  /* At least half of it over the events. */
  g_assert_cmpfloat (from + (to - from) / 2, <=, short_to);
  g_assert_cmpfloat (from, >=, short_from - 30);

  /* A little more than the whole shorter story: all of it. */
  g_assert_false (fv_chart_view_state_is_zoomed (second));
}

/* Two views of one chart (a chart shown in two tabs, or a chart and its
 * table) ask the session for its state and get the same one: a zoom in
 * either is heard by both, once, and nothing when nothing changed. */
static void
test_two_listeners_follow_one_state (void)
{
  g_autoptr(FvSession) session = fv_session_new ();
  g_autoptr(FvModel) model = model_of (long_story, two_charts);
  FvChartViewState *one, *other;
  guint heard_one = 0, heard_other = 0, heard_second = 0;
  double all_from, all_to;

  fv_session_set_model (session, model);
  one = fv_session_get_chart_state (session, "timeline");
  other = fv_session_get_chart_state (session, "timeline");
  g_assert_true (one == other);
  g_assert_false (one == fv_session_get_chart_state (session, "second"));
  g_signal_connect (one, "notify::to-day", G_CALLBACK (count), &heard_one);
  g_signal_connect (other, "notify::to-day", G_CALLBACK (count), &heard_other);
  g_signal_connect (fv_session_get_chart_state (session, "second"), "notify",
                    G_CALLBACK (count), &heard_second);

  whole_of (model, "timeline", &all_from, &all_to);
  fv_chart_view_state_show (one, model, fv_model_lookup_chart (model, "timeline"),
                            all_from + 10, all_from + 50);
  g_assert_cmpuint (heard_one, ==, 1);
  g_assert_cmpuint (heard_other, ==, 1);
  g_assert_cmpfloat (fv_chart_view_state_get_to_day (other), ==, all_from + 50);

  fv_chart_view_state_show (other, model, fv_model_lookup_chart (model, "timeline"),
                            all_from + 10, all_from + 50);
  g_assert_cmpuint (heard_one, ==, 1);
  g_assert_cmpuint (heard_second, ==, 0);

  /* Never less than a week. */
  fv_chart_view_state_show (one, model, fv_model_lookup_chart (model, "timeline"),
                            all_from + 10, all_from + 11);
  g_assert_cmpfloat (fv_chart_view_state_get_to_day (other) -
                     fv_chart_view_state_get_from_day (other), ==, 7);
}

/* A chart the new model does not have: its state goes with it, and it is
 * no longer the current chart. */
static void
test_chart_gone_loses_state (void)
{
  g_autoptr(FvSession) session = fv_session_new ();
  g_autoptr(FvModel) two = model_of (long_story, two_charts);
  g_autoptr(FvModel) one = model_of (long_story, one_chart);
  FvChartViewState *second;
  guint notified = 0;

  fv_session_set_model (session, two);
  second = fv_session_get_chart_state (session, "second");
  fv_chart_view_state_set_table_shown (second, TRUE);
  g_object_add_weak_pointer (G_OBJECT (second), (gpointer *) &second);
  fv_session_set_current_chart_id (session, "second");
  g_signal_connect (session, "notify::current-chart-id", G_CALLBACK (count), &notified);

  fv_session_set_model (session, one);
  g_assert_null (second);
  g_assert_null (fv_session_get_chart_state (session, "second"));
  g_assert_nonnull (fv_session_get_chart_state (session, "timeline"));
  g_assert_null (fv_session_get_current_chart_id (session));
  g_assert_cmpuint (notified, ==, 1);

  /* Back again: a state of its own, from the start. */
  fv_session_set_model (session, two);
  g_assert_false (fv_chart_view_state_get_table_shown (
    fv_session_get_chart_state (session, "second")));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *n)
{
  (*n)++;
}

/* A text kept with its checks, each found by its reference; the shown
 * quotation one of them; another model drops the checks and the shown
 * quotation (they point into the model before) and keeps the text. */
static void
test_quotes_kept_and_found (void)
{
  g_autoptr(FvSession) session = fv_session_new ();
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  g_autoptr(FvModel) again = fv_model_new_builtin ();
  g_autoptr(FvModel) other = fv_model_new_builtin ();
  const char *path = g_getenv ("FV_SEED_ARTICLE");
  g_autoptr(GFile) file = NULL;
  g_autoptr(FvSourceText) text = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  const FvQuoteCheck *first;
  guint notified = 0;

  if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("FV_SEED_ARTICLE does not name the article");
      return;
    }
  file = g_file_new_for_path (path);
  text = fv_source_text_new_from_file (file, NULL, NULL);
  g_assert_nonnull (text);

  fv_session_set_model (session, model);
  g_signal_connect (session, "notify::checked-sources", G_CALLBACK (count_notify), &notified);
  checks = fv_quote_check_model (model, fv_model_lookup_source (model, "article"), text, NULL);
  g_assert_cmpuint (checks->len, >, 1);

  /* Checks of another model than the session's are not taken. */
  g_assert_false (fv_session_set_quote_checks (session, other, "article", text, checks));
  g_assert_false (fv_session_has_quote_checks (session));
  g_assert_cmpuint (notified, ==, 0);

  g_assert_true (fv_session_set_quote_checks (session, model, "article", text, checks));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (fv_session_has_quote_checks (session));
  for (guint i = 0; i < checks->len; i++)
    {
      const FvQuoteCheck *check = g_ptr_array_index (checks, i);

      g_assert_true (fv_session_find_quote_check (session, check->reference) == check);
    }
  first = g_ptr_array_index (checks, 0);
  fv_session_set_shown_quote (session, first->reference);
  g_assert_true (fv_session_get_shown_quote (session) == first->reference);

  fv_session_set_model (session, again);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_false (fv_session_has_quote_checks (session));
  g_assert_null (fv_session_get_shown_quote (session));
  g_assert_null (fv_session_find_quote_check (session, first->reference));
  g_assert_true (g_hash_table_lookup (fv_session_get_source_texts (session), "article") == text);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session/quotes/kept-and-found", test_quotes_kept_and_found);
  g_test_add_func ("/session/chart-state/survives-reload", test_range_survives_reload);
  g_test_add_func ("/session/chart-state/clamped-on-reload", test_range_clamped_on_reload);
  g_test_add_func ("/session/chart-state/two-listeners", test_two_listeners_follow_one_state);
  g_test_add_func ("/session/chart-state/chart-gone", test_chart_gone_loses_state);

  return g_test_run ();
}
