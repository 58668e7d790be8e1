/* bench-scroll-common.h — scroll a list from top to bottom and time frames
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What bench-scroll (Fact Viewer's event list) and bench-scroll-plain (a
 * plain GtkListView, its baseline) share, so that both scroll alike: once
 * the window is drawn, the list is scrolled from its top to its end in
 * STEPS frames, as a person dragging the scroll bar does, each frame showing
 * rows it has not shown. With FV_BENCH_PHASES set in the environment, it
 * also prints on standard error the median and the worst time of each
 * frame's layout and of its paint (snapshot and rendering): where a frame's
 * time goes.
 */
#pragma once

#include <gtk/gtk.h>

#include "bench-common.h"

#define BENCH_SCROLL_STEPS 300

typedef struct
{
  GtkAdjustment *adjustment;
  GArray        *intervals;
  gint64         last;
  guint          settle;
  gboolean       done;
  /* Where each frame's time goes (with FV_BENCH_PHASES set): the end of
   * the frame clock's update (the tick callbacks), of its layout and of
   * its paint (snapshot and render). */
  gint64         update_end;
  gint64         layout_end;
  GArray        *layouts;
  GArray        *paints;
} BenchScroll;

static void
bench_scroll_on_update (GdkFrameClock *clock,
                        BenchScroll   *scroll)
{
  scroll->update_end = g_get_monotonic_time ();
}

static void
bench_scroll_on_layout (GdkFrameClock *clock,
                        BenchScroll   *scroll)
{
  scroll->layout_end = g_get_monotonic_time ();
}

static void
bench_scroll_on_paint (GdkFrameClock *clock,
                       BenchScroll   *scroll)
{
  double layout = (scroll->layout_end - scroll->update_end) / 1000.0;
  double paint = (g_get_monotonic_time () - scroll->layout_end) / 1000.0;

  if (scroll->settle > 0 || scroll->update_end == 0 || scroll->layout_end < scroll->update_end)
    return;
  g_array_append_val (scroll->layouts, layout);
  g_array_append_val (scroll->paints, paint);
}

static gboolean
bench_scroll_tick (GtkWidget     *widget,
                   GdkFrameClock *clock,
                   gpointer       data)
{
  BenchScroll *scroll = data;
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

  gtk_adjustment_set_value (scroll->adjustment,
                            value + MAX (page / 3, (upper - page) / BENCH_SCROLL_STEPS));
  return G_SOURCE_CONTINUE;
}

/* Scrolls LIST (a GtkScrollable in a presented window) to its end and prints
 * the median and the worst time between frames, in milliseconds, and the
 * number of frames. */
static inline void
bench_scroll_run (GtkWidget *list)
{
  BenchScroll scroll = { 0 };
  double median, worst;

  scroll.adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  scroll.intervals = g_array_new (FALSE, FALSE, sizeof (double));
  scroll.settle = 30;
  gtk_widget_add_tick_callback (list, bench_scroll_tick, &scroll, NULL);
  scroll.layouts = g_array_new (FALSE, FALSE, sizeof (double));
  scroll.paints = g_array_new (FALSE, FALSE, sizeof (double));
  if (g_getenv ("FV_BENCH_PHASES") != NULL)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (list);

      g_signal_connect (clock, "update", G_CALLBACK (bench_scroll_on_update), &scroll);
      g_signal_connect (clock, "layout", G_CALLBACK (bench_scroll_on_layout), &scroll);
      g_signal_connect (clock, "paint", G_CALLBACK (bench_scroll_on_paint), &scroll);
    }

  while (!scroll.done)
    g_main_context_iteration (NULL, TRUE);

  median = bench_median ((double *) scroll.intervals->data, scroll.intervals->len, &worst);
  g_print ("%.3f %.3f %u\n", median, worst, scroll.intervals->len);
  if (scroll.layouts->len > 0)
    {
      double layout_worst, paint_worst;
      double layout = bench_median ((double *) scroll.layouts->data, scroll.layouts->len,
                                    &layout_worst);
      double paint = bench_median ((double *) scroll.paints->data, scroll.paints->len,
                                   &paint_worst);

      g_printerr ("phases: layout median %.3f worst %.3f, paint median %.3f worst %.3f ms\n",
                  layout, layout_worst, paint, paint_worst);
    }
  g_array_unref (scroll.layouts);
  g_array_unref (scroll.paints);
  g_array_unref (scroll.intervals);
}
