/* test-window.c — a real window under a display (Xvfb in CI)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <gtk/gtkunixprint.h>

#include "fv-application.h"
#include "fv-chart.h"
#include "fv-chart-panel.h"
#include "fv-chart-row.h"
#include "fv-chart-table.h"
#include "fv-chart-view-state.h"
#include "fv-chart-view.h"
#include "fv-export-dialog.h"
#include "fv-fact-widgets.h"
#include "fv-test-charts.h"
#include "fv-test-find.h"
#include "fv-test-locale.h"
#include "fv-case-page.h"
#include "fv-fact-list.h"
#include "fv-statements-page.h"
#include "fv-time-axis.h"
#include "fv-timeline-page.h"
#include "fv-ui-resources.h"
#include "fv-window.h"
#include "fv-test-window.h"

static gboolean press_key_with (GtkWidget *widget, guint keyval, GdkModifierType state);

static gboolean
have_program (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  return path != NULL;
}

static FvWindow *
window_with_builtin (void)
{
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  FvWindow *window = fv_window_new (NULL);

  fv_window_set_model (window, model);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);

  return window;
}

/* Closes WINDOW; the next opens on the first tab again, and at the default
 * size, as each test expects, whichever this one showed last. */
static void
destroy (FvWindow *window)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  gpointer weak = window;

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  gtk_window_destroy (GTK_WINDOW (window));
  wait_until_finalized (&weak);
  g_settings_reset (settings, "last-tab");
  /* The size window_of_size() chose: kept while its window lives, which a
   * reset would resize. */
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static FvWindow *window_of_size (int width,
                                 int height);

static char *
fixture (const char *dir,
         const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", dir, name, NULL);
}

/* A label whose label (as set: with its mnemonic or markup) is TEXT. */
static gboolean
is_label_with_label (GtkWidget     *widget,
                     gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

static gboolean
is_menu_button_with_icon (GtkWidget     *widget,
                          gconstpointer  icon_name)
{
  return GTK_IS_MENU_BUTTON (widget) &&
         g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)), icon_name) == 0;
}

/* The first label under WIDGET whose text is TEXT, or NULL. */
static GtkLabel *
find_label (GtkWidget  *widget,
            const char *text)
{
  return GTK_LABEL (find_where (widget, is_label_with_label, text));
}

/* ---- The window's parts, found as they are on screen -------------------- */

static AdwViewStack *
stack_of (FvWindow *window)
{
  return ADW_VIEW_STACK (find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
}

static GtkWidget *
page_of (FvWindow *window,
         GType     type)
{
  GtkWidget *page = find_widget (GTK_WIDGET (window), type);

  g_assert_nonnull (page);
  return page;
}

static const char *
tab_title (FvWindow *window,
           GType     type)
{
  return adw_view_stack_page_get_title (adw_view_stack_get_page (stack_of (window),
                                                                 page_of (window, type)));
}

/* The toast on screen (libadwaita's toast widget, "toast" in CSS) that
 * says TEXT, or NULL. */
static GtkWidget *
toast_saying (FvWindow   *window,
              const char *text)
{
  GtkWidget *label = find_where (GTK_WIDGET (window), is_label_with_label, text);

  for (GtkWidget *w = label; w != NULL; w = gtk_widget_get_parent (w))
    if (g_str_equal (gtk_widget_get_css_name (w), "toast"))
      return w;
  return NULL;
}

/* The window's header bar: the first thing in its content. */
static GtkWidget *
header_bar_of (FvWindow *window)
{
  return find_widget (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR);
}

/* The first chart on a tab, or NULL. */
/* The session the window's pages share. */
static FvSession *
session_of (FvWindow *window)
{
  return fv_page_get_session (FV_PAGE (page_of (window, FV_TYPE_TIMELINE_PAGE)));
}

/* The mark a chart shows selected (until the next call). */
static const char *
selected_in (FvChartView *chart)
{
  static char *id;

  g_clear_pointer (&id, g_free);
  g_object_get (chart, "selected-id", &id, NULL);
  return id;
}

static FvChartView *
first_chart (FvWindow *window,
             GType     page)
{
  return (FvChartView *) find_widget (page_of (window, page), FV_TYPE_CHART_VIEW);
}

static guint
count_widgets (GtkWidget *widget,
               GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (widget, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child, type);

  return n;
}

static GtkListView *
event_list (FvWindow *window)
{
  return GTK_LIST_VIEW (find_widget (page_of (window, FV_TYPE_TIMELINE_PAGE), GTK_TYPE_LIST_VIEW));
}

static GtkSingleSelection *
event_selection (FvWindow *window)
{
  return GTK_SINGLE_SELECTION (gtk_list_view_get_model (event_list (window)));
}

/* The pane beside the list: the selected event's detail. */
static GtkWidget *
event_detail (FvWindow *window)
{
  GtkWidget *paned = gtk_widget_get_ancestor (GTK_WIDGET (event_list (window)), GTK_TYPE_PANED);

  return gtk_paned_get_end_child (GTK_PANED (paned));
}

/* The events the list shows: the model of its selection. */
static FvFactList *
events_of (FvWindow *window)
{
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (
    event_list (window)));

  return FV_FACT_LIST (gtk_single_selection_get_model (selection));
}

static GtkListView *
statement_list (FvWindow *window)
{
  return GTK_LIST_VIEW (find_widget (page_of (window, FV_TYPE_STATEMENTS_PAGE),
                                     GTK_TYPE_LIST_VIEW));
}

/* The statements the list shows: the model of its selection. */
static FvFactList *
statements_of (FvWindow *window)
{
  GtkNoSelection *selection = GTK_NO_SELECTION (gtk_list_view_get_model (
    statement_list (window)));

  return FV_FACT_LIST (gtk_no_selection_get_model (selection));
}

/* The problems bar: a revealer, over the tabs. */
static GtkRevealer *
error_bar (FvWindow *window)
{
  return GTK_REVEALER (find_where (GTK_WIDGET (window), has_css_class, "problems-bar"));
}

static GtkLabel *
error_label (FvWindow *window)
{
  return GTK_LABEL (find_widget (GTK_WIDGET (error_bar (window)), GTK_TYPE_LABEL));
}

static GtkSearchBar *
search_bar (FvWindow *window)
{
  return GTK_SEARCH_BAR (find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_BAR));
}

static GtkSearchEntry *
search_entry (FvWindow *window)
{
  return GTK_SEARCH_ENTRY (find_widget (GTK_WIDGET (search_bar (window)),
                                        GTK_TYPE_SEARCH_ENTRY));
}

/* What the search bar says it found: the label beside the field. */
static GtkLabel *
match_label (FvWindow *window)
{
  for (GtkWidget *w = gtk_widget_get_next_sibling (GTK_WIDGET (search_entry (window))); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_LABEL (w))
      return GTK_LABEL (w);
  g_assert_not_reached ();
}

/* Shows a tab as Alt+1…3 do (the view stack has no transition: the tab
 * before is gone at once). */
static void
show_tab (FvWindow   *window,
          const char *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", name));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack_of (window)), ==, name);
}

/* Types into the search field, as a person does. */
static void
search (FvWindow   *window,
        const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (search_entry (window)), text);
  g_signal_emit_by_name (search_entry (window), "search-changed");
}

static gboolean
is_language_button (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)) == NULL;
}

/* The header bar's button that names the facts' language. */
static GtkMenuButton *
language_button (FvWindow *window)
{
  return GTK_MENU_BUTTON (find_where (header_bar_of (window),
                                      is_language_button, NULL));
}

static GtkWidget *
load_spinner (FvWindow *window)
{
  return find_widget (header_bar_of (window), GTK_TYPE_SPINNER);
}

static gboolean
is_loading (FvWindow *window)
{
  return gtk_widget_get_visible (load_spinner (window));
}

/* Opens FILE as a person does (it loads off the main thread) and waits
 * until it is shown or its problems are. Returns whether it is shown. */
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

static guint
count_statements (FvWindow *window)
{
  return g_list_model_get_n_items (G_LIST_MODEL (statements_of (window)));
}

static void
test_tabs (void)
{
  FvWindow *window = window_with_builtin ();
  FvModel *model = fv_window_get_model (window);
  GtkSelectionModel *events = gtk_list_view_get_model (event_list (window));
  const FvStatement *first;

  /* Three tabs, titled by the model, in this order. */
  g_assert_cmpstr (tab_title (window, FV_TYPE_TIMELINE_PAGE), ==, "Policy timeline");
  g_assert_cmpstr (tab_title (window, FV_TYPE_CASE_PAGE), ==, "Maricopa County case");
  g_assert_cmpstr (tab_title (window, FV_TYPE_STATEMENTS_PAGE), ==, "CPD statements");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack_of (window)), ==, "timeline");

  /* The timeline with its content; the hidden tabs are made when first
   * shown, not at startup. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (events)), ==,
                    fv_model_get_n_events (model));
  g_assert_cmpuint (count_widgets (GTK_WIDGET (window), FV_TYPE_CHART_VIEW), ==, 1);
  g_assert_true (FV_IS_CHART_VIEW (GTK_WIDGET (first_chart (window, FV_TYPE_TIMELINE_PAGE))));
  g_assert_null (find_label (page_of (window, FV_TYPE_CASE_PAGE),
                             "Sheriff Joe Arpaio in Maricopa County"));
  g_assert_null (find_widget (page_of (window, FV_TYPE_CASE_PAGE), GTK_TYPE_LIST_BOX));
  g_assert_null (first_chart (window, FV_TYPE_CASE_PAGE));
  g_assert_null (statements_of (window));

  show_tab (window, "case");
  g_assert_nonnull (find_label (page_of (window, FV_TYPE_CASE_PAGE),
                                "Sheriff Joe Arpaio in Maricopa County"));
  g_assert_true (FV_IS_CHART_VIEW (GTK_WIDGET (first_chart (window, FV_TYPE_CASE_PAGE))));
  g_assert_cmpuint (count_widgets (GTK_WIDGET (window), FV_TYPE_CHART_VIEW), ==, 2);

  show_tab (window, "statements");
  g_assert_cmpuint (count_statements (window), ==,
                    fv_model_get_n_statements (model));
  /* The CPD's own words first, then the other voices. */
  first = fv_fact_list_get_fact (statements_of (window), 0);
  g_assert_true (first->actor == find_actor (model, "cpd"));
  g_assert_cmpstr (first->id, ==, "st-cpd-no-enforcement");
  g_assert_true (((const FvStatement *) fv_fact_list_get_fact (statements_of (window), 2))->actor !=
                 first->actor);
  /* Under the tab's title, what it holds. */
  g_assert_nonnull (find_label (page_of (window, FV_TYPE_STATEMENTS_PAGE),
                                "The Chicago Police Department’s statements first, then the other "
                                "voices of the story"));
  /* A card is on screen for it. */
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (find_label (GTK_WIDGET (statement_list (window)),
                                "“[We do] not conduct immigration enforcement and this will not "
                                "change”"));

  /* One chart on each tab, as the model declares; made once. */
  g_assert_true (FV_IS_CHART_VIEW (GTK_WIDGET (first_chart (window, FV_TYPE_STATEMENTS_PAGE))));
  show_tab (window, "case");
  show_tab (window, "timeline");
  g_assert_cmpuint (count_widgets (GTK_WIDGET (window), FV_TYPE_CHART_VIEW), ==, 3);

  /* Another model starts again from the visible tab alone. */
  {
    g_autoptr(FvModel) again = fv_model_new_builtin ();

    fv_window_set_model (window, again);
  }
  g_assert_cmpuint (count_widgets (GTK_WIDGET (window), FV_TYPE_CHART_VIEW), ==, 1);
  g_assert_null (find_label (page_of (window, FV_TYPE_CASE_PAGE),
                             "Sheriff Joe Arpaio in Maricopa County"));
  g_assert_null (find_widget (page_of (window, FV_TYPE_CASE_PAGE), GTK_TYPE_LIST_BOX));
  g_assert_null (statements_of (window));

  destroy (window);
}

/* Alt+Down and Alt+Up: the event after or before the one selected, in the
 * order of their dates, in the session (which the charts follow) and the
 * list; without a selection, the first or the last; none past the ends. */
static void
test_previous_next_event (void)
{
  FvWindow *window = window_with_builtin ();
  FvSession *session = session_of (window);
  FvModel *model = fv_window_get_model (window);
  guint n = fv_model_get_n_events (model);

  g_assert_null (fv_session_get_selected_id (session));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-event", NULL));
  g_assert_cmpstr (fv_session_get_selected_id (session), ==, fv_model_get_event (model, 0)->id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-event", NULL));
  g_assert_cmpstr (fv_session_get_selected_id (session), ==, fv_model_get_event (model, 1)->id);
  g_assert_cmpuint (gtk_single_selection_get_selected (event_selection (window)), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-event", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-event", NULL));
  g_assert_cmpstr (fv_session_get_selected_id (session), ==, fv_model_get_event (model, 0)->id);
  g_assert_cmpuint (gtk_single_selection_get_selected (event_selection (window)), ==, 0);

  fv_session_set_selected_id (session, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-event", NULL));
  g_assert_cmpstr (fv_session_get_selected_id (session), ==,
                   fv_model_get_event (model, n - 1)->id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-event", NULL));
  g_assert_cmpstr (fv_session_get_selected_id (session), ==,
                   fv_model_get_event (model, n - 1)->id);

  destroy (window);
}

static void
test_switch_tabs (void)
{
  FvWindow *window = window_with_builtin ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "case"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack_of (window)), ==, "case");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "statements");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack_of (window)), ==, "statements");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "no-such-tab");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack_of (window)), ==, "statements");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "timeline");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack_of (window)), ==, "timeline");

  destroy (window);
}

