/* bench-startup.c — Fact Viewer's startup, to its first frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application as main.c runs it (the same FvApplication, its window
 * and the built-in model), with the frame clock of its first window
 * watched from here: prints the monotonic time of the first frame drawn
 * and quits, as bench-startup-minimal does for the smallest GTK program.
 * build-aux/bench.py takes the time from before it starts the program.
 */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "fv-application.h"

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

/* The application's first window, before it is shown. */
static void
on_window_added (GtkApplication *app,
                 GtkWindow      *window)
{
  g_signal_handlers_disconnect_by_func (app, on_window_added, NULL);
  g_signal_connect (window, "realize", G_CALLBACK (on_realize), app);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(FvApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = fv_application_new ();
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), NULL);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
