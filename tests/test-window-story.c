/* test-window-story.c — the story's introduction and the case tab's selection, in a real window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "fv-case-page.h"
#include "fv-chart-panel.h"
#include "fv-chart-row.h"
#include "fv-chart-table.h"
#include "fv-statements-page.h"
#include "fv-chart-view.h"
#include "fv-fact-list.h"
#include "fv-format.h"
#include "fv-story-intro.h"
#include "fv-test-locale.h"
#include "fv-timeline-page.h"
#include "fv-ui-resources.h"
#include "fv-window.h"
#include "fv-test-window.h"

/* ---- The window, as test-window.c makes and finds it -------------------- */

static gboolean
count_frame (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  (*(guint *) user_data)++;
  return G_SOURCE_CONTINUE;
}

/* Until WIDGET has been drawn a few frames more: laid out anew. */
static void
wait_frames (GtkWidget *widget)
{
  guint frames = 0;
  guint id = gtk_widget_add_tick_callback (widget, count_frame, &frames, NULL);

  while (frames < 3)
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_remove_tick_callback (widget, id);
}

static FvWindow *
window_with_builtin (void)
{
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  FvWindow *window = fv_window_new (NULL);

  fv_window_set_model (window, model);
  gtk_window_present (GTK_WINDOW (window));
  iterate (50);

  return window;
}

static void
destroy (FvWindow *window)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  gpointer weak = window;

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  gtk_window_destroy (GTK_WINDOW (window));
  wait_until_finalized (&weak);
  g_settings_reset (settings, "last-tab");
  g_settings_reset (settings, "story-intro-expanded");
}

/* A label whose label (as set: with its mnemonic or markup) is TEXT. */
static gboolean
is_label_with_label (GtkWidget     *widget,
                     gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

static gboolean
is_shown_label_with_text (GtkWidget     *widget,
                          gconstpointer  text)
{
  return is_label_with_label (widget, text) && gtk_widget_is_drawable (widget);
}

/* A label under WIDGET that shows TEXT on screen (libadwaita keeps
 * hidden copies of some, as of a tab's title for each layout). */
static GtkWidget *
shown_label (GtkWidget  *widget,
             const char *text)
{
  return find_where (widget, is_shown_label_with_text, text);
}

static GtkWidget *
page_of (FvWindow *window,
         GType     type)
{
  GtkWidget *page = find_widget (GTK_WIDGET (window), type);

  g_assert_nonnull (page);
  return page;
}

static FvSession *
session_of (FvWindow *window)
{
  return fv_page_get_session (FV_PAGE (page_of (window, FV_TYPE_TIMELINE_PAGE)));
}

static FvStoryIntro *
intro_of (FvWindow *window)
{
  return FV_STORY_INTRO (find_widget (page_of (window, FV_TYPE_TIMELINE_PAGE),
                                      FV_TYPE_STORY_INTRO));
}

static GtkWidget *
intro_expander (FvWindow *window)
{
  return find_widget (GTK_WIDGET (intro_of (window)), GTK_TYPE_EXPANDER);
}

static GtkListView *
event_list (FvWindow *window)
{
  return GTK_LIST_VIEW (find_widget (page_of (window, FV_TYPE_TIMELINE_PAGE), GTK_TYPE_LIST_VIEW));
}

static gboolean
is_loading (FvWindow *window)
{
  return gtk_widget_get_visible (find_widget (GTK_WIDGET (window), GTK_TYPE_SPINNER));
}

static gboolean
open_file (FvWindow *window,
           GFile    *file)
{
  FvModel *before = fv_window_get_model (window);

  fv_window_load_file (window, file);
  while (is_loading (window))
    g_main_context_iteration (NULL, TRUE);

  return fv_window_get_model (window) != before;
}

/* ---- The story's introduction ------------------------------------------- */

/* The story's source the model names (its role "story"). */
static const FvSource *
story_source (FvModel *model)
{
  for (guint i = 0; i < fv_model_get_n_sources (model); i++)
    if (fv_model_get_source (model, i)->story)
      return fv_model_get_source (model, i);
  g_assert_not_reached ();
}

/* What the introduction must say of MODEL, each line read from the model
 * as the window shows it, and on screen under the introduction. */
static void
assert_introduces (FvWindow *window,
                   FvModel  *model)
{
  FvSession *session = session_of (window);
  GtkWidget *intro = GTK_WIDGET (intro_of (window));
  const FvSource *source = story_source (model);
  const FvEvent **by_date = fv_model_get_events_by_date (model);
  guint n = fv_model_get_n_events (model);
  const FvEvent *last = by_date[n - 1];
  g_autofree char *first_date = fv_format_date (&by_date[0]->date);
  g_autofree char *last_date = fv_format_date (last->end.precision != FV_DATE_PRECISION_NONE
                                               ? &last->end : &last->date);
  g_autofree char *span = g_strdup_printf ("%u events, from %s to %s", n, first_date, last_date);
  g_autofree char *from = NULL;
  const char *title = fv_session_text (session, fv_model_get_title (model));

  if (source->title_is_description)
    from = g_strdup_printf ("Facts from the story described as: %s",
                            fv_session_text (session, &source->title));
  else
    from = g_strdup_printf ("Facts from “%s”", fv_session_text (session, &source->title));

  g_assert_true (gtk_widget_is_drawable (intro));
  g_assert_nonnull (shown_label (intro, title));
  g_assert_nonnull (shown_label (intro, fv_session_text (session, fv_model_get_summary (model))));
  g_assert_nonnull (shown_label (intro, from));
  g_assert_nonnull (shown_label (intro, span));
  /* Model text is text: a title with "<b>" shows those characters. */
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (shown_label (intro, title))));

  /* A screen reader names it by the story's title. */
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (intro_expander (window)),
                                                     GTK_ACCESSIBLE_PROPERTY_LABEL, title));
}

