/* fv-test-window.h — finding widgets in a real window, and waiting for it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What every test of the window does: turn the main loop, wait for a
 * window to be gone, and find a widget in its tree by type, text or style
 * class.
 */
#pragma once

#include <adwaita.h>
#include <glib/gstdio.h>

#include "fv-test-locale.h"
#include "fv-ui-resources.h"

static inline void
iterate (guint n)
{
  for (guint i = 0; i < n; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* Until the weak pointer POINTER is cleared: a window destroyed is
 * finalized some turns of the main loop later. */
static inline void
wait_until_finalized (gpointer *pointer)
{
  for (guint i = 0; i < 1000 && *pointer != NULL; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (*pointer);
}

typedef gboolean (*Match) (GtkWidget *widget, gconstpointer data);

/* The first widget, depth first from WIDGET itself, that MATCH takes. */
static inline GtkWidget *
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

static inline gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static inline gboolean
has_css_class (GtkWidget     *widget,
               gconstpointer  name)
{
  return gtk_widget_has_css_class (widget, name);
}

static inline gboolean
is_label_with_text (GtkWidget     *widget,
                    gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static inline GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  return find_where (widget, is_of_type, GSIZE_TO_POINTER (type));
}

/* Sets a test of the window up as the program runs: GTK's test
 * accessibility backend (what a screen reader reads, without a session
 * bus), English, the style sheet as AdwApplication loads it, and recent
 * files and the like in a folder of the test's own, not the home of
 * whoever runs it. GTK 4.8's recent files manager, re-reading its list
 * after it writes it, now and then loses a few of the lists it builds
 * (LeakSanitizer reports them, inside GTK): no file is added to it unless
 * a test asks.
 *
 * Returns: (transfer full) (nullable): the data folder, for
 *   fv_test_window_run(); NULL when there is no display, the test skipped
 *   as TAP says */
static inline char *
fv_test_window_init (int    *argc,
                     char ***argv)
{
  g_autoptr(GtkCssProvider) css = NULL;
  char *data_home;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return NULL;
    }
  g_setenv ("GTK_A11Y", "test", TRUE);
  g_setenv ("LANGUAGE", "en", TRUE);
  data_home = g_dir_make_tmp ("fv-test-data-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  fv_test_bind_translations ();

  fv_ui_register_resources ();
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set (gtk_settings_get_default (), "gtk-recent-files-enabled", FALSE, NULL);
  return data_home;
}

/* Runs the tests, lets the last window's sources go, and removes
 * DATA_HOME (fv_test_window_init()). */
static inline int
fv_test_window_run (char *data_home)
{
  int status = g_test_run ();

  iterate (100);
  g_rmdir (data_home);
  g_free (data_home);
  return status;
}
