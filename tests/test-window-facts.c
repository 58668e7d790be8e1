/* test-window-facts.c — the facts on the window's tabs: their dates and their sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A real window under a display (Xvfb in CI), read through its widgets.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "fv-fact-widgets.h"
#include "fv-format.h"
#include "fv-statements-page.h"
#include "fv-test-locale.h"
#include "fv-timeline-page.h"
#include "fv-case-page.h"
#include "fv-ui-resources.h"
#include "fv-window.h"

static void
iterate (guint n)
{
  for (guint i = 0; i < n; i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
wait_until_finalized (gpointer *pointer)
{
  for (guint i = 0; i < 1000 && *pointer != NULL; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (*pointer);
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
}

typedef gboolean (*Match) (GtkWidget *widget, gconstpointer data);

static GtkWidget *
find_where (GtkWidget     *widget,
            Match          match,
            gconstpointer  data)
{
  if (match (widget, data))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_where (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static gboolean
has_css_class (GtkWidget     *widget,
               gconstpointer  name)
{
  return gtk_widget_has_css_class (widget, name);
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  return find_where (widget, is_of_type, GSIZE_TO_POINTER (type));
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

static gboolean
is_label_with_text (GtkWidget     *widget,
                    gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
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
      GtkWidget *card = g_object_ref_sink (fv_statement_card_new (session, statement));
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
    GtkWidget *words = find_where (page, is_label_with_text,
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

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  g_setenv ("GTK_A11Y", "test", TRUE);
  g_setenv ("LANGUAGE", "en", TRUE);
  data_home = g_dir_make_tmp ("fv-test-data-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  fv_test_bind_translations ();
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    fv_ui_register_resources ();
    gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  g_object_set (gtk_settings_get_default (), "gtk-recent-files-enabled", FALSE, NULL);

  g_test_add_func ("/window-facts/statement-dates", test_statement_dates);

  status = g_test_run ();
  iterate (100);
  g_rmdir (data_home);
  return status;
}