/* The first view says what the story is and where it comes from, above
 * the timeline's list, from the built-in model's own words. */
static void
test_intro_builtin (void)
{
  FvWindow *window = window_with_builtin ();
  FvModel *model = fv_window_get_model (window);
  GtkWidget *intro = GTK_WIDGET (intro_of (window));
  graphene_point_t intro_at, list_at;

  g_assert_nonnull (intro);
  assert_introduces (window, model);
  /* The built-in story has no web address: no link. */
  g_assert_null (find_widget (intro, GTK_TYPE_LINK_BUTTON));

  /* Before the list: above it on screen. */
  g_assert_true (gtk_widget_compute_point (intro, GTK_WIDGET (window),
                                           &GRAPHENE_POINT_INIT (0, 0), &intro_at));
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (event_list (window)), GTK_WIDGET (window),
                                           &GRAPHENE_POINT_INIT (0, 0), &list_at));
  g_assert_cmpfloat (intro_at.y + gtk_widget_get_height (intro), <=, list_at.y);

  destroy (window);
}

/* Folded once read, by the keyboard as by a click, and said to be; folded
 * it is the title alone, and so it stays in the next window. */
static void
test_intro_folds (void)
{
  FvWindow *window = window_with_builtin ();
  FvModel *model = fv_window_get_model (window);
  /* Copied: the model goes with the window, and a second one is made. */
  g_autofree char *summary = g_strdup (fv_session_text (session_of (window),
                                                        fv_model_get_summary (model)));
  g_autofree char *title = g_strdup (fv_session_text (session_of (window),
                                                      fv_model_get_title (model)));
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *expander = intro_expander (window);
  int unfolded_height = gtk_widget_get_height (GTK_WIDGET (intro_of (window)));

  g_assert_true (gtk_widget_get_focusable (expander));
  g_assert_null (gtk_test_accessible_check_state (GTK_ACCESSIBLE (expander),
                                                  GTK_ACCESSIBLE_STATE_EXPANDED, TRUE));
  /* The keyboard reaches it: Enter or Space on the focused expander. */
  g_assert_true (gtk_widget_grab_focus (expander));
  gtk_widget_activate (expander);
  wait_frames (GTK_WIDGET (window));
  g_assert_false (fv_story_intro_get_expanded (intro_of (window)));
  g_assert_null (gtk_test_accessible_check_state (GTK_ACCESSIBLE (expander),
                                                  GTK_ACCESSIBLE_STATE_EXPANDED, FALSE));
  g_assert_null (shown_label (GTK_WIDGET (intro_of (window)), summary));
  g_assert_nonnull (shown_label (GTK_WIDGET (intro_of (window)), title));
  g_test_message ("the introduction is %d pixels tall unfolded, %d folded", unfolded_height,
                  gtk_widget_get_height (GTK_WIDGET (intro_of (window))));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (intro_of (window))), <, unfolded_height);
  g_assert_false (g_settings_get_boolean (settings, "story-intro-expanded"));

  /* The next window remembers. */
  gtk_window_destroy (GTK_WINDOW (window));
  window = window_with_builtin ();
  g_assert_false (fv_story_intro_get_expanded (intro_of (window)));
  g_assert_null (shown_label (GTK_WIDGET (intro_of (window)), summary));
  gtk_widget_activate (intro_expander (window));
  wait_frames (GTK_WIDGET (window));
  g_assert_nonnull (shown_label (GTK_WIDGET (intro_of (window)), summary));
  g_assert_true (g_settings_get_boolean (settings, "story-intro-expanded"));

  destroy (window);
}

