/* bench-scroll-plain.c — the baseline of bench-scroll: a plain GtkListView
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-scroll-plain N: a window of Fact Viewer's size holding only a
 * GtkListView of N one-line labels, scrolled as bench-scroll scrolls the
 * event list. Prints the median and the worst time between frames, in
 * milliseconds, and the number of frames.
 */
#include "bench-scroll-common.h"

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  gtk_list_item_set_child (item, gtk_label_new (NULL));
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (string));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  GtkListItemFactory *factory;
  GtkWidget *window, *scrolled, *list;
  guint n;

  if (argc != 2)
    {
      g_printerr ("usage: %s N\n", argv[0]);
      return 2;
    }

  gtk_init ();
  n = (guint) g_ascii_strtoull (argv[1], NULL, 10);
  for (guint i = 0; i < n; i++)
    {
      char label[64];

      g_snprintf (label, sizeof label, "Event %u of the synthetic story", i);
      gtk_string_list_append (strings, label);
    }

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  list = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_single_selection_new (
                              G_LIST_MODEL (g_object_ref (strings)))),
                            factory);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 820);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  gtk_window_present (GTK_WINDOW (window));

  bench_scroll_run (list);

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
