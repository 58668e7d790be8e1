/* test-window-layout.c — what the window lays out: the same model the same, no warnings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A real window under a display (Xvfb in CI). Every GLib warning or
 * critical, GTK's own included ("… reports a minimum height … Expect
 * overlapping widgets"), is counted by a log writer of the test's own, so
 * that a test fails on one even where a library made it non-fatal.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "fv-chart-view.h"
#include "fv-statements-page.h"
#include "fv-test-locale.h"
#include "fv-timeline-page.h"
#include "fv-case-page.h"
#include "fv-ui-resources.h"
#include "fv-window.h"
#include "fv-test-window.h"

static guint n_warnings;

static GLogWriterOutput
count_warnings (GLogLevelFlags   level,
                const GLogField *fields,
                gsize            n_fields,
                gpointer         user_data)
{
  if (level & (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR))
    n_warnings++;
  return g_log_writer_default (level, fields, n_fields, user_data);
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

static GtkRevealer *
error_bar (FvWindow *window)
{
  return GTK_REVEALER (find_where (GTK_WIDGET (window), has_css_class, "problems-bar"));
}

static gboolean
is_loading (FvWindow *window)
{
  GtkWidget *header = find_widget (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR);

  return gtk_widget_get_visible (find_widget (header, GTK_TYPE_SPINNER));
}

static gboolean
open_file (FvWindow *window,
           GFile    *file)
{
  FvModel *before = fv_window_get_model (window);

  fv_window_load_file (window, file);
  while (is_loading (window))
    g_main_context_iteration (NULL, TRUE);
  return fv_window_get_model (window) != before;
}

static void
show_tab (FvWindow   *window,
          const char *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", name));
}

static void
count_frame (GdkFrameClock *clock,
             guint         *frames)
{
  (*frames)++;
}

/* Frames until the window's layout holds still: the problems bar's
 * transition over, a list's rows made, the charts drawn. Counted in
 * frames the window paints, not in time. */
static void
settle (FvWindow *window)
{
  GtkRevealer *bar = error_bar (window);
  g_autoptr(GdkFrameClock) clock = g_object_ref (gtk_widget_get_frame_clock (GTK_WIDGET (window)));
  guint frames = 0;
  gulong handler;

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (count_frame), &frames);
  for (guint i = 0; i < 20000 && (frames < 8 || gtk_revealer_get_child_revealed (bar) !=
                                                  gtk_revealer_get_reveal_child (bar)); i++)
    {
      gtk_widget_queue_draw (GTK_WIDGET (window));
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_cmpuint (frames, >=, 8);
  if (g_signal_handler_is_connected (clock, handler))
    g_signal_handler_disconnect (clock, handler);
  iterate (20);
}

/* ---- The problems bar ------------------------------------------------- */

/* The problems bar slides in and out, with animations on, over the tabs
 * and at a small size too: not one warning of GTK's on the way. */
static void
test_problems_bar_quiet (void)
{
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "fixtures", "bad",
                                                "several-problems.json", NULL);
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "fixtures", "good",
                                                 "minimal.json", NULL);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(GFile) good_file = g_file_new_for_path (good);
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  FvWindow *window = fv_window_new (NULL);
  gboolean animations;
  const int sizes[][2] = { { 1000, 700 }, { 360, 500 } };

  g_object_get (gtk_settings_get_default (), "gtk-enable-animations", &animations, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  fv_window_set_model (window, model);
  gtk_window_present (GTK_WINDOW (window));
  settle (window);
  n_warnings = 0;

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      gtk_window_set_default_size (GTK_WINDOW (window), sizes[s][0], sizes[s][1]);
      for (guint tab = 0; tab < 3; tab++)
        {
          show_tab (window, (const char *[]) { "timeline", "case", "statements" }[tab]);
          g_assert_false (open_file (window, bad_file));
          settle (window);
          g_assert_true (gtk_revealer_get_child_revealed (error_bar (window)));
          g_assert_true (open_file (window, good_file));
          settle (window);
          g_assert_false (gtk_revealer_get_child_revealed (error_bar (window)));
        }
    }
  g_assert_cmpuint (n_warnings, ==, 0);

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", animations, NULL);
  destroy (window);
}

/* ---- The same model, the same layout ------------------------------------ */