/* Another model (the built-in one retold: another title, summary, and a
 * story with a publisher, a date and an address) is introduced in its own
 * words, the link a link. */
static void
test_intro_reload (void)
{
  FvWindow *window = window_with_builtin ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "models",
                                                 "chicago-sanctuary.json", NULL);
  g_autofree char *text = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fv-story-XXXXXX", NULL);
  g_autofree char *copy_path = g_build_filename (dir, "retold.json", NULL);
  g_autoptr(GFile) copy = g_file_new_for_path (copy_path);
  g_autoptr(GString) retold = NULL;
  g_autofree char *builtin_title = g_strdup (fv_session_text (session_of (window),
                                                              fv_model_get_title (fv_window_get_model (window))));
  FvModel *model;
  const FvSource *source;
  GtkLinkButton *link;
  g_autofree char *date = NULL;
  g_autofree char *byline = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  retold = g_string_new (text);
  g_assert_cmpuint (g_string_replace (retold, "\"en\": \"Chicago, sanctuary cities and local police\"",
                                      "\"en\": \"Retold: <b>Chicago</b> & its police\"", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (retold, "\"en\": \"How Chicago answered",
                                      "\"en\": \"Retold. How Chicago answered", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (retold, "\"id\": \"article\",",
                                      "\"id\": \"article\", \"url\": \"https://example.org/chicago\", "
                                      "\"publisher\": \"Example Press\", \"date\": \"2017-02-01\", "
                                      "\"precision\": \"day\",", 1), ==, 1);
  g_assert_true (g_file_set_contents (copy_path, retold->str, retold->len, NULL));

  g_assert_true (open_file (window, copy));
  model = fv_window_get_model (window);
  g_assert_cmpstr (fv_session_text (session_of (window), fv_model_get_title (model)), !=,
                   builtin_title);
  assert_introduces (window, model);
  g_assert_null (shown_label (GTK_WIDGET (intro_of (window)), builtin_title));

  /* The story's publisher and date, and its address as a link. */
  source = story_source (model);
  date = fv_format_date (&source->date);
  byline = g_strdup_printf ("Example Press, %s", date);
  g_assert_nonnull (shown_label (GTK_WIDGET (intro_of (window)), byline));
  link = GTK_LINK_BUTTON (find_widget (GTK_WIDGET (intro_of (window)), GTK_TYPE_LINK_BUTTON));
  g_assert_nonnull (link);
  g_assert_cmpstr (gtk_link_button_get_uri (link), ==, "https://example.org/chicago");
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (link)));

  destroy (window);
  g_assert_cmpint (g_unlink (copy_path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* ---- The case tab answers a selection ----------------------------------- */

/* The pane beside the case: the selected event's detail. */
static GtkWidget *
case_detail (FvWindow *window)
{
  return gtk_widget_get_last_child (gtk_widget_get_first_child (page_of (window,
                                                                         FV_TYPE_CASE_PAGE)));
}

/* The detail pane of the case tab shows EVENT: its title, and each line
 * of its sources as the model's references write them. */
static void
assert_case_detail_shows (FvWindow      *window,
                          const FvEvent *event)
{
  FvSession *session = session_of (window);
  GtkWidget *detail = case_detail (window);
  g_autoptr(GPtrArray) citations = fv_citations_new (&event->references);

  g_assert_true (gtk_widget_is_drawable (detail));
  g_assert_nonnull (shown_label (detail, fv_session_text (session, &event->title)));
  g_assert_nonnull (shown_label (detail, "Sources"));
  g_assert_cmpuint (citations->len, >, 0);
  for (guint i = 0; i < citations->len; i++)
    {
      g_autofree char *line = fv_format_citation (fv_session_get_model (session),
                                                  g_ptr_array_index (citations, i),
                                                  fv_session_get_languages (session));

      g_assert_nonnull (shown_label (detail, line));
    }
}

/* Selecting an event of the case, in its list or on its chart, shows its
 * detail and its sources beside the case, and its row selected. */
static void
test_case_selection (void)
{
  FvWindow *window = window_with_builtin ();
  FvModel *model = fv_window_get_model (window);
  const FvCase *c = fv_model_get_tab_case (model);
  GtkWidget *page;
  GtkListBox *events;
  FvChartView *chart;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "case"));
  iterate (20);
  page = page_of (window, FV_TYPE_CASE_PAGE);
  g_assert_cmpuint (c->n_events, >=, 2);
  /* Nothing selected: the case has the whole width. */
  g_assert_false (gtk_widget_get_visible (case_detail (window)));

  /* In the list of the case's events. */
  events = GTK_LIST_BOX (find_where (page, has_css_class, "case-events"));
  g_assert_nonnull (events);
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (events),
                                                     GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                     "Events of the case"));
  gtk_list_box_select_row (events, gtk_list_box_get_row_at_index (events, 0));
  iterate (20);
  g_assert_cmpstr (fv_session_get_selected_id (session_of (window)), ==, c->events[0]->id);
  assert_case_detail_shows (window, c->events[0]);

  /* On the chart: the case's other event. */
  chart = FV_CHART_VIEW (find_widget (page, FV_TYPE_CHART_VIEW));
  g_signal_emit_by_name (chart, "mark-activated", c->events[1]->id);
  iterate (20);
  assert_case_detail_shows (window, c->events[1]);
  g_assert_null (shown_label (case_detail (window),
                              fv_session_text (session_of (window), &c->events[0]->title)));
  g_assert_true (gtk_list_box_get_selected_row (events) ==
                 gtk_list_box_get_row_at_index (events, 1));

  /* Nothing selected any more: the pane goes. */
  fv_session_set_selected_id (session_of (window), NULL);
  g_assert_false (gtk_widget_get_visible (case_detail (window)));
  g_assert_null (gtk_list_box_get_selected_row (events));

  destroy (window);
}

