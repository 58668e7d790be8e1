/* fv-window-toast.c — the window's notices, as toasts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every notice (a file saved, a chart copied, a model reloaded, a file of
 * Open Recent that is no longer there, a file that could not be read) is
 * an AdwToast in the window's one AdwToastOverlay; what a model that did
 * not open says, with its places, is the problems bar's.
 * After a save, the toast's button shows the file in its folder.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-window-private.h"

/* A toast's title is Pango markup in libadwaita 1.2: @text (a file's
 * name, a message) is escaped first. */
static AdwToast *
toast_new (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return adw_toast_new (escaped);
}

/**
 * fv_window_notify:
 * @text: what to say, as plain text
 *
 * Says @text in a toast for a few seconds.
 */
void
fv_window_notify (FvWindow   *self,
                  const char *text)
{
  g_return_if_fail (FV_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  adw_toast_overlay_add_toast (self->toast_overlay, toast_new (text));
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
  g_autofree char *uri = NULL;
  AdwToast *toast;

  g_return_if_fail (FV_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  name = g_file_get_basename (file);
  {
    g_autofree char *shown = g_filename_display_name (name);

    /* translators: after an export; %s is the file's name */
    text = g_strdup_printf (format != NULL ? format : _("Chart saved as “%s”"), shown);
  }
  uri = g_file_get_uri (file);
  toast = toast_new (text);
  adw_toast_set_button_label (toast, _("Open _Folder"));
  /* The target before the name: the button is made with both. */
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_set_action_name (toast, "win.show-in-folder");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
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

/* The toast's "Open Folder": the file selected in its folder, as the file
 * manager's ShowItems does (what GNOME's apps do after saving); without
 * one, the folder. */
static void
show_in_folder_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  FvWindow *self = FV_WINDOW (widget);
  const char *uri = g_variant_get_string (parameter, NULL);
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GDBusConnection *bus = app != NULL ? g_application_get_dbus_connection (G_APPLICATION (app))
                                     : NULL;
  GVariantBuilder uris;
  ShowItems *show;

  if (bus == NULL)
    {
      show_folder (GTK_WINDOW (self), file);
      return;
    }

  show = g_new (ShowItems, 1);
  show->window = g_object_ref (GTK_WINDOW (self));
  show->file = g_object_ref (file);
  g_variant_builder_init (&uris, G_VARIANT_TYPE ("as"));
  g_variant_builder_add (&uris, "s", uri);
  g_dbus_connection_call (bus, "org.freedesktop.FileManager1", "/org/freedesktop/FileManager1",
                          "org.freedesktop.FileManager1", "ShowItems",
                          g_variant_new ("(ass)", &uris, ""), NULL, G_DBUS_CALL_FLAGS_NONE, 5000,
                          NULL, on_show_items_done, show);
}

void
fv_window_class_install_toast_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-in-folder", "s",
                                   show_in_folder_action);
}
