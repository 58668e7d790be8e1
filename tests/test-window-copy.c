/* test-window-copy.c — what a copy in a real window puts on the clipboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Read back the way a program that pastes reads it: through GDK's
 * clipboard, as a MIME type it asks for, not from our content provider.
 * Copy Chart offers the chart as an image (PNG among GDK's formats) and
 * its alternative text as plain text; a table's copy is the CSV that
 * --format=csv writes.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "fv-chart-csv.h"
#include "fv-chart-panel.h"
#include "fv-chart-table.h"
#include "fv-chart-view-state.h"
#include "fv-chart-view.h"
#include "fv-test-locale.h"
#include "fv-timeline-page.h"
#include "fv-ui-resources.h"
#include "fv-window.h"
#include "fv-test-window.h"

static GtkWidget *
toast_saying (FvWindow   *window,
              const char *text)
{
  GtkWidget *label = find_where (GTK_WIDGET (window), is_label_with_text, text);

  for (GtkWidget *w = label; w != NULL; w = gtk_widget_get_parent (w))
    if (g_str_equal (gtk_widget_get_css_name (w), "toast"))
      return w;
  return NULL;
}

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

static gboolean
press_key_with (GtkWidget       *widget,
                guint            keyval,
                GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
    }
  return handled;
}

/* ---- Reading the clipboard back ---------------------------------------- */

static void
on_ready (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  *(GAsyncResult **) data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  for (guint i = 0; i < 10000 && *result == NULL; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (*result);
  return *result;
}

static char *
read_text (GdkClipboard *clipboard)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  char *text;

  gdk_clipboard_read_text_async (clipboard, NULL, on_ready, &result);
  text = gdk_clipboard_read_text_finish (clipboard, wait_for (&result), &error);
  g_assert_no_error (error);
  return text;
}

static GdkTexture *
read_texture (GdkClipboard *clipboard)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GdkTexture *texture;

  gdk_clipboard_read_texture_async (clipboard, NULL, on_ready, &result);
  texture = gdk_clipboard_read_texture_finish (clipboard, wait_for (&result), &error);
  g_assert_no_error (error);
  return texture;
}

/* The bytes the clipboard gives for MIME_TYPE, serialized as for another
 * program. */
static GBytes *
read_bytes (GdkClipboard *clipboard,
            const char   *mime_type)
{
  const char *mime_types[] = { mime_type, NULL };
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) spliced = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) in = NULL;
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  const char *chosen = NULL;

  gdk_clipboard_read_async (clipboard, mime_types, G_PRIORITY_DEFAULT, NULL, on_ready, &result);
  in = gdk_clipboard_read_finish (clipboard, wait_for (&result), &chosen, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (chosen, ==, mime_type);
  g_output_stream_splice_async (out, in, G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE |
                                G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, G_PRIORITY_DEFAULT, NULL,
                                on_ready, &spliced);
  g_output_stream_splice_finish (out, wait_for (&spliced), &error);
  g_assert_no_error (error);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

/* ---- The tests ---------------------------------------------------------- */

/* Copy Chart: the clipboard holds the chart as an image at twice its size
 * on screen, PNG among its formats, and the chart's alternative text,
 * the one an exported file carries, as plain text; a toast says so. */
static void
test_copy_chart (void)
{
  FvWindow *window = window_with_builtin ();
  GtkWidget *chart = find_widget (find_widget (GTK_WIDGET (window), FV_TYPE_TIMELINE_PAGE),
                                  FV_TYPE_CHART_VIEW);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (chart);
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  g_autofree char *description = fv_chart_describe (model, fv_model_get_chart (model, 0), NULL);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GdkTexture) from_png = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autofree char *text = NULL;
  GdkContentFormats *formats;

  gdk_clipboard_set_text (clipboard, "something else");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-chart", NULL));
  g_assert_nonnull (toast_saying (window, "Chart copied"));

  formats = gdk_clipboard_get_formats (clipboard);
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "image/png"));
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "text/plain;charset=utf-8"));

  /* The words, the chart's description (it starts "Timeline of 8 events"). */
  text = read_text (clipboard);
  g_assert_cmpstr (text, ==, description);
  g_assert_true (g_str_has_prefix (text, "Timeline of "));

  texture = read_texture (clipboard);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 2 * gtk_widget_get_width (chart));
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 2 * gtk_widget_get_height (chart));

  /* As another program asks for it: PNG bytes, the same image. */
  png = read_bytes (clipboard, "image/png");
  g_assert_cmpmem (g_bytes_get_data (png, NULL), 8, "\x89PNG\r\n\x1a\n", 8);
  from_png = gdk_texture_new_from_bytes (png, NULL);
  g_assert_nonnull (from_png);
  g_assert_cmpint (gdk_texture_get_width (from_png), ==, gdk_texture_get_width (texture));

  /* Let the clipboard go: GDK 4.8's X11 backend, answering another
   * client's request for the formats of an image it holds, loses the lists
   * it builds (see test-window.c). */
  gdk_clipboard_set_content (clipboard, NULL);
  destroy (window);
}