/* A bad file shows its problems, with their places, and the model stays. */
static void
test_open_bad_file (void)
{
  FvWindow *window = window_with_builtin ();
  FvModel *before = fv_window_get_model (window);
  g_autofree char *path = fixture ("bad", "several-problems.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *place = g_strconcat (path, ":34:7: $.statements[0].actor: ", NULL);

  g_assert_false (gtk_revealer_get_reveal_child (error_bar (window)));
  g_assert_false (open_file (window, file));

  g_assert_true (gtk_revealer_get_reveal_child (error_bar (window)));
  g_assert_nonnull (strstr (gtk_label_get_text (error_label (window)), place));
  g_assert_true (fv_window_get_model (window) == before);
  g_assert_cmpstr (tab_title (window, FV_TYPE_TIMELINE_PAGE), ==, "Policy timeline");

  destroy (window);
}

/* A file with thousands of problems: the bar shows the first ones and
 * counts the rest, in a label a window lays out at once (one label of all
 * of them once froze it for minutes); the loader keeps a thousand. */
static void
test_open_many_problems (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "many.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GString *json = g_string_new ("{\"schema_version\": 1, \"language\": \"en\", \"title\": \"t\", "
                                "\"tabs\": {\"timeline\": {\"title\": \"a\"}, \"case\": "
                                "{\"title\": \"b\"}, \"statements\": {\"title\": \"c\"}}, "
                                "\"sources\": [{\"id\": \"s\", \"kind\": \"other\", "
                                "\"title\": \"S\"}], \"events\": [");
  FvWindow *window = window_with_builtin ();
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < 3000; i++)
    g_string_append_printf (json, "%s{\"id\": \"e%u\", \"date\": \"2017-13-01\", "
                            "\"title\": \"E\", \"references\": [{\"source\": \"s\"}]}",
                            i ? ", " : "", i);
  g_string_append (json, "]}");
  g_assert_true (g_file_set_contents (path, json->str, json->len, NULL));
  g_string_free (json, TRUE);

  g_assert_false (open_file (window, file));
  g_assert_true (gtk_revealer_get_reveal_child (error_bar (window)));
  lines = g_strsplit (gtk_label_get_text (error_label (window)), "\n", -1);
  /* The heading, twelve problems, and the count of the rest. */
  g_assert_cmpuint (g_strv_length (lines), ==, 14);
  g_assert_cmpstr (lines[13], ==, "… and 989 more lines");

  /* All of them, on demand, in a list that lays out only what it shows. */
  {
    GtkWindow *problems = NULL;
    GtkListView *list;
    GListModel *rows;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-problems", NULL));
    for (guint i = 0; i < g_list_model_get_n_items (gtk_window_get_toplevels ()); i++)
      {
        g_autoptr(GtkWindow) toplevel = g_list_model_get_item (gtk_window_get_toplevels (), i);

        if (gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window) &&
            g_strcmp0 (gtk_window_get_title (toplevel), "Problems") == 0)
          problems = toplevel;
      }
    g_assert_nonnull (problems);
    list = GTK_LIST_VIEW (find_widget (GTK_WIDGET (problems), GTK_TYPE_LIST_VIEW));
    rows = G_LIST_MODEL (gtk_list_view_get_model (list));
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, FV_PROBLEMS_MAX + 1);
    g_assert_true (g_str_has_prefix (gtk_string_list_get_string (GTK_STRING_LIST (
                     gtk_single_selection_get_model (GTK_SINGLE_SELECTION (rows))), 0), path));

    /* A row selected and copied: that problem alone, as one line. */
    {
      GdkContentProvider *content;
      GValue value = G_VALUE_INIT;
      const char *second = gtk_string_list_get_string (GTK_STRING_LIST (
        gtk_single_selection_get_model (GTK_SINGLE_SELECTION (rows))), 1);

      gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (rows), 1);
      g_assert_true (press_key_with (GTK_WIDGET (list), GDK_KEY_c, GDK_CONTROL_MASK));
      content = gdk_clipboard_get_content (gtk_widget_get_clipboard (GTK_WIDGET (list)));
      g_value_init (&value, G_TYPE_STRING);
      g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
      g_assert_cmpstr (g_value_get_string (&value), ==, second);
      g_assert_true (g_str_has_prefix (second, path));
      g_value_unset (&value);
      gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (list)), NULL);
    }
    gtk_window_destroy (problems);
  }

  destroy (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* A problem line of any length (of a 50 KB member name) is one line, cut
 * in its middle, with the start of the whole in its tooltip and all of it
 * in the list of problems: the window stays within a 1280 × 800 screen. */
static void
test_open_long_problem (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "long.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *name = g_strnfill (50 * 1024, 'x');
  g_autofree char *json = g_strdup_printf ("{\"schema_version\": 1, \"language\": \"en\", "
                                           "\"title\": \"t\", \"%s\": 1}", name);
  FvWindow *window = window_with_builtin ();
  GtkLabel *label;
  int min_width, width;

  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  g_assert_false (open_file (window, file));
  g_assert_true (gtk_revealer_get_reveal_child (error_bar (window)));
  label = error_label (window);
  /* (The loader already cuts the name, to a line of some 340 characters:
   * still more than a bar shows whole.) */
  {
    g_auto(GStrv) lines = g_strsplit (gtk_label_get_text (label), "\n", -1);
    guint longest = 0;

    for (guint i = 0; lines[i] != NULL; i++)
      longest = MAX (longest, g_utf8_strlen (lines[i], -1));
    g_assert_cmpuint (longest, >, 300);
    g_assert_nonnull (strstr (gtk_label_get_text (label), ": $.xxxxxxxxxx"));
  }
  g_assert_cmpint (gtk_label_get_ellipsize (label), ==, PANGO_ELLIPSIZE_MIDDLE);
  g_assert_false (gtk_label_get_wrap (label));
  g_assert_nonnull (gtk_widget_get_tooltip_text (GTK_WIDGET (label)));
  /* Show All, for the whole line. */
  {
    GtkWidget *show_all = find_where (GTK_WIDGET (error_bar (window)), is_label_with_label,
                                      "Show _All");

    show_all = gtk_widget_get_ancestor (show_all, GTK_TYPE_BUTTON);
    g_assert_true (gtk_widget_get_visible (show_all));
    g_assert_true (gtk_widget_is_sensitive (show_all));
  }

  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL,
                      NULL, NULL);
  g_assert_cmpint (min_width, <=, 1280);
  for (guint i = 0; i < 100; i++)
    g_main_context_iteration (NULL, FALSE);
  width = gtk_widget_get_width (GTK_WIDGET (window));
  g_test_message ("the window is at least %d px wide, and %d px", min_width, width);
  g_assert_cmpint (width, <=, 1280);

  destroy (window);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_open_good_file (void)
{
  FvWindow *window = window_with_builtin ();
  g_autofree char *bad_path = fixture ("bad", "duplicate-key.json");
  g_autofree char *path = fixture ("good", "minimal.json");
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkLinkButton *link;

  open_file (window, bad);
  g_assert_true (open_file (window, file));
  g_assert_false (gtk_revealer_get_reveal_child (error_bar (window)));
  g_assert_cmpstr (tab_title (window, FV_TYPE_TIMELINE_PAGE), ==, "Timeline");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (event_list (window)))),
                    ==, 1);
  /* A source's web address is a link to open it. */
  gtk_single_selection_set_selected (event_selection (window), 0);
  link = GTK_LINK_BUTTON (find_widget (GTK_WIDGET (event_detail (window)), GTK_TYPE_LINK_BUTTON));
  g_assert_nonnull (link);
  g_assert_cmpstr (gtk_link_button_get_uri (link), ==, "https://example.org/article");
  /* It says where it goes: the host first. */
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (link)), ==,
                   "example.org: https://example.org/article");
  /* No charts declared, none shown. */
  g_assert_cmpuint (count_widgets (GTK_WIDGET (window), FV_TYPE_CHART_VIEW), ==, 0);

  destroy (window);
}

/* A tab title of 200 characters does not widen the window past the screen:
 * the tab shows its start, its tooltip the whole. */
static void
test_long_tab_title (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "long.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *title = g_strnfill (200, 'W');
  g_autofree char *json = g_strdup_printf ("{\"schema_version\": 1, \"language\": \"en\", "
                                           "\"title\": \"t\", \"tabs\": {\"timeline\": "
                                           "{\"title\": \"%s\"}, \"case\": {\"title\": \"b\"}, "
                                           "\"statements\": {\"title\": \"c\"}}, \"sources\": "
                                           "[{\"id\": \"s\", \"kind\": \"other\", "
                                           "\"title\": \"S\"}]}", title);
  FvWindow *window = window_with_builtin ();
  GtkWidget *tab;
  int width;

  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  g_assert_true (open_file (window, file));
  g_assert_cmpuint (g_utf8_strlen (tab_title (window, FV_TYPE_TIMELINE_PAGE), -1), ==,
                    FV_TAB_TITLE_MAX_CHARS + 1);
  tab = find_widget (find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE),
                     GTK_TYPE_TOGGLE_BUTTON);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (tab), ==, title);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &width, NULL, NULL,
                      NULL);
  g_assert_cmpint (width, <, 1280);

  destroy (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* A story with a timeline only shows the timeline tab only: no empty
 * case or statements tab, and Alt+2 does not open one. */
static void
test_only_the_tabs_a_story_has (void)
{
  FvWindow *window = window_with_builtin ();
  g_autofree char *path = fixture ("good", "timeline-only.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwViewStack *stack = stack_of (window);
  guint visible = 0;

  g_assert_true (open_file (window, file));
  {
    g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (stack);

    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
      {
        g_autoptr(GObject) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

        if (adw_view_stack_page_get_visible (ADW_VIEW_STACK_PAGE (page)))
          visible++;
      }
  }
  g_assert_cmpuint (visible, ==, 1);
  g_assert_true (adw_view_stack_get_visible_child (stack) ==
                 page_of (window, FV_TYPE_TIMELINE_PAGE));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "case");
  g_assert_true (adw_view_stack_get_visible_child (stack) ==
                 page_of (window, FV_TYPE_TIMELINE_PAGE));

  /* Back to a story with all three. */
  {
    g_autoptr(FvModel) builtin = fv_model_new_builtin ();

    fv_window_set_model (window, builtin);
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "case");
  g_assert_true (adw_view_stack_get_visible_child (stack) == page_of (window, FV_TYPE_CASE_PAGE));

  destroy (window);
}

/* A search that finds nothing in a tab says so in that tab, in place of
 * an empty list; the list is back when the search is. */
static void
test_search_finds_nothing (void)
{
  FvWindow *window = window_with_builtin ();
  FvSession *session = session_of (window);
  GtkWidget *timeline = page_of (window, FV_TYPE_TIMELINE_PAGE);
  GtkWidget *statements = page_of (window, FV_TYPE_STATEMENTS_PAGE);
  GtkWidget *said;

  /* A status page, libadwaita's empty state, with the sentence as its
   * title. */
  fv_session_set_search_text (session, "zzyzx");
  said = find_where (timeline, is_label_with_label, "No event matches “zzyzx”");
  g_assert_nonnull (said);
  said = gtk_widget_get_ancestor (said, ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (said);
  g_assert_true (gtk_widget_get_visible (said));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (event_list (window)))));
  /* (A tab is brought up to date when it is shown.) */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "statements");
  said = find_where (statements, is_label_with_label, "No statement matches “zzyzx”");
  g_assert_nonnull (said);
  said = gtk_widget_get_ancestor (said, ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (said);
  g_assert_true (gtk_widget_get_visible (said));

  /* Something found (events and statements on the police): the lists,
   * not the sentence. */
  fv_session_set_search_text (session, "police");
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (event_list (window)))));
  g_assert_false (gtk_widget_get_visible (said));
  fv_session_set_search_text (session, "");
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (event_list (window)))));

  destroy (window);
}

/* All the text of the labels under WIDGET, one a line. */
static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

/* The case study does not repeat a source line item after item: items in a
 * row that cite the same sources show them once, saying for how many. */
static void
test_case_sources_not_repeated (void)
{
  FvWindow *window = window_with_builtin ();
  GtkWidget *page = page_of (window, FV_TYPE_CASE_PAGE);
  g_autofree char *previous = NULL;
  GtkWidget *shared, *view;
  guint boxes = 0;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "case");
  shared = find_where (page, is_label_with_label, "For the 3 items above:");
  g_assert_nonnull (shared);
  view = gtk_widget_get_parent (gtk_widget_get_parent (shared));

  for (GtkWidget *child = gtk_widget_get_first_child (view); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_widget_has_css_class (child, "heading"))
        g_clear_pointer (&previous, g_free);
      else if (gtk_widget_has_css_class (child, "references"))
        {
          GString *text = g_string_new (NULL);

          collect_text (child, text);
          g_assert_cmpstr (text->str, !=, previous);
          g_free (previous);
          previous = g_string_free (text, FALSE);
          boxes++;
        }
      else if (!GTK_IS_LABEL (child) || !g_str_has_prefix (gtk_label_get_text (GTK_LABEL (child)), "• "))
        g_clear_pointer (&previous, g_free);
    }
  g_assert_cmpuint (boxes, >, 2);

  destroy (window);
}

/* A source a fact cites twice is one line, its paragraphs together: in
 * an event's detail, and in the case, where the line points into the
 * case's list of sources. */
static void
test_one_line_a_source (void)
{
  FvWindow *window = window_with_builtin ();
  const char *article = "Article on Chicago’s sanctuary city status and local police";
  g_autofree char *together = g_strdup_printf ("%s, paragraphs 1, 3 and 8 (article)", article);
  g_autofree char *apart = g_strdup_printf ("%s, paragraph 3 (article)", article);

  gtk_single_selection_set_selected (event_selection (window),
                                     fv_fact_list_find (events_of (window),
                                                        "ev-emanuel-sanctuary"));
  g_assert_nonnull (find_label (GTK_WIDGET (event_detail (window)), together));
  g_assert_null (find_label (GTK_WIDGET (event_detail (window)), apart));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "case");
  g_assert_nonnull (find_label (page_of (window, FV_TYPE_CASE_PAGE), "[1] paragraphs 10 and 11"));

  destroy (window);
}

/* The statements tab: the Chicago Police Department's statements under
 * its name, then the other voices under theirs, each card with who
 * speaks; then the survey, below them. A search keeps the headings over
 * what it finds. */
static void
test_statements_grouped (void)
{
  FvWindow *window = window_with_builtin ();
  GtkWidget *page;
  GtkWidget *lead, *others, *first_other, *chart;
  graphene_rect_t list_bounds, chart_bounds;

  show_tab (window, "statements");
  page = page_of (window, FV_TYPE_STATEMENTS_PAGE);
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);

  lead = GTK_WIDGET (find_label (GTK_WIDGET (statement_list (window)), "Chicago Police Department"));
  others = GTK_WIDGET (find_label (GTK_WIDGET (statement_list (window)), "Other voices"));
  g_assert_nonnull (lead);
  g_assert_nonnull (others);
  /* Each heading stands above the first card of its group. */
  g_assert_nonnull (find_where (gtk_widget_get_parent (lead), is_label_with_label,
                                "“[We do] not conduct immigration enforcement and this will not "
                                "change”"));
  first_other = gtk_widget_get_parent (others);
  g_assert_nonnull (find_where (first_other, is_label_with_label,
                                "“to perform the functions of an immigration officer in the "
                                "interior of the United States”"));
  g_assert_nonnull (find_where (first_other, is_label_with_label,
                                "Trump administration — The federal administration that issued "
                                "the January 2017 executive order"));

  /* The survey below what was said. */
  chart = GTK_WIDGET (first_chart (window, FV_TYPE_STATEMENTS_PAGE));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (statement_list (window)), page,
                                            &list_bounds));
  g_assert_true (gtk_widget_compute_bounds (chart, page, &chart_bounds));
  g_assert_cmpfloat (chart_bounds.origin.y, >=,
                     list_bounds.origin.y + list_bounds.size.height - 1);

  /* Searching for the mayor: his statement alone, under "Other voices". */
  search (window, "Chicago remains a sanctuary city");
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (count_statements (window), ==, 1);
  g_assert_nonnull (find_label (GTK_WIDGET (statement_list (window)), "Other voices"));
  g_assert_null (find_label (GTK_WIDGET (statement_list (window)), "Chicago Police Department"));

  destroy (window);
}

/* Another story's own words: its case's headings, and the day its web
 * source was read, under the link. */
