/* test-window-fit.c — every tab fits an 800×600 screen, in every language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window's minimum size is what its content asks for; a window asked to
 * be smaller grows to it, past a small screen's edge. Each tab, in English,
 * Spanish and Polish (the longest of the translations), asks for no more
 * than 800×600, and a window of 800×600 stays so: what does not fit
 * scrolls.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "fv-test-locale.h"
#include "fv-ui-resources.h"
#include "fv-window.h"
#include "fv-test-window.h"

#define SCREEN_WIDTH 800
#define SCREEN_HEIGHT 600

typedef struct
{
  const char *language;
  const char *tab;
} Fit;

static const char * const languages[] = { "en", "es", "pl" };
static const char * const tabs[] = { "timeline", "case", "statements" };

/* The window as the reader left it: WIDTH × HEIGHT on TAB (GSettings keeps
 * both), on the built-in model, laid out. */
static FvWindow *
window_left_at (const char *tab,
                int         width,
                int         height)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  FvWindow *window;

  g_settings_set_string (settings, "last-tab", tab);
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
  window = fv_window_new (NULL);
  fv_window_set_model (window, model);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 2000 && gtk_widget_get_width (GTK_WIDGET (window)) == 0; i++)
    g_main_context_iteration (NULL, FALSE);
  /* The switcher title chooses after a first layout, and the page's
   * content is made when it is mapped. */
  for (guint i = 0; i < 200; i++)
    g_main_context_iteration (NULL, FALSE);
  /* Where the tabs do not fit in the header, they slide in at the bottom,
   * frame by frame: measured once they are all in. */
  {
    GtkWidget *bar = find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR);
    GtkRevealer *revealer = GTK_REVEALER (find_widget (bar, GTK_TYPE_REVEALER));

    for (guint i = 0; i < 500 && (gtk_revealer_get_child_revealed (revealer) !=
                                  gtk_revealer_get_reveal_child (revealer)); i++)
      g_main_context_iteration (NULL, TRUE);
    g_assert_cmpint (gtk_revealer_get_child_revealed (revealer), ==,
                     gtk_revealer_get_reveal_child (revealer));
    g_test_message ("the tabs %s", gtk_revealer_get_reveal_child (revealer) ? "at the bottom"
                                                                             : "in the header");
  }

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
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

/* What asks for the height, when a tab is too tall: each widget down to
 * DEPTH with its minimum height at FOR_WIDTH. */
static void
log_heights (GtkWidget *widget,
             int        for_width,
             guint      depth,
             guint      indent)
{
  int minimum;

  if (!gtk_widget_get_visible (widget))
    return;
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, for_width, &minimum, NULL, NULL, NULL);
  g_test_message ("%*s%s: %d", (int) indent * 2, "", G_OBJECT_TYPE_NAME (widget), minimum);
  /* The header bar's height is its own business. */
  if (depth == 0 || ADW_IS_HEADER_BAR (widget))
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    log_heights (child, gtk_widget_get_width (child), depth - 1, indent + 1);
}

static void
test_fit (gconstpointer data)
{
  const Fit *fit = data;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *tab = NULL;
  FvWindow *window;
  int min_width, min_height, min_height_narrowest;
  int width, height;
  GdkSurface *surface;

  fv_test_use_language (fit->language);
  /* The interface is in that language indeed. */
  if (!g_str_equal (fit->language, "en"))
    g_assert_cmpstr (_("Search events, statements, people and sources"), !=,
                     "Search events, statements, people and sources");
  window = window_left_at (fit->tab, SCREEN_WIDTH, SCREEN_HEIGHT);
  tab = g_settings_get_string (settings, "last-tab");
  g_assert_cmpstr (tab, ==, fit->tab);

  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1,
                      &min_width, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_VERTICAL, SCREEN_WIDTH,
                      &min_height, NULL, NULL, NULL);
  /* And at the narrowest the window may be: text wraps the most there. */
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_VERTICAL, min_width,
                      &min_height_narrowest, NULL, NULL, NULL);
  g_test_message ("%s, %s: at least %d wide; at least %d high at %d wide, %d at %d wide",
                  fit->language, fit->tab, min_width, min_height, SCREEN_WIDTH,
                  min_height_narrowest, min_width);
  if (MAX (min_height, min_height_narrowest) > SCREEN_HEIGHT || min_width > SCREEN_WIDTH ||
      g_test_verbose ())
    log_heights (GTK_WIDGET (window), SCREEN_WIDTH, 14, 0);

  g_assert_cmpint (min_width, <=, SCREEN_WIDTH);
  g_assert_cmpint (min_height, <=, SCREEN_HEIGHT);
  g_assert_cmpint (min_height_narrowest, <=, SCREEN_HEIGHT);

  /* The window of 800×600 stays so: neither its surface on the screen
   * (the window's widget is the surface less the frame of client-side
   * decorations, where there is one) nor the size it keeps for next time
   * grows. */
  surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_assert_cmpint (gdk_surface_get_width (surface), ==, SCREEN_WIDTH);
  g_assert_cmpint (gdk_surface_get_height (surface), ==, SCREEN_HEIGHT);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, SCREEN_WIDTH);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), <=, SCREEN_HEIGHT);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, SCREEN_WIDTH);
  g_assert_cmpint (height, ==, SCREEN_HEIGHT);

  destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  char *data_home;
  g_autoptr(GPtrArray) fits = g_ptr_array_new_with_free_func (g_free);

  data_home = fv_test_window_init (&argc, &argv);
  if (data_home == NULL)
    return 0;

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (guint t = 0; t < G_N_ELEMENTS (tabs); t++)
      {
        Fit *fit = g_new (Fit, 1);
        g_autofree char *path = g_strdup_printf ("/window-fit/%s/%s", languages[l], tabs[t]);

        fit->language = languages[l];
        fit->tab = tabs[t];
        g_ptr_array_add (fits, fit);
        g_test_add_data_func (path, fit, test_fit);
      }

  return fv_test_window_run (data_home);
}
