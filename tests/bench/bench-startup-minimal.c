/* bench-startup-minimal.c — the smallest window: a header bar and a label
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What Fact Viewer's startup is measured against. Prints the monotonic time
 * of its first frame and quits, as bench-startup does for Fact Viewer.
 *
 * bench-startup-minimal --header-bar: the baseline, the smallest libadwaita
 * program (Fact Viewer is one): an AdwApplication whose
 * AdwApplicationWindow, of Fact Viewer's size, holds an empty AdwHeaderBar
 * above one label, as every GNOME window has.
 *
 * bench-startup-minimal: a GtkApplicationWindow of the same size with one
 * label and nothing else, not even libadwaita. Not the baseline, but what
 * the platform's library and decorations alone cost: under an X server
 * without a window manager this window has none.
 */
#include <adwaita.h>

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
  GtkWidget *window, *label = gtk_label_new ("Hello");

  if (header_bar)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

      window = adw_application_window_new (app);
      gtk_widget_set_vexpand (label, TRUE);
      gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
      gtk_box_append (GTK_BOX (box), label);
      adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
    }
  else
    {
      window = gtk_application_window_new (app);
      gtk_window_set_child (GTK_WINDOW (window), label);
    }
  gtk_window_set_title (GTK_WINDOW (window), "Minimal");
  /* Fact Viewer's default size: the same pixels to render. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 820);
  g_signal_connect (window, "realize", G_CALLBACK (on_realize), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = NULL;

  header_bar = argc > 1 && g_str_equal (argv[1], "--header-bar");
  /* libadwaita's application sets its style up at startup, as Fact
   * Viewer's does. */
  if (header_bar)
    app = GTK_APPLICATION (adw_application_new ("io.github.factviewer.BenchMinimal",
                                                G_APPLICATION_NON_UNIQUE));
  else
    app = gtk_application_new ("io.github.factviewer.BenchMinimal", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