static void
test_other_story (void)
{
  FvWindow *window = window_with_builtin ();
  g_autofree char *path = fixture ("good", "other-story.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (open_file (window, file));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "case");
  g_assert_nonnull (find_where (page_of (window, FV_TYPE_CASE_PAGE), is_label_with_label,
                                "What it tried"));
  g_assert_nonnull (find_where (page_of (window, FV_TYPE_CASE_PAGE), is_label_with_label,
                                "What it got"));
  g_assert_null (find_where (page_of (window, FV_TYPE_CASE_PAGE), is_label_with_label, "Tactics"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "timeline");
  gtk_single_selection_set_selected (event_selection (window), 0);
  g_assert_nonnull (find_where (event_detail (window), is_label_with_label,
                                "The page as read on May 3, 2024"));

  destroy (window);
}

/* Model text is never markup: "<b>" and "&" show as they are. */
static void
test_markup_is_text (void)
{
  FvWindow *window = window_with_builtin ();
  g_autofree char *path = fixture ("good", "markup.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *title = "<b>bold</b> & <span foreground=\"red\">red</span>";
  GtkLabel *label;

  g_assert_true (open_file (window, file));
  g_assert_cmpstr (tab_title (window, FV_TYPE_TIMELINE_PAGE), ==,
                   "Lines <i>&amp;</i> dates");

  gtk_single_selection_set_selected (event_selection (window), 0);
  label = find_label (GTK_WIDGET (event_detail (window)), title);
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (label));
  g_assert_cmpstr (gtk_label_get_text (label), ==, title);

  destroy (window);
}

/* Selecting in the list selects in the chart, and the other way round. */
static void
test_selection_sync (void)
{
  FvWindow *window = window_with_builtin ();
  FvChartView *chart = first_chart (window, FV_TYPE_TIMELINE_PAGE);
  const FvEvent *third = fv_model_get_event (fv_window_get_model (window), 2);
  FvChartView *case_chart;
  guint order_position;

  gtk_single_selection_set_selected (event_selection (window), 2);
  g_assert_cmpstr (selected_in (chart), ==, third->id);
  g_assert_nonnull (find_label (GTK_WIDGET (event_detail (window)),
                                fv_session_text (session_of (window), &third->title)));

  g_signal_emit_by_name (chart, "mark-activated", "ev-executive-order");
  order_position = fv_fact_list_find (events_of (window), "ev-executive-order");
  g_assert_cmpuint (gtk_single_selection_get_selected (event_selection (window)), ==,
                    order_position);
  g_assert_cmpstr (selected_in (chart), ==, "ev-executive-order");
  g_assert_nonnull (find_label (GTK_WIDGET (event_detail (window)),
                                "Executive order on local police acting as immigration officers"));

  /* The case's timeline, made when its tab is first shown, shows the
   * selection made before. */
  gtk_single_selection_set_selected (event_selection (window),
                                     fv_fact_list_find (events_of (window), "ev-melendres-filed"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "case");
  case_chart = first_chart (window, FV_TYPE_CASE_PAGE);
  g_assert_cmpstr (selected_in (case_chart), ==, "ev-melendres-filed");

  /* An event the search hides from the list, selected on a chart, is not
   * carried into another model. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "timeline");
  search (window, "arpaio");
  g_assert_cmpuint (fv_fact_list_find (events_of (window), "ev-executive-order"), ==, G_MAXUINT);
  g_signal_emit_by_name (chart, "mark-activated", "ev-executive-order");
  g_assert_cmpstr (selected_in (chart), ==, "ev-executive-order");
  {
    g_autoptr(FvModel) other = fv_model_new_builtin ();

    fv_window_set_model (window, other);
  }
  chart = first_chart (window, FV_TYPE_TIMELINE_PAGE);
  g_assert_null (selected_in (chart));

  destroy (window);
}

static void
test_search (void)
{
  FvWindow *window = window_with_builtin ();
  GListModel *events = G_LIST_MODEL (gtk_list_view_get_model (event_list (window)));
  FvChartView *chart = first_chart (window, FV_TYPE_TIMELINE_PAGE);
  guint n_events = g_list_model_get_n_items (events);

  /* The statements tab, made when first shown, stays made. */
  show_tab (window, "statements");
  show_tab (window, "timeline");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  g_assert_true (gtk_search_bar_get_search_mode (search_bar (window)));

  /* Arpaio: the lawsuit and the lost election; in statements, none by him. */
  search (window, "arpaio");
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 2);
  g_assert_cmpstr (((const FvEvent *) fv_fact_list_get_fact (events_of (window), 0))->id, ==, "ev-melendres-filed");
  g_assert_cmpstr (gtk_label_get_text (match_label (window)), ==, "2 events and 0 statements match");
  g_assert_cmpuint (count_statements (window), ==, 0);

  /* Wooten is an actor: his statements match by name. */
  search (window, "WOOTEN");
  g_assert_cmpuint (count_statements (window), ==, 7);
  g_assert_cmpstr (gtk_label_get_text (match_label (window)), ==, "0 events and 7 statements match");
  (void) chart;

  g_signal_emit_by_name (search_entry (window), "stop-search");
  g_assert_false (gtk_search_bar_get_search_mode (search_bar (window)));
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, n_events);
  g_assert_cmpuint (count_statements (window), ==, 19);
  g_assert_cmpstr (gtk_label_get_text (match_label (window)), ==, "");

  destroy (window);
}

static void
test_chart_accessible (void)
{
  FvWindow *window = window_with_builtin ();
  GtkWidget *survey;
  g_autofree char *description = NULL;
  char *failure;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "statements");
  survey = GTK_WIDGET (first_chart (window, FV_TYPE_STATEMENTS_PAGE));

  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (survey)), ==,
                   GTK_ACCESSIBLE_ROLE_IMG);
  failure = gtk_test_accessible_check_property (GTK_ACCESSIBLE (survey),
                                                GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                "Fear of calling the police");
  g_assert_null (failure);
  /* Its description is written from the data: both percentages and what
   * they measure. */
  description = fv_chart_describe (fv_window_get_model (window),
                                   fv_chart_view_get_chart (FV_CHART_VIEW (survey)),
                                   fv_session_get_languages (session_of (window)));
  g_assert_nonnull (strstr (description, "44%"));
  g_assert_nonnull (strstr (description, "70%"));
  /* And it says how to read the same as a table. */
  {
    g_autofree char *with_table = g_strdup_printf ("%s Ctrl+T shows its data as a table.",
                                                   description);

    g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (survey),
                                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                       with_table));
  }
  g_assert_true (gtk_widget_get_focusable (survey));

  destroy (window);
}

/* The largest area, in square pixels, of a node of TYPE at most
 * MAX_WIDTH wide in NODE's tree. */
static float
largest_narrow_node (GskRenderNode     *node,
                     GskRenderNodeType  type,
                     float              max_width)
{
  float largest = 0;
  GskRenderNode *child = NULL;

  if (gsk_render_node_get_node_type (node) == type)
    {
      graphene_rect_t bounds;

      gsk_render_node_get_bounds (node, &bounds);
      if (bounds.size.width <= max_width)
        largest = bounds.size.width * bounds.size.height;
    }

  switch ((int) gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        largest = MAX (largest, largest_narrow_node (gsk_container_node_get_child (node, i), type,
                                                          max_width));
      return largest;
    case GSK_TRANSFORM_NODE: child = gsk_transform_node_get_child (node); break;
    case GSK_CLIP_NODE: child = gsk_clip_node_get_child (node); break;
    case GSK_ROUNDED_CLIP_NODE: child = gsk_rounded_clip_node_get_child (node); break;
    case GSK_OPACITY_NODE: child = gsk_opacity_node_get_child (node); break;
    case GSK_COLOR_MATRIX_NODE: child = gsk_color_matrix_node_get_child (node); break;
    case GSK_DEBUG_NODE: child = gsk_debug_node_get_child (node); break;
    case GSK_SHADOW_NODE: child = gsk_shadow_node_get_child (node); break;
    case GSK_REPEAT_NODE: child = gsk_repeat_node_get_child (node); break;
    case GSK_BLUR_NODE: child = gsk_blur_node_get_child (node); break;
    default: break;
    }

  return child != NULL ? MAX (largest, largest_narrow_node (child, type, max_width)) : largest;
}

/* The largest area of a node of TYPE in NODE's tree. */
static float
largest_node (GskRenderNode     *node,
              GskRenderNodeType  type)
{
  return largest_narrow_node (node, type, G_MAXFLOAT);
}

/* Without a compositor the window's frame is drawn by GTK ("solid-csd"),
 * and not as window-sized inset shadows, which the GL renderer would shade
 * at every pixel on every frame; nor has the first frame shadows to blur. */
static void
test_window_frame (void)
{
  FvWindow *window = window_with_builtin ();
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));

  if (!gtk_widget_has_css_class (GTK_WIDGET (window), "solid-csd"))
    {
      destroy (window);
      g_test_skip ("the display is composited: no solid frame");
      return;
    }

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  /* The frame is there: its sides, window-tall rectangles a few pixels
   * wide. */
  g_assert_cmpfloat (largest_narrow_node (node, GSK_COLOR_NODE, 5), >=, 4.0 * height);
  /* Inset shadows there are, but none larger than a button. */
  g_assert_cmpfloat (largest_node (node, GSK_INSET_SHADOW_NODE), <, 100 * 100);
  /* The header bar's buttons have no drop shadow to blur. */
  g_assert_cmpfloat (largest_node (node, GSK_OUTSET_SHADOW_NODE), ==, 0);

  destroy (window);
}

/* A chart view follows its session: the event selected anywhere is drawn
 * selected on a timeline; a figure chosen on a bar chart stays its own. It
 * notifies once a change, and leaves nothing behind. */
static void
test_chart_view_session (void)
{
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  g_autoptr(FvSession) session = fv_session_new ();
  GtkWidget *timeline, *survey;
  guint notifies = 0;

  fv_session_set_model (session, model);
  timeline = g_object_ref_sink (fv_chart_view_new (session, "policy-timeline"));
  survey = g_object_ref_sink (fv_chart_view_new (session, "trust-survey"));
  g_signal_connect_swapped (survey, "notify::selected-id", G_CALLBACK (g_atomic_int_inc),
                            &notifies);

  fv_session_set_selected_id (session, "ev-executive-order");
  g_assert_cmpstr (selected_in (FV_CHART_VIEW (timeline)), ==,
                   "ev-executive-order");
  g_assert_null (selected_in (FV_CHART_VIEW (survey)));

  /* A bar chosen on the survey: the session's event stays selected. */
  g_signal_emit_by_name (survey, "mark-activated", "fig-latinos-hesitant");
  fv_chart_view_set_selected_id (FV_CHART_VIEW (survey), "fig-latinos-hesitant");
  fv_chart_view_set_selected_id (FV_CHART_VIEW (survey), "fig-latinos-hesitant");
  g_assert_cmpstr (fv_session_get_selected_id (session), ==, "ev-executive-order");
  fv_chart_view_set_selected_id (FV_CHART_VIEW (survey), NULL);
  g_assert_cmpuint (notifies, ==, 2);

  g_assert_finalize_object (timeline);
  g_assert_finalize_object (survey);
  /* The views hold no more of the session: its notifications reach no one. */
  fv_session_set_selected_id (session, NULL);
}

/* A title and a description as long as a model may have them, a statement
 * as long, control characters and a right-to-left override: shown as
 * text, cut to what a label can lay out, and the window stays usable. */
static void
test_hostile_text (void)
{
  GString *json = g_string_new ("{\"schema_version\": 1, \"language\": \"en\", \"title\": "
                                "\"t\", \"tabs\": {\"timeline\": {\"title\": \"a\"}, "
                                "\"case\": {\"title\": \"b\"}, \"statements\": {\"title\": "
                                "\"c\"}}, \"sources\": [{\"id\": \"s\", \"kind\": \"other\", "
                                "\"title\": \"S\"}], \"actors\": [{\"id\": \"p\", \"kind\": "
                                "\"person\", \"name\": \"evil\\u0007\", \"role\": \"\\u202etor\", "
                                "\"references\": "
                                "[{\"source\": \"s\"}]}], \"events\": [{\"id\": \"long\", "
                                "\"date\": \"2000\", \"actors\": [\"p\"], \"references\": "
                                "[{\"source\": \"s\"}], \"title\": \"");
  g_autofree char *dir = g_dir_make_tmp ("fv-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "hostile.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  FvWindow *window = window_with_builtin ();
  GtkLabel *label;
  const char *text;

  for (guint i = 0; i < FV_MODEL_MAX_TITLE / 10; i++)
    g_string_append (json, "0123456789");
  g_string_append (json, "\", \"description\": \"");
  for (guint i = 0; i < FV_MODEL_MAX_TEXT / 10; i++)
    g_string_append (json, "9876543210");
  g_string_append (json, "\"}], \"statements\": [{\"id\": \"q\", \"actor\": \"p\", "
                   "\"kind\": \"paraphrase\", \"references\": [{\"source\": \"s\"}], "
                   "\"words\": \"");
  for (guint i = 0; i < FV_MODEL_MAX_TEXT; i++)
    g_string_append_c (json, 'W');
  g_string_append (json, "\"}]}");
  g_assert_true (g_file_set_contents (path, json->str, json->len, NULL));
  g_string_free (json, TRUE);

  g_assert_true (open_file (window, file));
  gtk_single_selection_set_selected (event_selection (window), 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "statements");
  for (guint i = 0; i < 100; i++)
    g_main_context_iteration (NULL, FALSE);

  /* The detail pane shows the whole title, and the start of the
   * description, saying it goes on. */
  label = GTK_LABEL (find_widget (GTK_WIDGET (event_detail (window)), GTK_TYPE_LABEL));
  label = GTK_LABEL (gtk_widget_get_next_sibling (GTK_WIDGET (label)));
  text = gtk_label_get_text (label);
  g_assert_true (g_str_has_prefix (text, "0123456789"));
  g_assert_cmpuint (g_utf8_strlen (text, -1), ==, FV_MODEL_MAX_TITLE);
  label = GTK_LABEL (gtk_widget_get_next_sibling (GTK_WIDGET (label)));
  text = gtk_label_get_text (label);
  g_assert_true (g_str_has_prefix (text, "9876543210"));
  g_assert_true (g_str_has_suffix (text, "…"));
  g_assert_cmpuint (g_utf8_strlen (text, -1), ==, FV_LABEL_MAX_CHARS + 1);
  /* The bell and, in a role, a right-to-left override are there, as
   * characters (a name or title may not hold an override). */
  g_assert_nonnull (find_label (GTK_WIDGET (event_detail (window)), "evil\x07 — \u202etor"));

  destroy (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* The content language is switched from the window, without a restart,
 * and remembered; quotations keep their words, beside a translation. */
static void
test_content_language (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  FvWindow *window = window_with_builtin ();
  GtkWidget *timeline = NULL;
  g_autofree char *remembered = NULL;
  g_autofree char *spanish = NULL;
  GMenuModel *menu, *languages;

  g_assert_cmpstr (tab_title (window, FV_TYPE_TIMELINE_PAGE), ==, "Policy timeline");
  g_assert_cmpstr (gtk_menu_button_get_label (language_button (window)), ==, "EN");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (language_button (window))));
  /* Its menu, made when opened: the desktop's language, then the model's. */
  g_assert_null (gtk_menu_button_get_menu_model (language_button (window)));
  gtk_menu_button_popup (language_button (window));
  menu = gtk_menu_button_get_menu_model (language_button (window));
  g_assert_nonnull (menu);
  languages = g_menu_model_get_item_link (menu, 1, G_MENU_LINK_SECTION);
  g_assert_cmpint (g_menu_model_get_n_items (languages), ==, 3);
  g_menu_model_get_item_attribute (languages, 1, G_MENU_ATTRIBUTE_LABEL, "s", &spanish);
  g_assert_cmpstr (spanish, ==, "Español (es)");
  g_clear_object (&languages);
  gtk_menu_button_popdown (language_button (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.content-language", "s",
                                             "es"));
  g_assert_cmpstr (tab_title (window, FV_TYPE_TIMELINE_PAGE), ==,
                   "Cronología de las políticas");
  g_assert_cmpstr (gtk_menu_button_get_label (language_button (window)), ==, "ES");
  remembered = g_settings_get_string (settings, "content-language");
  g_assert_cmpstr (remembered, ==, "es");

  /* The charts: their accessible label is the title in Spanish. */
  timeline = GTK_WIDGET (first_chart (window, FV_TYPE_TIMELINE_PAGE));
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (timeline),
                                                     GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                     "La policía local y la aplicación de las "
                                                     "leyes de inmigración"));

  /* A quotation: the words said, then the translation, marked as ours. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "statements");
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (find_label (GTK_WIDGET (statement_list (window)),
                                "“[We do] not conduct immigration enforcement and this will not "
                                "change”"));
  g_assert_nonnull (find_label (GTK_WIDGET (statement_list (window)),
                                "Our translation: [Nosotros] no aplicamos las leyes de inmigración y "
                                "esto no va a cambiar"));
  destroy (window);

  /* A new window starts in the language chosen. */
  window = window_with_builtin ();
  g_assert_cmpstr (tab_title (window, FV_TYPE_TIMELINE_PAGE), ==,
                   "Cronología de las políticas");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.content-language", "s", "");
  g_assert_cmpstr (tab_title (window, FV_TYPE_TIMELINE_PAGE), ==, "Policy timeline");
  destroy (window);
  g_settings_reset (settings, "content-language");
  g_settings_reset (settings, "last-tab");
}

static gboolean
count_tick (gpointer data)
{
  (*(guint *) data)++;
  return G_SOURCE_CONTINUE;
}