/* ---- What a search finds, tab by tab ------------------------------------ */

static guint
badge_of (FvWindow *window,
          GType     page)
{
  AdwViewStack *stack = ADW_VIEW_STACK (find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));

  return adw_view_stack_page_get_badge_number (adw_view_stack_get_page (stack,
                                                                        page_of (window, page)));
}

static void
search (FvWindow   *window,
        const char *text)
{
  GtkWidget *entry = find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "search-changed");
  iterate (20);
}

/* The case's own facts the session's search found, counted here. */
static guint
case_found (FvWindow *window)
{
  FvSession *session = session_of (window);
  const FvCase *c = fv_model_get_tab_case (fv_session_get_model (session));
  GHashTable *events = fv_session_get_event_matches (session);
  GHashTable *statements = fv_session_get_statement_matches (session);
  guint n = 0;

  for (guint i = 0; i < c->n_events; i++)
    n += g_hash_table_contains (events, c->events[i]->id) ? 1 : 0;
  for (guint i = 0; i < c->n_statements; i++)
    n += g_hash_table_contains (statements, c->statements[i]->id) ? 1 : 0;
  return n;
}

/* The rows of the case's list of events the search leaves. */
static guint
case_rows_shown (FvWindow *window)
{
  GtkWidget *list = find_where (page_of (window, FV_TYPE_CASE_PAGE), has_css_class,
                                "case-events");
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n += gtk_widget_get_child_visible (row) ? 1 : 0;
  return n;
}