typedef struct
{
  char *path;
  graphene_rect_t bounds;
} Placed;

static void
placed_free (gpointer data)
{
  Placed *placed = data;

  g_free (placed->path);
  g_free (placed);
}

/* Where each widget of a page is, by its place in the tree and its type. */
static void
collect (GtkWidget  *widget,
         GtkWidget  *page,
         const char *path,
         GPtrArray  *out)
{
  Placed *placed;
  guint i = 0;

  /* An overlay scrollbar widens under the pointer and narrows again:
   * not the page's layout. */
  if (!gtk_widget_get_mapped (widget) || GTK_IS_SCROLLBAR (widget))
    return;
  placed = g_new0 (Placed, 1);
  placed->path = g_strdup_printf ("%s/%s", path, G_OBJECT_TYPE_NAME (widget));
  if (!gtk_widget_compute_bounds (widget, page, &placed->bounds))
    graphene_rect_init (&placed->bounds, -1, -1, -1, -1);
  g_ptr_array_add (out, placed);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child), i++)
    {
      g_autofree char *child_path = g_strdup_printf ("%s/%u", placed->path, i);

      collect (child, page, child_path, out);
    }
}

static GPtrArray *
layout_of (GtkWidget *page)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (placed_free);

  collect (page, page, "", out);
  return out;
}

static const GType *
page_types (void)
{
  static GType types[3];

  types[0] = FV_TYPE_TIMELINE_PAGE;
  types[1] = FV_TYPE_CASE_PAGE;
  types[2] = FV_TYPE_STATEMENTS_PAGE;
  return types;
}

/* BEFORE and AFTER the same, widget for widget: the charts first, the
 * ones a reader sees change. */
static void
compare_layouts (GPtrArray *before,
                 GPtrArray *after)
{
  guint n_charts = 0;

  for (guint i = 0; i < before->len; i++)
    {
      Placed *a = g_ptr_array_index (before, i);

      if (!g_str_has_suffix (a->path, "/FvChartView"))
        continue;
      n_charts++;
      for (guint k = 0; k < after->len; k++)
        {
          Placed *b = g_ptr_array_index (after, k);

          if (!g_str_equal (a->path, b->path))
            continue;
          g_test_message ("chart %u: %g×%g at %g,%g; after %g×%g at %g,%g", n_charts,
                          a->bounds.size.width, a->bounds.size.height, a->bounds.origin.x,
                          a->bounds.origin.y, b->bounds.size.width, b->bounds.size.height,
                          b->bounds.origin.x, b->bounds.origin.y);
          g_assert_true (graphene_rect_equal (&a->bounds, &b->bounds));
        }
    }
  g_assert_cmpuint (n_charts, >, 0);

  for (guint i = 0; i < MIN (before->len, after->len); i++)
    {
      Placed *a = g_ptr_array_index (before, i);
      Placed *b = g_ptr_array_index (after, i);

      if (!g_str_equal (a->path, b->path) || !graphene_rect_equal (&a->bounds, &b->bounds))
        g_test_message ("%s %g,%g %g×%g; after: %s %g,%g %g×%g", a->path, a->bounds.origin.x,
                        a->bounds.origin.y, a->bounds.size.width, a->bounds.size.height,
                        b->path, b->bounds.origin.x, b->bounds.origin.y, b->bounds.size.width,
                        b->bounds.size.height);
      g_assert_cmpstr (a->path, ==, b->path);
      g_assert_true (graphene_rect_equal (&a->bounds, &b->bounds));
    }
  g_assert_cmpuint (before->len, ==, after->len);
}

/* Reads PATH again (F5), as it now says TEXT, and waits until it is read. */
static void
reload_as (FvWindow   *window,
           const char *path,
           const char *text,
           gsize       length)
{
  FvModel *before = fv_window_get_model (window);

  g_assert_true (g_file_set_contents (path, text, length, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL));
  while (is_loading (window))
    g_main_context_iteration (NULL, TRUE);
  /* A good file is a new model; a broken one shows its problems. */
  g_assert_true (fv_window_get_model (window) != before ||
                 gtk_revealer_get_reveal_child (error_bar (window)));
  settle (window);
}