static char *
write_events_model (const char *dir,
                    const char *name,
                    guint       n_events)
{
  GString *json = g_string_new ("{\"schema_version\": 1, \"language\": \"en\", \"title\": "
                                "\"big\", \"tabs\": {\"timeline\": {\"title\": \"Big\"}, "
                                "\"case\": {\"title\": \"b\"}, \"statements\": {\"title\": "
                                "\"c\"}}, \"sources\": [{\"id\": \"s\", \"kind\": \"other\", "
                                "\"title\": \"S\"}], \"events\": [");
  char *path = g_build_filename (dir, name, NULL);

  for (guint i = 0; i < n_events; i++)
    g_string_append_printf (json, "%s{\"id\": \"e%u\", \"date\": \"%04u-%02u-%02u\", "
                            "\"title\": \"Event %u of a long timeline\", \"references\": "
                            "[{\"source\": \"s\"}]}", i ? ", " : "", i, 1900 + (i * 7) % 120,
                            1 + (i / 120) % 12, 1 + (i / 1440) % 28, i);
  g_string_append (json, "]}");
  g_assert_true (g_file_set_contents (path, json->str, json->len, NULL));
  g_string_free (json, TRUE);

  return path;
}

/* A large model loads off the main thread: the window goes on running (its
 * main loop turns) and shows that it is loading; a second Open replaces
 * the first, whose result is dropped. */
static void
test_load_in_background (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-test-XXXXXX", NULL);
  g_autofree char *big = write_events_model (dir, "big.json", 100000);
  g_autofree char *small = write_events_model (dir, "small.json", 3);
  g_autoptr(GFile) big_file = g_file_new_for_path (big);
  g_autoptr(GFile) small_file = g_file_new_for_path (small);
  FvWindow *window = window_with_builtin ();
  FvModel *before = fv_window_get_model (window);
  guint ticks = 0, id;

  id = g_timeout_add (1, count_tick, &ticks);
  fv_window_load_file (window, big_file);
  g_assert_true (is_loading (window));
  g_assert_true (gtk_widget_get_visible (load_spinner (window)));
  /* The model on screen stays until the new one is ready. */
  g_assert_true (fv_window_get_model (window) == before);

  while (is_loading (window))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (id);

  g_assert_cmpuint (fv_model_get_n_events (fv_window_get_model (window)), ==, 100000);
  g_assert_false (gtk_widget_get_visible (load_spinner (window)));
  /* The main loop ran while the model loaded. */
  g_assert_cmpuint (ticks, >, 1);

  /* Open, then Open again at once: the second wins. */
  fv_window_load_file (window, big_file);
  fv_window_load_file (window, small_file);
  while (is_loading (window))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (fv_model_get_n_events (fv_window_get_model (window)), ==, 3);

  /* The first load is still reading in its thread: closing the window does
   * not wait for it, and its result, when it comes, is dropped. */
  destroy (window);
  g_unlink (big);
  g_unlink (small);
  g_rmdir (dir);
}

/* Size and tab come back as they were left (GSettings, in memory here). */
static void
test_state_remembered (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  FvWindow *window = window_with_builtin ();
  gpointer weak = window;
  g_autofree char *tab = NULL;
  int width, height;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "statements");
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  gtk_window_close (GTK_WINDOW (window));
  wait_until_finalized (&weak);

  tab = g_settings_get_string (settings, "last-tab");
  g_assert_cmpstr (tab, ==, "statements");
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  window = window_with_builtin ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack_of (window)), ==, "statements");
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);
  destroy (window);

  g_settings_reset (settings, "last-tab");
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static GtkWidget *
focus_of (FvWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

/* A list is one Tab stop: Tab from any row leaves the list for the pane
 * beside it, Shift+Tab comes back to the row it left; arrows (not tested
 * here: GTK's own) move inside. Tab is what GtkWindow's key binding does:
 * gtk_widget_child_focus() on the window. */
static void
test_list_is_one_tab_stop (void)
{
  FvWindow *window = window_with_builtin ();
  GtkWidget *list = GTK_WIDGET (event_list (window));
  GtkWidget *detail = event_detail (window);
  GtkWidget *focus;

  gtk_single_selection_set_selected (event_selection (window), 0);
  g_assert_true (gtk_widget_grab_focus (list));
  focus = focus_of (window);
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, list));

  /* From the first row: the next Tab stop is past the list. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  focus = focus_of (window);
  g_assert_nonnull (focus);
  g_assert_false (focus == list || gtk_widget_is_ancestor (focus, list));
  /* The detail is reached by keyboard: it scrolls, then its links. */
  g_assert_true (focus == detail || gtk_widget_is_ancestor (focus, detail));

  /* Back: into the list, on a row. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_BACKWARD));
  focus = focus_of (window);
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, list));

  /* And from a row in the middle, the same. */
  gtk_single_selection_set_selected (event_selection (window), 3);
  gtk_widget_activate_action (list, "list.scroll-to-item", "u", 3);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  focus = focus_of (window);
  g_assert_false (focus == list || gtk_widget_is_ancestor (focus, list));

  destroy (window);
}

static FvApplication *
registered_application (void)
{
  FvApplication *app = fv_application_new ();
  g_autoptr(GError) error = NULL;

  /* In this process, without asking the session bus for the name. */
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  return app;
}

/* Files opened together (a file manager's selection, the desktop file's
 * %F) open each in a window of its own. */
static void
test_open_several_files (void)
{
  g_autoptr(FvApplication) app = registered_application ();
  g_autofree char *markup = fixture ("good", "markup.json");
  g_autofree char *minimal = fixture ("good", "minimal.json");
  GFile *files[2] = { g_file_new_for_path (markup), g_file_new_for_path (minimal) };
  g_autoptr(GList) windows = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  g_application_open (G_APPLICATION (app), files, 2, "");
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));
  g_assert_cmpuint (g_list_length (windows), ==, 2);
  for (GList *l = windows; l != NULL; l = l->next)
    {
      FvWindow *window = l->data;
      const char *title;

      while (is_loading (window))
        g_main_context_iteration (NULL, TRUE);
      /* The window's title names the file: two windows are told apart. */
      title = gtk_window_get_title (GTK_WINDOW (window));
      g_assert_nonnull (strstr (title, " — "));
      g_ptr_array_add (paths, g_strdup (strstr (title, " — ") + strlen (" — ")));
    }
  /* One each, in either order. */
  g_assert_cmpuint (paths->len, ==, 2);
  g_assert_true (g_str_equal (paths->pdata[0], "markup.json") ||
                 g_str_equal (paths->pdata[1], "markup.json"));
  g_assert_true (g_str_equal (paths->pdata[0], "minimal.json") ||
                 g_str_equal (paths->pdata[1], "minimal.json"));

  for (GList *l = windows; l != NULL; l = l->next)
    destroy (l->data);
  g_object_unref (files[0]);
  g_object_unref (files[1]);
}

/* Presses KEYVAL on WIDGET's own key controllers, as GTK would. */
static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  return press_key_with (widget, keyval, 0);
}

static gboolean
press_key_with (GtkWidget       *widget,
                guint            keyval,
                GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
    }
  return handled;
}

/* The render nodes of CHILD of the window, as it draws itself now. */
static GskRenderNode *
render_child (FvWindow  *window,
              GtkWidget *child)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  gtk_widget_snapshot_child (gtk_widget_get_parent (child), child, snapshot);
  return gtk_snapshot_free_to_node (snapshot);
}

/* How many pixels of CHART, drawn as the window draws it, are black. */
static guint
count_black_pixels (FvWindow  *window,
                    GtkWidget *chart)
{
  GskRenderNode *node = render_child (window, chart);
  graphene_rect_t bounds;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint black = 0;
  int stride;
  guchar *data;

  gsk_render_node_get_bounds (node, &bounds);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (bounds.size.width),
                                        (int) ceil (bounds.size.height));
  cr = cairo_create (surface);
  cairo_translate (cr, -bounds.origin.x, -bounds.origin.y);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  g_assert_cmpint (cairo_image_surface_get_width (surface), >, 100);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        guint32 p = *(guint32 *) (data + y * stride + 4 * x);

        /* Opaque, and each channel under 2 % */
        if ((p >> 24) == 0xff && ((p >> 16) & 0xff) < 5 && ((p >> 8) & 0xff) < 5 && (p & 0xff) < 5)
          black++;
      }
  cairo_surface_destroy (surface);
  gsk_render_node_unref (node);
  return black;
}

/* How CHART's chart is viewed, as the session keeps it for every view. */
static FvChartViewState *
state_of (FvChartView *chart)
{
  g_autoptr(FvSession) session = NULL;

  g_object_get (chart, "session", &session, NULL);
  return fv_session_get_chart_state (session, fv_chart_view_get_chart (chart)->id);
}

/* The time the chart shows, all of it (with the drawing's margin) when it
 * is not zoomed in. Returns whether it is. */
static gboolean
time_window (FvChartView *chart,
             double      *from,
             double      *to)
{
  g_autoptr(FvSession) session = NULL;
  FvChartViewState *state = state_of (chart);

  if (fv_chart_view_state_is_zoomed (state))
    {
      *from = fv_chart_view_state_get_from_day (state);
      *to = fv_chart_view_state_get_to_day (state);
      return TRUE;
    }
  g_object_get (chart, "session", &session, NULL);
  g_assert_true (fv_chart_get_time_span (fv_session_get_model (session),
                                         fv_chart_view_get_chart (chart), from, to));
  fv_time_range_pad (from, to);
  return FALSE;
}

/* The strip under a zoomed timeline: as tall as FV_CHART_VIEW_OVERVIEW_HEIGHT. */
#define OVERVIEW_HEIGHT 32

/* Where the overview strip under zoomed CHART has its handle: where the
 * charts layer draws it for the time the chart's state shows, in the strip
 * at the view's foot. */
static FvChartRect
overview_handle (FvChartView *chart)
{
  GtkWidget *widget = GTK_WIDGET (chart);
  int width = gtk_widget_get_width (widget);
  FvChartViewState *state = state_of (chart);
  g_autoptr(FvSession) session = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width,
                                                         OVERVIEW_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  FvChartRect handle = { 0 };
  FvChartStyle style;

  g_object_get (chart, "session", &session, NULL);
  fv_chart_style_init (&style, FALSE);
  fv_chart_draw_overview (cr, fv_session_get_model (session), fv_chart_view_get_chart (chart),
                          width, OVERVIEW_HEIGHT, &style,
                          fv_chart_view_state_get_from_day (state),
                          fv_chart_view_state_get_to_day (state), &handle);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  handle.y += gtk_widget_get_height (widget) - OVERVIEW_HEIGHT;
  return handle;
}

/* The colour of CHART's pixel at (X, Y), drawn as the window draws it now. */
static guint32
chart_pixel (FvWindow    *window,
             FvChartView *chart,
             double       x,
             double       y)
{
  GtkWidget *widget = GTK_WIDGET (chart);
  GskRenderNode *node = render_child (window, widget);
  graphene_point_t at;
  graphene_rect_t bounds;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint32 pixel;

  g_assert_true (gtk_widget_compute_point (widget, gtk_widget_get_parent (widget),
                                           &GRAPHENE_POINT_INIT (x, y), &at));
  gsk_render_node_get_bounds (node, &bounds);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  cairo_translate (cr, -floor (at.x), -floor (at.y));
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  pixel = *(guint32 *) cairo_image_surface_get_data (surface);
  cairo_surface_destroy (surface);
  gsk_render_node_unref (node);
  return pixel;
}

/* A timeline zooms and pans from the keyboard: + in, - out, 0 to the
 * whole, Shift+arrows along; the arrows alone still go mark to mark, and
 * the selection stays. */
static void
test_timeline_zoom (void)
{
  FvWindow *window = window_with_builtin ();
  FvChartView *chart = first_chart (window, FV_TYPE_TIMELINE_PAGE);
  GtkWidget *widget = GTK_WIDGET (chart);
  double from, to, zoomed_from, zoomed_to, all_from, all_to;
  FvChartState state = { 0 };
  FvChartStyle style;
  FvTimeAxis axis;

  g_assert_false (time_window (chart, &all_from, &all_to));
  fv_session_set_selected_id (session_of (window), "ev-executive-order");

  /* Whole, the policy timeline leaves out its longest empty stretch (the
   * years between the 1996 law and the 2007 lawsuit): + then shows two
   * thirds of the time the axis shows, about its middle. */
  fv_chart_style_init (&style, FALSE);
  g_assert_true (fv_chart_get_time_axis (fv_window_get_model (window),
                                         fv_chart_view_get_chart (chart),
                                         gtk_widget_get_width (widget),
                                         gtk_widget_get_height (widget), &style, &state, &axis));
  g_assert_true ((axis.n_segments > 1));
  g_assert_true (press_key (widget, GDK_KEY_plus));
  g_assert_true (time_window (chart, &zoomed_from, &zoomed_to));
  g_assert_cmpfloat_with_epsilon ((zoomed_to - zoomed_from) * 1.5,
                                  fv_time_axis_days_shown (&axis), 1);
  {
    double middle = (axis.segments[0].x0 + axis.segments[axis.n_segments - 1].x1) / 2;
    double day = fv_time_axis_day (&axis, middle);

    g_assert_cmpfloat_with_epsilon ((day - zoomed_from) / (zoomed_to - zoomed_from), 0.5, 0.01);
  }

  /* L: the linear axis, where + shows two thirds of the whole. */
  g_assert_true (press_key (widget, GDK_KEY_0));
  g_assert_true (press_key (widget, GDK_KEY_l));
  g_assert_true (fv_chart_view_state_get_linear_axis (state_of (chart)));
  g_assert_true (press_key (widget, GDK_KEY_plus));
  g_assert_true (time_window (chart, &zoomed_from, &zoomed_to));
  g_assert_cmpfloat_with_epsilon ((zoomed_to - zoomed_from) * 1.5, all_to - all_from, 1);
  g_assert_true (press_key (widget, GDK_KEY_plus));
  g_assert_true (time_window (chart, &from, &to));
  g_assert_cmpfloat (to - from, <, zoomed_to - zoomed_from);

  /* Shift+Right: later by a fifth of what is shown. */
  g_assert_true (time_window (chart, &zoomed_from, &zoomed_to));
  g_assert_true (press_key_with (widget, GDK_KEY_Right, GDK_SHIFT_MASK));
  g_assert_true (time_window (chart, &from, &to));
  g_assert_cmpfloat_with_epsilon (from - zoomed_from, (zoomed_to - zoomed_from) * 0.2, 1);

  /* The arrows alone: mark to mark, as before, selecting nothing until
   * Enter selects the mark they reached. */
  g_assert_true (press_key (widget, GDK_KEY_Left));
  g_assert_cmpstr (fv_session_get_selected_id (session_of (window)), ==,
                   "ev-executive-order");
  g_assert_true (press_key (widget, GDK_KEY_Return));
  g_assert_nonnull (fv_session_get_selected_id (session_of (window)));
  g_assert_cmpstr (fv_session_get_selected_id (session_of (window)), !=, "ev-executive-order");

  /* The overview strip: the whole time under the chart zoomed in, the
   * window shown as a handle; a press at its left end moves the window
   * there. */
  {
    FvChartRect handle;
    GtkGesture *drag = NULL;
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
    double before_from, before_to;

    /* The view draws the strip, and its handle where the charts layer
     * puts it: inside the handle, its colour; beside it, the strip's. */
    handle = overview_handle (chart);
    g_assert_cmpfloat (handle.width, >, 0);
    g_assert_cmpfloat (handle.width, <, gtk_widget_get_width (widget) * 0.7);
    g_assert_cmpfloat (handle.y, >, gtk_widget_get_height (widget) * 0.7);
    {
      double y = handle.y + handle.height / 2;
      double beside = handle.x + handle.width + 4 < gtk_widget_get_width (widget)
                      ? handle.x + handle.width + 4 : handle.x - 4;

      g_assert_cmpuint (chart_pixel (window, chart, handle.x + handle.width / 2, y), !=,
                        chart_pixel (window, chart, beside, y));
      g_assert_cmpuint (chart_pixel (window, chart, handle.x + handle.width / 2, y), !=,
                        chart_pixel (window, chart, handle.x + handle.width / 2,
                                     handle.y - OVERVIEW_HEIGHT));
    }

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_GESTURE_DRAG (controller))
          drag = GTK_GESTURE (controller);
      }
    g_assert_nonnull (drag);
    g_assert_true (time_window (chart, &before_from, &before_to));
    g_signal_emit_by_name (drag, "drag-begin", 12.0, handle.y + handle.height / 2);
    g_assert_true (time_window (chart, &from, &to));
    g_assert_cmpfloat (from, <, before_from);
    g_assert_cmpfloat_with_epsilon (to - from, before_to - before_from, 1);

    /* The handle's right edge, dragged right: a longer window, from the
     * same day. */
    handle = overview_handle (chart);
    g_assert_cmpfloat (handle.x, <=, 40);
    /* Drawn so, as a person sees it before they drag. */
    gsk_render_node_unref (render_child (window, widget));
    g_assert_true (time_window (chart, &before_from, &before_to));
    g_signal_emit_by_name (drag, "drag-begin", handle.x + handle.width, handle.y + 2);
    g_signal_emit_by_name (drag, "drag-update", 60.0, 0.0);
    g_assert_true (time_window (chart, &from, &to));
    g_assert_cmpfloat_with_epsilon (from, before_from, 1);
    g_assert_cmpfloat (to, >, before_to + 30);
  }

  /* The same story read again (a reload): the new view of the chart shows
   * the time the old one did. */
  {
    g_autoptr(FvModel) again = fv_model_new_builtin ();
    g_autoptr(FvChartView) before = g_object_ref (chart);
    double kept_from, kept_to;

    g_assert_true (time_window (chart, &kept_from, &kept_to));
    fv_window_set_model (window, again);
    chart = first_chart (window, FV_TYPE_TIMELINE_PAGE);
    widget = GTK_WIDGET (chart);
    g_assert_true (chart != before);
    g_assert_true (time_window (chart, &from, &to));
    g_assert_cmpfloat (from, ==, kept_from);
    g_assert_cmpfloat (to, ==, kept_to);
    g_assert_true (fv_chart_view_state_get_linear_axis (state_of (chart)));
  }

  /* Out past the whole, and 0: the whole. */
  g_assert_true (press_key (widget, GDK_KEY_minus));
  for (guint i = 0; i < 5; i++)
    press_key (widget, GDK_KEY_minus);
  g_assert_false (time_window (chart, &from, &to));
  g_assert_true (press_key (widget, GDK_KEY_plus));
  g_assert_true (press_key (widget, GDK_KEY_0));
  g_assert_false (time_window (chart, &from, &to));

  destroy (window);
}