/* Each tab's button counts what the search found in it; a tab that has
 * nothing found shows no badge and, shown, says so on a status page. */
static void
test_search_counts_per_tab (void)
{
  FvWindow *window = window_with_builtin ();
  FvSession *session = session_of (window);
  const FvCase *c = fv_model_get_tab_case (fv_window_get_model (window));
  GtkWidget *switcher = find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE);
  GtkWidget *said;
  g_autofree char *timeline_count = NULL;
  guint n_case;

  g_assert_cmpuint (badge_of (window, FV_TYPE_TIMELINE_PAGE), ==, 0);

  /* The lawsuit: an event of the timeline and of the case. */
  search (window, "racial profiling");
  n_case = case_found (window);
  g_assert_cmpuint (g_hash_table_size (fv_session_get_event_matches (session)), >, 0);
  g_assert_cmpuint (n_case, >, 0);
  g_assert_cmpuint (badge_of (window, FV_TYPE_TIMELINE_PAGE), ==,
                    g_hash_table_size (fv_session_get_event_matches (session)));
  g_assert_cmpuint (badge_of (window, FV_TYPE_CASE_PAGE), ==, n_case);
  g_assert_cmpuint (badge_of (window, FV_TYPE_STATEMENTS_PAGE), ==,
                    g_hash_table_size (fv_session_get_statement_matches (session)));
  /* The count is on the tab's button, where a person sees it. */
  timeline_count = g_strdup_printf ("%u", badge_of (window, FV_TYPE_TIMELINE_PAGE));
  g_assert_nonnull (shown_label (switcher, timeline_count));
  /* And said to a screen reader, on the button a person would press. */
  {
    GtkWidget *button = gtk_widget_get_ancestor (shown_label (switcher, timeline_count),
                                                 GTK_TYPE_TOGGLE_BUTTON);
    g_autofree char *said_found = g_strdup_printf ("%s found", timeline_count);

    g_assert_nonnull (button);
    g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (button),
                                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                       said_found));
  }

  /* The case's list keeps the events found. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "case"));
  iterate (20);
  {
    guint n_events = 0;

    for (guint i = 0; i < c->n_events; i++)
      n_events += g_hash_table_contains (fv_session_get_event_matches (session),
                                         c->events[i]->id) ? 1 : 0;
    g_assert_cmpuint (case_rows_shown (window), ==, n_events);
    g_assert_cmpuint (case_rows_shown (window), <, c->n_events);
  }
  g_assert_null (shown_label (page_of (window, FV_TYPE_CASE_PAGE),
                              "Nothing in the case matches “racial profiling”"));

  /* Nothing found: no badge anywhere, and the case tab says so with
   * libadwaita's status page. */
  search (window, "zzyzx");
  g_assert_cmpuint (badge_of (window, FV_TYPE_TIMELINE_PAGE), ==, 0);
  g_assert_cmpuint (badge_of (window, FV_TYPE_CASE_PAGE), ==, 0);
  g_assert_cmpuint (badge_of (window, FV_TYPE_STATEMENTS_PAGE), ==, 0);
  g_assert_cmpuint (case_rows_shown (window), ==, 0);
  said = shown_label (page_of (window, FV_TYPE_CASE_PAGE), "Nothing in the case matches “zzyzx”");
  g_assert_nonnull (said);
  g_assert_nonnull (gtk_widget_get_ancestor (said, ADW_TYPE_STATUS_PAGE));

  /* The search cleared: every event again, no sentence, no badge. */
  search (window, "");
  g_assert_cmpuint (case_rows_shown (window), ==, c->n_events);
  g_assert_null (shown_label (page_of (window, FV_TYPE_CASE_PAGE),
                              "Nothing in the case matches “zzyzx”"));
  g_assert_cmpuint (badge_of (window, FV_TYPE_CASE_PAGE), ==, 0);
  g_assert_false (gtk_test_accessible_has_property (
    GTK_ACCESSIBLE (gtk_widget_get_ancestor (shown_label (switcher, "Policy timeline"),
                                             GTK_TYPE_TOGGLE_BUTTON)),
    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));

  destroy (window);
}