/* Splits CSV (RFC 4180) into rows of fields. */
static GPtrArray *
parse_csv (const char *csv)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) row = g_ptr_array_new ();
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = csv; *p != '\0'; p++)
    {
      if (quoted)
        {
          if (*p == '"' && p[1] == '"')
            g_string_append_c (field, *p++);
          else if (*p == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, *p);
        }
      else if (*p == '"')
        quoted = TRUE;
      else if (*p == ',')
        {
          g_ptr_array_add (row, g_string_free (field, FALSE));
          field = g_string_new (NULL);
        }
      else if (*p == '\r' && p[1] == '\n')
        {
          p++;
          g_ptr_array_add (row, g_string_free (field, FALSE));
          field = g_string_new (NULL);
          g_ptr_array_add (row, NULL);
          g_ptr_array_add (rows, g_ptr_array_steal (row, NULL));
        }
      else
        {
          /* A bare line end or quote outside a quoted field: not RFC 4180. */
          g_assert_true (*p != '\n' && *p != '\r');
          g_string_append_c (field, *p);
        }
    }
  g_assert_false (quoted);
  g_assert_cmpuint (field->len, ==, 0);
  g_string_free (field, TRUE);
  return rows;
}

/* A table's copy (Ctrl+C) is --format=csv's CSV: all of it when no row is
 * selected, else the selected rows with the header; the clipboard has it
 * as text/csv and as plain text. */
static void
test_table_copy_csv (void)
{
  FvWindow *window = window_with_builtin ();
  GtkWidget *panel = find_widget (find_widget (GTK_WIDGET (window), FV_TYPE_TIMELINE_PAGE),
                                  FV_TYPE_CHART_PANEL);
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  g_autofree char *whole = fv_chart_csv_new (model, fv_model_get_chart (model, 0), NULL, NULL,
                                             NULL);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *text = NULL;
  GdkClipboard *clipboard;
  GtkColumnView *view;
  GListModel *list;
  FvChartTable *table;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-table", NULL));
  table = FV_CHART_TABLE (find_widget (panel, FV_TYPE_CHART_TABLE));
  clipboard = gtk_widget_get_clipboard (GTK_WIDGET (table));
  view = GTK_COLUMN_VIEW (find_widget (GTK_WIDGET (table), GTK_TYPE_COLUMN_VIEW));
  list = G_LIST_MODEL (gtk_column_view_get_model (view));

  /* The whole table: what the command line writes, byte for byte. */
  copied = fv_chart_table_copy_text (table);
  g_assert_cmpstr (copied, ==, whole);
  rows = parse_csv (copied);
  g_assert_cmpuint (rows->len, ==, 1 + g_list_model_get_n_items (list));
  g_assert_cmpstrv (g_ptr_array_index (rows, 0),
                    ((const char *[]) { "id", "date", "end_date", "label", "value", "qualifier",
                                        "unit", "lane", "source", "placed", "approximate",
                                        NULL }));
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* Two rows selected: the header and those two, as the CSV has them. */
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (list), 0, TRUE);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (list), 3, FALSE);
  g_assert_true (press_key_with (GTK_WIDGET (view), GDK_KEY_c, GDK_CONTROL_MASK));
  g_assert_true (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard),
                                                        "text/csv"));
  csv = read_bytes (clipboard, "text/csv");
  text = read_text (clipboard);
  g_assert_cmpmem (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv), text, strlen (text));
  rows = parse_csv (text);
  g_assert_cmpuint (rows->len, ==, 3);
  {
    g_auto(GStrv) lines = g_strsplit (whole, "\r\n", -1);
    g_autofree char *expected = NULL;
    GString *subset = g_string_new (lines[0]);

    /* In the chart's order: those rows of the whole CSV whose ids were
     * selected. */
    for (guint i = 1; lines[i] != NULL && lines[i][0] != '\0'; i++)
      for (guint r = 1; r < rows->len; r++)
        if (g_str_has_prefix (lines[i], ((char **) g_ptr_array_index (rows, r))[0]) &&
            lines[i][strlen (((char **) g_ptr_array_index (rows, r))[0])] == ',')
          g_string_append_printf (subset, "\r\n%s", lines[i]);
    g_string_append (subset, "\r\n");
    expected = g_string_free (subset, FALSE);
    g_assert_cmpstr (text, ==, expected);
  }

  gdk_clipboard_set_content (clipboard, NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-table", NULL);
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

  g_test_add_func ("/window-copy/chart", test_copy_chart);
  g_test_add_func ("/window-copy/table-csv", test_table_copy_csv);

  return fv_test_window_run (data_home);
}