/* On a small screen the case's timeline, two lanes high, counts the titles
 * it has no room for in a cluster mark ("3 events"); a click on it zooms
 * to their time, where each title is whole. */
static void
test_timeline_cluster_click (void)
{
  FvWindow *window = window_of_size (800, 600);
  FvChartView *chart = NULL;
  GtkWidget *widget = NULL;
  FvModel *model = fv_window_get_model (window);
  const FvChart *timeline = NULL;
  FvChartState state = { fv_session_get_languages (session_of (window)) };
  g_autoptr(GListModel) controllers = NULL;
  g_autoptr(GArray) marks = NULL;
  g_autoptr(GArray) zoomed = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  const FvChartMark *cluster = NULL;
  GtkGesture *click = NULL;
  gint64 end = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;
  FvChartStyle style;
  double from, to, x, y;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "case");
  for (guint i = 0; i < 100; i++)
    g_main_context_iteration (NULL, FALSE);
  chart = first_chart (window, FV_TYPE_CASE_PAGE);
  widget = GTK_WIDGET (chart);
  while (g_get_monotonic_time () < end && gtk_widget_get_width (widget) == 0)
    g_main_context_iteration (NULL, FALSE);
  timeline = fv_chart_view_get_chart (chart);
  controllers = gtk_widget_observe_controllers (widget);

  fv_chart_style_init (&style, FALSE);
  marks = fv_chart_draw_marks (cr, model, timeline, gtk_widget_get_width (widget),
                               gtk_widget_get_height (widget), &style, &state);
  for (guint i = 0; i < marks->len && cluster == NULL; i++)
    if (g_array_index (marks, FvChartMark, i).cluster)
      cluster = &g_array_index (marks, FvChartMark, i);
  g_assert_nonnull (cluster);
  x = cluster->rect.x + cluster->rect.width / 2;
  y = cluster->rect.y + cluster->rect.height / 2;
  ids = fv_test_cluster_ids (marks, x, y);

  /* The view has drawn the same. */
  while (g_get_monotonic_time () < end && fv_chart_view_get_mark_at (chart, x, y) == NULL)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (fv_chart_view_get_mark_at (chart, x, y)->cluster);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        click = GTK_GESTURE (controller);
    }
  g_assert_nonnull (click);
  g_assert_false (time_window (chart, &from, &to));
  g_signal_emit_by_name (click, "released", 1, x, y);
  g_assert_true (time_window (chart, &from, &to));
  g_assert_cmpfloat (from, <, cluster->from_day);
  g_assert_cmpfloat (to, >, cluster->to_day);
  /* Nothing selected: the click opened the cluster. */
  g_assert_null (fv_session_get_selected_id (session_of (window)));

  /* Zoomed there, each of its events has its title. */
  state.from_day = from;
  state.to_day = to;
  zoomed = fv_chart_draw_marks (cr, model, timeline, gtk_widget_get_width (widget),
                                gtk_widget_get_height (widget) - 32, &style, &state);
  for (guint i = 0; i < zoomed->len; i++)
    g_assert_false (g_array_index (zoomed, FvChartMark, i).cluster);
  for (guint i = 0; i < ids->len; i++)
    {
      gboolean titled = FALSE;

      for (guint m = 0; m < zoomed->len; m++)
        {
          const FvChartMark *mark = &g_array_index (zoomed, FvChartMark, m);

          titled |= g_str_equal (mark->id, ids->pdata[i]) && mark->rect.height > 12 &&
                    mark->rect.width > 16;
        }
      g_assert_true (titled);
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  destroy (window);
}

/* Every chart as a table (Ctrl+T): the timeline's events with their dates,
 * lanes, people and sources; sortable; a row selected selects the event
 * everywhere; copied as CSV. And back to the chart. */
static void
test_chart_as_table (void)
{
  FvWindow *window = window_with_builtin ();
  GtkWidget *page = page_of (window, FV_TYPE_TIMELINE_PAGE);
  GtkWidget *panel = find_widget (page, FV_TYPE_CHART_PANEL);
  FvChartView *chart = FV_CHART_VIEW (find_widget (panel, FV_TYPE_CHART_VIEW));
  FvChartViewState *state = state_of (chart);
  FvChartTable *table;
  GtkColumnView *view;
  GListModel *columns, *rows;
  g_autofree char *copied = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GtkColumnViewColumn) date = NULL;

  g_assert_false (fv_chart_view_state_get_table_shown (state));
  g_assert_null (find_widget (panel, FV_TYPE_CHART_TABLE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-table", NULL));
  g_assert_true (fv_chart_view_state_get_table_shown (state));
  table = FV_CHART_TABLE (find_widget (panel, FV_TYPE_CHART_TABLE));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (table)));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (chart)));

  view = GTK_COLUMN_VIEW (find_widget (GTK_WIDGET (table), GTK_TYPE_COLUMN_VIEW));
  columns = gtk_column_view_get_columns (view);
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 5);
  date = g_list_model_get_item (columns, 0);
  g_assert_cmpstr (gtk_column_view_column_get_title (date), ==, "Date");
  rows = G_LIST_MODEL (gtk_column_view_get_model (view));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 8);

  /* Newest first, by the date column. */
  gtk_column_view_sort_by_column (view, date, GTK_SORT_DESCENDING);
  {
    g_autoptr(FvChartRow) first = g_list_model_get_item (rows, 0);
    g_autoptr(FvChartRow) last = g_list_model_get_item (rows, 7);

    g_assert_cmpint (first->event->date.year, ==, 2017);
    g_assert_cmpint (first->event->date.day, ==, 25);
    g_assert_cmpint (last->event->date.year, ==, 1996);
  }
  /* Copied as --format=csv writes it (tests/test-window-copy.c reads it
   * back): its header, a row a mark. */
  copied = fv_chart_table_copy_text (table);
  lines = g_strsplit (copied, "\r\n", -1);
  g_assert_cmpstr (lines[0], ==,
                   "id,date,end_date,label,value,qualifier,unit,lane,source,placed,approximate");
  g_assert_cmpuint (g_strv_length (lines), ==, 10);

  /* A row selected: the event selected everywhere; copied alone. */
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (rows), 7, TRUE);
  g_assert_cmpstr (fv_session_get_selected_id (session_of (window)), ==,
                   "ev-287g-authority");
  g_clear_pointer (&copied, g_free);
  g_clear_pointer (&lines, g_strfreev);
  copied = fv_chart_table_copy_text (table);
  lines = g_strsplit (copied, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_true (g_str_has_prefix (lines[1], "ev-287g-authority,1996-09-30,"));

  /* And back. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-table", NULL);
  g_assert_false (fv_chart_view_state_get_table_shown (state));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (chart)));

  /* The state is the chart's, not the panel's: shown as a table in the
   * session, the panel shows the table; a reload of the same model keeps
   * it so. */
  fv_chart_view_state_set_table_shown (state, TRUE);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (table)));
  {
    g_autoptr(FvModel) again = fv_model_new_builtin ();

    fv_window_set_model (window, again);
  }
  panel = find_widget (page, FV_TYPE_CHART_PANEL);
  g_assert_true (gtk_widget_get_mapped (find_widget (panel, FV_TYPE_CHART_TABLE)));
  g_assert_false (gtk_widget_get_mapped (find_widget (panel, FV_TYPE_CHART_VIEW)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-table", NULL);

  destroy (window);
}

/* Copy Chart: the chart on the clipboard as an image, at twice its size
 * on screen; and Ctrl+Shift+C on a chart with the focus. */
static void
test_copy_chart (void)
{
  FvWindow *window = window_with_builtin ();
  GtkWidget *chart = GTK_WIDGET (first_chart (window, FV_TYPE_TIMELINE_PAGE));
  GdkClipboard *clipboard = gtk_widget_get_clipboard (chart);
  GdkContentProvider *content;
  GValue value = G_VALUE_INIT;
  GdkTexture *texture;

  gdk_clipboard_set_text (clipboard, "something else");
  g_assert_null (toast_saying (window, "Chart copied"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-chart", NULL));
  g_assert_nonnull (toast_saying (window, "Chart copied"));
  content = gdk_clipboard_get_content (clipboard);
  g_assert_nonnull (content);
  g_value_init (&value, GDK_TYPE_TEXTURE);
  g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
  texture = g_value_get_object (&value);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 2 * gtk_widget_get_width (chart));
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 2 * gtk_widget_get_height (chart));
  g_value_unset (&value);

  gdk_clipboard_set_text (clipboard, "something else");
  g_assert_true (press_key_with (chart, GDK_KEY_C, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  g_value_init (&value, GDK_TYPE_TEXTURE);
  g_assert_true (gdk_content_provider_get_value (gdk_clipboard_get_content (clipboard), &value,
                                                 NULL));
  g_value_unset (&value);

  /* Let the clipboard go: GDK 4.8's X11 backend, answering another
   * client's request for the formats of an image it holds, loses the lists
   * it builds (LeakSanitizer finds them later in the run). */
  gdk_clipboard_set_content (clipboard, NULL);
  destroy (window);
}

/* The print dialog, driven as a person would: GTK's "Print to File"
 * printer writing to PATH, the dialog's own tab set to the fact sheet or
 * the chart, then Print. */
typedef struct
{
  const char *path;
  gboolean    sheet;
  gboolean    set;
  gboolean    answered;
} PrintDriver;

static gboolean
is_check_button_starting (GtkWidget     *widget,
                          gconstpointer  prefix)
{
  return GTK_IS_CHECK_BUTTON (widget) && gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)) &&
         g_str_has_prefix (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), prefix);
}

static gboolean
drive_print_dialog (gpointer user_data)
{
  PrintDriver *driver = user_data;
  GListModel *toplevels = gtk_window_get_toplevels ();  /* (transfer none) */
  GtkPrintUnixDialog *dialog = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_PRINT_UNIX_DIALOG (toplevel))
        dialog = GTK_PRINT_UNIX_DIALOG (toplevel);
    }
  if (dialog == NULL)
    return G_SOURCE_CONTINUE;

  if (!driver->set)
    {
      /* (transfer full): a new settings object, the dialog's own copy. */
      g_autoptr(GtkPrintSettings) settings = gtk_print_unix_dialog_get_settings (dialog);
      g_autoptr(GFile) file = g_file_new_for_path (driver->path);
      g_autofree char *uri = g_file_get_uri (file);
      GtkWidget *choice = find_where (GTK_WIDGET (dialog), is_check_button_starting,
                                      driver->sheet ? "The fact sheet" : "The chart");

      gtk_print_settings_set_printer (settings, "Print to File");
      gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
      gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
      gtk_print_unix_dialog_set_settings (dialog, settings);
      /* What to Print: the dialog's own tab. */
      g_assert_nonnull (choice);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (choice), TRUE);
      driver->set = TRUE;
    }
  /* The printer is there once its backend has listed it. */
  if (gtk_print_unix_dialog_get_selected_printer (dialog) == NULL ||
      g_strcmp0 (gtk_printer_get_name (gtk_print_unix_dialog_get_selected_printer (dialog)),
                 "Print to File") != 0)
    return G_SOURCE_CONTINUE;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_OK);
  G_GNUC_END_IGNORE_DEPRECATIONS
  driver->answered = TRUE;
  return G_SOURCE_REMOVE;
}

/* Print (win.print, Ctrl+P) to PATH through the dialog; the text of what
 * was printed. */
static char *
print_through_dialog (FvWindow   *window,
                      const char *path,
                      gboolean    sheet)
{
  PrintDriver driver = { path, sheet, FALSE, FALSE };
  guint source = g_timeout_add (20, drive_print_dialog, &driver);
  gint64 end = g_get_monotonic_time () + 30 * G_TIME_SPAN_SECOND;
  g_autofree char *text = NULL;
  gsize length = 0;

  /* The dialog is modal: the action returns once it has printed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  g_assert_true (driver.answered);
  if (!driver.answered)
    g_source_remove (source);
  /* The file is whole once its end is written. */
  while (g_get_monotonic_time () < end &&
         (!g_file_get_contents (path, &text, &length, NULL) || length < 6 ||
          g_strstr_len (text + length - MIN (length, 32), MIN (length, 32), "%%EOF") == NULL))
    {
      g_clear_pointer (&text, g_free);
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_nonnull (text);
  g_assert_true (g_str_has_prefix (text, "%PDF-"));
  return g_steal_pointer (&text);
}

/* Print (Ctrl+P): the current chart on a page, drawn afresh, through the
 * print dialog's "Print to File". */
static void
test_print (void)
{
  FvWindow *window = window_with_builtin ();
  g_autofree char *dir = g_dir_make_tmp ("fv-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *text = NULL;

  text = print_through_dialog (window, path, FALSE);
  if (have_program ("pdftotext"))
    {
      const char *argv[] = { "pdftotext", path, "-", NULL };
      g_autofree char *words = NULL;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                   &words, NULL, NULL, NULL));
      g_assert_nonnull (strstr (words, "Local police and immigration enforcement"));
    }
  g_unlink (path);
  g_rmdir (dir);
  destroy (window);
}

/* Answers the next file chooser with FILE, as a person choosing it would:
 * the file chosen, and once the chooser has it (it changes folder in the
 * background), its button. */
typedef struct
{
  GFile *file;
  guint  settled;  /* ticks for which the chooser has shown FILE in its folder */
} Choice;