/* The table of a timeline (Ctrl+T) shows the events the search finds,
 * as its list does; all of them again once the search is cleared. */
static void
test_search_table (void)
{
  FvWindow *window = window_with_builtin ();
  FvSession *session = session_of (window);
  GtkWidget *panel = find_widget (page_of (window, FV_TYPE_TIMELINE_PAGE), FV_TYPE_CHART_PANEL);
  const FvChart *chart = NULL;
  GtkColumnView *view;
  GListModel *rows;
  guint n_all = 0, n_found = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-table", NULL));
  iterate (20);
  view = GTK_COLUMN_VIEW (find_widget (find_widget (panel, FV_TYPE_CHART_TABLE),
                                       GTK_TYPE_COLUMN_VIEW));
  rows = G_LIST_MODEL (gtk_column_view_get_model (view));

  for (guint i = 0; i < fv_model_get_n_charts (fv_window_get_model (window)); i++)
    if (fv_model_get_chart (fv_window_get_model (window), i)->tab == FV_TAB_TIMELINE &&
        chart == NULL)
      chart = fv_model_get_chart (fv_window_get_model (window), i);
  g_assert_nonnull (chart);

  search (window, "arpaio");
  for (guint l = 0; l < chart->n_lanes; l++)
    for (guint i = 0; i < chart->lanes[l].n_events; i++)
      {
        n_all++;
        n_found += g_hash_table_contains (fv_session_get_event_matches (session),
                                          chart->lanes[l].events[i]->id) ? 1 : 0;
      }
  g_assert_cmpuint (n_found, >, 0);
  g_assert_cmpuint (n_found, <, n_all);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_found);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(FvChartRow) row = g_list_model_get_item (rows, i);

      g_assert_true (g_hash_table_contains (fv_session_get_event_matches (session), row->id));
    }

  search (window, "");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_all);

  destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  char *data_home;

  data_home = fv_test_window_init (&argc, &argv);
  if (data_home == NULL)
    return 0;

  g_test_add_func ("/window/story/intro", test_intro_builtin);
  g_test_add_func ("/window/story/intro-folds", test_intro_folds);
  g_test_add_func ("/window/story/intro-reload", test_intro_reload);
  g_test_add_func ("/window/case/selection", test_case_selection);
  g_test_add_func ("/window/search/counts-per-tab", test_search_counts_per_tab);
  g_test_add_func ("/window/search/table", test_search_table);

  return fv_test_window_run (data_home);
}
