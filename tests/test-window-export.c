/* test-window-export.c — the export dialog's height, through a real export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's Export Chart dialog makes a chart taller where its texts
 * wrap onto more lines, as the command line does without --height, unless
 * the person unchecks it: then the height chosen is the image's. Read back
 * from the PNG the dialog wrote, beside the size the dialog announced.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "fv-export-dialog.h"
#include "fv-ui-resources.h"
#include "fv-window.h"
#include "fv-test-window.h"

static FvWindow *
window_with_builtin (void)
{
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  FvWindow *window = fv_window_new (NULL);

  fv_window_set_model (window, model);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);

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
}

/* The dialog's own widgets, as a person finds them. */
typedef struct
{
  FvExportDialog *dialog;
  GtkWidget      *width, *height, *fit, *size;
} Dialog;

static void
open_dialog (FvWindow *window,
             Dialog   *d)
{
  GtkWidget *form;

  *d = (Dialog) { 0 };
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-chart", NULL));
  for (guint i = 0; i < g_list_model_get_n_items (gtk_window_get_toplevels ()); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (gtk_window_get_toplevels (), i);

      if (FV_IS_EXPORT_DIALOG (toplevel))
        d->dialog = FV_EXPORT_DIALOG (toplevel);
    }
  g_assert_nonnull (d->dialog);

  form = gtk_window_get_child (GTK_WINDOW (d->dialog));
  for (GtkWidget *w = gtk_widget_get_first_child (form); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    {
      if (GTK_IS_SPIN_BUTTON (w) && d->width == NULL)
        d->width = w;
      else if (GTK_IS_SPIN_BUTTON (w))
        d->height = w;
      else if (GTK_IS_CHECK_BUTTON (w))
        d->fit = w;
      else if (GTK_IS_LABEL (w) && gtk_widget_has_css_class (w, "dim-label"))
        d->size = w;
    }
  g_assert_nonnull (d->width);
  g_assert_nonnull (d->height);
  g_assert_nonnull (d->fit);
  g_assert_nonnull (d->size);
  g_assert_true (gtk_widget_get_sensitive (d->fit));
}

/* Exports to PATH as a PNG and waits until the dialog has closed itself. */
static void
export_to (Dialog     *d,
           const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *dialog = GTK_WIDGET (d->dialog);

  g_object_ref (dialog);
  fv_export_dialog_start_export (d->dialog, file);
  for (guint i = 0; i < 100000 && gtk_widget_get_visible (dialog); i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (gtk_widget_get_visible (dialog));
  g_object_unref (dialog);
}

static int
png_height (const char *path)
{
  cairo_surface_t *png = cairo_image_surface_create_from_png (path);
  int height;

  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 200);
  height = cairo_image_surface_get_height (png);
  cairo_surface_destroy (png);
  return height;
}

/* The survey at 200 pixels wide: its title, subtitle, legend and source
 * line wrap onto many lines. By default the image grows for them, as tall
 * as the command line makes it without --height (the charts layer's
 * natural height, in the session's language); unchecked, the height given
 * is the image's. */
static void
test_export_height (void)
{
  FvWindow *window = window_with_builtin ();
  FvModel *model = fv_window_get_model (window);
  const FvChart *chart = fv_model_lookup_chart (model, "trust-survey");
  g_autofree char *dir = g_dir_make_tmp ("fv-export-XXXXXX", NULL);
  g_autofree char *grown = g_build_filename (dir, "grown.png", NULL);
  g_autofree char *fixed = g_build_filename (dir, "fixed.png", NULL);
  g_autofree char *announced = NULL;
  const char *languages[] = { "en", NULL };
  FvChartState state = { .languages = languages };
  FvChartStyle style;
  Dialog d;
  int natural;

  g_assert_nonnull (chart);
  fv_chart_style_init (&style, FALSE);
  natural = fv_chart_get_natural_height (model, chart, 200, 675, &style, &state);
  g_test_message ("the survey at 200 pixels wide: %d high", natural);
  g_assert_cmpint (natural, >, 675);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "statements");
  open_dialog (window, &d);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (d.fit)));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (d.height)), ==, 675);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (d.width), 200);
  announced = g_strdup_printf ("The image will be 200 × %d pixels", natural);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (d.size)), ==, announced);
  export_to (&d, grown);
  g_assert_cmpint (png_height (grown), ==, natural);

  /* The height fixed: the texts smaller instead, the image as given. */
  open_dialog (window, &d);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (d.width), 200);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (d.fit), FALSE);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (d.size)), ==,
                   "The image will be 200 × 675 pixels");
  export_to (&d, fixed);
  g_assert_cmpint (png_height (fixed), ==, 675);

  /* Where the texts have the room, the height given stands either way. */
  open_dialog (window, &d);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (d.fit)));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (d.width), 200);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (d.height), 2000);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (d.size)), ==,
                   "The image will be 200 × 2000 pixels");
  gtk_window_close (GTK_WINDOW (d.dialog));

  g_unlink (grown);
  g_unlink (fixed);
  g_rmdir (dir);
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

  g_test_add_func ("/window-export/height", test_export_height);

  return fv_test_window_run (data_home);
}