static gboolean
choose_file (gpointer user_data)
{
  Choice *choice = user_data;
  GListModel *toplevels = gtk_window_get_toplevels ();  /* (transfer none) */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);
      g_autoptr(GFile) folder = g_file_get_parent (choice->file);
      g_autoptr(GFile) chosen = NULL;
      g_autoptr(GFile) shown = NULL;

      if (!GTK_IS_FILE_CHOOSER (toplevel) || !gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        continue;
      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (toplevel));
      shown = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (toplevel));
      if (chosen == NULL || !g_file_equal (chosen, choice->file) ||
          shown == NULL || !g_file_equal (shown, folder))
        {
          g_autofree char *name = g_file_get_basename (choice->file);

          choice->settled = 0;
          gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (toplevel), folder, NULL);
          gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (toplevel), name);
          return G_SOURCE_CONTINUE;
        }
      /* The folder changes in the background, and the name typed goes into
       * the folder shown when the button is pressed: both must have stayed
       * put for a while (a slow machine answered in the folder before). */
      if (++choice->settled < 5)
        return G_SOURCE_CONTINUE;
      gtk_dialog_response (GTK_DIALOG (toplevel), GTK_RESPONSE_ACCEPT);
      G_GNUC_END_IGNORE_DEPRECATIONS
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/* The fact sheet from the window: printed (the print dialog's choice) and
 * saved as a PDF in a worker, the window saying where it went; the pages
 * hold the story's title and a quotation, in the language shown. */
static void
test_fact_sheet (void)
{
  FvWindow *window = window_with_builtin ();
  g_autofree char *dir = g_dir_make_tmp ("fv-sheet-XXXXXX", NULL);
  g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *saved = g_build_filename (dir, "saved.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (saved);
  Choice choice = { file, 0 };
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gint64 end = g_get_monotonic_time () + 30 * G_TIME_SPAN_SECOND;
  const char *paths[] = { printed, saved };

  g_free (print_through_dialog (window, printed, TRUE));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.content-language", "s",
                                             "es"));
  /* With the article's quotations checked, the sheet says so under it. */
  if (g_getenv ("FV_SEED_ARTICLE") != NULL)
    {
      g_autoptr(GFile) article = g_file_new_for_path (g_getenv ("FV_SEED_ARTICLE"));

      fv_window_check_quotes_in (window, "article", article);
      while (!fv_session_has_quote_checks (session_of (window)) &&
             g_get_monotonic_time () < end)
        g_main_context_iteration (NULL, FALSE);
      g_assert_true (fv_session_has_quote_checks (session_of (window)));
    }
  /* Fact Sheet…, and the file chosen where it asks. */
  g_timeout_add (20, choose_file, &choice);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-sheet", NULL));
  while (find_label (GTK_WIDGET (window), "Fact sheet saved as “saved.pdf”") == NULL &&
         g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (find_label (GTK_WIDGET (window), "Fact sheet saved as “saved.pdf”"));

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_clear_pointer (&text, g_free);
      g_assert_true (g_file_get_contents (paths[i], &text, NULL, NULL));
      g_assert_true (g_str_has_prefix (text, "%PDF-"));
      if (have_program ("pdftotext"))
        {
          const char *argv[] = { "pdftotext", paths[i], "-", NULL };
          g_autofree char *words = NULL;

          g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL,
                                       NULL, &words, NULL, NULL, NULL));
          g_assert_nonnull (strstr (words, i == 0 ? "Chicago, sanctuary cities and local police"
                                                  : "Chicago, las ciudades santuario"));
          g_assert_nonnull (strstr (words, "[We do] not conduct immigration enforcement"));
          /* Several pages: the footer of the second, in the sheet's
           * language as all its words are. */
          g_assert_nonnull (strstr (words, i == 0 ? "Page 2 of " : "Página 2 de "));
          if (i == 1 && g_getenv ("FV_SEED_ARTICLE") != NULL)
            g_assert_nonnull (strstr (words, "Citas comprobadas con el texto de SHA-256"));
        }
      g_unlink (paths[i]);
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.content-language", "s", "");
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    g_settings_reset (settings, "content-language");
  }
  g_rmdir (dir);
  destroy (window);
}

/* What the command line writes as --export-chart=ID --format=csv, in
 * LANGUAGE. */
static char *
cli_csv (const char *id,
         const char *language)
{
  g_autofree char *chart_arg = g_strconcat ("--export-chart=", id, NULL);
  g_autofree char *language_arg = g_strconcat ("--language=", language, NULL);
  const char *argv[] = { g_getenv ("FV_BINARY"), chart_arg, "--format=csv", language_arg, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* Export Data…: the current chart's data, where the file dialog says, in
 * the content language shown: the same bytes as the command line's. */
static void
test_export_data (void)
{
  FvWindow *window = window_with_builtin ();
  g_autofree char *dir = g_dir_make_tmp ("fv-data-XXXXXX", NULL);
  struct { const char *tab, *chart, *language; } cases[] = {
    { "timeline", "policy-timeline", "en" },
    { "statements", "trust-survey", "es" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strconcat (cases[i].chart, ".csv", NULL);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *toast = NULL;
      g_autofree char *expected = cli_csv (cases[i].chart, cases[i].language);
      g_autofree char *text = NULL;
      g_autoptr(GFile) file = g_file_new_for_path (path);
      Choice choice = { file, 0 };
      gint64 end = g_get_monotonic_time () + 30 * G_TIME_SPAN_SECOND;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s",
                                                 cases[i].tab));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.content-language",
                                                 "s", cases[i].language));
      /* In the interface's language, whatever the content's. */
      toast = g_strdup_printf ("Data saved as “%s”", name);
      g_timeout_add (20, choose_file, &choice);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-data", NULL));
      while (find_label (GTK_WIDGET (window), toast) == NULL && g_get_monotonic_time () < end)
        g_main_context_iteration (NULL, FALSE);
      g_assert_nonnull (find_label (GTK_WIDGET (window), toast));

      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      g_assert_true (g_str_has_prefix (text, "id,date,end_date,label,"));
      g_assert_cmpstr (text, ==, expected);
      g_unlink (path);
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.content-language", "s", "");
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    g_settings_reset (settings, "content-language");
  }
  g_rmdir (dir);
  destroy (window);
}

/* With the desktop's high-contrast setting (which libadwaita's style
 * manager reads: GNOME's setting, or GTK's theme name where there is none),
 * the charts take their high-contrast palette: solid black text, where the
 * usual palette has none. */
static void
set_high_contrast (gboolean high_contrast)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema =
    g_settings_schema_source_lookup (source, "org.gnome.desktop.a11y.interface", TRUE);

  if (schema != NULL && g_settings_schema_has_key (schema, "high-contrast"))
    {
      g_autoptr(GSettings) settings = g_settings_new ("org.gnome.desktop.a11y.interface");

      g_settings_set_boolean (settings, "high-contrast", high_contrast);
    }
  else
    g_object_set (gtk_settings_get_default (), "gtk-theme-name",
                  high_contrast ? "HighContrast" : "Adwaita", NULL);
}

static void
test_high_contrast (void)
{
  FvWindow *window = window_with_builtin ();
  GtkWidget *chart = GTK_WIDGET (first_chart (window, FV_TYPE_TIMELINE_PAGE));

  g_assert_false (adw_style_manager_get_high_contrast (adw_style_manager_get_default ()));
  g_assert_cmpuint (count_black_pixels (window, chart), ==, 0);

  set_high_contrast (TRUE);
  g_assert_true (adw_style_manager_get_high_contrast (adw_style_manager_get_default ()));
  /* A frame or two: the new style, then a new drawing (seconds, under
   * the sanitizers). */
  {
    gint64 end = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;
    guint black = 0;

    while (g_get_monotonic_time () < end && black <= 100)
      {
        gint64 next = g_get_monotonic_time () + 250 * G_TIME_SPAN_MILLISECOND;

        while (g_get_monotonic_time () < next)
          g_main_context_iteration (NULL, FALSE);
        black = count_black_pixels (window, chart);
      }
    g_assert_cmpuint (black, >, 100);
  }

  set_high_contrast (FALSE);
  destroy (window);
}

static gboolean
has_focus_within (FvWindow  *window,
                  GtkWidget *widget)
{
  GtkWidget *focus = focus_of (window);

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Where the keyboard is, it shows; where the reader goes, it follows: a
 * chart with the focus has a ring, the arrows in a searched chart visit
 * only the events found, Escape from the search goes back where it came
 * from, Down goes to the first result, Alt+1..3 put the focus in the tab
 * they show. */
static void
test_keyboard_focus (void)
{
  FvWindow *window = window_with_builtin ();
  GtkWidget *chart = GTK_WIDGET (first_chart (window, FV_TYPE_TIMELINE_PAGE));
  GtkWidget *list = GTK_WIDGET (event_list (window));
  GtkWidget *entry = GTK_WIDGET (search_entry (window));
  GskRenderNode *node;
  GHashTable *matches;
  g_autofree char *first_id = NULL;

  /* A focus ring around the chart, drawn by its style: a border node, which
   * the chart alone does not draw. */
  gtk_window_set_focus_visible (GTK_WINDOW (window), TRUE);
  g_assert_true (gtk_widget_grab_focus (list));
  node = render_child (window, chart);
  g_assert_cmpfloat (largest_node (node, GSK_BORDER_NODE), ==, 0);
  gsk_render_node_unref (node);
  g_assert_true (gtk_widget_grab_focus (chart));
  node = render_child (window, chart);
  g_assert_cmpfloat (largest_node (node, GSK_BORDER_NODE), >, 0);
  gsk_render_node_unref (node);

  /* The arrows across a searched chart: only what was found. */
  /* (The field tells the session after a pause, as one types.) */
  fv_session_set_search_text (session_of (window), "Arpaio");
  matches = fv_session_get_event_matches (session_of (window));
  g_assert_nonnull (matches);
  g_assert_cmpuint (g_hash_table_size (matches), >=, 2);
  g_assert_true (gtk_widget_grab_focus (chart));
  for (guint i = 0; i < 4; i++)
    {
      const char *id;

      /* Enter selects the mark the keyboard is on. */
      g_assert_true (press_key (chart, GDK_KEY_Right));
      g_assert_true (press_key (chart, GDK_KEY_Return));
      id = fv_session_get_selected_id (session_of (window));
      g_assert_nonnull (id);
      g_assert_true (g_hash_table_contains (matches, id));
    }

  /* Down from the search field: the first result, selected and focused. */
  g_assert_true (gtk_widget_grab_focus (list));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL);
  g_assert_true (has_focus_within (window, entry));
  g_assert_true (press_key (entry, GDK_KEY_Down));
  g_assert_true (has_focus_within (window, list));
  g_assert_cmpuint (gtk_single_selection_get_selected (event_selection (window)), ==, 0);
  first_id = g_strdup (fv_session_get_selected_id (session_of (window)));
  g_assert_true (g_hash_table_contains (matches, first_id));

  /* Escape from the search field: back where the reader was. */
  g_assert_true (gtk_widget_grab_focus (chart));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL);
  g_assert_true (has_focus_within (window, entry));
  g_signal_emit_by_name (entry, "stop-search");
  g_assert_false (gtk_search_bar_get_search_mode (search_bar (window)));
  g_assert_true (has_focus_within (window, chart));

  /* Alt+1..3: the focus in the tab shown. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "case");
  g_assert_true (has_focus_within (window, page_of (window, FV_TYPE_CASE_PAGE)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "statements");
  g_assert_true (has_focus_within (window, page_of (window, FV_TYPE_STATEMENTS_PAGE)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "timeline");
  g_assert_true (has_focus_within (window, page_of (window, FV_TYPE_TIMELINE_PAGE)));

  destroy (window);
}

/* Files dropped on the window: the first opens in it, the others each in
 * a window of its own; as the drop target hands them over. */
static void
test_drop_files (void)
{
  g_autoptr(FvApplication) app = registered_application ();
  FvWindow *window = fv_window_new (GTK_APPLICATION (app));
  g_autofree char *markup = fixture ("good", "markup.json");
  g_autofree char *minimal = fixture ("good", "minimal.json");
  g_autoptr(GFile) first = g_file_new_for_path (markup);
  g_autoptr(GFile) second = g_file_new_for_path (minimal);
  GSList *files = g_slist_append (g_slist_append (NULL, first), second);
  GdkFileList *list = gdk_file_list_new_from_list (files);
  GtkDropTarget *target = NULL;
  g_autoptr(GListModel) controllers = NULL;
  GValue value = G_VALUE_INIT;
  g_autoptr(GList) windows = NULL;
  gboolean dropped = FALSE;

  {
    g_autoptr(FvModel) model = fv_model_new_builtin ();

    fv_window_set_model (window, model);
  }
  gtk_window_present (GTK_WINDOW (window));

  controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, list);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &dropped);
  g_value_unset (&value);
  g_assert_true (dropped);

  while (is_loading (window))
    g_main_context_iteration (NULL, TRUE);
  /* The first file in this window: its title names it. */
  {
    g_autofree char *name = g_file_get_basename (first);
    g_autofree char *suffix = g_strconcat (" — ", name, NULL);

    g_assert_true (g_str_has_suffix (gtk_window_get_title (GTK_WINDOW (window)), suffix));
  }
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));
  g_assert_cmpuint (g_list_length (windows), ==, 2);

  for (GList *l = windows; l != NULL; l = l->next)
    {
      while (is_loading (l->data))
        g_main_context_iteration (NULL, TRUE);
      destroy (l->data);
    }
  g_slist_free (files);
}

static GtkMenuButton *primary_menu_button (FvWindow *window);

/* Open Recent: each model opened is in GTK's recent files as a fact model;
 * the main menu lists them by name and folder; one that is gone is taken
 * out of the list with a word in the window, not a dialog. */
