/* test-window-facts.c — the facts on the window's tabs: their dates and their sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A real window under a display (Xvfb in CI), read through its widgets.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "fv-fact-list.h"
#include "fv-fact-widgets.h"
#include "fv-format.h"
#include "fv-statements-page.h"
#include "fv-test-locale.h"
#include "fv-timeline-page.h"
#include "fv-case-page.h"
#include "fv-ui-resources.h"
#include "fv-window.h"
#include "fv-test-window.h"

static void
destroy (FvWindow *window)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  gpointer weak = window;

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  gtk_window_destroy (GTK_WINDOW (window));
  wait_until_finalized (&weak);
  g_settings_reset (settings, "last-tab");
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
show_tab (FvWindow   *window,
          const char *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", name));
  iterate (50);
}

static FvSession *
session_of (FvWindow *window)
{
  return fv_page_get_session (FV_PAGE (find_widget (GTK_WIDGET (window),
                                                    FV_TYPE_TIMELINE_PAGE)));
}

static void
count_frame (GdkFrameClock *clock,
             guint         *frames)
{
  (*frames)++;
}

/* A few frames of WINDOW's, drawn: a list scrolled, its rows made. */
static void
frames (FvWindow *window)
{
  g_autoptr(GdkFrameClock) clock = g_object_ref (gtk_widget_get_frame_clock (GTK_WIDGET (window)));
  guint n = 0;
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (count_frame), &n);

  for (guint i = 0; i < 20000 && n < 6; i++)
    {
      gtk_widget_queue_draw (GTK_WIDGET (window));
      g_main_context_iteration (NULL, TRUE);
    }
  if (g_signal_handler_is_connected (clock, handler))
    g_signal_handler_disconnect (clock, handler);
}

/* A label with TEXT that is on screen (a list keeps rows it does not
 * show). */
static gboolean
is_shown_label_with_text (GtkWidget     *widget,
                          gconstpointer  text)
{
  return is_label_with_text (widget, text) && gtk_widget_get_mapped (widget);
}

/* ---- Statements' dates ------------------------------------------------- */

/* A statement card shows its date, first, where the statement has one
 * (the fact sheet does, and a reference may cite a source for the date
 * alone); a statement without one shows none. On the statements tab, as
 * a person sees it, and for each statement of the model. */
static void
test_statement_dates (void)
{
  FvWindow *window = window_with_builtin ();
  FvModel *model = fv_window_get_model (window);
  FvSession *session = session_of (window);
  guint n_dated = 0;

  for (guint i = 0; i < fv_model_get_n_statements (model); i++)
    {
      const FvStatement *statement = fv_model_get_statement (model, i);
      GtkWidget *card = g_object_ref_sink (fv_statement_card_new_numbered (session, statement, NULL));
      GtkWidget *date = find_where (card, has_css_class, "statement-date");

      if (statement->date.precision != FV_DATE_PRECISION_NONE)
        {
          g_autofree char *when = fv_format_date (&statement->date);

          g_assert_nonnull (date);
          g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (date)), ==, when);
          /* The first thing on the card. */
          g_assert_true (gtk_widget_get_first_child (card) == date);
          n_dated++;
        }
      else
        g_assert_null (date);
      g_assert_finalize_object (card);
    }
  g_assert_cmpuint (n_dated, >, 0);

  /* On screen: the executive order's statement, dated January 25, 2017. */
  show_tab (window, "statements");
  {
    GtkWidget *page = find_widget (GTK_WIDGET (window), FV_TYPE_STATEMENTS_PAGE);
    GtkListView *list = GTK_LIST_VIEW (find_widget (page, GTK_TYPE_LIST_VIEW));
    FvFactList *statements = FV_FACT_LIST (gtk_no_selection_get_model (
      GTK_NO_SELECTION (gtk_list_view_get_model (list))));
    guint position = fv_fact_list_find (statements, "st-executive-order");
    GtkWidget *words;

    g_assert_cmpuint (position, !=, G_MAXUINT);
    frames (window);
    gtk_widget_activate_action (GTK_WIDGET (list), "list.scroll-to-item", "u", position);
    frames (window);
    words = find_where (page, is_shown_label_with_text,
                                   "“to perform the functions of an immigration officer in the "
                                   "interior of the United States”");
    GtkWidget *card;

    g_assert_nonnull (words);
    card = gtk_widget_get_parent (words);
    g_assert_true (gtk_widget_has_css_class (card, "statement"));
    g_assert_nonnull (find_where (card, is_label_with_text, "January 25, 2017"));
    g_assert_true (gtk_widget_get_mapped (find_where (card, has_css_class, "statement-date")));
  }

  destroy (window);
}

