/* test-window-notices.c — a file that could not be read says so in a toast
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file gone, a folder, a file the reader may not read: nothing to
 * locate in it, so no problems bar, but a toast that names the file and
 * says why, while the model on screen stays. A model with problems still
 * shows them, located, in the bar.
 */
#include "config.h"

#include <unistd.h>

#include <glib/gstdio.h>

#include "fv-ui-resources.h"
#include "fv-window.h"
#include "fv-test-window.h"

/* A label inside a toast (libadwaita's toast widget, "toast" in CSS). */
static gboolean
is_toast_label (GtkWidget     *widget,
                gconstpointer  unused)
{
  if (!GTK_IS_LABEL (widget))
    return FALSE;
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (g_str_equal (gtk_widget_get_css_name (w), "toast"))
      return TRUE;
  return FALSE;
}

/* What the toast on screen says, or NULL. */
static const char *
toast_text (FvWindow *window)
{
  GtkWidget *label = find_where (GTK_WIDGET (window), is_toast_label, NULL);

  return label != NULL ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

static GtkRevealer *
problems_bar (FvWindow *window)
{
  return GTK_REVEALER (find_where (GTK_WIDGET (window), has_css_class, "problems-bar"));
}

static FvWindow *
window_with (FvModel *model)
{
  FvWindow *window = fv_window_new (NULL);

  fv_window_set_model (window, model);
  gtk_window_present (GTK_WINDOW (window));
  iterate (50);
  return window;
}

static void
destroy (FvWindow *window)
{
  gpointer weak = window;

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  gtk_window_destroy (GTK_WINDOW (window));
  wait_until_finalized (&weak);
}

static gboolean
is_loading (FvWindow *window)
{
  GtkWidget *spinner = find_where (GTK_WIDGET (window), is_of_type,
                                   GSIZE_TO_POINTER (GTK_TYPE_SPINNER));

  return gtk_widget_get_visible (spinner);
}

/* Loads FILE as Open does, and waits until it is done. */
static void
load (FvWindow *window,
      GFile    *file)
{
  fv_window_load_file (window, file);
  g_assert_true (is_loading (window));
  while (is_loading (window))
    g_main_context_iteration (NULL, TRUE);
  iterate (20);
}

/* The model stays, the bar stays closed, the toast says why. */
static void
assert_not_read (FvWindow   *window,
                 FvModel    *before,
                 const char *expected)
{
  g_assert_true (fv_window_get_model (window) == before);
  g_assert_false (gtk_revealer_get_reveal_child (problems_bar (window)));
  g_assert_cmpstr (toast_text (window), ==, expected);
}

static void
test_missing_file (void)
{
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  FvWindow *window = window_with (model);
  g_autofree char *dir = g_dir_make_tmp ("fv-notices-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "gone.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *expected = g_strdup_printf ("“gone.json” could not be read: Error when "
                                               "getting information for file “%s”: No such "
                                               "file or directory", path);

  g_assert_null (toast_text (window));
  load (window, file);
  assert_not_read (window, model, expected);

  destroy (window);
  g_rmdir (dir);
}

static void
test_folder (void)
{
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  FvWindow *window = window_with (model);
  g_autofree char *dir = g_dir_make_tmp ("fv-notices-XXXXXX", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autofree char *name = g_path_get_basename (dir);
  g_autofree char *expected = g_strdup_printf ("“%s” could not be read: This is a folder, not "
                                               "a fact model file", name);

  load (window, file);
  assert_not_read (window, model, expected);

  destroy (window);
  g_rmdir (dir);
}

/* The model's own file gone, then read again (F5): the model read last
 * stays on screen, with its tabs. */
static void
test_reload_gone (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-notices-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "story.json", NULL);
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", "good",
                                                    "other-story.json", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(FvModel) builtin = fv_model_new_builtin ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  FvWindow *window;
  FvModel *model;

  /* Read again by F5 alone, not by the file's monitor as well. */
  g_settings_set_boolean (settings, "reload-when-changed", FALSE);
  window = window_with (builtin);

  g_assert_true (g_file_get_contents (fixture, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  load (window, file);
  model = fv_window_get_model (window);
  g_assert_true (model != builtin);
  g_assert_true (g_file_equal (fv_model_get_file (model), file));

  g_assert_cmpint (g_unlink (path), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL);
  g_assert_true (is_loading (window));
  while (is_loading (window))
    g_main_context_iteration (NULL, TRUE);
  iterate (20);
  {
    g_autofree char *expected = g_strdup_printf ("“story.json” could not be read: Error when "
                                                 "getting information for file “%s”: No such "
                                                 "file or directory", path);

    assert_not_read (window, model, expected);
  }

  destroy (window);
  g_settings_reset (settings, "reload-when-changed");
  g_rmdir (dir);
}

/* A file with problems is read: they are the bar's, located, not a
 * toast's. */
static void
test_problems_not_a_toast (void)
{
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  FvWindow *window = window_with (model);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "bad",
                                                 "several-problems.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  load (window, file);
  g_assert_true (fv_window_get_model (window) == model);
  g_assert_true (gtk_revealer_get_reveal_child (problems_bar (window)));
  g_assert_null (toast_text (window));

  destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  char *data_home;

  data_home = fv_test_window_init (&argc, &argv);
  if (data_home == NULL)
    return 0;

  g_test_add_func ("/window-notices/missing-file", test_missing_file);
  g_test_add_func ("/window-notices/folder", test_folder);
  g_test_add_func ("/window-notices/reload-gone", test_reload_gone);
  g_test_add_func ("/window-notices/problems-not-a-toast", test_problems_not_a_toast);

  return fv_test_window_run (data_home);
}
