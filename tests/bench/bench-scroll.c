/* bench-scroll.c — frame times while the timeline list scrolls, top to bottom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-scroll MODEL: a real window on MODEL; once it is drawn, the event
 * list is scrolled as bench-scroll-common.h says. Prints the median and the
 * worst time between frames, in milliseconds, and the number of frames,
 * then the width and the height of the list's scrolled window, for
 * bench-scroll-rows to make its list of the same size.
 */
#include "config.h"

#include "bench-scroll-common.h"

#include "fv-ui-resources.h"
#include "fv-window.h"

/* The first list view under WIDGET: the timeline's event list. */
static GtkWidget *
find_list (GtkWidget *widget)
{
  if (GTK_IS_LIST_VIEW (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_list (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = NULL;
  FvWindow *window;
  GtkWidget *list;

  if (argc != 2)
    {
      g_printerr ("usage: %s MODEL\n", argv[0]);
      return 2;
    }

  adw_init ();
  /* The style sheet, as AdwApplication loads it in the program: without
   * it the window is not the one a person scrolls (and the rows' style
   * differs from bench-scroll-rows'). */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    fv_ui_register_resources ();
    gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  file = g_file_new_for_commandline_arg (argv[1]);
  model = fv_model_new_from_file (file, NULL, NULL, &error);
  if (model == NULL)
    g_error ("%s", error->message);

  window = fv_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 820);
  fv_window_set_model (window, model);
  gtk_window_present (GTK_WINDOW (window));

  list = find_list (GTK_WIDGET (window));
  bench_scroll_run (list);
  g_print ("%d %d\n", gtk_widget_get_width (gtk_widget_get_parent (list)),
           gtk_widget_get_height (gtk_widget_get_parent (list)));

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