static void
test_recent_files (void)
{
  FvWindow *window = window_with_builtin ();
  GtkRecentManager *recent = gtk_recent_manager_get_default ();
  g_autofree char *path = fixture ("good", "minimal.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *dir = g_dir_make_tmp ("fv-recent-XXXXXX", NULL);
  g_autofree char *gone_path = g_build_filename (dir, "gone.json", NULL);
  g_autoptr(GFile) gone = g_file_new_for_path (gone_path);
  g_autofree char *gone_uri = g_file_get_uri (gone);
  g_autoptr(GtkRecentInfo) info = NULL;
  GtkMenuButton *menu_button;
  GMenuModel *menu, *section, *submenu;
  g_autofree char *label = NULL;

  g_object_set (gtk_settings_get_default (), "gtk-recent-files-enabled", TRUE, NULL);
  g_assert_true (open_file (window, file));
  info = gtk_recent_manager_lookup_item (recent, uri, NULL);
  g_assert_nonnull (info);
  g_assert_cmpstr (gtk_recent_info_get_mime_type (info), ==, "application/x-fact-model+json");

  menu_button = primary_menu_button (window);
  gtk_menu_button_popup (menu_button);
  menu = gtk_menu_button_get_menu_model (menu_button);
  gtk_menu_button_popdown (menu_button);
  section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  submenu = g_menu_model_get_item_link (section, 1, G_MENU_LINK_SUBMENU);
  g_assert_nonnull (submenu);
  g_assert_cmpint (g_menu_model_get_n_items (submenu), >=, 1);
  g_menu_model_get_item_attribute (submenu, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label);
  g_assert_true (g_str_has_prefix (label, "minimal.json — "));
  g_object_unref (submenu);
  g_object_unref (section);

  /* A model that is no longer there. */
  g_assert_true (g_file_set_contents (gone_path, "{}", -1, NULL));
  {
    GtkRecentData data = { .mime_type = (char *) "application/x-fact-model+json",
                           .app_name = (char *) "test", .app_exec = (char *) "test %f" };

    g_assert_true (gtk_recent_manager_add_full (recent, gone_uri, &data));
  }
  g_unlink (gone_path);
  g_rmdir (dir);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", gone_uri);
  g_assert_false (gtk_recent_manager_has_item (recent, gone_uri));
  /* Said in a toast. */
  {
    g_autofree char *said = g_strdup_printf ("“%s” is no longer there; it is taken out of "
                                             "Open Recent", gone_path);

    g_assert_nonnull (toast_saying (window, said));
  }

  g_object_set (gtk_settings_get_default (), "gtk-recent-files-enabled", FALSE, NULL);
  destroy (window);
}

static guint models_set;

static void
count_model (void)
{
  models_set++;
}

/* Waits (at most seconds) until the window's model is another than BEFORE
 * or its problems show. */
static void
wait_for_reload (FvWindow *window,
                 FvModel  *before)
{
  gint64 end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
  GtkRevealer *bar = error_bar (window);

  while (g_get_monotonic_time () < end &&
         (fv_window_get_model (window) == before && !gtk_revealer_get_reveal_child (bar)))
    g_main_context_iteration (NULL, FALSE);
  /* Whatever was still coming of the same save. */
  end = g_get_monotonic_time () + 400 * G_TIME_SPAN_MILLISECOND;
  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static char *
model_text (const char *title)
{
  return g_strdup_printf (
    "{\"schema_version\": 1, \"language\": \"en\", \"title\": \"%s\","
    " \"tabs\": {\"timeline\": {\"title\": \"a\"}},"
    " \"sources\": [{\"id\": \"s\", \"kind\": \"other\", \"title\": \"S\"}],"
    " \"events\": [{\"id\": \"e1\", \"date\": \"2020\", \"title\": \"One\","
    "              \"references\": [{\"source\": \"s\"}]},"
    "             {\"id\": \"e2\", \"date\": \"2021\", \"title\": \"Two\","
    "              \"references\": [{\"source\": \"s\"}]}]}", title);
}

static const char *
model_title (FvWindow *window)
{
  return fv_model_text (fv_window_get_model (window),
                        fv_model_get_title (fv_window_get_model (window)), NULL);
}

/* Live reload: the window follows its file as an editor saves it: written
 * in place, saved by rename, deleted and made again; a broken save leaves
 * the last good model with its problems shown, the next good one takes
 * them away; a burst of writes is one reload; the selection stays. */
static void
test_live_reload (void)
{
  FvWindow *window = window_with_builtin ();
  g_autofree char *dir = g_dir_make_tmp ("fv-reload-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "model.json", NULL);
  g_autofree char *tmp = g_build_filename (dir, ".model.json.tmp", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkRevealer *bar = error_bar (window);
  FvSession *session = session_of (window);
  g_autofree char *text = NULL;
  FvModel *before;

  text = model_text ("First");
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_assert_true (open_file (window, file));
  g_assert_cmpstr (model_title (window), ==, "First");
  fv_session_set_selected_id (session, "e2");

  /* Written in place. */
  g_free (text);
  text = model_text ("Second");
  before = fv_window_get_model (window);
  g_assert_true (g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_NONE, 0644, NULL));
  wait_for_reload (window, before);
  g_assert_cmpstr (model_title (window), ==, "Second");
  g_assert_cmpstr (fv_session_get_selected_id (session), ==, "e2");
  g_assert_nonnull (toast_saying (window, "“model.json” reloaded"));

  /* Saved by rename, as most editors do. */
  g_free (text);
  text = model_text ("Third");
  before = fv_window_get_model (window);
  g_assert_true (g_file_set_contents (tmp, text, -1, NULL));
  g_assert_cmpint (g_rename (tmp, path), ==, 0);
  wait_for_reload (window, before);
  g_assert_cmpstr (model_title (window), ==, "Third");

  /* Deleted and made again. */
  g_free (text);
  text = model_text ("Fourth");
  before = fv_window_get_model (window);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  wait_for_reload (window, before);
  g_assert_cmpstr (model_title (window), ==, "Fourth");

  /* A broken save: the last good model stays, with the problems. */
  before = fv_window_get_model (window);
  g_assert_true (g_file_set_contents (path, "{\"schema_version\": 1,", -1, NULL));
  wait_for_reload (window, before);
  g_assert_true (fv_window_get_model (window) == before);
  g_assert_true (gtk_revealer_get_reveal_child (bar));
  /* Fixed: the problems go. */
  g_free (text);
  text = model_text ("Fifth");
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  {
    gint64 end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

    while (g_get_monotonic_time () < end && fv_window_get_model (window) == before)
      g_main_context_iteration (NULL, FALSE);
  }
  g_assert_cmpstr (model_title (window), ==, "Fifth");
  g_assert_false (gtk_revealer_get_reveal_child (bar));

  /* A burst of ten writes: one reload. */
  models_set = 0;
  g_signal_connect (session, "notify::model", G_CALLBACK (count_model), NULL);
  before = fv_window_get_model (window);
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *title = g_strdup_printf ("Burst %u", i);
      g_autofree char *burst = model_text (title);

      g_assert_true (g_file_set_contents_full (path, burst, -1, G_FILE_SET_CONTENTS_NONE, 0644,
                                               NULL));
    }
  wait_for_reload (window, before);
  g_assert_cmpstr (model_title (window), ==, "Burst 9");
  g_assert_cmpuint (models_set, ==, 1);
  g_signal_handlers_disconnect_by_func (session, count_model, NULL);

  /* The list keeps its place: a long list scrolled down stays there. */
  {
    GString *many = g_string_new (NULL);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (
      GTK_SCROLLED_WINDOW (gtk_widget_get_parent (GTK_WIDGET (event_list (window)))));

    for (guint round = 0; round < 2; round++)
      {
        g_string_assign (many, "{\"schema_version\": 1, \"language\": \"en\", \"title\": \"");
        g_string_append (many, round == 0 ? "Long" : "Long again");
        g_string_append (many, "\", \"tabs\": {\"timeline\": {\"title\": \"a\"}},"
                         " \"sources\": [{\"id\": \"s\", \"kind\": \"other\", \"title\": \"S\"}],"
                         " \"events\": [");
        for (guint i = 0; i < 80; i++)
          g_string_append_printf (many, "%s{\"id\": \"e%u\", \"date\": \"%u\", \"title\": \"E%u\","
                                  " \"references\": [{\"source\": \"s\"}]}", i ? ", " : "", i,
                                  1900 + i, i);
        g_string_append (many, "]}");
        before = fv_window_get_model (window);
        g_assert_true (g_file_set_contents (path, many->str, -1, NULL));
        wait_for_reload (window, before);
        if (round == 0)
          {
            /* The reader scrolls, once the reload's own frames are over. */
            gint64 end = g_get_monotonic_time () + 3 * G_TIME_SPAN_SECOND;

            while (g_get_monotonic_time () < end)
              g_main_context_iteration (NULL, FALSE);
            gtk_adjustment_set_value (adjustment, 300);
          }
      }
    g_assert_cmpstr (model_title (window), ==, "Long again");
    {
      gint64 end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

      /* Once the rows are laid out (slower under the sanitizers). */
      while (g_get_monotonic_time () < end && fabs (gtk_adjustment_get_value (adjustment) - 300) > 1)
        g_main_context_iteration (NULL, FALSE);
    }
    g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (adjustment), 300, 1);
    g_string_free (many, TRUE);
  }

  /* A window closed stops watching: a save after it finds no one. */
  destroy (window);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  {
    gint64 end = g_get_monotonic_time () + 400 * G_TIME_SPAN_MILLISECOND;

    while (g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, FALSE);
  }

  g_unlink (path);
  g_rmdir (dir);
}

/* Every GtkShortcutsShortcut under WIDGET, by title. */
static void
collect_shortcuts (GtkWidget  *widget,
                   GHashTable *shortcuts)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *title = NULL;

      g_object_get (widget, "title", &title, NULL);
      g_hash_table_insert (shortcuts, g_steal_pointer (&title), widget);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shortcuts (child, shortcuts);
}

/* The shortcuts window shows the key of every action it lists, the keys
 * the application gives by action name included. */
static void
test_shortcuts_window (void)
{
  g_autoptr(FvApplication) app = registered_application ();
  g_autoptr(GHashTable) shortcuts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  static const struct { const char *title, *keys; } expected[] = {
    { "Open a fact model", "<Control>o" },
    { "Export a chart", "<Control>e" },
    { "Search", "<Control>f" },
    { "Keyboard shortcuts", "<Control>question" },
    { "Quit", "<Control>q" },
    { "First tab: the timeline", "<Alt>1" },
  };
  GtkShortcutsWindow *overlay;
  FvWindow *window;

  window = fv_window_new (GTK_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == GTK_WINDOW (window));

  /* It fits an 800 px wide screen: one column of keys a page (it was
   * 1,025 px wide with two). */
  {
    int min_width, width;

    gtk_widget_measure (GTK_WIDGET (overlay), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, &width,
                        NULL, NULL);
    g_test_message ("the shortcuts window is at least %d px wide, %d px at ease", min_width,
                    width);
    g_assert_cmpint (min_width, <=, 800);
  }

  collect_shortcuts (GTK_WIDGET (overlay), shortcuts);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      GObject *shortcut = g_hash_table_lookup (shortcuts, expected[i].title);
      g_autofree char *keys = NULL;

      g_assert_nonnull (shortcut);
      g_object_get (shortcut, "accelerator", &keys, NULL);
      g_assert_cmpstr (keys, ==, expected[i].keys);
    }

  /* Asked again, the same window comes back. */
  gtk_widget_set_visible (GTK_WIDGET (overlay), FALSE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  g_assert_true (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)) == overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));

  destroy (window);
}

/* The export dialog the window opened, with its own widgets as a person
 * sets them. */
typedef struct
{
  FvExportDialog *dialog;
  GtkWidget      *chart, *width, *height, *scale;
  GtkWidget      *export_button, *cancel_button;
  GtkWidget      *progress, *error;
} ExportDialog;

static gboolean
is_button_with_label (GtkWidget     *widget,
                      gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static void
open_export_dialog (FvWindow     *window,
                    ExportDialog *d)
{
  GtkWidget *titlebar;

  memset (d, 0, sizeof *d);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-chart", NULL));
  for (guint i = 0; i < g_list_model_get_n_items (gtk_window_get_toplevels ()); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (gtk_window_get_toplevels (), i);

      if (FV_IS_EXPORT_DIALOG (toplevel))
        d->dialog = FV_EXPORT_DIALOG (toplevel);
    }
  g_assert_nonnull (d->dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (d->dialog)) == GTK_WINDOW (window));

  for (GtkWidget *w = gtk_widget_get_first_child (gtk_window_get_child (GTK_WINDOW (d->dialog)));
       w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      if (GTK_IS_SPIN_BUTTON (w) && d->width == NULL)
        d->width = w;
      else if (GTK_IS_SPIN_BUTTON (w))
        d->height = w;
      else if (GTK_IS_DROP_DOWN (w) && d->chart == NULL)
        d->chart = w;
      else if (GTK_IS_DROP_DOWN (w))
        d->scale = w;
      else if (GTK_IS_PROGRESS_BAR (w))
        d->progress = w;
      else if (GTK_IS_LABEL (w) && gtk_widget_has_css_class (w, "error"))
        d->error = w;
    }
  titlebar = gtk_window_get_titlebar (GTK_WINDOW (d->dialog));
  d->export_button = find_where (titlebar, is_button_with_label, "_Export…");
  d->cancel_button = find_where (titlebar, is_button_with_label, "_Cancel");
  g_assert_nonnull (d->width);
  g_assert_nonnull (d->height);
  g_assert_nonnull (d->scale);
  g_assert_nonnull (d->progress);
  g_assert_nonnull (d->error);
  g_assert_nonnull (d->export_button);
  g_assert_nonnull (d->cancel_button);
  g_assert_false (gtk_widget_get_visible (d->progress));
}

/* An export runs while the dialog shows its progress. */
static gboolean
is_exporting (FvExportDialog *dialog)
{
  GtkWidget *progress = find_widget (GTK_WIDGET (dialog), GTK_TYPE_PROGRESS_BAR);

  return gtk_widget_get_visible (progress);
}

static void
wait_for_export (FvExportDialog *dialog)
{
  while (is_exporting (dialog))
    g_main_context_iteration (NULL, TRUE);
}

/* Chooses the format whose name begins with NAME, in the drop-down that
 * "Format" labels. */
static void
choose_format (FvExportDialog *dialog,
               const char     *name)
{
  GtkLabel *label = find_label (GTK_WIDGET (dialog), "_Format");
  GtkDropDown *formats = GTK_DROP_DOWN (gtk_label_get_mnemonic_widget (label));
  GListModel *items = gtk_drop_down_get_model (formats);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (items, i);

      if (g_str_has_prefix (gtk_string_object_get_string (item), name))
        {
          gtk_drop_down_set_selected (formats, i);
          return;
        }
    }
  g_assert_not_reached ();
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

/* Export from the window: the chart chosen, drawn afresh at the size and
 * scale chosen, in a worker; the dialog closes once the file is there. */
static void
test_export_dialog (void)
{
  FvWindow *window = window_with_builtin ();
  ExportDialog d;
  g_autofree char *dir = g_dir_make_tmp ("fv-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "survey.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  cairo_surface_t *png;

  /* Export from the statements tab: its chart is the one chosen. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "statements");
  open_export_dialog (window, &d);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (d.chart)), ==, 2);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (d.width), 800);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (d.scale), 1);

  g_object_ref (d.dialog);
  fv_export_dialog_start_export (d.dialog, file);
  g_assert_true (is_exporting (d.dialog));
  /* While it runs, the form cannot change under it. */
  g_assert_true (gtk_widget_get_visible (d.progress));
  g_assert_false (gtk_widget_get_sensitive (d.export_button));
  g_assert_false (gtk_widget_get_sensitive (d.width));
  wait_for_export (d.dialog);

  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1600);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 675 * 2);
  cairo_surface_destroy (png);
  g_assert_cmpuint (count_files (dir), ==, 1);
  /* Done: the dialog closed itself, and the window says where the chart
   * went, with a way to its folder. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (d.dialog)));
  g_object_unref (d.dialog);
  {
    GtkWidget *toast = toast_saying (window, "Chart saved as “survey.png”");
    GtkWidget *button;

    g_assert_nonnull (toast);
    g_assert_true (gtk_widget_get_mapped (toast));
    button = find_where (toast, is_button_with_label, "Open _Folder");
    g_assert_nonnull (button);
    /* The button shows this file, whatever toast comes next. */
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_autoptr(GVariant) target = g_variant_ref_sink (g_variant_new_string (uri));

      g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==,
                       "win.show-in-folder");
      g_assert_true (g_variant_equal (gtk_actionable_get_action_target_value (
                                        GTK_ACTIONABLE (button)), target));
    }
  }

  g_unlink (path);
  g_rmdir (dir);
  destroy (window);
}

/* A large export runs while the window answers, shows how far it is, and
 * Cancel stops it: the file that was there stays as it was, no temporary
 * file is left, and the dialog is back to its form to try again. */
