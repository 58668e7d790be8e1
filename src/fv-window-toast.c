/* fv-window-toast.c — the notice that a file was saved, and where
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For a few seconds after an export, a line at the window's foot names the
 * file, with a button that shows it in its folder.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-window-private.h"

static void
hide_toast (FvWindow *self)
{
  g_clear_handle_id (&self->toast_timeout, g_source_remove);
  gtk_revealer_set_reveal_child (self->toast_revealer, FALSE);
}

static gboolean
on_toast_timeout (gpointer user_data)
{
  FvWindow *self = user_data;

  self->toast_timeout = 0;
  hide_toast (self);
  return G_SOURCE_REMOVE;
}

/**
 * fv_window_show_exported:
 * @format: (nullable): what to say, with a %s for the file's name; %NULL
 *   for "Chart saved as “%s”"
 *
 * Says, for a few seconds, that @file was written, with a button that
 * shows it in its folder.
 */
void
fv_window_show_exported (FvWindow   *self,
                         GFile      *file,
                         const char *format)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (FV_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_set_object (&self->toast_file, file);
  name = g_file_get_basename (file);
  {
    g_autofree char *shown = g_filename_display_name (name);

    /* translators: after an export; %s is the file's name */
    text = g_strdup_printf (format != NULL ? format : _("Chart saved as “%s”"), shown);
  }
  gtk_label_set_text (self->toast_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->toast_label), text);
  gtk_revealer_set_reveal_child (self->toast_revealer, TRUE);

  g_clear_handle_id (&self->toast_timeout, g_source_remove);
  self->toast_timeout = g_timeout_add_seconds (6, on_toast_timeout, self);
}

static void
on_toast_close (FvWindow *self)
{
  hide_toast (self);
}

/* The file to show, and the window to show it from, while the file
 * manager is asked. */
typedef struct
{
  GtkWindow *window;
  GFile     *file;
} ShowItems;

static void
show_items_free (ShowItems *show)
{
  g_object_unref (show->window);
  g_object_unref (show->file);
  g_free (show);
}

static void
show_folder (GtkWindow *window,
             GFile     *file)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *uri = folder != NULL ? g_file_get_uri (folder) : NULL;

  if (uri != NULL)
    gtk_show_uri (window, uri, GDK_CURRENT_TIME);
}

static void
on_show_items_done (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  ShowItems *show = user_data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  /* No file manager that highlights a file: the folder, at least. */
  if (reply == NULL)
    show_folder (show->window, show->file);
  show_items_free (show);
}

/* The file selected in its folder, as the file manager's ShowItems does
 * (what GNOME's apps do after saving); without one, the folder. */
static void
on_toast_open_folder (FvWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GDBusConnection *bus = app != NULL ? g_application_get_dbus_connection (G_APPLICATION (app))
                                     : NULL;
  g_autofree char *uri = NULL;
  GVariantBuilder uris;
  ShowItems *show;

  if (self->toast_file == NULL)
    return;

  hide_toast (self);
  if (bus == NULL)
    {
      show_folder (GTK_WINDOW (self), self->toast_file);
      return;
    }

  show = g_new (ShowItems, 1);
  show->window = g_object_ref (GTK_WINDOW (self));
  show->file = g_object_ref (self->toast_file);
  uri = g_file_get_uri (self->toast_file);
  g_variant_builder_init (&uris, G_VARIANT_TYPE ("as"));
  g_variant_builder_add (&uris, "s", uri);
  g_dbus_connection_call (bus, "org.freedesktop.FileManager1", "/org/freedesktop/FileManager1",
                          "org.freedesktop.FileManager1", "ShowItems",
                          g_variant_new ("(ass)", &uris, ""), NULL, G_DBUS_CALL_FLAGS_NONE, 5000,
                          NULL, on_show_items_done, show);
}

void
fv_window_class_bind_toast (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_toast_close);
  gtk_widget_class_bind_template_callback (widget_class, on_toast_open_folder);
}
