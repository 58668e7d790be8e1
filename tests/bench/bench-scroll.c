/* bench-scroll.c — frame times while the timeline list scrolls, top to bottom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-scroll MODEL: a real window on MODEL; once it is drawn, the event
 * list is scrolled from its top to its end in STEPS frames, as a person
 * dragging the scroll bar does: each frame shows rows it has not shown.
 * Prints the median and the worst time between frames, in milliseconds.
 */
#include "config.h"

#include "bench-common.h"

#include <stdlib.h>

#include "fv-window-private.h"

#define STEPS 300

typedef struct
{
  GtkAdjustment *adjustment;
  GArray        *intervals;
  gint64         last;
  guint          settle;
  gboolean       done;
} Scroll;

static gboolean
tick (GtkWidget     *widget,
      GdkFrameClock *clock,
      gpointer       data)
{
  Scroll *scroll = data;
  gint64 now = g_get_monotonic_time ();
  double value, upper, page;

  /* Let the first frames (realization, first layout) pass. */
  if (scroll->settle > 0)
    {
      scroll->settle--;
      scroll->last = now;
      return G_SOURCE_CONTINUE;
    }

  if (scroll->last != 0)
    {
      double interval = (now - scroll->last) / 1000.0;
      g_array_append_val (scroll->intervals, interval);
    }
  scroll->last = now;

  value = gtk_adjustment_get_value (scroll->adjustment);
  upper = gtk_adjustment_get_upper (scroll->adjustment);
  page = gtk_adjustment_get_page_size (scroll->adjustment);
  if (value + page >= upper)
    {
      scroll->done = TRUE;
      return G_SOURCE_REMOVE;
    }

  gtk_adjustment_set_value (scroll->adjustment, value + MAX (page / 3, (upper - page) / STEPS));
  return G_SOURCE_CONTINUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = NULL;
  Scroll scroll = { 0 };
  FvWindow *window;
  double median, worst;

  if (argc != 2)
    {
      g_printerr ("usage: %s MODEL\n", argv[0]);
      return 2;
    }

  gtk_init ();
  file = g_file_new_for_commandline_arg (argv[1]);
  model = fv_model_new_from_file (file, NULL, NULL, &error);
  if (model == NULL)
    g_error ("%s", error->message);

  window = fv_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 820);
  fv_window_set_model (window, model);
  gtk_window_present (GTK_WINDOW (window));

  scroll.adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (window->event_list));
  scroll.intervals = g_array_new (FALSE, FALSE, sizeof (double));
  scroll.settle = 30;
  gtk_widget_add_tick_callback (GTK_WIDGET (window->event_list), tick, &scroll, NULL);

  while (!scroll.done)
    g_main_context_iteration (NULL, TRUE);

  median = bench_median ((double *) scroll.intervals->data, scroll.intervals->len, &worst);
  g_print ("%.3f %.3f %u\n", median, worst, scroll.intervals->len);

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