static void
test_export_dialog_cancel (void)
{
  FvWindow *window = window_with_builtin ();
  ExportDialog d;
  g_autofree char *dir = g_dir_make_tmp ("fv-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "timeline.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *kept = NULL;
  const char *text;

  g_assert_true (g_file_set_contents (path, "the chart of yesterday", -1, NULL));
  open_export_dialog (window, &d);
  /* 8000 × 8000 pixels: seconds of drawing and compressing. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (d.width), 4000);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (d.height), 4000);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (d.scale), 1);

  g_object_ref (d.dialog);
  fv_export_dialog_start_export (d.dialog, file);
  /* The main loop goes on while the worker draws: the progress bar is
   * told which part of the work runs. */
  while (is_exporting (d.dialog) &&
         g_strcmp0 (gtk_progress_bar_get_text (GTK_PROGRESS_BAR (d.progress)), "Starting…") == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (is_exporting (d.dialog));
  text = gtk_progress_bar_get_text (GTK_PROGRESS_BAR (d.progress));
  g_assert_true (g_str_equal (text, "Drawing the chart…") || g_str_has_prefix (text, "Writing the image… "));

  g_signal_emit_by_name (d.cancel_button, "clicked");
  wait_for_export (d.dialog);

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (d.dialog)));
  g_assert_false (gtk_widget_get_visible (d.progress));
  g_assert_false (gtk_widget_get_visible (d.error));
  g_assert_true (gtk_widget_get_sensitive (d.export_button));
  g_assert_true (gtk_widget_get_sensitive (d.width));
  g_assert_true (g_file_get_contents (path, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "the chart of yesterday");
  g_assert_cmpuint (count_files (dir), ==, 1);

  /* Closing the dialog while it exports cancels too, and the worker's end
   * finds the dialog gone without harm. */
  fv_export_dialog_start_export (d.dialog, file);
  gtk_window_destroy (GTK_WINDOW (d.dialog));
  /* The worker holds the dialog until its end. */
  {
    gpointer weak = d.dialog;
    gint64 end = g_get_monotonic_time () + 60 * G_TIME_SPAN_SECOND;

    g_object_add_weak_pointer (G_OBJECT (d.dialog), &weak);
    g_object_unref (d.dialog);
    while (weak != NULL && g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, TRUE);
    g_assert_null (weak);
  }
  g_clear_pointer (&kept, g_free);
  g_assert_true (g_file_get_contents (path, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "the chart of yesterday");
  g_assert_cmpuint (count_files (dir), ==, 1);

  g_unlink (path);
  g_rmdir (dir);
  destroy (window);
}

/* The dialog writes SVG and PDF too (scale is for pixels only), and offers
 * the range a zoomed timeline shows. */
static void
test_export_dialog_formats (void)
{
  FvWindow *window = window_with_builtin ();
  ExportDialog d;
  g_autofree char *dir = g_dir_make_tmp ("fv-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "timeline.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  GtkWidget *chart = GTK_WIDGET (first_chart (window, FV_TYPE_TIMELINE_PAGE));
  GtkWidget *range;

  /* Zoomed in: the dialog offers the range shown. */
  g_assert_true (press_key (chart, GDK_KEY_plus));
  open_export_dialog (window, &d);
  range = find_where (gtk_window_get_child (GTK_WINDOW (d.dialog)), is_label_with_label, "_Time shown");
  g_assert_nonnull (range);
  g_assert_true (gtk_widget_get_visible (range));

  g_object_ref (d.dialog);
  choose_format (d.dialog, "PDF");
  g_assert_false (gtk_widget_get_sensitive (d.scale));
  fv_export_dialog_start_export (d.dialog, file);
  wait_for_export (d.dialog);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "%PDF-"));
  g_object_unref (d.dialog);

  g_unlink (path);
  g_rmdir (dir);
  destroy (window);
}

/* What cannot be written is said in the dialog, which stays open. */
static void
test_export_dialog_error (void)
{
  FvWindow *window = window_with_builtin ();
  ExportDialog d;
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent-folder/chart.png");

  open_export_dialog (window, &d);
  g_object_ref (d.dialog);
  fv_export_dialog_start_export (d.dialog, file);
  wait_for_export (d.dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (d.dialog)));
  g_assert_true (gtk_widget_get_visible (d.error));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (d.error)), ==,
                   "Could not write “/nonexistent-folder/chart.png”: No such file or directory");
  gtk_window_destroy (GTK_WINDOW (d.dialog));
  g_object_unref (d.dialog);
  destroy (window);
}

/* An export over the model the window shows, by its name or by a link to
 * it, is refused in the dialog, and the model's file stays as it was. */
static void
test_export_dialog_over_model (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "model.png", NULL);
  g_autofree char *link = g_build_filename (dir, "link.png", NULL);
  g_autoptr(GBytes) bytes = fv_model_get_builtin_bytes ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) linked = g_file_new_for_path (link);
  g_autofree char *after = NULL;
  gsize length = 0;
  FvWindow *window = window_with_builtin ();

  /* A model that happens to be named like an image. */
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  g_assert_cmpint (symlink (path, link), ==, 0);
  g_assert_true (open_file (window, file));

  for (guint i = 0; i < 2; i++)
    {
      GFile *target = i == 0 ? file : linked;
      g_autofree char *expected = g_strdup_printf ("“%s” is the fact model being exported",
                                                   i == 0 ? path : link);
      ExportDialog d;

      open_export_dialog (window, &d);
      g_object_ref (d.dialog);
      fv_export_dialog_start_export (d.dialog, target);
      wait_for_export (d.dialog);
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (d.dialog)));
      g_assert_true (gtk_widget_get_visible (d.error));
      g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (d.error)), expected));
      gtk_window_destroy (GTK_WINDOW (d.dialog));
      g_object_unref (d.dialog);
    }

  g_assert_true (g_file_get_contents (path, &after, &length, NULL));
  g_assert_cmpmem (after, length, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_cmpuint (count_files (dir), ==, 2);
  g_unlink (link);
  g_unlink (path);
  g_rmdir (dir);
  destroy (window);
}

/* The header bar's main menu: the menu button with the menu icon. */
static GtkMenuButton *
primary_menu_button (FvWindow *window)
{
  GtkWidget *button = find_where (header_bar_of (window),
                                  is_menu_button_with_icon, "open-menu-symbolic");

  g_assert_nonnull (button);
  return GTK_MENU_BUTTON (button);
}

typedef struct
{
  const char *locale;
  const char *open_item;
  const char *quit_item;
  const char *placeholder;
  const char *hint_start;
  const char *survey_description;
  const char *axis_word;
  const char *tab_title;
} WindowLanguage;

static const WindowLanguage window_languages[] = {
  { "es_ES.UTF-8", "_Abrir…", "_Salir", "Buscar eventos, declaraciones, personas y fuentes",
    "Seleccione un evento", "Gráfico de barras con 2 cifras.", "Fuente: ",
    "Cronología de las políticas" },
  { "pl_PL.UTF-8", "_Otwórz…", "Za_kończ", "Szukaj wydarzeń, wypowiedzi, osób i źródeł",
    "Wybierz wydarzenie", "Wykres słupkowy z 2 liczbami.", "Źródło: ", "Oś czasu polityki" },
  { "de_DE.UTF-8", "_Open…", "_Quit", "Search events, statements, people and sources",
    "Select an event", "Bar chart of 2 figures.", "Source: ", "Policy timeline" },
};

/* A window of WIDTH × HEIGHT, as the reader left it last time (the size is
 * kept in GSettings), on the built-in model. */
static FvWindow *
window_of_size (int width,
                int height)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  FvWindow *window;

  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
  window = window_with_builtin ();
  for (guint i = 0; i < 2000 && gtk_widget_get_width (GTK_WIDGET (window)) == 0; i++)
    g_main_context_iteration (NULL, FALSE);
  /* The switcher title tells of its choice after the layout. */
  for (guint i = 0; i < 100; i++)
    g_main_context_iteration (NULL, FALSE);
  /* Less the frame of client-side decorations, if any. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, width);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), >, width - 40);
  return window;
}

/* The tabs are in the header bar, or (where they do not fit, the header
 * bar then showing the model's title) in the bar at the bottom: never in
 * both, never in neither. */
static gboolean
tabs_at_bottom (FvWindow *window)
{
  AdwViewSwitcherTitle *title = ADW_VIEW_SWITCHER_TITLE (
    find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE));
  AdwViewSwitcherBar *bar = ADW_VIEW_SWITCHER_BAR (
    find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR));
  /* The switcher title shows one of its switchers (wide or narrow) or
   * the title. */
  AdwSqueezer *squeezer = ADW_SQUEEZER (find_widget (GTK_WIDGET (title), ADW_TYPE_SQUEEZER));
  GtkWidget *header_shows = adw_squeezer_get_visible_child (squeezer);
  gboolean at_bottom = adw_view_switcher_title_get_title_visible (title);

  g_assert_nonnull (bar);
  g_assert_cmpint (adw_view_switcher_bar_get_reveal (bar), ==, at_bottom);
  g_assert_cmpint (ADW_IS_VIEW_SWITCHER (header_shows), ==, !at_bottom);
  if (at_bottom)
    {
      GtkWidget *bottom_tabs = find_widget (GTK_WIDGET (bar), ADW_TYPE_VIEW_SWITCHER);

      /* The bar slides in, frame by frame. */
      for (guint i = 0; i < 500 && !gtk_widget_get_mapped (bottom_tabs); i++)
        g_main_context_iteration (NULL, TRUE);
      g_assert_true (gtk_widget_get_mapped (bottom_tabs));
      g_assert_nonnull (find_where (GTK_WIDGET (title), is_label_with_label,
                                    fv_session_text (session_of (window),
                                                     fv_model_get_title (fv_window_get_model (window)))));
    }
  return at_bottom;
}

/* The window fits an 800 × 600 screen in every language, with its tabs in
 * the header bar or at the bottom; on a wide screen they are on top. The
 * list keeps more than two rows. */
static void
test_small_screen (void)
{
  const char *languages[] = { "en", "es", "pl" };

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      FvWindow *window;
      GtkWidget *list;
      int min_width, min_height;

      fv_test_use_language (languages[i]);
      window = window_of_size (800, 600);

      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL,
                          NULL, NULL);
      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_VERTICAL, 800, &min_height, NULL,
                          NULL, NULL);
      g_test_message ("%s: the window is at least %d × %d, the tabs at the %s", languages[i],
                      min_width, min_height, tabs_at_bottom (window) ? "bottom" : "top");
      g_assert_cmpint (min_width, <=, 800);
      g_assert_cmpint (min_height, <=, 600);
      list = GTK_WIDGET (event_list (window));
      /* More than two rows of the list: a row is some 50 pixels. */
      g_assert_cmpint (gtk_widget_get_height (list), >=, 150);

      destroy (window);

      /* On a wide screen, the tabs are in the header bar. */
      window = window_of_size (1280, 800);
      g_assert_false (tabs_at_bottom (window));
      destroy (window);
    }
  fv_test_use_language ("en");
}

/* The window's words, read from the live widgets, in the reader's
 * language; a language without a translation reads English. */
static void
test_window_language (gconstpointer data)
{
  const WindowLanguage *l = data;
  g_autofree char *language = g_strndup (l->locale, 2);
  g_autofree char *open_label = NULL;
  g_autofree char *quit_label = NULL;
  g_autofree char *description = NULL;
  g_autofree char *source = NULL;
  g_autofree char *placeholder = NULL;
  FvWindow *window;
  GtkMenuButton *menu_button;
  GMenuModel *menu;
  GtkWidget *survey;
  GtkLabel *hint;

  if (!fv_test_use_locale (l->locale))
    fv_test_use_language (language);

  window = window_with_builtin ();
  /* The menu is made when opened. */
  menu_button = primary_menu_button (window);
  g_assert_null (gtk_menu_button_get_menu_model (menu_button));
  gtk_menu_button_popup (menu_button);
  menu = gtk_menu_button_get_menu_model (menu_button);
  g_assert_nonnull (menu);
  gtk_menu_button_popdown (menu_button);

  /* The first section: Open, Export; the second ends with Quit. */
  g_menu_model_get_item_attribute (g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION),
                                   0, G_MENU_ATTRIBUTE_LABEL, "s", &open_label);
  g_menu_model_get_item_attribute (g_menu_model_get_item_link (menu, 1, G_MENU_LINK_SECTION),
                                   2, G_MENU_ATTRIBUTE_LABEL, "s", &quit_label);
  g_assert_cmpstr (open_label, ==, l->open_item);
  /* The tab switcher: the model's titles, in the reader's language. */
  g_assert_cmpstr (tab_title (window, FV_TYPE_TIMELINE_PAGE), ==, l->tab_title);
  g_assert_cmpstr (quit_label, ==, l->quit_item);

  g_object_get (search_entry (window), "placeholder-text", &placeholder, NULL);
  g_assert_cmpstr (placeholder, ==, l->placeholder);
  hint = GTK_LABEL (find_widget (GTK_WIDGET (event_detail (window)), GTK_TYPE_LABEL));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (hint), l->hint_start));

  /* The survey chart: its accessible description and its source line. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "statements");
  survey = GTK_WIDGET (first_chart (window, FV_TYPE_STATEMENTS_PAGE));
  description = fv_chart_describe (fv_window_get_model (window),
                                   fv_chart_view_get_chart (FV_CHART_VIEW (survey)),
                                   fv_session_get_languages (session_of (window)));
  g_assert_true (g_str_has_prefix (description, l->survey_description));
  {
    /* Then, in the interface's language, that it can be read as a table. */
    g_autofree char *with_table = g_strdup_printf (_("%s Ctrl+T shows its data as a table."),
                                                   description);

    g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (survey),
                                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                       with_table));
  }
  source = fv_chart_get_source_line (fv_window_get_model (window),
                                     fv_chart_view_get_chart (FV_CHART_VIEW (survey)),
                                     fv_session_get_languages (session_of (window)));
  g_assert_true (g_str_has_prefix (source, l->axis_word));

  destroy (window);
  fv_test_use_language ("en");
}

static gboolean
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  return g_rmdir (path) == 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  /* The print dialog lists the printer "Print to File" alone, at once. */
  g_setenv ("GTK_PRINT_BACKENDS", "file", TRUE);
  data_home = fv_test_window_init (&argc, &argv);
  if (data_home == NULL)
    return 0;

  g_test_add_func ("/window/tabs", test_tabs);
  g_test_add_func ("/window/switch-tabs", test_switch_tabs);
  g_test_add_func ("/window/previous-next-event", test_previous_next_event);
  g_test_add_func ("/window/open/bad-file", test_open_bad_file);
  g_test_add_func ("/window/open/good-file", test_open_good_file);
  g_test_add_func ("/window/open/many-problems", test_open_many_problems);
  g_test_add_func ("/window/open/long-problem", test_open_long_problem);
  g_test_add_func ("/window/markup-is-text", test_markup_is_text);
  g_test_add_func ("/window/other-story", test_other_story);
  g_test_add_func ("/window/search-finds-nothing", test_search_finds_nothing);
  g_test_add_func ("/window/case-sources-not-repeated", test_case_sources_not_repeated);
  g_test_add_func ("/window/one-line-a-source", test_one_line_a_source);
  g_test_add_func ("/window/statements-grouped", test_statements_grouped);
  g_test_add_func ("/window/only-the-tabs-a-story-has", test_only_the_tabs_a_story_has);
  g_test_add_func ("/window/long-tab-title", test_long_tab_title);
  g_test_add_func ("/window/selection-sync", test_selection_sync);
  g_test_add_func ("/window/search", test_search);
  g_test_add_func ("/window/chart/accessible", test_chart_accessible);
  g_test_add_func ("/window/chart/session", test_chart_view_session);
  g_test_add_func ("/window/frame", test_window_frame);
  g_test_add_func ("/window/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/window/open-several-files", test_open_several_files);
  g_test_add_func ("/window/drop-files", test_drop_files);
  g_test_add_func ("/window/recent-files", test_recent_files);
  g_test_add_func ("/window/live-reload", test_live_reload);
  g_test_add_func ("/window/keyboard/list-is-one-tab-stop", test_list_is_one_tab_stop);
  g_test_add_func ("/window/small-screen", test_small_screen);
  g_test_add_func ("/window/keyboard/focus", test_keyboard_focus);
  g_test_add_func ("/window/high-contrast", test_high_contrast);
  g_test_add_func ("/window/timeline-zoom", test_timeline_zoom);
  g_test_add_func ("/window/timeline-cluster-click", test_timeline_cluster_click);
  g_test_add_func ("/window/chart-as-table", test_chart_as_table);
  g_test_add_func ("/window/copy-chart", test_copy_chart);
  g_test_add_func ("/window/print", test_print);
  g_test_add_func ("/window/fact-sheet", test_fact_sheet);
  g_test_add_func ("/window/export-data", test_export_data);
  g_test_add_func ("/window/export-dialog", test_export_dialog);
  g_test_add_func ("/window/export-dialog/over-model", test_export_dialog_over_model);
  g_test_add_func ("/window/export-dialog/cancel", test_export_dialog_cancel);
  g_test_add_func ("/window/export-dialog/error", test_export_dialog_error);
  g_test_add_func ("/window/export-dialog/formats", test_export_dialog_formats);
  g_test_add_func ("/window/state-remembered", test_state_remembered);
  g_test_add_func ("/window/hostile-text", test_hostile_text);
  g_test_add_func ("/window/content-language", test_content_language);
  g_test_add_func ("/window/load-in-background", test_load_in_background);
  for (guint i = 0; i < G_N_ELEMENTS (window_languages); i++)
    {
      g_autofree char *path = g_strdup_printf ("/window/language/%s", window_languages[i].locale);
      g_test_add_data_func (path, &window_languages[i], test_window_language);
    }

  status = g_test_run ();
  /* GTK may still write the recent files list from an idle: let it. */
  for (guint i = 0; i < 100; i++)
    g_main_context_iteration (NULL, FALSE);
  remove_tree (data_home);
  return status;
}
