/* bench-startup-minimal.c — the smallest GTK 4 program: a window, a label
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What Fact Viewer's startup is measured against: a window of the same size,
 * with one label. Prints the monotonic time of its first frame and quits, as
 * bench-startup does for Fact Viewer.
 *
 * bench-startup-minimal --header-bar: the same window with an empty
 * GtkHeaderBar as its title bar, as every GNOME window has. Not the
 * baseline, but what GTK's client-side decorations alone cost: under an X
 * server without a window manager the plain window has none.
 */
#include <gtk/gtk.h>

static void
on_first_frame (GdkFrameClock *clock,
                GApplication  *app)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame, app);
  g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_application_quit (app);
}

static void
on_realize (GtkWidget    *window,
            GApplication *app)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_first_frame), app);
}

static gboolean header_bar;

static void
on_activate (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_title (GTK_WINDOW (window), "Minimal");
  /* Fact Viewer's default size: the same pixels to render. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 820);
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Hello"));
  if (header_bar)
    gtk_window_set_titlebar (GTK_WINDOW (window), gtk_header_bar_new ());
  g_signal_connect (window, "realize", G_CALLBACK (on_realize), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = gtk_application_new ("io.github.factviewer.BenchMinimal",
                                                       G_APPLICATION_NON_UNIQUE);

  header_bar = argc > 1 && g_str_equal (argv[1], "--header-bar");
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