/* The built-in model from a file, opened, each tab looked at; then, from
 * each tab, a broken save (the problems bar comes and goes) and the good
 * file read again: each tab is where it was, to the pixel: every widget,
 * the charts first. */
static void
test_same_layout_after_reload (gconstpointer data)
{
  const int *size = data;
  static const char *tabs[] = { "timeline", "case", "statements" };
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GBytes) bytes = fv_model_get_builtin_bytes ();
  g_autofree char *dir = g_dir_make_tmp ("fv-layout-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "model.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(FvModel) builtin = fv_model_new_builtin ();
  const char *text = g_bytes_get_data (bytes, NULL);
  gsize length = g_bytes_get_size (bytes);
  FvWindow *window;
  GPtrArray *before[3];
  int height;

  /* The test reads the file again itself. */
  g_settings_set_boolean (settings, "reload-when-changed", FALSE);
  g_settings_set_int (settings, "window-width", size[0]);
  g_settings_set_int (settings, "window-height", size[1]);
  window = fv_window_new (NULL);
  g_assert_true (g_file_set_contents (path, text, length, NULL));
  fv_window_set_model (window, builtin);
  gtk_window_present (GTK_WINDOW (window));
  settle (window);
  g_assert_true (open_file (window, file));
  /* Each tab once: the window takes the size the largest needs. */
  for (guint t = 0; t < 3; t++)
    {
      show_tab (window, tabs[t]);
      settle (window);
    }
  for (guint t = 0; t < 3; t++)
    {
      show_tab (window, tabs[t]);
      settle (window);
      before[t] = layout_of (find_widget (GTK_WIDGET (window), page_types ()[t]));
    }
  height = gtk_widget_get_height (GTK_WIDGET (window));

  for (guint from = 0; from < 3; from++)
    {
      show_tab (window, tabs[from]);
      settle (window);
      reload_as (window, path, "{\"schema_version\": 1,", -1);
      g_assert_true (gtk_revealer_get_child_revealed (error_bar (window)));
      reload_as (window, path, text, length);
      g_assert_false (gtk_revealer_get_child_revealed (error_bar (window)));

      for (guint t = 0; t < 3; t++)
        {
          g_autoptr(GPtrArray) after = NULL;

          show_tab (window, tabs[t]);
          settle (window);
          after = layout_of (find_widget (GTK_WIDGET (window), page_types ()[t]));
          g_test_message ("reloaded on %s, %s:", tabs[from], tabs[t]);
          g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), ==, height);
          compare_layouts (before[t], after);
        }
    }
  for (guint t = 0; t < 3; t++)
    g_ptr_array_unref (before[t]);

  destroy (window);
  g_settings_reset (settings, "reload-when-changed");
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A page closed while it waits for its list to grow back to a kept scroll
 * position (a tick callback of its own) closes without a warning: the page
 * lets go of its frame clock's signals, and only of its own. */
static void
test_closed_while_restoring_scroll (void)
{
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  FvWindow *window = fv_window_new (NULL);
  GtkWidget *page;

  fv_window_set_model (window, model);
  gtk_window_present (GTK_WINDOW (window));
  settle (window);
  page = find_widget (GTK_WIDGET (window), FV_TYPE_TIMELINE_PAGE);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_realized (page));

  n_warnings = 0;
  fv_timeline_page_set_scroll (FV_TIMELINE_PAGE (page), 100);
  iterate (2);
  destroy (window);
  g_assert_cmpuint (n_warnings, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  char *data_home;

  g_log_set_writer_func (count_warnings, NULL, NULL);
  data_home = fv_test_window_init (&argc, &argv);
  if (data_home == NULL)
    return 0;

  g_test_add_func ("/window-layout/problems-bar-quiet", test_problems_bar_quiet);
  g_test_add_func ("/window-layout/closed-while-restoring-scroll",
                   test_closed_while_restoring_scroll);
  {
    /* The default size: the statements' pane is at the end of its room
     * there (Xvfb's screen is 800 high). */
    static const int sizes[][2] = { { 1200, 820 } };

    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      {
        g_autofree char *path = g_strdup_printf ("/window-layout/same-after-reload/%dx%d",
                                                 sizes[i][0], sizes[i][1]);

        g_test_add_data_func (path, sizes[i], test_same_layout_after_reload);
      }
  }

  return fv_test_window_run (data_home);
}