/* ---- Sources, once a tab --------------------------------------------- */

/* The text of every label under WIDGET, each once per label; those in a
 * list of sources go to SOURCES, the rest (the facts) to FACTS. */
static void
collect_labels (GtkWidget *widget,
                gboolean   in_sources,
                GPtrArray *facts,
                GPtrArray *sources)
{
  in_sources |= gtk_widget_has_css_class (widget, "sources");
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (in_sources ? sources : facts,
                     g_strdup (gtk_label_get_text (GTK_LABEL (widget))));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, in_sources, facts, sources);
}

static guint
count_containing (GPtrArray  *texts,
                  const char *needle)
{
  guint n = 0;

  for (guint i = 0; i < texts->len; i++)
    n += strstr (g_ptr_array_index (texts, i), needle) != NULL;
  return n;
}

/* The tab's facts name no source by its title, and its list of sources
 * names each once; the facts point into it ("[1] paragraph 5"). Returns
 * how many pointers the facts have. */
static guint
assert_sources_once (FvModel   *model,
                     GtkWidget *page)
{
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  guint listed = 0;

  collect_labels (page, FALSE, facts, sources);
  for (guint i = 0; i < fv_model_get_n_sources (model); i++)
    {
      const char *title = fv_model_text (model, &fv_model_get_source (model, i)->title, NULL);
      guint in_facts = count_containing (facts, title), in_list = count_containing (sources, title);

      g_test_message ("“%s”: %u times in the facts, %u in the list", title, in_facts, in_list);
      g_assert_cmpuint (in_facts, ==, 0);
      g_assert_cmpuint (in_list, <=, 1);
      listed += in_list;
    }
  g_assert_cmpuint (listed, >, 0);
  /* Nor is a source's link repeated: the story's "The page as read on"
   * lines are in the list, once each. */
  g_assert_cmpuint (count_containing (facts, "The page as read on"), ==, 0);
  return count_containing (facts, "[1]");
}

/* The case and the statements tabs each list their sources once, the
 * facts pointing into the list; as the window shows them. */
static void
test_sources_once_a_tab (void)
{
  FvWindow *window = window_with_builtin ();
  FvModel *model = fv_window_get_model (window);
  GtkWidget *page, *expander;

  show_tab (window, "case");
  page = find_widget (GTK_WIDGET (window), FV_TYPE_CASE_PAGE);
  g_assert_cmpuint (assert_sources_once (model, page), >, 3);
  /* The lesson's paragraphs, together, after the story's number. */
  g_assert_nonnull (find_where (page, is_label_with_text, "[1] paragraphs 10 and 11"));
  g_assert_nonnull (find_where (page, is_label_with_text,
                                "[1] Article on Chicago’s sanctuary city status and local "
                                "police (article)"));

  show_tab (window, "statements");
  page = find_widget (GTK_WIDGET (window), FV_TYPE_STATEMENTS_PAGE);
  expander = find_widget (page, GTK_TYPE_EXPANDER);
  g_assert_nonnull (expander);
  /* Folded, as it opens: then open, as a person clicks it. */
  g_assert_false (gtk_expander_get_expanded (GTK_EXPANDER (expander)));
  gtk_expander_set_expanded (GTK_EXPANDER (expander), TRUE);
  iterate (50);
  g_assert_cmpuint (assert_sources_once (model, page), >, 1);

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

  g_test_add_func ("/window-facts/statement-dates", test_statement_dates);
  g_test_add_func ("/window-facts/sources-once-a-tab", test_sources_once_a_tab);

  return fv_test_window_run (data_home);
}
